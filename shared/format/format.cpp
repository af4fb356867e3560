// The format model: activity names, the resolved JSON form, equality and
// error text. Reading and validating files lives in formatloader.cpp.
#include "format.h"

#include <QJsonArray>

namespace flipover {

namespace {

struct ActivityName {
    Activity activity;
    const char *name;
};

// The order is the order activities are written in, so toJson() is stable.
constexpr ActivityName activityNames[] = {
    {Activity::Case, "case"},
    {Activity::FirstThoughts, "firstThoughts"},
    {Activity::Questions, "questions"},
    {Activity::Considerations, "considerations"},
    {Activity::Remarks, "remarks"},
    {Activity::Tags, "tags"},
    {Activity::Solutions, "solutions"},
    {Activity::Vote, "vote"},
    {Activity::Insights, "insights"},
    {Activity::TipsTops, "tipsTops"},
};

void putText(QJsonObject &o, const char *key, const QString &text)
{
    if (!text.isEmpty())
        o.insert(QLatin1String(key), text);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString activityName(Activity a)
{
    for (const auto &n : activityNames) {
        if (n.activity == a)
            return QLatin1String(n.name);
    }
    return {};
}

std::optional<Activity> activityFromName(const QString &name)
{
    for (const auto &n : activityNames) {
        if (name == QLatin1String(n.name))
            return n.activity;
    }
    return std::nullopt;
}

QList<Activity> allActivities()
{
    QList<Activity> list;
    for (const auto &n : activityNames)
        list.append(n.activity);
    return list;
}

QJsonObject VoteSettings::toJson() const
{
    return {
        {QStringLiteral("mode"), mode == VoteMode::Single ? QStringLiteral("single") : QStringLiteral("dots")},
        {QStringLiteral("dots"), dots},
        {QStringLiteral("capPerCard"), capPerCard},
        {QStringLiteral("tallies"), liveTallies ? QStringLiteral("live") : QStringLiteral("hidden")},
    };
}

int Format::totalMinutes() const
{
    int total = 0;
    for (const Phase &p : phases)
        total += p.minutes;
    return total;
}

bool Format::hasTag(const QString &id) const
{
    for (const Tag &t : tags) {
        if (t.id == id)
            return true;
    }
    return false;
}

// The resolved form: plain strings in one language, the same keys as a format
// file, and every phase's vote settings written out in full (the format-level
// default is already applied), so the loader reads back an equal Format.
QJsonObject Format::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("flipoverFormat"), FormatLoader::SchemaVersion);
    o.insert(QStringLiteral("id"), id);
    putText(o, "language", language);
    o.insert(QStringLiteral("title"), title);
    putText(o, "description", description);
    if (minParticipants > 0 || maxParticipants > 0) {
        QJsonObject p;
        if (minParticipants > 0)
            p.insert(QStringLiteral("min"), minParticipants);
        if (maxParticipants > 0)
            p.insert(QStringLiteral("max"), maxParticipants);
        o.insert(QStringLiteral("participants"), p);
    }
    if (!groundRules.isEmpty()) {
        QJsonArray items;
        for (const RuleItem &r : groundRules) {
            QJsonObject ro{{QStringLiteral("title"), r.title}};
            putText(ro, "text", r.text); // optional: the loader refuses an empty one
            items.append(ro);
        }
        QJsonObject g{{QStringLiteral("items"), items}};
        putText(g, "title", groundRulesTitle);
        o.insert(QStringLiteral("groundRules"), g);
    }
    putText(o, "agreement", agreement);
    if (!tags.isEmpty()) {
        QJsonArray items;
        for (const Tag &t : tags)
            items.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("label"), t.label}});
        QJsonObject t{{QStringLiteral("items"), items}};
        putText(t, "label", tagsLabel);
        o.insert(QStringLiteral("tags"), t);
    }
    if (!probingQuestions.isEmpty())
        o.insert(QStringLiteral("probingQuestions"), stringArray(probingQuestions));
    QJsonObject prompts;
    putText(prompts, "dreamer", dreamerPrompt);
    putText(prompts, "critic", criticPrompt);
    putText(prompts, "insightEnriched", insightEnrichedPrompt);
    putText(prompts, "insightTakeaway", insightTakeawayPrompt);
    putText(prompts, "tips", tipsPrompt);
    putText(prompts, "tops", topsPrompt);
    if (!prompts.isEmpty())
        o.insert(QStringLiteral("prompts"), prompts);
    if (!cycle.isEmpty()) {
        QJsonArray meetings;
        for (const Meeting &m : cycle) {
            QJsonObject mo{{QStringLiteral("title"), m.title}};
            putText(mo, "accent", m.accent);
            putText(mo, "result", m.result);
            meetings.append(mo);
        }
        QJsonObject c{{QStringLiteral("meetings"), meetings}};
        putText(c, "title", cycleTitle);
        o.insert(QStringLiteral("cycle"), c);
    }
    QJsonArray phaseArray;
    for (const Phase &p : phases) {
        QJsonObject po{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("minutes"), p.minutes},
            {QStringLiteral("steps"), stringArray(p.steps)},
        };
        putText(po, "prompt", p.prompt);
        QJsonArray acts;
        for (const auto &n : activityNames) {
            if (p.has(n.activity))
                acts.append(QLatin1String(n.name));
        }
        po.insert(QStringLiteral("activities"), acts);
        if (!p.defaultTags.isEmpty())
            po.insert(QStringLiteral("defaultTags"), stringArray(p.defaultTags));
        po.insert(QStringLiteral("vote"), p.vote.toJson());
        phaseArray.append(po);
    }
    o.insert(QStringLiteral("phases"), phaseArray);
    return o;
}

QString FormatError::toString() const
{
    QString s = file.isEmpty() ? QStringLiteral("format") : file;
    if (line > 0)
        s += QStringLiteral(": line %1").arg(line);
    if (!field.isEmpty())
        s += QStringLiteral(": ") + field;
    return s + QStringLiteral(": ") + message;
}

bool operator==(const VoteSettings &a, const VoteSettings &b)
{
    return a.mode == b.mode && a.dots == b.dots && a.capPerCard == b.capPerCard
        && a.liveTallies == b.liveTallies;
}

bool operator==(const Tag &a, const Tag &b)
{
    return a.id == b.id && a.label == b.label;
}

bool operator==(const RuleItem &a, const RuleItem &b)
{
    return a.title == b.title && a.text == b.text;
}

bool operator==(const Meeting &a, const Meeting &b)
{
    return a.title == b.title && a.accent == b.accent && a.result == b.result;
}

bool operator==(const Phase &a, const Phase &b)
{
    return a.id == b.id && a.title == b.title && a.minutes == b.minutes && a.steps == b.steps
        && a.prompt == b.prompt && a.activities == b.activities && a.defaultTags == b.defaultTags
        && a.vote == b.vote;
}

bool operator==(const Format &a, const Format &b)
{
    return a.id == b.id && a.title == b.title && a.description == b.description
        && a.language == b.language && a.minParticipants == b.minParticipants
        && a.maxParticipants == b.maxParticipants && a.groundRulesTitle == b.groundRulesTitle
        && a.groundRules == b.groundRules && a.agreement == b.agreement
        && a.tagsLabel == b.tagsLabel && a.tags == b.tags && a.probingQuestions == b.probingQuestions
        && a.dreamerPrompt == b.dreamerPrompt && a.criticPrompt == b.criticPrompt
        && a.insightEnrichedPrompt == b.insightEnrichedPrompt
        && a.insightTakeawayPrompt == b.insightTakeawayPrompt && a.tipsPrompt == b.tipsPrompt
        && a.topsPrompt == b.topsPrompt && a.cycleTitle == b.cycleTitle && a.cycle == b.cycle
        && a.phases == b.phases;
}

} // namespace flipover
