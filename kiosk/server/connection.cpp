#include "connection.h"

#include "admission.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>
#include <sys/uio.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcConnection, "flipover.kiosk.connection", QtInfoMsg)

namespace flipover {

// The close codes the kiosk sends are Qt's names for the schema's numbers.
static_assert(QWebSocketProtocol::CloseCodeNormal == protocol::closecode::Normal
                      && QWebSocketProtocol::CloseCodeGoingAway == protocol::closecode::GoingAway
                      && QWebSocketProtocol::CloseCodeWrongDatatype == protocol::closecode::BadUtf8
                      && QWebSocketProtocol::CloseCodePolicyViolated == protocol::closecode::Policy
                      && QWebSocketProtocol::CloseCodeTooMuchData == protocol::closecode::TooBig,
              "close codes of shared/protocol/schema.json");

Audience audienceOf(Role role)
{
    switch (role) {
    case Role::Wall:
        return Audience::Wall;
    case Role::Facilitator:
        return Audience::Facilitator;
    case Role::Participant:
    case Role::CaseOwner:
    case Role::None:
        break;
    }
    return Audience::Participant;
}

namespace {

// Server frames are not masked: 2 header bytes, plus 2 or 8 for the length.
qint64 frameOverhead(qint64 payload, qint64 frameSize)
{
    auto header = [](qint64 n) { return n < 126 ? 2 : (n <= 0xffff ? 4 : 10); };
    if (frameSize <= 0 || payload <= frameSize)
        return header(payload);
    qint64 total = 0;
    for (qint64 left = payload; left > 0; left -= frameSize)
        total += header(qMin(left, frameSize));
    return total;
}

qint64 s_maxPendingBytes = 1024 * 1024;

} // namespace

qint64 Connection::maxPendingBytes()
{
    return s_maxPendingBytes;
}

// RFC 6455, 5.2: FIN and the text opcode, then the length (7 bits; or 126
// and 16 bits; or 127 and 64 bits; network order). A server never masks.
Outgoing::Outgoing(const QByteArray &utf8) : bytes(utf8.size())
{
    const quint64 n = quint64(utf8.size());
    frame.reserve(utf8.size() + 10);
    frame.append(char(0x81));
    if (n < 126) {
        frame.append(char(n));
    } else if (n <= 0xffff) {
        frame.append(char(126));
        for (int shift = 8; shift >= 0; shift -= 8)
            frame.append(char((n >> shift) & 0xff));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((n >> shift) & 0xff));
    }
    header = frame.size();
    frame.append(utf8);
}

void Connection::setMaxPendingBytes(qint64 bytes)
{
    s_maxPendingBytes = qMax<qint64>(16 * 1024, bytes);
}

Connection::Connection(QWebSocket *socket, QTcpSocket *tcp, QObject *parent)
    : QObject(parent), m_socket(socket), m_tcp(tcp)
{
    socket->setParent(this);
    m_plain = tcp && !qobject_cast<QSslSocket *>(tcp);
    if (tcp) {
        tcp->setParent(this); // after the QWebSocket: deleted after it, which still uses it
        tcp->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption,
                             int(qMin<qint64>(256 * 1024, s_maxPendingBytes / 4)));
    }
    QHostAddress peerAddress = socket->peerAddress();
    bool ok = false;
    const QHostAddress v4(peerAddress.toIPv4Address(&ok));
    m_peer = ok ? v4.toString() : peerAddress.toString();
    address = addressKey(peerAddress);
    m_heard.start();

    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_heard.restart();
        Q_EMIT textReceived(this, text.toUtf8());
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        m_heard.restart();
        Q_EMIT binaryReceived(this);
    });
    connect(socket, &QWebSocket::pong, this, [this](quint64, const QByteArray &) { m_heard.restart(); });
    connect(socket, &QWebSocket::bytesWritten, this, [this](qint64 n) { m_pending = qMax<qint64>(0, m_pending - n); });
    // isOpen() is asked for every client on every fan-out: kept here, not
    // asked of the socket each time.
    m_connected = socket->state() == QAbstractSocket::ConnectedState;
    connect(socket, &QWebSocket::stateChanged, this,
            [this](QAbstractSocket::SocketState state) { m_connected = state == QAbstractSocket::ConnectedState; });
    connect(socket, &QObject::destroyed, this, [this] { m_connected = false; });
    connect(socket, &QWebSocket::disconnected, this, [this] {
        if (!m_closedEmitted) {
            m_closedEmitted = true;
            Q_EMIT closed(this);
        }
    });
}

Connection::~Connection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString Connection::origin() const
{
    return m_socket ? m_socket->origin() : QString();
}

bool Connection::isOpen() const
{
    return m_connected && !m_closedEmitted;
}

bool Connection::keepingUp()
{
    // Checked before a message is queued, so one large snapshot alone never
    // closes a client; a backlog that is still there on the next one does.
    if (m_pending <= s_maxPendingBytes)
        return true;
    // What is only in Qt's buffer because this event-loop pass has not
    // written it yet is not the client's fault: hand it to the kernel first.
    if (m_tcp)
        m_tcp->flush();
    if (m_pending <= s_maxPendingBytes)
        return true;
    qCInfo(lcConnection, "closed a client that does not keep up (%lld bytes unsent)", m_pending);
    close(CloseCodeBehind, QStringLiteral("Too far behind: resume to get a fresh snapshot."));
    return false;
}

void Connection::account(qint64 payloadBytes)
{
    m_pending += payloadBytes + frameOverhead(payloadBytes, qint64(m_socket->outgoingFrameSize()));
}

void Connection::send(const QByteArray &utf8)
{
    send(Outgoing(utf8));
}

// The frame QWebSocket would write (it splits a message only beyond its
// outgoingFrameSize, 512 KiB), written to the socket here: made once for a
// whole fan-out instead of once per client, and, when nothing of this
// socket waits in Qt's buffer, handed to the kernel at once with no copy
// into that buffer (what the kernel does not take goes there, in order, and
// counts as pending). QWebSocket's own frames (pings, pongs, the close)
// go through the same socket buffer, so the order on the wire holds.
void Connection::send(const Outgoing &message)
{
    if (!isOpen() || !keepingUp())
        return;
    if (!ownFrame(message)) {
        m_socket->sendTextMessage(QString::fromUtf8(message.frame.constData() + message.header, message.bytes));
        account(message.bytes);
        return;
    }
    qint64 sent = 0;
    if (toKernelNow()) {
        const ssize_t n = ::send(int(m_tcp->socketDescriptor()), message.frame.constData(),
                                 size_t(message.frame.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        sent = n > 0 ? n : 0; // a failed send leaves the error for Qt to find
    }
    keepRest(message, sent);
}

// Two messages in one write (a join's `joined` and its snapshot): one system
// call, and one wake-up for the client, instead of two of each.
void Connection::sendTogether(const Outgoing &first, const Outgoing &second)
{
    if (!isOpen() || !ownFrame(first) || !ownFrame(second) || !toKernelNow()) {
        send(first);
        send(second);
        return;
    }
    if (!keepingUp())
        return;
    iovec parts[2] = {{const_cast<char *>(first.frame.constData()), size_t(first.frame.size())},
                      {const_cast<char *>(second.frame.constData()), size_t(second.frame.size())}};
    msghdr header = {};
    header.msg_iov = parts;
    header.msg_iovlen = 2;
    const ssize_t n = ::sendmsg(int(m_tcp->socketDescriptor()), &header, MSG_DONTWAIT | MSG_NOSIGNAL);
    qint64 sent = n > 0 ? n : 0; // a failed send leaves the error for Qt to find
    for (const Outgoing *message : {&first, &second}) {
        const qint64 taken = std::min(sent, qint64(message->frame.size()));
        keepRest(*message, taken);
        sent -= taken;
    }
}

// Written as our own frame: QWebSocket would not split it (its outgoingFrameSize).
bool Connection::ownFrame(const Outgoing &message) const
{
    return m_tcp && message.bytes <= qint64(m_socket->outgoingFrameSize());
}

// Handed to the kernel at once: nothing of this socket waits in Qt's buffer
// (over TLS everything goes through the encrypted socket).
bool Connection::toKernelNow() const
{
    return m_plain && m_tcp && m_tcp->bytesToWrite() == 0;
}

// What the kernel did not take of a frame waits in Qt's buffer, in order,
// and counts as pending.
void Connection::keepRest(const Outgoing &message, qint64 sent)
{
    if (sent < message.frame.size()) {
        const qint64 rest = message.frame.size() - sent;
        m_tcp->write(message.frame.constData() + sent, rest);
        m_pending += rest;
    }
}

void Connection::flush()
{
    // A frame the kernel took whole (send) left nothing to flush. Over TLS,
    // what waits may be in the encrypted socket below: flushed as before.
    if (isOpen() && (!m_plain || m_tcp->bytesToWrite() > 0))
        m_socket->flush();
}

void Connection::sendAnswer(const QByteArray &utf8, quint64 after, quint64 durableSeq)
{
    if (m_closeAfter)
        return; // closing: nothing after the last answer
    if (m_waiting.isEmpty() && after <= durableSeq) {
        send(utf8);
        return;
    }
    m_waiting.append(Waiting{after, utf8});
}

void Connection::releaseAnswers(quint64 durableSeq)
{
    qsizetype n = 0;
    while (n < m_waiting.size() && m_waiting.at(n).after <= durableSeq)
        send(m_waiting.at(n++).utf8);
    m_waiting.remove(0, n);
    if (m_waiting.isEmpty() && m_closeAfter)
        close(m_closeAfter->first, m_closeAfter->second);
}

void Connection::closeAfterAnswers(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_waiting.isEmpty()) {
        close(code, reason);
        return;
    }
    if (!m_closeAfter)
        m_closeAfter.emplace(code, reason);
}

void Connection::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    stopJoinDeadline();
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->close(code, reason);
        // A peer that does not read keeps Qt's socket closing for ever.
        QTimer::singleShot(CloseDeadlineMs, this, [this] { drop(); });
    }
}

void Connection::drop()
{
    stopJoinDeadline();
    if (m_socket)
        m_socket->abort();
    // abort() may not emit disconnected when the socket never got that far.
    if (!m_closedEmitted) {
        m_closedEmitted = true;
        Q_EMIT closed(this);
    }
}

void Connection::ping()
{
    if (!isOpen() || !keepingUp())
        return;
    m_socket->ping();
    account(0);
}

void Connection::startJoinDeadline(int ms)
{
    if (!m_joinDeadline) {
        m_joinDeadline = new QTimer(this);
        m_joinDeadline->setSingleShot(true);
        connect(m_joinDeadline, &QTimer::timeout, this, [this] { Q_EMIT joinDeadlinePassed(this); });
    }
    m_joinDeadline->start(ms);
}

void Connection::stopJoinDeadline()
{
    if (m_joinDeadline)
        m_joinDeadline->stop();
}

} // namespace flipover
