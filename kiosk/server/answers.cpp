// KioskServer: running commands and answering them. Commands that arrive
// together run as one batch (group commit: one pass of the event loop, a
// burst, or all that arrived before the next fan-out may leave); every
// client gets the change in the next fan-out (updates.cpp), and each ack
// follows when the engine reports the commit on the disk (onDurable). Errors
// and pongs keep their place behind the acks a client is still waiting for
// (Connection::sendAnswer).
#include "kioskserver.h"

#include "protocol.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace flipover {

namespace {

using protocol::cmd::Leave;
using protocol::cmd::Unlock;

} // namespace

Result KioskServer::executeDeferred(const Actor &actor, const QString &type, const QJsonObject &body,
                                    const QString &id)
{
    // Changes are fanned out once the command ran, not one by one inside it.
    ++m_executing;
    const Result r = m_engine->execute(actor, type, body, id);
    --m_executing;
    return r;
}

// Group commit: commands that arrive together are applied together and
// committed at once, then every client gets one update; each ack follows
// when WalSync reports the commit on the disk (onDurable).
void KioskServer::queueCommand(Connection *c, const QString &type, const QString &id, const QJsonObject &body)
{
    if (m_queue.isEmpty()) {
        wantFanout();
        m_queueGather.start();
        m_queueSeen = 0;
        if (!m_queuePosted) {
            m_queuePosted = true;
            QMetaObject::invokeMethod(this, &KioskServer::runQueueWhenReady, Qt::QueuedConnection);
        }
    }
    m_queue.append(Queued{QPointer<Connection>(c), type, id, body});
}

// While the log still holds the last private commit (a ballot, say), the
// next commit would have to wait for it on the event loop; the queue waits
// instead, and what arrives meanwhile joins the same commit. A burst of
// votes is read over a few passes of the loop: while each pass reads more
// commands the commit waits for the next (at most m_commitGatherMs, 2, after
// the first), so the burst is one sealed commit and one fold instead of
// several in a row. A lone command waits one pass.
void KioskServer::runQueueWhenReady()
{
    // Before the next fan-out may leave, nobody would see the change sooner:
    // the commands wait for it and are committed as it leaves (fanoutTick),
    // one commit for all of them. At a thousand voters that is one commit
    // (one rewrite of every ballot) per fan-out instead of one per fold.
    if (const qint64 wait = untilNextFanout(); wait > 0) {
        m_queuePosted = false;
        m_queueAtFanout = true;
        startFanoutTimer(wait);
        return;
    }
    if (queueWaitsForFold()) {
        m_queuePosted = false;
        return;
    }
    if (m_queue.size() > m_queueSeen && m_queueGather.isValid() && m_queueGather.elapsed() < m_commitGatherMs) {
        m_queueSeen = m_queue.size();
        QMetaObject::invokeMethod(this, &KioskServer::runQueueWhenReady, Qt::QueuedConnection);
        return;
    }
    m_queuePosted = false;
    runQueue();
}

// While the log still holds the last private commit, the queue waits for
// its fold (commitReady runs it).
bool KioskServer::queueWaitsForFold()
{
    if (!m_engine->commitWouldWait())
        return false;
    m_queueWaits = true;
    return true;
}

void KioskServer::runQueue()
{
    m_queueWaits = false;
    if (m_queue.isEmpty())
        return;
    const QList<Queued> queue = std::exchange(m_queue, {});
    QList<Command> commands;
    commands.reserve(queue.size());
    for (const Queued &q : queue)
        commands.append(Command{q.connection ? q.connection->actor : Actor(), q.type, q.body, q.id});
    ++m_executing;
    const QList<Result> results = m_engine->executeBatch(commands);
    --m_executing;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        Connection *c = queue[i].connection;
        if (c && c->isOpen())
            answer(c, queue[i].type, queue[i].id, results[i]);
    }
    flushChanges();
}

void KioskServer::handleCommand(Connection *c, const QString &type, const QString &id, const QJsonObject &body)
{
    answer(c, type, id, executeDeferred(c->actor, type, body, id));
    flushChanges();
}

void KioskServer::answer(Connection *c, const QString &type, const QString &id, const Result &r)
{
    if (!r.ok) {
        if (type == Unlock)
            countPinFailure(c, r.code);
        qCInfo(lcServer, "refused %s: %s", qPrintable(type), qPrintable(r.code));
        answerNow(c, protocol::error(id, r.code, r.message));
        return;
    }
    // An ack means "on the disk": it waits for the engine's durable seq.
    c->sendAnswer(protocol::ack(id, m_engine->seq(), r.data), m_engine->seq(), answerableSeq());
    if (type == Leave) {
        c->joined = false;
        flushChanges();
        c->closeAfterAnswers(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("You left the session."));
        return;
    }
    if (!c->actor.participantId.isEmpty()) {
        // unlock or claimCase may have changed what this client may see.
        c->actor = m_engine->actorFor(c->actor.participantId, c->token);
        const Audience now = audienceFor(c->actor);
        if (now != c->audience || type == Unlock) {
            c->audience = now;
            sendSnapshot(c);
        }
    }
}

Audience KioskServer::audienceFor(const Actor &actor) const
{
    if (actor.wall)
        return Audience::Wall;
    // A participant the engine no longer knows (left on another device) is
    // never promoted to what a wall may see.
    const Role role = m_engine->roleOf(actor);
    return audienceOf(role);
}

void KioskServer::answerNow(Connection *c, const QByteArray &message)
{
    c->sendAnswer(message, 0, answerableSeq());
}

void KioskServer::onDurable(quint64 seq)
{
    const QList<Connection *> all = m_connections; // releasing may close one
    const quint64 through = m_deferred.isEmpty() ? seq : std::min(seq, m_deferred.first().seq - 1);
    for (Connection *c : all)
        c->releaseAnswers(through);
}

} // namespace flipover
