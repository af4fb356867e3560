#include "engine.h"
#include "engine_p.h"
#include "commands.h"
#include "meetinglimits.h"
#include "protocolnames.h"
#include "savepoint.h"
#include "store.h"
#include "walsync.h"

#include <QJsonDocument>
#include <algorithm>
#include <QRandomGenerator>

namespace flipover {

namespace {

// Who is in the meeting and the meeting's own records may wait in the log.
// Every other kind (ballots, thoughts, cards... and any added later) is what
// someone wrote or cast: its commit is sealed (docs/security.md, "Storage").
bool mayStayInLog(const QString &kind)
{
    return kind == QLatin1String("participant") || kind == QLatin1String("session")
        || kind == QLatin1String("format") || kind == QLatin1String("dedup");
}

QString randomHex(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(b.data()), bytes / 4);
    return QString::fromLatin1(b.toHex());
}

} // namespace

struct SessionEngine::Impl {
    SessionEngine *q;
    QHash<QString, const CommandSpec *> commands;

    int capsOf(const Actor &a) const
    {
        if (a.wall)
            return CapWall;
        if (a.participantId.isEmpty())
            return a.facilitator ? CapFacilitator : 0;
        const auto it = q->m_state.participants.constFind(a.participantId);
        if (it == q->m_state.participants.cend())
            return 0;
        int caps = CapParticipant;
        if (it->facilitator)
            caps |= CapFacilitator;
        if (q->m_state.caseOwner == a.participantId)
            caps |= CapCaseOwner;
        return caps;
    }

    Result apply(const Command &command, Change &change);
    Result join(const JoinRequest &j, Change &change);

    // Writes what the change touched, in one transaction; on failure the
    // in-memory state goes back to what is on disk: to `before` (a savepoint
    // costs no copy of the items, savepoint.h). Participants and private
    // records (a leave) are two commits, never one: the private part first.
    bool persist(const Change &change, StateSavepoint &before, QString *error)
    {
        SessionState &s = q->m_state;
        ++s.seq;
        QList<Record> upserts, people;
        QList<RecordKey> removals, leaving;
        upserts.append({QStringLiteral("session"), QStringLiteral("main"),
                        sessionRecord(s, *q->m_clock, q->m_clock->monotonicMs())});
        CommitOptions options;
        for (const QString &key : change.upserts) {
            const qsizetype slash = key.indexOf(QLatin1Char('/'));
            const QString kind = key.left(slash);
            const QString id = key.mid(slash + 1);
            if (kind == QLatin1String("ballot")) {
                options.replaceBallots = true; // all of them follow, in key order
                continue;
            }
            options.sealed = options.sealed || !mayStayInLog(kind);
            (kind == QLatin1String("participant") ? people : upserts).append({kind, id, recordFor(s, kind, id)});
        }
        for (const RecordKey &k : change.removals) {
            options.sealed = options.sealed || !mayStayInLog(k.kind);
            (k.kind == QLatin1String("participant") ? leaving : removals).append(k);
        }
        if (options.replaceBallots) {
            options.sealed = true;
            for (auto it = s.ballots.cbegin(); it != s.ballots.cend(); ++it)
                upserts.append({QStringLiteral("ballot"), it.key(), recordFor(s, QStringLiteral("ballot"), it.key())});
        }
        const bool split = options.sealed && !(people.isEmpty() && leaving.isEmpty());
        if (!split) {
            upserts += people;
            removals += leaving;
        }
        if (!q->m_store->commit(upserts, removals, error, options)) {
            before.restore();
            return false;
        }
        q->m_unsynced.append({q->m_store->commitCount(), s.seq});
        if (split && !q->m_store->commit(people, leaving, error)) {
            // The private part is on the disk: a leaver stays, without thoughts.
            for (const Record &r : std::as_const(people))
                leaving.append({r.kind, r.id});
            for (const RecordKey &k : std::as_const(leaving)) {
                if (const auto was = before.valueAt(&SessionState::participants, k.id))
                    s.participants.insert(k.id, *was);
                else
                    s.participants.remove(k.id);
            }
            return false;
        }
        q->m_unsynced.last().first = q->m_store->commitCount();
        if (change.checkpoint) {
            QString ignored; // committed already: a failed compaction leaves the file as it was
            q->m_store->compact(&ignored);
        }
        return true;
    }
};

// A schema 1 store: its participants and thoughts written again with the
// derived keys, in one commit, then the file rewritten so no old bytes stay.
bool SessionEngine::migrate(QString *error)
{
    StateSavepoint before(m_state);
    Change change;
    for (const Participant &p : std::as_const(m_state.participants))
        change.touch(QStringLiteral("participant"), p.id, {});
    for (const Thought &t : std::as_const(m_state.thoughts))
        change.touch(QStringLiteral("thought"), QString::number(t.id), {});
    if (!m_state.ballots.isEmpty())
        change.touch(QStringLiteral("ballot"), m_state.ballots.firstKey(), {});
    change.checkpoint = true;
    return d->persist(change, before, error) && m_store->syncNow(error);
}

SessionEngine::SessionEngine(Store *store, Clock *clock, QObject *parent)
    : QObject(parent), d(new Impl{this, {}}), m_store(store), m_clock(clock)
{
    for (const CommandSpec &spec : commandSpecs())
        d->commands.insert(QString::fromLatin1(spec.name), &spec);
    connect(store->syncer(), &WalSync::durable, this, &SessionEngine::onStoreDurable);
    connect(store->syncer(), &WalSync::checkpointed, this, &SessionEngine::commitReady);
    connect(store->syncer(), &WalSync::syncFailed, this, [](const QString &message) {
        qCritical("The disk reported an error while saving: %s", qPrintable(message));
    });
}

SessionEngine::~SessionEngine() = default;

void SessionEngine::onStoreDurable(quint64 commit)
{
    quint64 seq = m_durableSeq;
    qsizetype n = 0;
    while (n < m_unsynced.size() && m_unsynced.at(n).first <= commit)
        seq = std::max(seq, m_unsynced.at(n++).second);
    if (n == 0)
        return;
    m_unsynced.remove(0, n);
    if (seq > m_durableSeq) {
        m_durableSeq = seq;
        Q_EMIT durable(seq);
    }
}

bool SessionEngine::commitWouldWait() const
{
    return !m_store->readyForSealedCommit();
}

QStringList SessionEngine::commandTypes()
{
    QStringList names;
    for (const CommandSpec &spec : commandSpecs())
        names.append(QString::fromLatin1(spec.name));
    return names;
}

bool SessionEngine::resumeOrCreate(const Format &format, const QString &sessionName, const QString &pin,
                                   const QString &facilitatorPin, QString *error, int cycleMeeting)
{
    const QList<Record> records = m_store->loadAll(error);
    if (!error->isEmpty())
        return false;
    SessionState s;
    bool found = false;
    for (const Record &r : records) {
        if (r.kind == QLatin1String("session")) {
            found = readSessionRecord(s, r.data, *m_clock, error);
            if (!found)
                return false;
        } else if (r.kind == QLatin1String("format")) {
            const FormatResult f = FormatLoader::loadData(r.data, QStringLiteral("stored session"));
            if (!f.ok()) {
                *error = f.error.toString();
                return false;
            }
            s.format = *f.format;
        } else if (!readRecord(s, r, error)) {
            return false;
        }
    }
    if (found) {
        if (s.format.phases.isEmpty()) {
            *error = QStringLiteral("the stored session has no format");
            return false;
        }
        while (s.runs.size() < s.format.phases.size())
            s.runs.append(PhaseRun());
        const bool legacy = migrateLegacy(s);
        m_state = s;
        m_durableSeq = s.seq; // Store::open put what it found on the disk
        if (legacy)
            return migrate(error);
        return true;
    }

    s = SessionState();
    s.format = format;
    s.name = sessionName.isEmpty() ? format.title : sessionName;
    s.pin = pin;
    s.facilitatorPin = facilitatorPin;
    s.salt = randomHex(32);
    s.cycleMeeting = format.cycle.isEmpty() ? 0 : std::clamp(cycleMeeting, 1, int(format.cycle.size()));
    s.runs = QList<PhaseRun>(format.phases.size());
    s.runningSinceMono = m_clock->monotonicMs();
    m_state = s;
    const QList<Record> first = {
        {QStringLiteral("session"), QStringLiteral("main"), sessionRecord(s, *m_clock, m_clock->monotonicMs())},
        {QStringLiteral("format"), QStringLiteral("main"), recordFor(s, QStringLiteral("format"), {})},
    };
    return m_store->commit(first, {}, error);
}

bool SessionEngine::checkPin(const QString &pin) const
{
    return constantTimeEquals(pin, m_state.pin);
}

bool SessionEngine::checkFacilitatorPin(const QString &pin) const
{
    return constantTimeEquals(pin, m_state.facilitatorPin);
}

Result SessionEngine::join(const QString &pin, const QString &resumeToken, const QString &facilitatorPin)
{
    return joinBatch({JoinRequest{pin, resumeToken, facilitatorPin}}).constFirst();
}

// Each join is checked and applied on its own (a refusal changes nothing), then
// all are committed in one transaction; if that fails, none is applied.
QList<Result> SessionEngine::joinBatch(const QList<JoinRequest> &joins)
{
    QList<Result> results;
    results.reserve(joins.size());
    StateSavepoint before(m_state);
    Change change;
    for (const JoinRequest &j : joins)
        results.append(d->join(j, change));
    if (change.upserts.isEmpty())
        return results;
    QString error;
    if (!d->persist(change, before, &error)) {
        const Result failed = Result::fail(QStringLiteral("storage_failed"),
                                           QStringLiteral("The kiosk could not save: %1").arg(error));
        for (Result &r : results)
            if (r.ok)
                r = failed;
        Q_EMIT roomStopped(failed.code, failed.message);
        return results;
    }
    Q_EMIT changed(m_state.seq, change.sections, change.mine);
    return results;
}

Result SessionEngine::Impl::join(const JoinRequest &j, Change &change)
{
    SessionState &state = q->m_state;
    if (!q->checkPin(j.pin))
        return Result::fail(QStringLiteral("bad_pin"), QStringLiteral("That PIN is not right. Check the PIN on the wall."));
    const bool asFacilitator = !j.facilitatorPin.isEmpty();
    if (asFacilitator && !q->checkFacilitatorPin(j.facilitatorPin))
        return Result::fail(QStringLiteral("bad_facilitator_pin"), QStringLiteral("That facilitator PIN is not right."));

    Participant p;
    QString token = j.resumeToken;
    if (!token.isEmpty()) {
        const QString hash = resumeKey(state.salt, token);
        const auto known = std::find_if(state.participants.cbegin(), state.participants.cend(),
                                        [&](const Participant &candidate) { return candidate.tokenHash == hash; });
        if (known == state.participants.cend())
            return Result::fail(QStringLiteral("unknown_token"),
                                QStringLiteral("This meeting does not know this tablet any more; join again with the PIN."));
        p = *known;
        if (asFacilitator && !p.facilitator) {
            p.facilitator = true;
            state.participants.insert(p.id, p);
            change.touch(QStringLiteral("participant"), p.id, Section::Presence);
            change.touchMine(p.id);
        }
    } else {
        if (Result r = limits::room(state.participants.size(), limits::MaxParticipants, "meeting_full",
                                    QStringLiteral("participants"));
            !r.ok) {
            Q_EMIT q->roomStopped(r.code, r.message);
            return r;
        }
        p.id = QStringLiteral("p") + randomHex(8);
        token = randomHex(16);
        p.tokenHash = resumeKey(state.salt, token);
        p.facilitator = asFacilitator;
        state.participants.insert(p.id, p);
        change.touch(QStringLiteral("participant"), p.id, Section::Presence);
    }
    // The token is in hand only now: find this participant's ballot and
    // thoughts again (in memory; the disk does not link them).
    bindPrivate(state, state.participants[p.id], token);
    const Actor actor = q->actorFor(p.id, token);
    return Result::success({{protocol::key::ParticipantId, p.id},
                            {protocol::key::Token, token},
                            {protocol::key::Role, roleName(q->roleOf(actor))}});
}

bool SessionEngine::knowsToken(const QString &resumeToken) const
{
    if (resumeToken.isEmpty())
        return false;
    const QString hash = resumeKey(m_state.salt, resumeToken);
    return std::any_of(m_state.participants.cbegin(), m_state.participants.cend(),
                       [&](const Participant &p) { return p.tokenHash == hash; });
}

Actor SessionEngine::actorFor(const QString &participantId, const QString &token) const
{
    Actor a;
    a.participantId = participantId;
    a.secret = token;
    return a;
}

Role SessionEngine::roleOf(const Actor &actor) const
{
    const int caps = d->capsOf(actor);
    if (caps & CapFacilitator)
        return Role::Facilitator;
    if (caps & CapCaseOwner)
        return Role::CaseOwner;
    if (caps & CapParticipant)
        return Role::Participant;
    return actor.wall ? Role::Wall : Role::None;
}

Result SessionEngine::execute(const Actor &actor, const QString &type, const QJsonObject &args,
                              const QString &clientMessageId)
{
    return executeBatch({Command{actor, type, args, clientMessageId}}).constFirst();
}

// Applies commands in order, each on its own (a refusal undoes only that
// command), then commits all accepted ones in one transaction (one sync of
// the log for a burst of ballots, see WalSync). If that commit fails, none is
// applied.
QList<Result> SessionEngine::executeBatch(const QList<Command> &commands)
{
    QList<Result> results;
    results.reserve(commands.size());
    StateSavepoint before(m_state);
    Change total;
    bool anyApplied = false;
    for (const Command &command : commands) {
        Change change;
        results.append(d->apply(command, change));
        if (!results.last().ok || results.last().duplicate)
            continue;
        anyApplied = true;
        for (const RecordKey &k : std::as_const(change.removals)) {
            total.upserts.remove(k.kind + QLatin1Char('/') + k.id);
            total.removals.append(k);
        }
        total.upserts.unite(change.upserts);
        total.sections |= change.sections;
        for (const QString &p : std::as_const(change.mine))
            if (!total.mine.contains(p))
                total.mine.append(p);
        total.checkpoint = total.checkpoint || change.checkpoint;
    }
    // A cap met (or the disk failing) is the facilitator's to know: once a batch.
    const auto stopped = [this, &results] {
        for (const Result &r : std::as_const(results)) {
            if (!r.ok && limits::stopsTheRoom(r.code)) {
                Q_EMIT roomStopped(r.code, r.message);
                return;
            }
        }
    };
    if (!anyApplied) {
        stopped();
        return results;
    }
    QString error;
    if (!d->persist(total, before, &error)) {
        for (Result &r : results) {
            if (r.ok && !r.duplicate)
                r = Result::fail(QStringLiteral("storage_failed"), QStringLiteral("The kiosk could not save: %1").arg(error));
        }
        Q_EMIT roomStopped(QStringLiteral("storage_failed"), QStringLiteral("The kiosk could not save: %1").arg(error));
        return results;
    }
    stopped();
    Q_EMIT changed(m_state.seq, total.sections, total.mine);
    return results;
}

Result SessionEngine::Impl::apply(const Command &command, Change &change)
{
    SessionState &state = q->m_state;
    const Actor &actor = command.actor;
    const CommandSpec *spec = commands.value(command.type);
    if (!spec)
        return Result::fail(QStringLiteral("unknown_command"), QStringLiteral("Unknown command \"%1\".").arg(command.type));

    // A re-sent message id answers with its first result, unapplied. The key
    // is keyed by the sender's secret, so the disk cannot tie it to anyone.
    QString dedupKey;
    if (!command.clientMessageId.isEmpty() && !actor.secret.isEmpty()) {
        dedupKey = hashHex((state.salt + actor.secret + QLatin1Char(':') + command.clientMessageId).toUtf8());
        const auto it = state.dedup.constFind(dedupKey);
        if (it != state.dedup.cend()) {
            Result r = Result::success(*it);
            r.duplicate = true;
            return r;
        }
    }

    const int caps = capsOf(actor);
    if (!actor.wall && !actor.participantId.isEmpty() && caps == 0)
        return Result::fail(QStringLiteral("unknown_participant"), QStringLiteral("This participant has left the meeting."));
    if (!(caps & spec->who)) {
        if (spec->who == CapFacilitator)
            return Result::fail(QStringLiteral("not_allowed"), QStringLiteral("Only the facilitator can do this."));
        if (spec->who & CapCaseOwner && !(spec->who & CapParticipant))
            return Result::fail(QStringLiteral("not_allowed"), QStringLiteral("Only the case owner or the facilitator can do this."));
        return Result::fail(QStringLiteral("not_allowed"), QStringLiteral("Only participants can do this."));
    }
    if (spec->activity >= 0 && !(spec->facilitatorAnyPhase && (caps & CapFacilitator))) {
        const Phase *phase = state.currentPhase();
        const bool caseBeforeStart = spec->activity == int(Activity::Case) && state.phaseIndex == -1;
        if (!caseBeforeStart && (!phase || !phase->has(Activity(spec->activity)))) {
            if (state.ended())
                return Result::fail(QStringLiteral("meeting_ended"), QStringLiteral("The meeting has ended."));
            if (state.phaseIndex < 0)
                return Result::fail(QStringLiteral("not_started"), QStringLiteral("The meeting has not started yet."));
            return Result::fail(QStringLiteral("wrong_phase"), QStringLiteral("This is not possible in the current phase."));
        }
    }

    StateSavepoint before(state);
    Ctx ctx{state, change, actor, caps, command.args, q->m_clock->monotonicMs()};
    Result result = spec->handler(ctx);
    if (!result.ok) {
        before.restore();
        change = Change();
        return result;
    }
    commands::keepFocusShown(state, change);
    if (!dedupKey.isEmpty()) {
        state.dedup.insert(dedupKey, result.data);
        change.upserts.insert(QStringLiteral("dedup/") + dedupKey);
    }
    return result;
}

bool SessionEngine::forgetUndoHistory(QString *error)
{
    if (m_state.undo.isEmpty())
        return true;
    StateSavepoint before(m_state);
    Change change;
    for (auto it = m_state.undo.cbegin(); it != m_state.undo.cend(); ++it)
        change.remove(QStringLiteral("undo"), QString::number(it.key()), Section::Undo);
    m_state.undo.clear();
    if (!d->persist(change, before, error))
        return false;
    Q_EMIT changed(m_state.seq, change.sections, change.mine);
    return true;
}

qint64 SessionEngine::phaseRemainingMs() const
{
    const int i = m_state.phaseIndex;
    if (i < 0 || i >= m_state.format.phases.size())
        return 0;
    return phasePlannedMs(m_state, i) - phaseElapsedMs(m_state, i, m_clock->monotonicMs());
}

} // namespace flipover
