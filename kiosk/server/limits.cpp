// KioskServer: how many connections it keeps and how many messages it takes
// (docs/security.md, "Connection limits" and "Flood limits"). Accepted
// sockets pass Admission's caps; each message passes three token buckets
// (its socket's, its participant's, its address's); a participant has at
// most MaxSocketsPerParticipant joined sockets.
#include "kioskserver.h"

#include "protocol.h"
#include "socketbuffers.h"
#include "webfiles.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace flipover {

void KioskServer::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        if (!m_admission->admit(socket)) {
            socket->abort(); // over the caps (admission.h): the descriptor is freed at once
            socket->deleteLater();
            continue;
        }
        m_peakSinceTrim = qMax(m_peakSinceTrim, m_admission->pending());
        keepSocketBuffersSmall(socket);
        // Updates are small: without this, Nagle holds each one until the
        // client's delayed ACK (about 40 ms, measured in tests/bench).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_tls)
            startTls(static_cast<QSslSocket *>(socket)); // then on to m_web
        else
            m_web->take(socket); // the browser voter's files (its own head deadline, 408), or on to m_server
    }
}

void KioskServer::startTls(QSslSocket *socket)
{
    // Admitted (and counted as pending) before its TLS handshake: an
    // address's or the room's pending budget covers handshakes too, and a
    // handshake that is not done by the deadline is closed. Until it is done
    // the socket is ours to delete; then WebFiles takes it like a plain one.
    auto settled = std::make_shared<bool>(false);
    const auto failed = [this] {
        if (++m_tlsFailed == 1 || m_tlsFailed % 1000 == 0) // who failed is not logged (no addresses)
            qCInfo(lcServer, "TLS connections failed or timed out before they were established (%lld so far)",
                   m_tlsFailed);
    };
    connect(socket, &QSslSocket::encrypted, this, [this, socket, settled] {
        if (!std::exchange(*settled, true))
            m_web->take(socket);
    });
    connect(socket, &QAbstractSocket::disconnected, this, [socket, settled, failed] {
        if (std::exchange(*settled, true))
            return;
        failed();
        socket->deleteLater();
    });
    QTimer::singleShot(m_handshakeTimeoutMs, socket, [socket, settled, failed] {
        if (std::exchange(*settled, true))
            return;
        failed();
        socket->abort();
        socket->deleteLater();
    });
    socket->startServerEncryption();
}

const QString KioskServer::HandshakeDeadline = QStringLiteral("flipover-handshake-deadline");

void KioskServer::watchHandshake(QTcpSocket *socket)
{
    // QWebSocketServer applies its handshake timeout only to connections it
    // accepted itself, so sockets handed over here get one of ours. Until
    // the upgrade, the socket is ours to delete (QWebSocketServer only closes
    // one whose handshake fails); after it, the Connection owns it.
    const QString key = peerKey(socket->peerAddress(), socket->peerPort());
    m_handshaking.insert(key, socket);
    connect(socket, &QObject::destroyed, this, [this, key, socket] {
        if (m_handshaking.value(key) == socket)
            m_handshaking.remove(key);
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, key, socket] {
        if (m_handshaking.value(key) == socket) {
            m_handshaking.remove(key);
            socket->deleteLater();
        }
    });
    // Stopped at the upgrade (onNewConnection): left to run out, it would
    // stay among the room thread's timers for seconds after every join.
    auto *deadline = new QTimer(socket);
    deadline->setObjectName(HandshakeDeadline);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, key, socket] {
        if (m_handshaking.value(key) != socket)
            return; // upgraded meanwhile
        qCInfo(lcServer, "dropped a connection that did not complete the handshake in time");
        socket->abort();
    });
    deadline->start(m_handshakeTimeoutMs);
}

void KioskServer::onAcceptError(QAbstractSocket::SocketError error)
{
    // Qt has paused accepting (out of descriptors or memory). Closing what
    // has not joined frees some; accepting resumes shortly instead of the
    // listening socket waking the event loop again and again.
    if (!m_acceptPaused)
        qCWarning(lcServer, "accepting a connection failed (%d): pausing for 200 ms", int(error));
    m_acceptPaused = true;
    m_tcp->pauseAccepting();
    QTimer::singleShot(200, this, [this] {
        m_acceptPaused = false;
        m_tcp->resumeAccepting();
    });
}

bool KioskServer::admit(Connection *c)
{
    if (!c->isOpen() || c->isClosing())
        return false;
    const qint64 now = m_clock->monotonicMs();
    if (!c->messages.take(now))
        return refuseFlood(c, QStringLiteral("on this connection"), m_messageRate);
    if (c->joined && !c->actor.participantId.isEmpty()) {
        auto it = m_participantBuckets.find(c->actor.participantId);
        if (it == m_participantBuckets.end()) {
            it = m_participantBuckets.insert(c->actor.participantId, MessageBucket());
            it->rate = m_participantRate;
            it->burst = m_participantBurst;
        }
        if (!it->take(now))
            return refuseFlood(c, QStringLiteral("from this participant"), m_participantRate);
    }
    // A connection's first message (its join) takes nothing from its
    // address: how many connections one address opens, and how many of them
    // wait unjoined at once, is the admission's to limit (admission.h).
    // Counted here, a room of 2,000 behind one address, joining within a
    // second, had a fifth of its joins refused and closed.
    if (!std::exchange(c->spoke, true))
        return true;
    auto it = m_addressBuckets.find(c->address);
    if (it == m_addressBuckets.end())
        it = m_addressBuckets.insert(c->address, MessageBucket());
    // A room behind one address is as many honest voters as joined from it:
    // with a budget of 1,000 at once, the 1,000 voters of a town hall behind
    // one NAT (or the benchmark's on 127.0.0.1) voting at once and then
    // changing their votes had their last ones refused and were closed.
    const int joinedHere = m_admission->joinedFrom(c->address);
    it->rate = qMax(m_addressRate, joinedHere * AddressRatePerJoined);
    it->burst = qMax(m_addressBurst, joinedHere * AddressBurstPerJoined);
    if (!it->take(now))
        return refuseFlood(c, QStringLiteral("from this address"), m_addressRate);
    return true;
}

bool KioskServer::refuseFlood(Connection *c, const QString &what, double perSecond)
{
    // What this client queued before the flood still runs and is answered;
    // the client may reconnect, resume and re-send the rest with its ids.
    runQueue();
    if (!c->isOpen() || c->isClosing())
        return false;
    qCInfo(lcServer, "closed a connection: too many messages %s", qPrintable(what));
    answerNow(c, protocol::error(QString(), protocol::code::RateLimited,
                            QStringLiteral("Too many messages %1: at most %2 a second. Reconnect and resume to go on.")
                                .arg(what)
                                .arg(perSecond)));
    c->closeAfterAnswers(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("Too many messages."));
    return false;
}

void KioskServer::limitSocketsOf(Connection *joined)
{
    const QString &pid = joined->actor.participantId;
    if (pid.isEmpty())
        return;
    // The participant's own list, not a walk over every connection: at a
    // thousand joins that walk was paid a thousand times. A connection that
    // left, closes or closed never counts again: it goes from the list here
    // (and from onClosed's, once it is gone).
    QList<Connection *> &same = m_joinedAs[pid]; // oldest join first
    same.removeIf([](const Connection *c) { return !c->joined || !c->isOpen() || c->isClosing(); });
    for (qsizetype i = 0; i + MaxSocketsPerParticipant <= same.size(); ++i) {
        qCInfo(lcServer, "closed a participant's oldest socket: more than %d", MaxSocketsPerParticipant);
        same[i]->closeAfterAnswers(QWebSocketProtocol::CloseCodePolicyViolated,
                                   QStringLiteral("This participant joined on another connection."));
    }
    same.append(joined);
}

} // namespace flipover
