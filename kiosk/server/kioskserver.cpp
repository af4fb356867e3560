#include "kioskserver.h"

#include "clock.h"
#include "origin.h"
#include "protocol.h"
#include "webfiles.h"

#include <QLoggingCategory>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocketServer>

#include <limits>

Q_LOGGING_CATEGORY(lcServer, "flipover.kiosk.server", QtInfoMsg)

namespace flipover {

namespace {

const QString NotJoined = QStringLiteral("not_joined");
const QString Unlock = QStringLiteral("unlock");
const QString Leave = QStringLiteral("leave");

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
      m_tcp(new QTcpServer(this)),
      m_server(new QWebSocketServer(QStringLiteral("Flipover"), QWebSocketServer::NonSecureMode, this)),
      m_sweepTimer(new QTimer(this)),
      m_web(new WebFiles([this](QTcpSocket *socket) { m_server->handleConnection(socket); }, this)),
      m_knownTypes(SessionEngine::commandTypes())
{
    // Hundreds of tablets may connect in the same second (a town-hall evening).
    m_tcp->setListenBacklogSize(1024);
    m_tcp->setMaxPendingConnections(1024);
    m_server->setMaxPendingConnections(1024);
    connect(m_tcp, &QTcpServer::newConnection, this, &KioskServer::onTcpConnection);
    connect(m_server, &QWebSocketServer::newConnection, this, &KioskServer::onNewConnection);
    connect(m_engine, &SessionEngine::changed, this, &KioskServer::onChanged);
    connect(m_engine, &SessionEngine::durable, this, &KioskServer::onDurable);
    m_sweepTimer->setInterval(10000);
    connect(m_sweepTimer, &QTimer::timeout, this, &KioskServer::sweep);
}

void KioskServer::useTls(const QSslConfiguration &configuration)
{
    Q_ASSERT(!m_tcp->isListening());
    auto *tls = new QSslServer(this);
    tls->setSslConfiguration(configuration);
    tls->setHandshakeTimeout(m_handshakeTimeoutMs);
    tls->setListenBacklogSize(1024);
    tls->setMaxPendingConnections(1024);
    // QSslServer queues a socket once its TLS handshake is done, and says so
    // with pendingConnectionAvailable (newConnection comes before that).
    connect(tls, &QTcpServer::pendingConnectionAvailable, this, &KioskServer::onTcpConnection);
    // Who failed is not logged (no addresses), only that someone did.
    connect(tls, &QSslServer::errorOccurred, this, [](QSslSocket *, QAbstractSocket::SocketError) {
        qCInfo(lcServer, "a TLS connection failed before it was established");
    });
    delete m_tcp;
    m_tcp = tls;
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
    qCInfo(lcServer, "listening on port %u", unsigned(m_tcp->serverPort()));
    return true;
}

void KioskServer::close()
{
    m_sweepTimer->stop();
    m_tcp->close();
    m_server->close();
    const QList<Connection *> all = std::exchange(m_connections, {});
    for (Connection *c : all) {
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
    m_queue.clear();
    m_deferred.clear();
    forgetBases();
    presenceMayHaveChanged();
    const QList<Connection *> all = std::exchange(m_connections, {});
    for (Connection *c : all) {
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

void KioskServer::setPingInterval(int ms)
{
    m_sweepTimer->setInterval(ms);
}

int KioskServer::joinedCount() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                             [](const Connection *c) { return c->joined; }));
}

namespace {
QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('|') + QString::number(port);
}
} // namespace

void KioskServer::onTcpConnection()
{
    // QWebSocketServer applies its handshake timeout only to connections it
    // accepted itself, so sockets handed over here get one of ours.
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        const QString key = peerKey(socket->peerAddress(), socket->peerPort());
        m_handshaking.insert(key, socket);
        connect(socket, &QObject::destroyed, this, [this, key, socket] {
            if (m_handshaking.value(key) == socket)
                m_handshaking.remove(key);
        });
        QTimer::singleShot(m_handshakeTimeoutMs, socket, [this, key, socket] {
            if (m_handshaking.value(key) != socket)
                return; // upgraded meanwhile
            m_handshaking.remove(key);
            qCInfo(lcServer, "dropped a connection that did not complete the handshake in time");
            socket->abort();
        });
        // Updates are small: without this, Nagle holds each one until the
        // client's delayed ACK (about 40 ms, measured in tests/bench).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_web->take(socket); // the browser voter's files, or on to m_server if it is a WebSocket
    }
}

void KioskServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QWebSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        m_handshaking.remove(peerKey(socket->peerAddress(), socket->peerPort()));
        socket->setMaxAllowedIncomingFrameSize(quint64(protocol::MaxMessageBytes));
        socket->setMaxAllowedIncomingMessageSize(quint64(protocol::MaxMessageBytes));
        auto *c = new Connection(socket, this);
        c->messages.rate = m_messageRate;
        c->messages.burst = m_messageBurst;
        m_connections.append(c);
        connect(c, &Connection::textReceived, this, &KioskServer::onText);
        connect(c, &Connection::binaryReceived, this, [this](Connection *conn) {
            if (!admit(conn))
                return;
            answerNow(conn, protocol::error(QString(), QStringLiteral("bad_json"),
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
    c->disconnect(this);
    c->deleteLater();
    if (c->joined)
        presenceMayHaveChanged();
    qCDebug(lcServer, "connection closed, %d left", clientCount());
    Q_EMIT clientCountChanged(clientCount());
}

void KioskServer::onJoinDeadline(Connection *c)
{
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
}

bool KioskServer::admit(Connection *c)
{
    if (!c->isOpen() || c->isClosing())
        return false;
    if (c->messages.take(m_clock->monotonicMs()))
        return true;
    // What this client queued before the flood still runs and is answered;
    // the client may reconnect, resume and re-send the rest with its ids.
    runQueue();
    if (!c->isOpen() || c->isClosing())
        return false;
    qCInfo(lcServer, "closed a connection that sent too many messages");
    answerNow(c, protocol::error(QString(), QStringLiteral("rate_limited"),
                            QStringLiteral("Too many messages: at most %1 a second. Reconnect and resume to go on.")
                                .arg(m_messageRate)));
    c->closeAfterAnswers(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("Too many messages."));
    return false;
}

void KioskServer::onText(Connection *c, const QByteArray &utf8)
{
    if (!admit(c))
        return;
    const protocol::Decoded decoded = protocol::decodeClient(utf8, m_knownTypes);
    if (!decoded.ok()) {
        qCInfo(lcServer, "refused a message: %s", qPrintable(decoded.error.code));
        answerNow(c, protocol::error(decoded.error.id, decoded.error.code, decoded.error.message));
        return;
    }
    const protocol::ClientMessage &m = *decoded.message;
    const bool engineCommand = m.kind == protocol::ClientType::Command && m.type != Unlock
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
            answerNow(c, protocol::error(m.id, NotJoined,
                                    QStringLiteral("Send join first: nothing else is accepted before a successful join.")));
        return;
    }
    switch (m.kind) {
    case protocol::ClientType::Join:
        answerNow(c, protocol::error(m.id, QStringLiteral("not_allowed"), QStringLiteral("This connection has already joined.")));
        return;
    case protocol::ClientType::Ping:
        answerNow(c, protocol::pong(m.id));
        return;
    case protocol::ClientType::Leave:
        handleCommand(c, Leave, m.id, m.body);
        return;
    case protocol::ClientType::Command:
        if (m.type == Unlock)
            handleUnlock(c, m.type, m.id, m.body);
        else if (m_kioskCommands.contains(m.type))
            handleKioskCommand(c, m.type, m.id, m.body);
        else
            handleCommand(c, m.type, m.id, m.body);
        return;
    }
}

bool KioskServer::refusedByLimiter(Connection *c, const QString &id)
{
    if (!m_limiter.isLocked(c->peer(), m_clock->monotonicMs()))
        return false;
    answerNow(c, protocol::error(id, QStringLiteral("too_many_attempts"),
                            QStringLiteral("Too many wrong PINs from this device; wait a minute and try again.")));
    return true;
}

void KioskServer::countPinFailure(Connection *c, const QString &code)
{
    PinRateLimiter::Kind kind;
    if (code == QLatin1String("bad_pin"))
        kind = PinRateLimiter::Kind::SessionPin;
    else if (code == QLatin1String("bad_facilitator_pin"))
        kind = PinRateLimiter::Kind::FacilitatorPin;
    else
        return;
    if (m_limiter.recordFailure(c->peer(), kind, m_clock->monotonicMs()))
        qCWarning(lcServer, "too many wrong PINs from one device: refusing it for %lld s",
                  m_limiter.lockoutMs / 1000);
}

void KioskServer::handleJoin(Connection *c, const QString &id, const QJsonObject &body)
{
    if (refusedByLimiter(c, id))
        return;
    const QString pin = body.value(protocol::key::Pin).toString();
    const QString role = body.value(protocol::key::Role).toString();
    if (!role.isEmpty() && role != QLatin1String("wall")) {
        answerNow(c, protocol::error(id, QStringLiteral("bad_field"), QStringLiteral("The field role can only be \"wall\".")));
        return;
    }
    if (role == QLatin1String("wall")) {
        if (!m_engine->checkPin(pin)) {
            countPinFailure(c, QStringLiteral("bad_pin"));
            answerNow(c, protocol::error(id, QStringLiteral("bad_pin"), QStringLiteral("That is not the session PIN.")));
            return;
        }
        c->stopJoinDeadline();
        c->actor = Actor::wallDisplay();
        c->audience = Audience::Wall;
        c->joined = true;
        c->send(protocol::joined(QString(), QString(), roleName(Role::Wall)));
        sendSnapshot(c);
        qCInfo(lcServer, "a wall display joined");
        return;
    }

    ++m_executing;
    const Result r = m_engine->join(pin, body.value(protocol::key::Resume).toString(),
                                    body.value(protocol::key::FacilitatorPin).toString());
    --m_executing;
    if (!r.ok) {
        countPinFailure(c, r.code);
        qCInfo(lcServer, "refused a join: %s", qPrintable(r.code));
        answerNow(c, protocol::error(id, r.code, r.message));
        flushChanges();
        return;
    }
    const QString participantId = r.data.value(protocol::key::ParticipantId).toString();
    c->stopJoinDeadline();
    c->token = r.data.value(protocol::key::Token).toString();
    c->actor = m_engine->actorFor(participantId, c->token);
    c->audience = audienceFor(c->actor);
    c->joined = true;
    QString roleText = r.data.value(protocol::key::Role).toString();
    if (roleText.isEmpty())
        roleText = roleName(m_engine->roleOf(c->actor));
    c->send(protocol::joined(participantId, c->token, roleText));
    sendSnapshot(c);
    qCInfo(lcServer, "a %s joined (%d joined connections)", qPrintable(roleText), joinedCount());
    flushChanges();
}

void KioskServer::handleUnlock(Connection *c, const QString &type, const QString &id, const QJsonObject &body)
{
    if (refusedByLimiter(c, id))
        return;
    handleCommand(c, type, id, body);
}

} // namespace flipover
