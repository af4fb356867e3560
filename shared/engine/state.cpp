#include "clock.h"
#include "engine_p.h"
#include "state.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QJsonArray>
#include <QJsonDocument>

namespace flipover {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject remarkJson(const Remark &r)
{
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("kind"), r.kind}, {QStringLiteral("text"), r.text}};
}

QString voteStatusName(VoteStatus v)
{
    switch (v) {
    case VoteStatus::Idle: return QStringLiteral("idle");
    case VoteStatus::Open: return QStringLiteral("open");
    case VoteStatus::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("idle");
}

VoteStatus voteStatusFrom(const QString &name)
{
    if (name == QLatin1String("open"))
        return VoteStatus::Open;
    if (name == QLatin1String("closed"))
        return VoteStatus::Closed;
    return VoteStatus::Idle;
}

} // namespace

// Nothing of the vote is on the participant: has voted is found again from
// the ballots at each resume. Only a participant of a schema 1 store who had
// voted there and not since keeps schema 1's flag (it was on disk already).
QJsonObject Participant::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("resumeKey"), tokenHash},
                  {QStringLiteral("facilitator"), facilitator}};
    if (legacyVoted && ballotKey.isEmpty())
        o.insert(QStringLiteral("legacyVoted"), true);
    return o;
}

Participant Participant::fromJson(const QJsonObject &o)
{
    Participant p;
    p.id = o.value(QLatin1String("id")).toString();
    p.facilitator = o.value(QLatin1String("facilitator")).toBool();
    p.legacyVoted = o.value(QLatin1String("legacyVoted")).toBool();
    if (o.contains(QLatin1String("resumeKey"))) {
        p.tokenHash = o.value(QLatin1String("resumeKey")).toString();
    } else { // schema 1: {id, tokenHash: sha256(R), facilitator, hasVoted}
        p.legacyDigest = o.value(QLatin1String("tokenHash")).toString();
        p.legacyVoted = o.value(QLatin1String("hasVoted")).toBool();
    }
    p.hasVoted = p.legacyVoted;
    return p;
}

QString tokenDigest(const QString &resumeToken)
{
    return hashHex(resumeToken.toUtf8());
}

QString privateKey(const QString &salt, const char *domain, const QString &digest)
{
    QByteArray message(domain);
    message += ':';
    message += digest.toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, salt.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ballotRecordKey(const QString &salt, const QString &ballotToken)
{
    return hashHex((salt + QLatin1String("ballot:") + ballotToken).toUtf8());
}

void bindPrivate(SessionState &s, Participant &p, const QString &token)
{
    const QString owner = ownerKey(s.salt, token);
    p.ballotKey.clear();
    for (const Ballot &b : std::as_const(s.ballots)) {
        if (b.owner == owner) {
            p.ballotKey = b.key;
            break;
        }
    }
    p.hasVoted = !p.ballotKey.isEmpty() || p.legacyVoted;
    const QString digest = tokenDigest(token);
    QList<int> own;
    for (const Thought &t : s.thoughts)
        if (t.owner.isEmpty() && t.tag == privateKey(s.salt, "author", digest + QLatin1Char(':') + QString::number(t.id)))
            own.append(t.id);
    for (int id : std::as_const(own))
        s.thoughts[id].owner = p.id;
}

bool migrateLegacy(SessionState &s)
{
    bool migrated = false;
    QHash<QString, QString> digestOf;
    for (const QString &id : s.participants.keys()) {
        Participant &p = s.participants[id];
        if (p.legacyDigest.isEmpty())
            continue;
        digestOf.insert(p.id, p.legacyDigest);
        p.tokenHash = privateKey(s.salt, "resume", p.legacyDigest);
        p.legacyDigest.clear();
        migrated = true;
    }
    for (int id : s.thoughts.keys()) {
        Thought &t = s.thoughts[id];
        if (!t.tag.isEmpty())
            continue;
        // A thought of someone who left or never resumes gets a tag no one matches.
        const QString digest = digestOf.value(t.owner, hashHex(QByteArrayLiteral("gone:") + t.owner.toUtf8()));
        t.tag = privateKey(s.salt, "author", digest + QLatin1Char(':') + QString::number(t.id));
        migrated = true;
    }
    return migrated;
}

QJsonObject Card::toJson() const
{
    QJsonArray rs;
    for (const Remark &r : remarks)
        rs.append(remarkJson(r));
    return {{QStringLiteral("id"), id}, {QStringLiteral("text"), text},
            {QStringLiteral("direction"), direction}, {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("remarks"), rs}, {QStringLiteral("hidden"), hidden},
            {QStringLiteral("mergedInto"), mergedInto}, {QStringLiteral("order"), order}};
}

Card Card::fromJson(const QJsonObject &o)
{
    Card c;
    c.id = o.value(QLatin1String("id")).toInt();
    c.text = o.value(QLatin1String("text")).toString();
    c.direction = o.value(QLatin1String("direction")).toString();
    for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
        c.tags.append(t.toString());
    for (const QJsonValue &v : o.value(QLatin1String("remarks")).toArray()) {
        const QJsonObject r = v.toObject();
        c.remarks.append({r.value(QLatin1String("id")).toInt(), r.value(QLatin1String("kind")).toString(),
                          r.value(QLatin1String("text")).toString()});
    }
    c.hidden = o.value(QLatin1String("hidden")).toBool();
    c.mergedInto = o.value(QLatin1String("mergedInto")).toInt();
    c.order = o.value(QLatin1String("order")).toInt();
    return c;
}

QJsonObject UndoStep::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind}, {QStringLiteral("cardId"), cardId}};
    if (intoCardId)
        o.insert(QStringLiteral("intoCardId"), intoCardId);
    if (from >= 0)
        o.insert(QStringLiteral("from"), from);
    if (to >= 0)
        o.insert(QStringLiteral("to"), to);
    if (!followers.isEmpty()) {
        QJsonArray f;
        for (int id : followers)
            f.append(id);
        o.insert(QStringLiteral("followers"), f);
    }
    if (kind == QLatin1String("edit")) {
        o.insert(QStringLiteral("text"), text);
        o.insert(QStringLiteral("direction"), direction);
    }
    return o;
}

UndoStep UndoStep::fromJson(const QJsonObject &o)
{
    UndoStep u;
    u.kind = o.value(QLatin1String("kind")).toString();
    u.cardId = o.value(QLatin1String("cardId")).toInt();
    u.intoCardId = o.value(QLatin1String("intoCardId")).toInt();
    u.from = o.value(QLatin1String("from")).toInt(-1);
    u.to = o.value(QLatin1String("to")).toInt(-1);
    for (const QJsonValue &v : o.value(QLatin1String("followers")).toArray())
        u.followers.append(v.toInt());
    u.text = o.value(QLatin1String("text")).toString();
    u.direction = o.value(QLatin1String("direction")).toString();
    return u;
}

// The session record: everything that is one per session. The running phase
// is stored as the moment it (re)started on both clocks plus the boot id, so a
// restarted kiosk continues the same time line (see readSessionRecord).
QByteArray sessionRecord(const SessionState &s, const Clock &clock, qint64 now)
{
    QJsonArray runs;
    for (const PhaseRun &r : s.runs)
        runs.append(QJsonObject{{QStringLiteral("elapsedMs"), double(r.elapsedMs)},
                                {QStringLiteral("adjustSeconds"), r.adjustSeconds},
                                {QStringLiteral("status"), r.status}});
    const qint64 wallSince = clock.wallMs() - (now - s.runningSinceMono);
    QJsonObject nextIds;
    for (auto it = s.nextIds.cbegin(); it != s.nextIds.cend(); ++it)
        nextIds.insert(it.key(), it.value());
    return compact({{QStringLiteral("name"), s.name}, {QStringLiteral("pin"), s.pin},
                    {QStringLiteral("facilitatorPin"), s.facilitatorPin}, {QStringLiteral("salt"), s.salt},
                    {QStringLiteral("seq"), double(s.seq)}, {QStringLiteral("nextIds"), nextIds},
                    {QStringLiteral("cycleMeeting"), s.cycleMeeting},
                    {QStringLiteral("phaseIndex"), s.phaseIndex}, {QStringLiteral("running"), s.running},
                    {QStringLiteral("runningSinceMono"), double(s.runningSinceMono)},
                    {QStringLiteral("runningSinceWall"), double(wallSince)},
                    {QStringLiteral("bootId"), clock.bootId()}, {QStringLiteral("runs"), runs},
                    {QStringLiteral("caseText"), s.caseText}, {QStringLiteral("caseOwner"), s.caseOwner},
                    {QStringLiteral("vote"), voteStatusName(s.vote)}, {QStringLiteral("votePhase"), s.votePhase},
                    {QStringLiteral("talliesRevealed"), s.talliesRevealed},
                    {QStringLiteral("focusCardId"), s.focusCardId}});
}

bool readSessionRecord(SessionState &s, const QByteArray &data, const Clock &clock, QString *error)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    if (o.isEmpty()) {
        *error = QStringLiteral("the session record is unreadable");
        return false;
    }
    s.name = o.value(QLatin1String("name")).toString();
    s.pin = o.value(QLatin1String("pin")).toString();
    s.facilitatorPin = o.value(QLatin1String("facilitatorPin")).toString();
    s.salt = o.value(QLatin1String("salt")).toString();
    s.seq = quint64(o.value(QLatin1String("seq")).toDouble());
    s.nextIds.clear();
    if (o.contains(QLatin1String("nextIds"))) {
        const QJsonObject ids = o.value(QLatin1String("nextIds")).toObject();
        for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
            s.nextIds.insert(it.key(), it.value().toInt(1));
    } else { // schema 1: one counter for every kind; each kind goes on from it
        const int next = o.value(QLatin1String("nextId")).toInt(1);
        for (const char *kind : {"card", "remark", "question", "thought", "solution", "insight", "tip"})
            s.nextIds.insert(QLatin1String(kind), next);
    }
    s.cycleMeeting = o.value(QLatin1String("cycleMeeting")).toInt(0);
    s.phaseIndex = o.value(QLatin1String("phaseIndex")).toInt(-1);
    s.running = o.value(QLatin1String("running")).toBool();
    s.runs.clear();
    for (const QJsonValue &v : o.value(QLatin1String("runs")).toArray()) {
        const QJsonObject r = v.toObject();
        PhaseRun run;
        run.elapsedMs = qint64(r.value(QLatin1String("elapsedMs")).toDouble());
        run.adjustSeconds = r.value(QLatin1String("adjustSeconds")).toInt();
        run.status = r.value(QLatin1String("status")).toString();
        s.runs.append(run);
    }
    s.caseText = o.value(QLatin1String("caseText")).toString();
    s.caseOwner = o.value(QLatin1String("caseOwner")).toString();
    s.vote = voteStatusFrom(o.value(QLatin1String("vote")).toString());
    s.votePhase = o.value(QLatin1String("votePhase")).toInt(-1);
    s.talliesRevealed = o.value(QLatin1String("talliesRevealed")).toBool();
    s.focusCardId = o.value(QLatin1String("focusCardId")).toInt(0);

    // Same boot: the monotonic clock is one time line across processes, so
    // the stored start holds. After a reboot, bridge with the wall clock.
    const qint64 now = clock.monotonicMs();
    if (o.value(QLatin1String("bootId")).toString() == clock.bootId()) {
        s.runningSinceMono = qint64(o.value(QLatin1String("runningSinceMono")).toDouble());
    } else {
        const qint64 since = qint64(o.value(QLatin1String("runningSinceWall")).toDouble());
        s.runningSinceMono = now - qMax<qint64>(0, clock.wallMs() - since);
    }
    if (s.runningSinceMono > now)
        s.runningSinceMono = now;
    return true;
}

Ballot Ballot::withRecord() const
{
    QJsonObject dots;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        dots.insert(QString::number(it.key()), it.value());
    Ballot b = *this;
    b.record = compact({{QStringLiteral("owner"), owner}, {QStringLiteral("choices"), dots}});
    return b;
}

QByteArray recordFor(const SessionState &s, const QString &kind, const QString &id)
{
    const int n = id.toInt();
    if (kind == QLatin1String("participant"))
        return compact(s.participants.value(id).toJson());
    if (kind == QLatin1String("card"))
        return compact(s.cards.value(n).toJson());
    if (kind == QLatin1String("thought")) {
        const Thought t = s.thoughts.value(n);
        return compact({{QStringLiteral("id"), t.id}, {QStringLiteral("tag"), t.tag}, {QStringLiteral("text"), t.text}});
    }
    if (kind == QLatin1String("question")) {
        const Question q = s.questions.value(n);
        return compact({{QStringLiteral("id"), q.id}, {QStringLiteral("text"), q.text},
                        {QStringLiteral("answered"), q.answered}, {QStringLiteral("answer"), q.answer}});
    }
    if (kind == QLatin1String("solution")) {
        const Solution x = s.solutions.value(n);
        return compact({{QStringLiteral("id"), x.id}, {QStringLiteral("text"), x.text},
                        {QStringLiteral("arguments"), x.arguments}});
    }
    if (kind == QLatin1String("ballot")) {
        const auto b = s.ballots.constFind(id);
        if (b == s.ballots.cend())
            return Ballot().withRecord().record;
        return b->record.isEmpty() ? b->withRecord().record : b->record;
    }
    if (kind == QLatin1String("insight")) {
        const Insight x = s.insights.value(n);
        return compact({{QStringLiteral("id"), x.id}, {QStringLiteral("question"), x.question},
                        {QStringLiteral("text"), x.text}, {QStringLiteral("shared"), x.shared}});
    }
    if (kind == QLatin1String("tip")) {
        const Tip x = s.tips.value(n);
        return compact({{QStringLiteral("id"), x.id}, {QStringLiteral("kind"), x.kind}, {QStringLiteral("text"), x.text}});
    }
    if (kind == QLatin1String("dedup"))
        return compact(s.dedup.value(id));
    if (kind == QLatin1String("undo"))
        return compact(s.undo.value(n).toJson());
    if (kind == QLatin1String("format"))
        return compact(s.format.toJson());
    return {};
}

bool readRecord(SessionState &s, const Record &r, QString *error)
{
    const QJsonObject o = QJsonDocument::fromJson(r.data).object();
    const int n = r.id.toInt();
    auto str = [&o](const char *k) { return o.value(QLatin1String(k)).toString(); };
    if (r.kind == QLatin1String("participant")) {
        s.participants.insert(r.id, Participant::fromJson(o));
    } else if (r.kind == QLatin1String("card")) {
        s.cards.insert(n, Card::fromJson(o));
    } else if (r.kind == QLatin1String("thought")) {
        // The owner is known again when the author resumes (bindPrivate);
        // a schema 1 record names it, and migrateLegacy() tags it.
        s.thoughts.insert(n, {n, str("owner"), str("text"), str("tag")});
    } else if (r.kind == QLatin1String("question")) {
        s.questions.insert(n, {n, str("text"), o.value(QLatin1String("answered")).toBool(), str("answer")});
    } else if (r.kind == QLatin1String("solution")) {
        s.solutions.insert(n, {n, str("text"), str("arguments")});
    } else if (r.kind == QLatin1String("ballot")) {
        Ballot b;
        b.key = r.id;
        b.owner = str("owner");
        const QJsonObject choices = o.value(QLatin1String("choices")).toObject();
        for (auto it = choices.constBegin(); it != choices.constEnd(); ++it)
            b.choices.insert(it.key().toInt(), it.value().toInt());
        s.ballots.insert(r.id, b.withRecord());
    } else if (r.kind == QLatin1String("insight")) {
        s.insights.insert(n, {n, str("question"), str("text"), o.value(QLatin1String("shared")).toBool()});
    } else if (r.kind == QLatin1String("tip")) {
        s.tips.insert(n, {n, str("kind"), str("text")});
    } else if (r.kind == QLatin1String("dedup")) {
        s.dedup.insert(r.id, o);
    } else if (r.kind == QLatin1String("undo")) {
        UndoStep u = UndoStep::fromJson(o);
        u.id = n;
        s.undo.insert(n, u);
    } else if (r.kind != QLatin1String("session") && r.kind != QLatin1String("format")) {
        *error = QStringLiteral("unknown record kind %1").arg(r.kind);
        return false;
    }
    return true;
}

Result textArg(const QJsonObject &args, const char *key, bool required, int maxLength, QString *out)
{
    const QJsonValue v = args.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return Result::fail(QStringLiteral("invalid"), QStringLiteral("The field \"%1\" is missing.").arg(QLatin1String(key)));
        out->clear();
        return Result::success();
    }
    if (!v.isString())
        return Result::fail(QStringLiteral("invalid"), QStringLiteral("The field \"%1\" must be text.").arg(QLatin1String(key)));
    const QString t = v.toString().trimmed();
    if (required && t.isEmpty())
        return Result::fail(QStringLiteral("invalid"), QStringLiteral("The field \"%1\" is empty.").arg(QLatin1String(key)));
    if (t.size() > maxLength)
        return Result::fail(QStringLiteral("invalid"),
                            QStringLiteral("The field \"%1\" is longer than %2 characters.").arg(QLatin1String(key)).arg(maxLength));
    *out = t;
    return Result::success();
}

Result intArg(const QJsonObject &args, const char *key, int min, int max, int *out)
{
    const QJsonValue v = args.value(QLatin1String(key));
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
        return Result::fail(QStringLiteral("invalid"),
                            QStringLiteral("The field \"%1\" must be a whole number from %2 to %3.")
                                    .arg(QLatin1String(key)).arg(min).arg(max));
    *out = int(d);
    return Result::success();
}

Result boolArg(const QJsonObject &args, const char *key, bool *out)
{
    const QJsonValue v = args.value(QLatin1String(key));
    if (!v.isBool())
        return Result::fail(QStringLiteral("invalid"),
                            QStringLiteral("The field \"%1\" must be true or false.").arg(QLatin1String(key)));
    *out = v.toBool();
    return Result::success();
}

QString hashHex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool constantTimeEquals(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    // Length differences still take the time of a full comparison.
    const qsizetype n = qMax(x.size(), y.size());
    unsigned diff = unsigned(x.size() ^ y.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= unsigned(uchar(i < x.size() ? x[i] : 0) ^ uchar(i < y.size() ? y[i] : 0));
    return diff == 0;
}

} // namespace flipover
