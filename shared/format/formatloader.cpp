// Reads and validates format files (schema: docs/formats.md). Every problem
// is reported as one FormatError naming the file, the JSON path and, where it
// can be found, the line.
#include "format.h"
#include "formatnode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace flipover {

using namespace Qt::StringLiterals;

namespace {

using Node = detail::FormatNode;
using detail::quoted;

VoteSettings readVote(const Node &n, VoteSettings s)
{
    n.object({"mode", "dots", "capPerCard", "tallies"});
    if (n.has("mode"))
        s.mode = n["mode"].choice({"single", "dots"}) == 0 ? VoteMode::Single : VoteMode::Dots;
    if (n.has("dots"))
        s.dots = n["dots"].integer(1, 99);
    if (n.has("capPerCard"))
        s.capPerCard = n["capPerCard"].integer(0, 99);
    if (n.has("tallies"))
        s.liveTallies = n["tallies"].choice({"live", "hidden"}) == 0;
    if (s.capPerCard > s.dots) {
        n[n.has("capPerCard") ? "capPerCard" : "dots"].fail(
            QCoreApplication::translate("FormatLoader", "capPerCard (%1) must not be more than dots (%2); 0 means no cap").arg(s.capPerCard).arg(s.dots));
    }
    return s;
}

void readParticipants(const Node &n, Format &f)
{
    n.object({"min", "max"});
    if (n.has("min"))
        f.minParticipants = n["min"].integer(1, 1000);
    if (n.has("max"))
        f.maxParticipants = n["max"].integer(1, 1000);
    if (f.minParticipants > 0 && f.maxParticipants > 0 && f.minParticipants > f.maxParticipants)
        n["min"].fail(QCoreApplication::translate("FormatLoader", "must not be more than max (%1)").arg(f.maxParticipants));
}

void readGroundRules(const Node &n, Format &f)
{
    n.object({"title", "items"});
    f.groundRulesTitle = n["title"].optionalText();
    const Node items = n["items"];
    const qsizetype count = items.list("rules", "rule");
    for (qsizetype i = 0; i < count; ++i) {
        const Node item = items[i];
        item.object({"title", "text"});
        f.groundRules.append({item["title"].text(), item["text"].optionalText()});
    }
}

void readTags(const Node &n, Format &f)
{
    n.object({"label", "items"});
    f.tagsLabel = n["label"].optionalText();
    const Node items = n["items"];
    const qsizetype count = items.list("tags", "tag");
    for (qsizetype i = 0; i < count; ++i) {
        const Node item = items[i];
        item.object({"id", "label"});
        const QString id = item["id"].identifier();
        if (f.hasTag(id))
            item["id"].fail(QCoreApplication::translate("FormatLoader", "duplicate tag id %1").arg(quoted(id)));
        f.tags.append({id, item["label"].text()});
    }
}

void readPrompts(const Node &n, Format &f)
{
    n.object({"dreamer", "critic", "insightEnriched", "insightTakeaway", "tips", "tops"});
    f.dreamerPrompt = n["dreamer"].optionalText();
    f.criticPrompt = n["critic"].optionalText();
    f.insightEnrichedPrompt = n["insightEnriched"].optionalText();
    f.insightTakeawayPrompt = n["insightTakeaway"].optionalText();
    f.tipsPrompt = n["tips"].optionalText();
    f.topsPrompt = n["tops"].optionalText();
}

void readCycle(const Node &n, Format &f)
{
    n.object({"title", "meetings"});
    f.cycleTitle = n["title"].optionalText();
    const Node meetings = n["meetings"];
    const qsizetype count = meetings.list("meetings", "meeting");
    for (qsizetype i = 0; i < count; ++i) {
        const Node m = meetings[i];
        m.object({"title", "accent", "result"});
        f.cycle.append({m["title"].text(), m["accent"].optionalText(), m["result"].optionalText()});
    }
}

QSet<Activity> readActivities(const Node &n, const Format &f)
{
    QSet<Activity> result;
    const qsizetype count = n.exists() ? n.list("activity names") : 0;
    for (qsizetype i = 0; i < count; ++i) {
        const QString name = n[i].string();
        const std::optional<Activity> a = activityFromName(name);
        if (!a) {
            QStringList names;
            for (Activity known : allActivities())
                names.append(activityName(known));
            n[i].fail(QCoreApplication::translate("FormatLoader", "unknown activity %1; expected one of: %2").arg(quoted(name), names.join(u", "_s)));
        }
        if (result.contains(*a))
            n[i].fail(QCoreApplication::translate("FormatLoader", "activity %1 is listed twice").arg(quoted(name)));
        if (*a == Activity::Tags && f.tags.isEmpty())
            n[i].fail(QCoreApplication::translate("FormatLoader", "activity \"tags\" needs a tag set: add \"tags\" to the format"));
        result.insert(*a);
    }
    return result;
}

QStringList readDefaultTags(const Node &n, const Format &f)
{
    QStringList result;
    const qsizetype count = n.exists() ? n.list("tag ids") : 0;
    for (qsizetype i = 0; i < count; ++i) {
        const QString id = n[i].string();
        if (!f.hasTag(id)) {
            QStringList known;
            for (const Tag &t : f.tags)
                known.append(t.id);
            n[i].fail(known.isEmpty() ? QCoreApplication::translate("FormatLoader", "unknown tag %1: the format defines no tags").arg(quoted(id))
                                      : QCoreApplication::translate("FormatLoader", "unknown tag %1; the format's tags are: %2").arg(quoted(id), known.join(u", "_s)));
        }
        if (result.contains(id))
            n[i].fail(QCoreApplication::translate("FormatLoader", "tag %1 is listed twice").arg(quoted(id)));
        result.append(id);
    }
    return result;
}

Phase readPhase(const Node &n, const Format &f, const VoteSettings &defaultVote)
{
    n.object({"id", "title", "minutes", "steps", "prompt", "activities", "defaultTags", "vote"});
    Phase p;
    p.id = n["id"].identifier();
    p.title = n["title"].text();
    p.minutes = n["minutes"].integer(1, 240);
    p.steps = n["steps"].texts();
    p.prompt = n["prompt"].optionalText();
    p.activities = readActivities(n["activities"], f);
    p.defaultTags = readDefaultTags(n["defaultTags"], f);
    p.vote = n.has("vote") ? readVote(n["vote"], defaultVote) : defaultVote;
    return p;
}

Format readFormat(const Node &root, detail::Languages &lang)
{
    // The version first: a newer file may well have keys this reader lacks.
    const Node version = root["flipoverFormat"];
    if (!version.exists())
        version.fail(QCoreApplication::translate("FormatLoader", "is required (set it to 1); is this a Flipover format file?"));
    if (version.value() != QJsonValue(FormatLoader::SchemaVersion)) {
        const QString found = version.value().isDouble() ? QString::number(version.value().toDouble()) : QCoreApplication::translate("FormatLoader", "(not a number)");
        version.fail(QCoreApplication::translate("FormatLoader", "unsupported schema version %1; this Flipover reads version %2").arg(found).arg(FormatLoader::SchemaVersion));
    }
    root.object({"flipoverFormat", "id", "language", "title", "description", "participants", "groundRules",
                 "agreement", "tags", "probingQuestions", "prompts", "vote", "cycle", "phases"});
    if (root.has("language")) {
        lang.plain = root["language"].value().toString();
        if (!detail::isLanguageCode(lang.plain))
            root["language"].fail(QCoreApplication::translate("FormatLoader", "must be a language code such as \"nl\" or \"en\""));
    }
    Format f;
    f.id = root["id"].identifier();
    f.title = root["title"].text(&f.language);
    f.description = root["description"].optionalText();
    if (root.has("participants"))
        readParticipants(root["participants"], f);
    if (root.has("groundRules"))
        readGroundRules(root["groundRules"], f);
    f.agreement = root["agreement"].optionalText();
    if (root.has("tags"))
        readTags(root["tags"], f);
    f.probingQuestions = root["probingQuestions"].texts();
    if (root.has("prompts"))
        readPrompts(root["prompts"], f);
    if (root.has("cycle"))
        readCycle(root["cycle"], f);
    const VoteSettings defaultVote = root.has("vote") ? readVote(root["vote"], VoteSettings{}) : VoteSettings{};

    const Node phases = root["phases"];
    const qsizetype count = phases.list("phases", "phase");
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < count; ++i) {
        const Phase p = readPhase(phases[i], f, defaultVote);
        if (seen.contains(p.id))
            phases[i]["id"].fail(QCoreApplication::translate("FormatLoader", "duplicate phase id %1 (also %2)").arg(quoted(p.id), phases[seen.value(p.id)].path()));
        seen.insert(p.id, i);
        f.phases.append(p);
    }
    return f;
}

FormatResult failure(const QString &file, const QString &field, int line, const QString &message)
{
    FormatResult r;
    r.error = FormatError{file, field, line, message};
    return r;
}

QString tooLarge(qint64 size)
{
    return QCoreApplication::translate("FormatLoader", "the file is larger than 1 MiB (%1 bytes); is it really a format?").arg(size);
}

} // namespace

FormatResult FormatLoader::loadFile(const QString &path, const QString &language)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(name.isEmpty() ? path : name, {}, 0, QCoreApplication::translate("FormatLoader", "cannot open the file: %1").arg(file.errorString()));
    if (file.size() > MaxFileBytes)
        return failure(name, {}, 0, tooLarge(file.size()));
    return loadData(file.readAll(), name, language);
}

FormatResult FormatLoader::loadData(const QByteArray &json, const QString &fileName, const QString &language)
{
    if (json.size() > MaxFileBytes)
        return failure(fileName, {}, 0, tooLarge(json.size()));
    QByteArray data = json;
    if (data.startsWith("\xEF\xBB\xBF")) // a byte-order mark, as some editors write
        data.replace(0, 3, "   ");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(data.left(parseError.offset).count('\n')) + 1;
        return failure(fileName, {}, line, QCoreApplication::translate("FormatLoader", "JSON syntax error: %1").arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return failure(fileName, {}, 1, QCoreApplication::translate("FormatLoader", "the file must hold one JSON object ({ ... })"));
    detail::Languages lang{language.isEmpty() ? u"nl"_s : language};
    try {
        FormatResult r;
        r.format = readFormat(Node(doc.object(), {}, &lang), lang);
        return r;
    } catch (const detail::FormatFailure &e) {
        return failure(fileName, e.field, lineOf(data, e.field), e.message);
    }
}

QStringList FormatLoader::builtInIds()
{
    QStringList ids;
    const QDir dir(u":/formats"_s);
    for (const QString &f : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        ids.append(f.chopped(5));
    return ids;
}

QString FormatLoader::builtInPath(const QString &id)
{
    const QString path = u":/formats/%1.json"_s.arg(id);
    return detail::isIdentifier(id) && QFile::exists(path) ? path : QString();
}

} // namespace flipover
