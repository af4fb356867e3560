// Internal to the engine: the change a command builds up before it is made
// durable, and the context command handlers work in.
#pragma once

#include "engine.h"
#include "store.h"

#include <QSet>

namespace flipover {

class Clock;

// Capabilities of the sender of a command, as a bit mask.
enum Cap : int { CapWall = 1, CapFacilitator = 2, CapParticipant = 4, CapCaseOwner = 8 };

struct Change {
    QSet<QString> upserts; // "kind/id"
    QList<RecordKey> removals;
    Sections sections;
    QStringList mine; // participants whose own section changed
    bool checkpoint = false; // fold the WAL after this commit (a vote closed)
    void touch(const QString &kind, const QString &id, Sections s)
    {
        upserts.insert(kind + QLatin1Char('/') + id);
        sections |= s;
    }
    void remove(const QString &kind, const QString &id, Sections s)
    {
        upserts.remove(kind + QLatin1Char('/') + id);
        removals.append({kind, id});
        sections |= s;
    }
    void touchMine(const QString &participantId)
    {
        if (!participantId.isEmpty() && !mine.contains(participantId))
            mine.append(participantId);
        sections |= Section::Mine;
    }
};

struct Ctx {
    SessionState &s;
    Change &change;
    const Actor &actor;
    int caps;
    const QJsonObject &args;
    qint64 now; // monotonic ms
    Result fail(const QString &code, const QString &message) const { return Result::fail(code, message); }
    bool isFacilitator() const { return caps & CapFacilitator; }
};

using Handler = Result (*)(Ctx &);

struct CommandSpec {
    const char *name;
    Handler handler;
    int who;           // Cap mask allowed to send it
    int activity;      // int(Activity) the phase must enable, or -1
    bool facilitatorAnyPhase; // facilitators skip the activity check
};

const QList<CommandSpec> &commandSpecs();

// Timer arithmetic shared by handlers and projections.
qint64 phaseElapsedMs(const SessionState &s, int index, qint64 now);
qint64 phasePlannedMs(const SessionState &s, int index);
void foldRunningTime(SessionState &s, qint64 now);

// Record serialisation (state.cpp).
QByteArray sessionRecord(const SessionState &s, const Clock &clock, qint64 now);
bool readSessionRecord(SessionState &s, const QByteArray &data, const Clock &clock, QString *error);
QByteArray recordFor(const SessionState &s, const QString &kind, const QString &id);
bool readRecord(SessionState &s, const Record &r, QString *error);

// Argument checks: each returns an error Result (ok == false) or success.
Result textArg(const QJsonObject &args, const char *key, bool required, int maxLength, QString *out);
Result intArg(const QJsonObject &args, const char *key, int min, int max, int *out);
Result boolArg(const QJsonObject &args, const char *key, bool *out);

QString hashHex(const QByteArray &data);
bool constantTimeEquals(const QString &a, const QString &b);

// Keys derived from a resume token R (docs/security.md, "Storage"): each is
// HMAC-SHA256 keyed by the session salt over a domain name and sha256(R)
// (the digest schema 1 stored, so its records can be migrated without R).
// Different domains give unrelated values: the disk alone cannot match a
// participant's resume key to its ballot owner or its thoughts' tags.
QString tokenDigest(const QString &resumeToken);
QString privateKey(const QString &salt, const char *domain, const QString &digest);
inline QString resumeKey(const QString &salt, const QString &token) { return privateKey(salt, "resume", tokenDigest(token)); }
inline QString ownerKey(const QString &salt, const QString &token) { return privateKey(salt, "owner", tokenDigest(token)); }
inline QString authorTag(const QString &salt, const QString &token, int thoughtId)
{
    return privateKey(salt, "author", tokenDigest(token) + QLatin1Char(':') + QString::number(thoughtId));
}
// The ballot's record key: salted hash of the tablet's ballot token.
QString ballotRecordKey(const QString &salt, const QString &ballotToken);
// At a join or resume (token R in hand): which ballot is this participant's,
// and which thoughts are theirs. In memory only.
void bindPrivate(SessionState &s, Participant &p, const QString &token);
// A store of schema 1 (plain sha256 resume digests, thoughts naming their
// owner): derive the keys above from the digests. true if anything changed.
bool migrateLegacy(SessionState &s);

} // namespace flipover
