#include "kioskserver.h"

#include "clock.h"
#include "origin.h"
#include "protocol.h"
#include "webfiles.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QSet>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <limits>

#include <malloc.h>
#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcServer, "flipover.kiosk.server", QtInfoMsg)

namespace flipover {

namespace {

namespace code = protocol::code;
namespace cmd = protocol::cmd;

Clock *defaultClock()
{
    static Clock clock;
    return &clock;
}

} // namespace

KioskServer::KioskServer(SessionEngine *engine, Clock *clock, QObject *parent)
    : QObject(parent),
      m_engine(engine),
      m_clock(clock ? clock : defaultClock()),
      m_tcp(new GatedServer<QTcpServer>(this)),
      m_server(new QWebSocketServer(QStringLiteral("Flipover"), QWebSocketServer::NonSecureMode, this)),
      m_sweepTimer(new QTimer(this)),
      m_web(new WebFiles([this](QTcpSocket *socket) {
          watchHandshake(socket);
          m_server->handleConnection(socket);
      }, this)),
      m_admission(new Admission(this)),
      m_knownTypes(SessionEngine::commandTypes())
{
    static_cast<GatedServer<QTcpServer> *>(m_tcp)->gate = [this](qintptr fd) { return m_admission->mayAccept(fd); };
    // Hundreds of tablets may connect in the same second (a town-hall evening).
    m_tcp->setListenBacklogSize(1024);
    m_tcp->setMaxPendingConnections(1024);
    m_server->setMaxPendingConnections(1024);
    connect(m_tcp, &QTcpServer::newConnection, this, &KioskServer::onTcpConnection);
    connect(m_tcp, &QTcpServer::acceptError, this, &KioskServer::onAcceptError);
    connect(m_server, &QWebSocketServer::newConnection, this, &KioskServer::onNewConnection);
    connect(m_engine, &SessionEngine::changed, this, &KioskServer::onChanged);
    connect(m_engine, &SessionEngine::durable, this, &KioskServer::onDurable);
    connect(m_engine, &SessionEngine::commitReady, this, [this] {
        if (m_queueWaits)
            runQueue();
    });
    m_sweepTimer->setInterval(10000);
    connect(m_sweepTimer, &QTimer::timeout, this, &KioskServer::sweep);
    m_pinTimer = new QTimer(this);
    m_pinTimer->setSingleShot(true);
    connect(m_pinTimer, &QTimer::timeout, this, &KioskServer::servePinWaits);
}

void KioskServer::useTls(const QSslConfiguration &configuration)
{
    Q_ASSERT(!m_tcp->isListening());
    // The same gated QTcpServer, making QSslSockets: a connection in its TLS
    // handshake counts as pending from accept (admission.h), and its
    // handshake has the WebSocket handshake's deadline (startTls, limits.cpp).
    auto *server = static_cast<GatedServer<QTcpServer> *>(m_tcp);
    server->make = [server, configuration](qintptr descriptor) -> QTcpSocket * {
        auto *socket = new QSslSocket(server);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return nullptr;
        }
        socket->setSslConfiguration(configuration);
        return socket;
    };
    m_tls = true;
}

KioskServer::~KioskServer()
{
    close();
}

bool KioskServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_tcp->listen(address, port)) {
        if (error)
            *error = m_tcp->errorString();
        return false;
    }
    m_sweepTimer->start();
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY) {
        const ConnectionLimits now = m_admission->limits();
        ConnectionLimits fit = ConnectionLimits::forOpenFiles(qint64(files.rlim_cur));
        fit.maxConnections = qMin(fit.maxConnections, now.maxConnections);
        fit.maxPerAddress = qMin(fit.maxPerAddress, now.maxPerAddress);
        fit.maxPending = qMin(fit.maxPending, now.maxPending);
        fit.maxPendingPerAddress = qMin(fit.maxPendingPerAddress, now.maxPendingPerAddress);
        fit.maxLingering = qMin(fit.maxLingering, now.maxLingering);
        m_admission->setLimits(fit);
    }
    const ConnectionLimits &l = m_admission->limits();
    qCInfo(lcServer, "listening on port %u (at most %d connections, %d per address, %d not joined, %d per address)",
           unsigned(m_tcp->serverPort()), l.maxConnections, l.maxPerAddress, l.maxPending, l.maxPendingPerAddress);
    return true;
}

void KioskServer::close()
{
    m_sweepTimer->stop();
    m_tcp->close();
    m_server->close();
    m_joinedAs.clear();
    const QList<Connection *> all = std::exchange(m_connections, {});
    for (Connection *c : all) {
        forgetPinState(c);
        c->disconnect(this);
        c->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("The kiosk is shutting down."));
        c->deleteLater();
    }
    if (!all.isEmpty())
        Q_EMIT clientCountChanged(0);
}

void KioskServer::setEngine(SessionEngine *engine)
{
    // Not disconnect(m_engine): it may be deleted; its connections went with it.
    m_engine = engine;
    connect(m_engine, &SessionEngine::changed, this, &KioskServer::onChanged);
    connect(m_engine, &SessionEngine::durable, this, &KioskServer::onDurable);
    connect(m_engine, &SessionEngine::commitReady, this, [this] {
        if (m_queueWaits)
            runQueue();
    });
    m_queue.clear();
    m_joins.clear();
    m_deferred.clear();
    if (m_fanoutTimer)
        m_fanoutTimer->stop();
    m_gathering = false;
    m_queueAtFanout = false;
    m_presenceChanged = false;
    forgetBases();
    presenceMayHaveChanged();
    m_joinedAs.clear();
    const QList<Connection *> all = std::exchange(m_connections, {});
    for (Connection *c : all) {
        forgetPinState(c);
        c->disconnect(this);
        // The old meeting's store is closed, and closing it synced it: every
        // ack still waiting for its disk is true now and goes out first.
        c->releaseAnswers(std::numeric_limits<quint64>::max());
        c->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("A new meeting has started."));
        c->deleteLater();
    }
    if (!all.isEmpty())
        Q_EMIT clientCountChanged(0);
    qCInfo(lcServer, "a new meeting: %d connections closed", int(all.size()));
}

bool KioskServer::isListening() const
{
    return m_tcp->isListening();
}

quint16 KioskServer::port() const
{
    return m_tcp->serverPort();
}

QHostAddress KioskServer::address() const
{
    return m_tcp->serverAddress();
}

QUrl KioskServer::serverUrl() const
{
    if (!isListening())
        return QUrl();
    const QHostAddress a = address();
    const bool any = a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6;
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(any ? QStringLiteral("127.0.0.1") : a.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void KioskServer::setHandshakeTimeout(int ms)
{
    m_handshakeTimeoutMs = ms;
    m_web->setHeadTimeout(ms);
}

void KioskServer::setPingInterval(int ms)
{
    m_sweepTimer->setInterval(ms);
}

void KioskServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QWebSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        QTcpSocket *tcp = m_handshaking.take(peerKey(socket->peerAddress(), socket->peerPort()));
        if (tcp) {
            if (auto *deadline = tcp->findChild<QTimer *>(HandshakeDeadline, Qt::FindDirectChildrenOnly))
                deadline->stop();
            // The upgrade's answer (101) waits in the socket's buffer for the
            // next pass of the loop; while hundreds of tablets join, that pass
            // is milliseconds away, and the tablet cannot send its join before.
            tcp->flush();
        }
        socket->setMaxAllowedIncomingFrameSize(quint64(protocol::MaxMessageBytes));
        socket->setMaxAllowedIncomingMessageSize(quint64(protocol::MaxMessageBytes));
        auto *c = new Connection(socket, tcp, this);
        // Every close (ours, or Qt's for 1007/1009) reads the rest the peer
        // sends, so that the close frame is not lost to a reset.
        connect(socket, &QWebSocket::aboutToClose, m_admission, [this, tcp = QPointer<QTcpSocket>(tcp)] {
            m_admission->lingerOnClose(tcp);
        });
        c->messages.rate = m_messageRate;
        c->messages.burst = m_messageBurst;
        m_connections.append(c);
        connect(c, &Connection::textReceived, this, &KioskServer::onText);
        connect(c, &Connection::binaryReceived, this, [this](Connection *conn) {
            if (!admit(conn))
                return;
            answerNow(conn, protocol::error(QString(), code::BadJson,
                                       QStringLiteral("Send JSON objects in text frames, not binary ones.")));
        });
        connect(c, &Connection::closed, this, &KioskServer::onClosed);
        connect(c, &Connection::joinDeadlinePassed, this, &KioskServer::onJoinDeadline);

        QList<quint16> ports = m_extraOriginPorts;
        ports.append(port());
        if (!isAllowedOrigin(c->origin(), ports)) {
            qCInfo(lcServer, "refused a connection: origin not allowed");
            c->close(QWebSocketProtocol::CloseCodePolicyViolated,
                     QStringLiteral("Only pages served by this kiosk may connect."));
        } else {
            c->startJoinDeadline(m_joinTimeoutMs);
        }
        Q_EMIT clientCountChanged(clientCount());
    }
}

void KioskServer::onClosed(Connection *c)
{
    if (!m_connections.removeOne(c))
        return;
    if (const auto it = m_joinedAs.find(c->actor.participantId); it != m_joinedAs.end()) {
        it->removeOne(c);
        if (it->isEmpty())
            m_joinedAs.erase(it);
    }
    forgetPinState(c);
    c->disconnect(this);
    c->deleteLater();
    if (c->joined)
        presenceMayHaveChanged();
    qCDebug(lcServer, "connection closed, %d left", clientCount());
    Q_EMIT clientCountChanged(clientCount());
}

void KioskServer::onJoinDeadline(Connection *c)
{
    if (c->joinQueued)
        runJoins();
    if (c->joined)
        return;
    qCInfo(lcServer, "closed a connection that did not join in time");
    c->close(QWebSocketProtocol::CloseCodePolicyViolated,
             QStringLiteral("Send join within %1 seconds of connecting.").arg(qMax(1, m_joinTimeoutMs / 1000)));
}

void KioskServer::sweep()
{
    const QList<Connection *> all = m_connections;
    for (Connection *c : all) {
        if (c->silentMs() > m_silenceTimeoutMs) {
            qCInfo(lcServer, "dropped a silent connection");
            c->drop(); // participant state stays in the engine for a later resume
        } else {
            c->ping();
        }
    }
    m_limiter.forgetExpired(m_clock->monotonicMs());
    // Flood buckets of participants and addresses with no socket left.
    QSet<QString> participants, addresses;
    for (const Connection *c : std::as_const(m_connections)) {
        participants.insert(c->actor.participantId);
        addresses.insert(c->address);
    }
    m_participantBuckets.removeIf([&](auto it) { return !participants.contains(it.key()); });
    m_addressBuckets.removeIf([&](auto it) { return !addresses.contains(it.key()); });
    // After a wave of connections that never joined, give the freed heap
    // back to the system (glibc keeps it otherwise).
    if (m_peakSinceTrim > 64 && m_admission->pending() < 16) {
        ::malloc_trim(0);
        m_peakSinceTrim = m_admission->pending();
    }
}

void KioskServer::onText(Connection *c, const QByteArray &utf8)
{
    if (!admit(c) || holdWhileParked(c, utf8))
        return;
    if (c->joinQueued)
        runJoins(); // its join first, as if it had run when it came
    const protocol::Decoded decoded = protocol::decodeClient(utf8, m_knownTypes);
    if (!decoded.ok()) {
        qCInfo(lcServer, "refused a message: %s", qPrintable(decoded.error.code));
        answerNow(c, protocol::error(decoded.error.id, decoded.error.code, decoded.error.message));
        return;
    }
    const protocol::ClientMessage &m = *decoded.message;
    const bool engineCommand = m.kind == protocol::ClientType::Command && m.type != cmd::Unlock
                               && !m_kioskCommands.contains(m.type);
    if (c->joined && engineCommand) {
        queueCommand(c, m.type, m.id, m.body);
        return;
    }
    // Anything else is answered in order after what this client queued.
    runQueue();
    if (!c->isOpen())
        return;
    if (!c->joined) {
        if (m.kind == protocol::ClientType::Join)
            handleJoin(c, m.id, m.body);
        else
            answerNow(c, protocol::error(m.id, code::NotJoined,
                                    QStringLiteral("Send join first: nothing else is accepted before a successful join.")));
        return;
    }
    switch (m.kind) {
    case protocol::ClientType::Join:
        answerNow(c, protocol::error(m.id, code::NotAllowed, QStringLiteral("This connection has already joined.")));
        return;
    case protocol::ClientType::Ping:
        answerNow(c, protocol::pong(m.id));
        return;
    case protocol::ClientType::Leave:
        handleCommand(c, cmd::Leave, m.id, m.body);
        return;
    case protocol::ClientType::Command:
        if (m.type == cmd::Unlock)
            handleUnlock(c, m.type, m.id, m.body);
        else if (m_kioskCommands.contains(m.type))
            handleKioskCommand(c, m.type, m.id, m.body);
        else
            handleCommand(c, m.type, m.id, m.body);
        return;
    }
}

void KioskServer::handleJoin(Connection *c, const QString &id, const QJsonObject &body)
{
    if (!parkPinAttempt(c, protocol::msg::Join, id, body))
        joinChecked(c, id, body);
}

void KioskServer::joinChecked(Connection *c, const QString &id, const QJsonObject &body)
{
    const QString pin = body.value(protocol::key::Pin).toString();
    const QString role = body.value(protocol::key::Role).toString();
    if (!role.isEmpty() && role != protocol::role::Wall) {
        answerNow(c, protocol::error(id, code::BadField, QStringLiteral("The field role can only be \"wall\".")));
        return;
    }
    if (role == protocol::role::Wall) {
        if (!m_engine->checkPin(pin)) {
            countPinFailure(c, code::BadPin);
            answerNow(c, protocol::error(id, code::BadPin, QStringLiteral("That is not the session PIN.")));
            return;
        }
        c->stopJoinDeadline();
        m_admission->joined(c->tcpSocket());
        c->actor = Actor::wallDisplay();
        c->audience = Audience::Wall;
        c->joined = true;
        sendSnapshot(c, protocol::joined(QString(), QString(), roleName(Role::Wall)));
        qCInfo(lcServer, "a wall display joined");
        return;
    }

    // A wrong PIN is refused here and now, so that it counts against the
    // PIN budget before the next attempt is checked (pinwait.cpp). A right
    // one waits for the joins that arrive with it: one commit for all
    // (runJoins), and `joined` once it is committed, as before.
    const QString facilitatorPin = body.value(protocol::key::FacilitatorPin).toString();
    const JoinRequest request{pin, body.value(protocol::key::Resume).toString(), facilitatorPin};
    if (!m_engine->checkPin(pin) || (!facilitatorPin.isEmpty() && !m_engine->checkFacilitatorPin(facilitatorPin))) {
        ++m_executing;
        const Result r = m_engine->join(request.pin, request.resumeToken, request.facilitatorPin);
        --m_executing;
        finishJoin(c, id, r);
        flushChanges();
        return;
    }
    if (m_joins.isEmpty())
        QMetaObject::invokeMethod(this, &KioskServer::runJoins, Qt::QueuedConnection);
    c->joinQueued = true;
    m_joins.append(QueuedJoin{QPointer<Connection>(c), id, request});
}

// The joins of one event-loop pass, committed at once (SessionEngine::joinBatch).
// Whatever else a joiner sends, or its join deadline, runs them first.
void KioskServer::runJoins()
{
    if (m_joins.isEmpty())
        return;
    const QList<QueuedJoin> joins = std::exchange(m_joins, {});
    QList<Connection *> joiners;
    QList<JoinRequest> requests;
    QStringList ids;
    for (const QueuedJoin &q : joins) {
        if (!q.connection)
            continue;
        q.connection->joinQueued = false;
        if (!q.connection->isOpen() || q.connection->isClosing())
            continue; // gone before its join ran: no participant for it
        joiners.append(q.connection);
        requests.append(q.request);
        ids.append(q.id);
    }
    ++m_executing;
    const QList<Result> results = m_engine->joinBatch(requests);
    --m_executing;
    qsizetype joinedNow = 0;
    for (qsizetype i = 0; i < joiners.size(); ++i) {
        if (joiners[i]->isOpen() && finishJoin(joiners[i], ids[i], results[i]))
            ++joinedNow;
    }
    // One line for the pass, not one per tablet: a town hall's joins would
    // otherwise write a thousand lines within a second or two.
    if (joinedNow > 0)
        qCInfo(lcServer, "%lld joined (%d connections)", qlonglong(joinedNow), clientCount());
    flushChanges();
}

bool KioskServer::finishJoin(Connection *c, const QString &id, const Result &r)
{
    if (!r.ok) {
        countPinFailure(c, r.code);
        qCInfo(lcServer, "refused a join: %s", qPrintable(r.code));
        answerNow(c, protocol::error(id, r.code, r.message));
        return false;
    }
    const QString participantId = r.data.value(protocol::key::ParticipantId).toString();
    c->stopJoinDeadline();
    m_admission->joined(c->tcpSocket());
    c->token = r.data.value(protocol::key::Token).toString();
    c->actor = m_engine->actorFor(participantId, c->token);
    c->audience = audienceFor(c->actor);
    c->joined = true;
    limitSocketsOf(c);
    QString roleText = r.data.value(protocol::key::Role).toString();
    if (roleText.isEmpty())
        roleText = roleName(m_engine->roleOf(c->actor));
    sendSnapshot(c, protocol::joined(participantId, c->token, roleText));
    if (c->audience == Audience::Facilitator)
        qCInfo(lcServer, "a facilitator joined");
    return true;
}

void KioskServer::handleUnlock(Connection *c, const QString &type, const QString &id, const QJsonObject &body)
{
    if (!parkPinAttempt(c, type, id, body))
        handleCommand(c, type, id, body);
}

} // namespace flipover
