#include "admission.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <functional>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcAdmission, "flipover.kiosk.admission", QtInfoMsg)

namespace flipover {

QString addressKey(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ip4 = address.toIPv4Address(&v4);
    if (v4)
        return QHostAddress(ip4).toString();
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.toString();
    Q_IPV6ADDR ip6 = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        ip6[i] = 0;
    return QHostAddress(ip6).toString() + QStringLiteral("/64");
}

ConnectionLimits ConnectionLimits::forOpenFiles(qint64 openFiles)
{
    ConnectionLimits l;
    // The store (database, WAL, shared memory), the listening and beacon
    // sockets, Qt's event descriptors and the logs take a few dozen.
    const qint64 usable = qMax<qint64>(openFiles - 64, 32);
    l.maxLingering = int(qMin<qint64>(l.maxLingering, usable / 8));
    l.maxConnections = int(qMin<qint64>(l.maxConnections, usable - l.maxLingering));
    l.maxPerAddress = qMin(l.maxPerAddress, l.maxConnections);
    l.maxPending = qMin(l.maxPending, qMax(8, l.maxConnections / 2));
    l.maxPendingPerAddress = qMin(l.maxPendingPerAddress, l.maxPending);
    return l;
}

namespace {

// A child of each admitted socket: its destruction counts the socket out.
// (A signal would not do: QWebSocket disconnects everything from its socket.)
class Ticket : public QObject
{
public:
    Ticket(QTcpSocket *socket, std::function<void(QTcpSocket *)> forget)
        : QObject(socket), m_socket(socket), m_forget(std::move(forget))
    {
    }
    ~Ticket() override { m_forget(m_socket); }

private:
    QTcpSocket *m_socket;
    std::function<void(QTcpSocket *)> m_forget;
};

// Reads a closed socket's duplicate to its end (or a deadline), then closes it.
class Drain : public QObject
{
public:
    Drain(int fd, QTcpSocket *socket, QObject *parent) : QObject(parent), m_fd(fd), m_socket(socket)
    {
        // Starts once Qt has let go of the socket (no signal: QWebSocket
        // disconnects its socket's). However it ends, the copy goes in seconds.
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, poll] {
            if (!m_socket || m_socket->state() == QAbstractSocket::UnconnectedState) {
                poll->stop();
                start();
            }
        });
        poll->start(50);
        QTimer::singleShot(10000, this, [this] { finish(); });
    }
    ~Drain() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    void start()
    {
        if (m_started)
            return;
        m_started = true;
        // Everything Qt wrote (the close frame last) is queued: FIN after it.
        ::shutdown(m_fd, SHUT_WR);
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] { readAway(); });
        QTimer::singleShot(3000, this, [this] { finish(); });
        readAway();
    }

private:
    void readAway()
    {
        char buffer[16384];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n > 0)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return;
            if (n < 0 && errno == EINTR)
                continue;
            finish(); // the peer closed too, or the socket failed
            return;
        }
    }
    void finish()
    {
        if (m_notifier)
            m_notifier->setEnabled(false);
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
        deleteLater();
    }

    int m_fd;
    QPointer<QTcpSocket> m_socket;
    bool m_started = false;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace

Admission::Admission(QObject *parent) : QObject(parent)
{
}

bool Admission::mayAccept(qintptr descriptor)
{
    sockaddr_storage peer{};
    socklen_t length = sizeof peer;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&peer), &length) != 0)
        return false; // gone already
    const QString key = addressKey(QHostAddress(reinterpret_cast<const sockaddr *>(&peer)));
    const int pendingHere = m_pendingPerAddress.value(key);
    const bool refuse = pendingHere >= m_limits.maxPendingPerAddress
                        || (m_pending.size() >= m_limits.maxPending && pendingHere > 0)
                        || (m_perAddress.value(key) >= m_limits.maxPerAddress && pendingHere == 0)
                        || (m_sockets.size() >= m_limits.maxConnections && m_pending.isEmpty());
    if (refuse && (++m_refused == 1 || m_refused % 10000 == 0))
        qCInfo(lcAdmission, "refused connections over the caps (%lld so far)", m_refused);
    return !refuse;
}

bool Admission::admit(QTcpSocket *socket)
{
    const QString key = addressKey(socket->peerAddress());
    // Room first: the oldest pending connection of the address, or of all.
    if (m_perAddress.value(key) >= m_limits.maxPerAddress && !evictOldestPending(key)) {
        ++m_refused;
        return false;
    }
    if (m_sockets.size() >= m_limits.maxConnections && !evictOldestPending(QString())) {
        ++m_refused;
        return false;
    }
    if (m_pendingPerAddress.value(key) >= m_limits.maxPendingPerAddress)
        evictOldestPending(key);
    if (m_pending.size() >= m_limits.maxPending)
        evictOldestPending(QString());

    m_sockets.insert(socket, Entry{key, true});
    ++m_perAddress[key];
    ++m_pendingPerAddress[key];
    m_pending.append(socket);
    new Ticket(socket, [self = QPointer<Admission>(this)](QTcpSocket *s) {
        if (self)
            self->forget(s);
    });
    return true;
}

void Admission::joined(QTcpSocket *socket)
{
    const auto it = m_sockets.find(socket);
    if (it == m_sockets.end() || !it->pending)
        return;
    it->pending = false;
    m_pending.removeOne(socket);
    if (--m_pendingPerAddress[it->key] <= 0)
        m_pendingPerAddress.remove(it->key);
}

void Admission::forget(QTcpSocket *socket)
{
    const auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    const Entry e = *it;
    m_sockets.erase(it);
    if (e.pending) {
        m_pending.removeOne(socket);
        if (--m_pendingPerAddress[e.key] <= 0)
            m_pendingPerAddress.remove(e.key);
    }
    if (--m_perAddress[e.key] <= 0)
        m_perAddress.remove(e.key);
}

bool Admission::evictOldestPending(const QString &only)
{
    // Over a budget of all addresses, the address holding the most pending
    // connections gives one up: a tablet alone on its address is not
    // pushed out by someone churning sockets from a few others.
    QString key = only;
    if (key.isEmpty()) {
        int most = 0;
        for (auto it = m_pendingPerAddress.cbegin(); it != m_pendingPerAddress.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                key = it.key();
            }
        }
        if (key.isEmpty())
            return false;
    }
    for (QTcpSocket *s : std::as_const(m_pending)) {
        if (m_sockets.value(s).key != key)
            continue;
        forget(s);     // counted out now; the object goes when its owner lets go
        s->abort();    // frees the descriptor at once
        ++m_evicted;
        if (m_evicted == 1 || m_evicted % 1000 == 0)
            qCInfo(lcAdmission, "closed connections that had not joined to make room (%lld so far)", m_evicted);
        return true;
    }
    return false;
}

void Admission::lingerOnClose(QTcpSocket *socket)
{
    if (m_lingering >= m_limits.maxLingering || !socket || socket->socketDescriptor() < 0)
        return;
    const int copy = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (copy < 0)
        return;
    ++m_lingering;
    auto *drain = new Drain(copy, socket, this);
    connect(drain, &QObject::destroyed, this, [this] { --m_lingering; });
}

} // namespace flipover
