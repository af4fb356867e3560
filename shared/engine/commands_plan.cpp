// Live changes to the plan: the minutes of a phase, and a phase added during
// the meeting. The plan is the session's own copy of the format; it is written
// in the same commit as the session record, so a restarted kiosk has both.
// Only the current and later phases change: what has run stays as it ran.
#include "commands.h"

#include <QJsonArray>

namespace flipover::commands {

namespace {

constexpr int MaxMinutes = protocol::MaxPhaseMinutes;
constexpr int MaxTitle = protocol::MaxPhaseTitleLength;
constexpr int MaxStepText = protocol::MaxStepLength;
constexpr int MaxSteps = protocol::MaxSteps;
constexpr int MaxPhases = protocol::MaxPhases;

Result needNotEnded(const Ctx &c)
{
    if (c.s.ended())
        return c.fail(QStringLiteral("meeting_ended"), QStringLiteral("The meeting has ended."));
    return Result::success();
}

// The first phase the plan may still change: the current one, or the first
// before the start.
int firstChangeable(const SessionState &s)
{
    return qMax(0, s.phaseIndex);
}

Result stepsArg(const QJsonObject &args, QStringList *out)
{
    const QJsonValue v = args.value(key::Steps);
    out->clear();
    if (v.isUndefined() || v.isNull())
        return Result::success();
    if (!v.isArray())
        return Result::fail(QStringLiteral("invalid"), QStringLiteral("The field \"steps\" must be a list of texts."));
    const QJsonArray steps = v.toArray();
    if (steps.size() > MaxSteps)
        return Result::fail(QStringLiteral("invalid"),
                            QStringLiteral("The field \"steps\" holds more than %1 steps.").arg(MaxSteps));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString t = steps.at(i).toString().trimmed();
        if (!steps.at(i).isString() || t.isEmpty() || t.size() > MaxStepText)
            return Result::fail(QStringLiteral("invalid"),
                                QStringLiteral("Step %1 must be a text of 1 to %2 characters.").arg(i + 1).arg(MaxStepText));
        out->append(t);
    }
    return Result::success();
}

Result activitiesArg(const QJsonObject &args, const Format &format, QSet<Activity> *out)
{
    const QJsonValue v = args.value(key::Activities);
    out->clear();
    if (v.isUndefined() || v.isNull())
        return Result::success(); // a talking phase
    if (!v.isArray())
        return Result::fail(QStringLiteral("invalid"), QStringLiteral("The field \"activities\" must be a list of activity names."));
    for (const QJsonValue &item : v.toArray()) {
        const std::optional<Activity> a = activityFromName(item.toString());
        if (!item.isString() || !a) {
            QStringList names;
            for (Activity known : allActivities())
                names.append(activityName(known));
            return Result::fail(QStringLiteral("invalid"),
                                QStringLiteral("Unknown activity \"%1\"; expected one of: %2.")
                                        .arg(item.toString(), names.join(QStringLiteral(", "))));
        }
        if (out->contains(*a))
            return Result::fail(QStringLiteral("invalid"), QStringLiteral("The activity \"%1\" is listed twice.").arg(item.toString()));
        if (*a == Activity::Tags && format.tags.isEmpty())
            return Result::fail(QStringLiteral("invalid"), QStringLiteral("This format has no tags, so a phase cannot tag cards."));
        out->insert(*a);
    }
    return Result::success();
}

QString freePhaseId(const Format &format)
{
    QSet<QString> taken;
    for (const Phase &p : format.phases)
        taken.insert(p.id);
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("added-%1").arg(n);
        if (!taken.contains(id))
            return id;
    }
}

// A vote in an added phase works like the nearest vote before it in the plan,
// or the first phase's settings (which carry the format's defaults).
VoteSettings voteSettingsNear(const Format &format, int position)
{
    for (int i = qMin(position, int(format.phases.size())) - 1; i >= 0; --i)
        if (format.phases[i].has(Activity::Vote))
            return format.phases[i].vote;
    for (const Phase &p : format.phases)
        if (p.has(Activity::Vote))
            return p.vote;
    return format.phases.isEmpty() ? VoteSettings() : format.phases.first().vote;
}

void planChanged(Ctx &c)
{
    // Section::Vote: the vote's settings are those of a phase, and indices moved.
    c.change.touch(QStringLiteral("format"), QStringLiteral("main"), Section::Session | Section::Phase | Section::Vote);
}

} // namespace

Result setPhaseMinutes(Ctx &c)
{
    if (Result r = needNotEnded(c); !r.ok)
        return r;
    SessionState &s = c.s;
    int index = 0;
    int minutes = 0;
    if (Result r = intArg(c.args, key::Index, 0, int(s.format.phases.size()) - 1, &index); !r.ok)
        return r;
    if (Result r = intArg(c.args, key::Minutes, 1, MaxMinutes, &minutes); !r.ok)
        return r;
    if (index < firstChangeable(s))
        return c.fail(QStringLiteral("phase_past"), QStringLiteral("Phase %1 is over; only the current and later phases can change.").arg(index + 1));
    // The phase now lasts `minutes` in all: time added or taken off before is
    // folded in, and the time it has run stays, so the countdown moves by the
    // difference.
    foldRunningTime(s, c.now);
    s.format.phases[index].minutes = minutes;
    s.runs[index].adjustSeconds = 0;
    planChanged(c);
    return Result::success();
}

Result addPhase(Ctx &c)
{
    if (Result r = needNotEnded(c); !r.ok)
        return r;
    SessionState &s = c.s;
    int after = 0;
    if (Result r = intArg(c.args, key::After, -1, int(s.format.phases.size()) - 1, &after); !r.ok)
        return r;
    if (after < s.phaseIndex)
        return c.fail(QStringLiteral("phase_past"),
                      QStringLiteral("Phase %1 is over; a phase can only be added after the current one or later.").arg(after + 1));
    if (s.format.phases.size() >= MaxPhases)
        return c.fail(QStringLiteral("too_many_phases"), QStringLiteral("A meeting has at most %1 phases.").arg(MaxPhases));
    Phase p;
    if (Result r = textArg(c.args, key::Title, true, MaxTitle, &p.title); !r.ok)
        return r;
    if (Result r = intArg(c.args, key::Minutes, 1, MaxMinutes, &p.minutes); !r.ok)
        return r;
    if (Result r = stepsArg(c.args, &p.steps); !r.ok)
        return r;
    if (Result r = activitiesArg(c.args, s.format, &p.activities); !r.ok)
        return r;
    const int position = after + 1;
    p.id = freePhaseId(s.format);
    p.vote = voteSettingsNear(s.format, position);

    // Everything keyed by a phase index at or after the new phase moves one on.
    s.format.phases.insert(position, p);
    s.runs.insert(position, PhaseRun());
    if (s.votePhase >= position)
        ++s.votePhase;
    planChanged(c);
    return Result::success({{key::Index, position}, {key::PhaseId, p.id}});
}

} // namespace flipover::commands
