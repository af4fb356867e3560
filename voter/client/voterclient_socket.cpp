// VoterClient's socket life cycle: open, join, keep alive, notice a dead
// connection, and come back with exponential backoff and jitter.
#include "voterclient.h"

#include "protocol.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QWebSocket>

namespace flipover {

namespace key = protocol::key;

namespace {

// The kiosk's certificate fingerprint to pin (docs/security.md): the join
// link's fp, kept with the session, or else a "#fp=<sha256 hex>" fragment of
// a typed wss URL. The fragment never goes over the wire.
QString certificatePin(const QUrl &url, const QString &fromLink)
{
    if (!fromLink.isEmpty())
        return fromLink.toLower();
    return QUrlQuery(url.fragment()).queryItemValue(QStringLiteral("fp")).toLower();
}

} // namespace

void VoterClient::setKeepAlive(int pingIntervalMs, int deadAfterMs)
{
    m_pingMs = pingIntervalMs;
    m_deadMs = deadAfterMs;
    if (m_pingTimer.isActive())
        m_pingTimer.start(m_pingMs);
}

void VoterClient::setBackoff(int initialMs, int maxMs)
{
    m_backoffInitialMs = qMax(1, initialMs);
    m_backoffMaxMs = qMax(m_backoffInitialMs, maxMs);
}

void VoterClient::openSocket()
{
    dropSocket();
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, &VoterClient::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &VoterClient::connectionLost);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &VoterClient::connectionLost);
    connect(socket, &QWebSocket::textMessageReceived, this, &VoterClient::onMessage);
    connect(socket, &QWebSocket::pong, this, [this] { m_deadline.start(m_deadMs); });
    m_deadline.start(m_deadMs); // also bounds a connect that hangs
    if (!certificatePin(m_memory.url, m_memory.fingerprint).isEmpty()) {
        // Pinned: the fingerprint is checked in onConnected, not a CA chain
        // (the kiosk's certificate is self-signed).
        QSslConfiguration tls = socket->sslConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->setSslConfiguration(tls);
    }
    socket->open(m_memory.url.adjusted(QUrl::RemoveFragment));
}

// Stops the timers and hands back the current socket (or null), no longer
// connected to us: its late signals do not reach this client.
QWebSocket *VoterClient::detachSocket()
{
    m_joined = false;
    m_synced = false;
    m_pingTimer.stop();
    m_deadline.stop();
    if (!m_socket)
        return nullptr;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    return socket;
}

// Abandons the current socket at once.
void VoterClient::dropSocket()
{
    QWebSocket *socket = detachSocket();
    if (!socket)
        return;
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
    socket->deleteLater();
}

// Closes the current socket gracefully, so a last message (leave) still goes out.
void VoterClient::retireSocket()
{
    QWebSocket *socket = detachSocket();
    if (!socket)
        return;
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(3000, socket, &QObject::deleteLater);
    socket->flush();
    socket->close();
}

// An update that does not fit what this client holds (docs/protocol.md,
// "Patches"): reconnect at once and resume; the snapshot puts the view right
// and the outbox goes out again as after any reconnect.
void VoterClient::resync()
{
    dropSocket();
    setState(QStringLiteral("reconnecting"));
    m_attempt = 0;
    openSocket();
}

void VoterClient::connectionLost()
{
    dropSocket();
    if (!m_wanted) {
        setState(QStringLiteral("offline"));
        return;
    }
    setState(m_everOnline ? QStringLiteral("reconnecting") : QStringLiteral("connecting"));
    scheduleRetry();
}

// Exponential backoff with "equal jitter": half the step fixed, half random.
void VoterClient::scheduleRetry()
{
    const qint64 step = qMin<qint64>(m_backoffMaxMs, qint64(m_backoffInitialMs) << qMin(m_attempt, 20));
    ++m_attempt;
    const int half = int(step / 2);
    m_retry.start(half + int(QRandomGenerator::global()->bounded(half + 1)));
}

void VoterClient::onConnected()
{
    const QString pin = certificatePin(m_memory.url, m_memory.fingerprint);
    if (!pin.isEmpty()
        && QString::fromLatin1(m_socket->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex()) != pin) {
        // Not the kiosk of the join link: it never gets the PIN. Trying
        // again would meet the same impostor, so stop and say so.
        m_wanted = false;
        dropSocket();
        setLastError(protocol::code::CertificateMismatch);
        setState(QStringLiteral("offline"));
        Q_EMIT joinFailed(protocol::code::CertificateMismatch,
                          QStringLiteral("This is not the kiosk of the join link: its certificate differs."));
        return;
    }
    QJsonObject join{{key::Type, protocol::msg::Join}, {key::Version, protocol::Version},
                     {key::Pin, m_memory.pin}};
    if (!m_memory.token.isEmpty())
        join.insert(key::Resume, m_memory.token);
    if (!m_facilitatorPin.isEmpty())
        join.insert(key::FacilitatorPin, m_facilitatorPin);
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(join).toJson(QJsonDocument::Compact)));
}

void VoterClient::sendPing()
{
    if (m_socket && m_joined)
        m_socket->sendTextMessage(QString::fromUtf8(
                protocol::command(protocol::msg::Ping, QStringLiteral("ping-%1").arg(++m_pings), {})));
}

} // namespace flipover
