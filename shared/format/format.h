// The meeting format model: a named, timed sequence of phases, loaded from
// JSON data files (see docs/formats.md). Text fields are resolved to one
// language at load time; Format::toJson() writes the resolved form, which the
// loader reads back unchanged (storage keeps the session's format that way).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace flipover {

enum class Activity {
    Case,           // the case text is written (case owner, facilitator)
    FirstThoughts,  // keywords, private to the author
    Questions,      // clarifying questions, answered by the case owner
    Considerations, // cards with a direction on the flipover
    Remarks,        // dreamer / critic remarks on a card
    Tags,           // format-defined tags on cards
    Solutions,      // individual preferred solution, facilitator only
    Vote,           // the preference vote ("turven")
    Insights,       // what enriched my view, what I take away
    TipsTops,       // tips and tops on the meeting itself
};

QString activityName(Activity a);
std::optional<Activity> activityFromName(const QString &name);
QList<Activity> allActivities();

enum class VoteMode { Single, Dots };

struct VoteSettings {
    VoteMode mode = VoteMode::Dots;
    int dots = 3;          // ballots in Dots mode distribute this many dots
    int capPerCard = 0;    // 0 = no cap
    bool liveTallies = false; // false: hidden until the facilitator reveals
    QJsonObject toJson() const;
};
bool operator==(const VoteSettings &a, const VoteSettings &b);

struct Tag {
    QString id;
    QString label;
};
bool operator==(const Tag &a, const Tag &b);

struct RuleItem {
    QString title;
    QString text;
};
bool operator==(const RuleItem &a, const RuleItem &b);

struct Meeting { // one meeting of a cycle (seed 004)
    QString title;
    QString accent;
    QString result;
};
bool operator==(const Meeting &a, const Meeting &b);

struct Phase {
    QString id;
    QString title;
    int minutes = 0;
    QStringList steps;
    QString prompt; // what participants are asked to do now
    QSet<Activity> activities;
    QStringList defaultTags; // tag ids a card added during this phase starts with
    VoteSettings vote;
    bool has(Activity a) const { return activities.contains(a); }
};
bool operator==(const Phase &a, const Phase &b);

struct Format {
    QString id;
    QString title;
    QString description;
    QString language; // the language texts were resolved to
    int minParticipants = 0;
    int maxParticipants = 0;
    QString groundRulesTitle;
    QList<RuleItem> groundRules;
    QString agreement; // e.g. a confidentiality agreement, shown at the start
    QString tagsLabel;
    QList<Tag> tags;
    QStringList probingQuestions;
    QString dreamerPrompt;
    QString criticPrompt;
    QString insightEnrichedPrompt;
    QString insightTakeawayPrompt;
    QString tipsPrompt;
    QString topsPrompt;
    QString cycleTitle;
    QList<Meeting> cycle;
    QList<Phase> phases;

    int totalMinutes() const;
    bool hasTag(const QString &id) const;
    QJsonObject toJson() const;
};
bool operator==(const Format &a, const Format &b);
inline bool operator!=(const Format &a, const Format &b) { return !(a == b); }

struct FormatError {
    QString file;
    QString field;   // JSON path such as "phases[2].minutes"; empty for syntax errors
    int line = 0;    // 1-based, when known
    QString message;
    QString toString() const;
};

struct FormatResult {
    std::optional<Format> format;
    FormatError error;
    bool ok() const { return format.has_value(); }
};

class FormatLoader
{
public:
    static constexpr int SchemaVersion = 1;
    static constexpr qint64 MaxFileBytes = 1024 * 1024; // larger files are refused
    // Reads and validates a format file (also ":/formats/..." resources).
    static FormatResult loadFile(const QString &path, const QString &language = QStringLiteral("nl"));
    static FormatResult loadData(const QByteArray &json, const QString &fileName,
                                 const QString &language = QStringLiteral("nl"));
    // The formats compiled into the binary, by id, sorted.
    static QStringList builtInIds();
    // ":/formats/<id>.json", or an empty string when no such format is built in.
    static QString builtInPath(const QString &id);
    // The 1-based line where the value at a JSON path such as "phases[2].minutes"
    // starts in valid JSON text, or where its deepest existing parent starts;
    // 0 when not even the first part of the path is there.
    static int lineOf(const QByteArray &json, const QString &path);
};

} // namespace flipover
