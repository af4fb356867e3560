#include "wsclient.h"

#include "../wsframe.h"

#include <QRandomGenerator>
#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <linux/errqueue.h>
#include <linux/net_tstamp.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace flipover::bench {

namespace {

constexpr int OpContinuation = 0x0;
constexpr int OpText = 0x1;
constexpr int OpClose = 0x8;
constexpr int OpPing = 0x9;
constexpr int ReadChunk = 64 * 1024;

bool headerIs(QByteArrayView line, QByteArrayView name)
{
    return line.size() > name.size() && line.at(name.size()) == ':'
        && line.first(name.size()).compare(name, Qt::CaseInsensitive) == 0;
}

// When the kernel received the last of the bytes read (the socket's software
// receive timestamp, CLOCK_REALTIME), on the monotonic clock; the moment of
// the read where the kernel gave none.
qint64 arrival(msghdr &header)
{
    timespec now{}, real{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const qint64 nowNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    for (cmsghdr *c = CMSG_FIRSTHDR(&header); c; c = CMSG_NXTHDR(&header, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_TIMESTAMPING)
            continue;
        scm_timestamping stamp{};
        memcpy(&stamp, CMSG_DATA(c), sizeof stamp);
        if (stamp.ts[0].tv_sec == 0 && stamp.ts[0].tv_nsec == 0)
            break;
        clock_gettime(CLOCK_REALTIME, &real);
        const qint64 ago = (qint64(real.tv_sec) - stamp.ts[0].tv_sec) * 1000000000 + real.tv_nsec - stamp.ts[0].tv_nsec;
        return ago >= 0 ? nowNs - ago : nowNs;
    }
    return nowNs;
}

} // namespace

WsClient::WsClient(QObject *parent) : QObject(parent), m_mask(QRandomGenerator::global()->generate() | 1) { }

WsClient::~WsClient()
{
    abort();
}

void WsClient::open(const QUrl &url)
{
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(quint16(url.port(80)));
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0 || url.scheme() != QLatin1String("ws")
        || inet_pton(AF_INET, url.host().toLatin1().constData(), &to.sin_addr) != 1) {
        finish();
        return;
    }
    const int one = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    const int stamps = SOF_TIMESTAMPING_RX_SOFTWARE | SOF_TIMESTAMPING_SOFTWARE;
    setsockopt(m_fd, SOL_SOCKET, SO_TIMESTAMPING, &stamps, sizeof stamps);

    const QByteArray key = test::newUpgradeKey();
    m_accept = test::upgradeAccept(key);
    m_request = test::upgradeRequest(url.path(QUrl::FullyEncoded).toLatin1(),
                                     url.host().toLatin1() + ':' + QByteArray::number(url.port(80)), key);

    m_state = State::Connecting;
    m_readNotifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    m_readNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &WsClient::onReadable);
    m_writeNotifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Write, this);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &WsClient::onWritable);
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0 && errno != EINPROGRESS)
        finish();
}

void WsClient::onWritable()
{
    if (m_state == State::Connecting) {
        int error = 0;
        socklen_t size = sizeof error;
        if (getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0 || error != 0) {
            finish();
            return;
        }
        m_state = State::Upgrading;
        m_writeNotifier->setEnabled(false);
        m_readNotifier->setEnabled(true);
        write(m_request.constData(), m_request.size());
        m_request.clear();
        return;
    }
    const ssize_t n = ::send(m_fd, m_out.constData(), size_t(m_out.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
    if (n < 0 && errno != EAGAIN && errno != EINTR) {
        finish();
        return;
    }
    m_out.remove(0, n > 0 ? n : 0);
    if (m_out.isEmpty())
        m_writeNotifier->setEnabled(false);
}

void WsClient::onReadable()
{
    // Level-triggered: one read per wake-up unless it filled the buffer.
    char buffer[ReadChunk];
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(scm_timestamping))];
    for (;;) {
        iovec part{buffer, sizeof buffer};
        msghdr header{};
        header.msg_iov = &part;
        header.msg_iovlen = 1;
        header.msg_control = control;
        header.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(m_fd, &header, MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
            finish();
            return;
        }
        if (n < 0)
            return;
        m_arrivedNs = arrival(header);
        m_in.append(buffer, n);
        if (m_state == State::Upgrading && !readUpgrade())
            return;
        if ((m_state == State::Open || m_state == State::Closing) && !readFrames())
            return;
        if (n < ReadChunk)
            return;
    }
}

// The server's answer to the upgrade; false when it was refused (closed) or
// is not whole yet.
bool WsClient::readUpgrade()
{
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_in.size() > 16384)
            finish();
        return false;
    }
    const QByteArrayView head = QByteArrayView(m_in).first(end);
    bool accepted = head.startsWith("HTTP/1.1 101");
    bool keyMatches = false;
    for (qsizetype from = 0; accepted && from < head.size();) {
        qsizetype to = head.indexOf("\r\n", from);
        if (to < 0)
            to = head.size();
        const QByteArrayView line = head.sliced(from, to - from);
        if (headerIs(line, "Sec-WebSocket-Accept"))
            keyMatches = line.sliced(21).trimmed() == QByteArrayView(m_accept);
        from = to + 2;
    }
    m_in.remove(0, end + 4);
    if (!accepted || !keyMatches) {
        finish();
        return false;
    }
    m_state = State::Open;
    if (onConnected)
        onConnected();
    return m_state == State::Open;
}

// Every whole frame in m_in; false when the connection ended meanwhile.
bool WsClient::readFrames()
{
    qsizetype at = 0;
    const auto *bytes = reinterpret_cast<const uchar *>(m_in.constData());
    bool alive = true;
    while (alive && m_in.size() - at >= 2) {
        const bool fin = bytes[at] & 0x80;
        const int opcode = bytes[at] & 0x0f;
        qint64 length = bytes[at + 1] & 0x7f;
        qsizetype header = 2;
        if (bytes[at + 1] & 0x80) { // a server never masks
            finish();
            return false;
        }
        if (length == 126) {
            if (m_in.size() - at < 4)
                break;
            length = (qint64(bytes[at + 2]) << 8) | bytes[at + 3];
            header = 4;
        } else if (length == 127) {
            if (m_in.size() - at < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | bytes[at + 2 + i];
            header = 10;
        }
        if (length > MaxMessageBytes || m_message.size() + length > MaxMessageBytes) {
            finish();
            return false;
        }
        if (m_in.size() - at - header < length)
            break;
        const QByteArrayView payload(m_in.constData() + at + header, length);
        at += header + length;
        switch (opcode) {
        case OpText:
        case OpContinuation:
            if (opcode == OpText && fin && m_message.isEmpty()) {
                if (onText)
                    onText(payload, m_arrivedNs);
                break;
            }
            m_message.append(payload);
            if (fin) {
                const QByteArray whole = std::exchange(m_message, {});
                if (onText)
                    onText(whole, m_arrivedNs);
            }
            break;
        case OpPing:
            sendFrame(0xA, payload);
            break;
        case OpClose:
            if (m_state == State::Open)
                sendFrame(OpClose, payload.first(std::min<qsizetype>(2, payload.size())));
            finish();
            return false;
        default: // binary and pongs: the kiosk sends neither unasked
            break;
        }
        alive = m_state == State::Open || m_state == State::Closing;
    }
    if (!alive)
        return false;
    m_in.remove(0, at);
    return true;
}

void WsClient::sendText(QByteArrayView utf8)
{
    if (m_state == State::Open)
        sendFrame(OpText, utf8);
}

void WsClient::sendFrame(int opcode, QByteArrayView payload)
{
    // xorshift32: a fresh mask each frame, without a call into the system.
    m_mask ^= m_mask << 13;
    m_mask ^= m_mask >> 17;
    m_mask ^= m_mask << 5;
    m_frame.resize(0);
    test::appendClientFrame(m_frame, opcode, payload, m_mask);
    write(m_frame.constData(), m_frame.size());
}

void WsClient::write(const char *data, qsizetype size)
{
    if (m_fd < 0)
        return;
    ssize_t n = 0;
    if (m_out.isEmpty()) {
        n = ::send(m_fd, data, size_t(size), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN && errno != EINTR) {
            finish();
            return;
        }
        n = std::max<ssize_t>(n, 0);
    }
    if (n < size) {
        m_out.append(data + n, size - n);
        m_writeNotifier->setEnabled(true);
    }
}

void WsClient::close()
{
    if (m_state != State::Open) {
        if (m_state != State::Closing)
            finish();
        return;
    }
    const char normal[2] = {char(1000 >> 8), char(1000 & 0xff)};
    sendFrame(OpClose, QByteArrayView(normal, 2));
    if (m_state == State::Open)
        m_state = State::Closing;
}

void WsClient::abort()
{
    onDisconnected = nullptr;
    finish();
}

void WsClient::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    // This may run inside a notifier's own signal, and inside onText with a
    // view into m_in: the notifiers go later, the buffers with the client.
    for (QSocketNotifier *n : {std::exchange(m_readNotifier, nullptr), std::exchange(m_writeNotifier, nullptr)}) {
        if (n) {
            n->setEnabled(false);
            n->deleteLater();
        }
    }
    if (m_fd >= 0)
        ::close(std::exchange(m_fd, -1));
    if (onDisconnected)
        onDisconnected();
}

} // namespace flipover::bench
