// Phase and timer commands, the case, and leaving/unlocking.
#include "commands.h"

namespace flipover::commands {

namespace {

void enterPhase(Ctx &c, int index)
{
    SessionState &s = c.s;
    foldRunningTime(s, c.now);
    // Leaving the phase whose vote is open closes the vote.
    if (s.vote == VoteStatus::Open && index != s.votePhase) {
        s.vote = VoteStatus::Closed;
        c.change.sections |= Section::Vote;
        c.change.checkpoint = true;
    }
    s.phaseIndex = index;
    s.focusCardId = 0; // the focus view belongs to the phase it was opened in
    if (index >= 0 && index < s.runs.size()) {
        s.runs[index].status = QStringLiteral("active");
        s.running = true;
    } else {
        s.running = false;
    }
    s.runningSinceMono = c.now;
    // The vote section shows the current phase's vote settings (unless a
    // vote ran): they may change with the phase.
    c.change.sections |= Section::Phase | Section::Vote;
}

Result needStarted(const Ctx &c)
{
    if (c.s.phaseIndex < 0)
        return c.fail(QStringLiteral("not_started"), QStringLiteral("The meeting has not started yet."));
    if (c.s.ended())
        return c.fail(QStringLiteral("meeting_ended"), QStringLiteral("The meeting has ended."));
    return Result::success();
}

} // namespace

Result startMeeting(Ctx &c)
{
    if (c.s.phaseIndex >= 0)
        return c.fail(QStringLiteral("already_started"), QStringLiteral("The meeting has already started."));
    enterPhase(c, 0);
    return Result::success();
}

Result nextPhase(Ctx &c)
{
    if (c.s.phaseIndex < 0)
        return startMeeting(c);
    if (Result r = needStarted(c); !r.ok)
        return r;
    c.s.runs[c.s.phaseIndex].status = QStringLiteral("done");
    enterPhase(c, c.s.phaseIndex + 1);
    return Result::success();
}

Result skipPhase(Ctx &c)
{
    if (Result r = needStarted(c); !r.ok)
        return r;
    c.s.runs[c.s.phaseIndex].status = QStringLiteral("skipped");
    enterPhase(c, c.s.phaseIndex + 1);
    return Result::success();
}

Result previousPhase(Ctx &c)
{
    SessionState &s = c.s;
    if (s.phaseIndex <= 0)
        return c.fail(QStringLiteral("no_previous"), QStringLiteral("There is no earlier phase."));
    if (!s.ended())
        s.runs[s.phaseIndex].status = QStringLiteral("pending");
    enterPhase(c, qMin(s.phaseIndex, int(s.runs.size())) - 1);
    return Result::success();
}

Result pause(Ctx &c)
{
    if (Result r = needStarted(c); !r.ok)
        return r;
    if (!c.s.running)
        return c.fail(QStringLiteral("already_paused"), QStringLiteral("The timer is already paused."));
    foldRunningTime(c.s, c.now);
    c.s.running = false;
    c.change.sections |= Section::Phase;
    return Result::success();
}

Result resume(Ctx &c)
{
    if (Result r = needStarted(c); !r.ok)
        return r;
    if (c.s.running)
        return c.fail(QStringLiteral("not_paused"), QStringLiteral("The timer is already running."));
    c.s.running = true;
    c.s.runningSinceMono = c.now;
    c.change.sections |= Section::Phase;
    return Result::success();
}

Result adjustTime(Ctx &c)
{
    if (Result r = needStarted(c); !r.ok)
        return r;
    int minutes = 0;
    if (Result r = intArg(c.args, key::Minutes, -protocol::MaxAdjustMinutes, protocol::MaxAdjustMinutes, &minutes); !r.ok)
        return r;
    if (minutes == 0)
        return c.fail(QStringLiteral("invalid"), QStringLiteral("The field \"minutes\" must not be 0."));
    PhaseRun &run = c.s.runs[c.s.phaseIndex];
    if (phasePlannedMs(c.s, c.s.phaseIndex) + qint64(minutes) * 60000 < 60000)
        return c.fail(QStringLiteral("invalid"), QStringLiteral("A phase cannot be shorter than one minute."));
    run.adjustSeconds += minutes * 60;
    c.change.sections |= Section::Phase;
    return Result::success();
}

Result endMeeting(Ctx &c)
{
    if (c.s.ended())
        return c.fail(QStringLiteral("meeting_ended"), QStringLiteral("The meeting has ended."));
    if (c.s.phaseIndex >= 0)
        c.s.runs[c.s.phaseIndex].status = QStringLiteral("done");
    enterPhase(c, c.s.format.phases.size());
    return Result::success();
}

Result claimCase(Ctx &c)
{
    if (c.s.ended())
        return c.fail(QStringLiteral("meeting_ended"), QStringLiteral("The meeting has ended."));
    if (c.s.caseOwner == c.actor.participantId)
        return Result::success();
    if (!c.s.caseOwner.isEmpty())
        return c.fail(QStringLiteral("case_taken"), QStringLiteral("Someone else already brings the case."));
    c.s.caseOwner = c.actor.participantId;
    c.change.sections |= Section::Case;
    c.change.touchMine(c.actor.participantId);
    return Result::success();
}

Result releaseCase(Ctx &c)
{
    if (c.s.caseOwner.isEmpty())
        return c.fail(QStringLiteral("invalid"), QStringLiteral("Nobody brings the case at the moment."));
    c.change.touchMine(c.s.caseOwner);
    c.s.caseOwner.clear();
    c.change.sections |= Section::Case;
    return Result::success();
}

Result setCase(Ctx &c)
{
    QString text;
    if (Result r = textArg(c.args, key::Text, false, 4000, &text); !r.ok)
        return r;
    c.s.caseText = text;
    c.change.sections |= Section::Case;
    return Result::success();
}

Result leave(Ctx &c)
{
    SessionState &s = c.s;
    const QString id = c.actor.participantId;
    // Shared tablets forget: the participant's private items go with them.
    QList<int> own;
    for (const Thought &t : s.thoughts)
        if (t.owner == id)
            own.append(t.id);
    for (int thought : std::as_const(own)) {
        c.change.remove(QStringLiteral("thought"), QString::number(thought), Section::Mine);
        s.thoughts.remove(thought);
    }
    if (s.caseOwner == id) {
        s.caseOwner.clear();
        c.change.sections |= Section::Case;
    }
    s.participants.remove(id);
    c.change.remove(QStringLiteral("participant"), id, Section::Presence);
    return Result::success();
}

Result unlock(Ctx &c)
{
    QString pin;
    if (Result r = textArg(c.args, key::FacilitatorPin, true, 64, &pin); !r.ok)
        return r;
    if (!constantTimeEquals(pin, c.s.facilitatorPin))
        return c.fail(QStringLiteral("bad_facilitator_pin"), QStringLiteral("That facilitator PIN is not right."));
    c.s.participants[c.actor.participantId].facilitator = true;
    c.change.touch(QStringLiteral("participant"), c.actor.participantId, {});
    c.change.touchMine(c.actor.participantId);
    return Result::success({{key::Role, protocol::role::Facilitator}});
}

} // namespace flipover::commands
