// Admission: which accepted TCP connections the kiosk keeps (docs/security.md,
// "Connection limits"). Every socket counts from accept until it is gone: in
// total, per address (an IPv6 /64 is one address) and, until it has joined,
// as "pending" (reading an HTTP head, in the WebSocket handshake, or open
// without a successful join). Pending connections have a budget in total
// and per address; a new one over a budget closes the one of that budget
// that has waited longest, so an honest tablet (which joins in a round trip)
// gets in while an attacker's idle sockets are the ones that go (over the
// budget of all addresses, from the address that holds the most). An
// address at its own pending budget, or one that already has a pending
// connection while the budget of all is full, is refused before Qt makes a
// socket object of it (mayAccept: the descriptor is closed at once), so
// reconnecting as fast as it can costs the kiosk an accept and a close.
// Over the caps of all connections, when nothing pending is left to close,
// the new connection is refused too.
//
// LingeringClose: a WebSocket that the kiosk closes while the peer is still
// sending (a flood, a 1 MiB frame) would be reset by the kernel, and the peer
// would lose the close frame (1006). So the socket's fd is duplicated before
// Qt closes it; once Qt has written everything, the duplicate is shut down
// for writing and read to the end (discarding) for at most a few seconds.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include <functional>
#include <unistd.h>

class QTcpSocket;

namespace flipover {

// An address as the limits count it: IPv4 (also IPv4-mapped IPv6) as is, an
// IPv6 address by its /64 prefix (privacy addresses of one device share it).
QString addressKey(const QHostAddress &address);
// One socket's peer, to find it again after the WebSocket upgrade.
inline QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('|') + QString::number(port);
}

struct ConnectionLimits {
    int maxConnections = 4096;        // all open connections
    int maxPerAddress = 2048;         // all open connections of one address
    int maxPending = 512;             // not (yet) joined, all addresses
    int maxPendingPerAddress = 64;    // not (yet) joined, one address
    int maxLingering = 256;           // closed sockets still being read to their end

    // The product's defaults, lowered to fit `openFiles` descriptors (the
    // soft RLIMIT_NOFILE) with room for the store, logs and Qt's own.
    static ConnectionLimits forOpenFiles(qint64 openFiles);
};

class Admission : public QObject
{
    Q_OBJECT
public:
    explicit Admission(QObject *parent = nullptr);

    void setLimits(const ConnectionLimits &limits) { m_limits = limits; }
    const ConnectionLimits &limits() const { return m_limits; }

    // A freshly accepted descriptor, before Qt wraps it: false to close it.
    bool mayAccept(qintptr descriptor);
    // A freshly accepted socket. Returns false if it is refused: the caller
    // aborts and deletes it. Accepting may close older pending sockets.
    bool admit(QTcpSocket *socket);
    // The socket's connection joined: it no longer counts as pending.
    void joined(QTcpSocket *socket);

    int connections() const { return int(m_sockets.size()); }
    int pending() const { return int(m_pending.size()); }
    int connectionsFrom(const QString &key) const { return m_perAddress.value(key); }
    // Of those, the ones that have joined (no longer pending).
    int joinedFrom(const QString &key) const { return m_perAddress.value(key) - m_pendingPerAddress.value(key); }
    qint64 evicted() const { return m_evicted; }
    qint64 refused() const { return m_refused; }

    // Called when Qt is about to close the socket (QWebSocket::aboutToClose).
    void lingerOnClose(QTcpSocket *socket);
    int lingering() const { return m_lingering; }

private:
    struct Entry {
        QString key;
        bool pending = true;
    };
    void forget(QTcpSocket *socket);
    bool evictOldestPending(const QString &only); // empty: from the address with the most

    ConnectionLimits m_limits;
    QHash<QTcpSocket *, Entry> m_sockets;
    QHash<QString, int> m_perAddress;
    QHash<QString, int> m_pendingPerAddress;
    QList<QTcpSocket *> m_pending; // oldest first
    qint64 m_evicted = 0;
    qint64 m_refused = 0;
    int m_lingering = 0;
};

// A QTcpServer that asks a gate about each accepted descriptor before
// making a socket object of it. With `make` (--tls: a QSslSocket whose
// handshake has not started), that makes the socket, which is queued at once
// so that Admission counts it from accept like a plain one (QSslServer would
// hold it out of sight until its TLS handshake is done).
template <class Server>
class GatedServer : public Server
{
public:
    using Server::Server;
    std::function<bool(qintptr)> gate;
    std::function<QTcpSocket *(qintptr)> make; // nullptr: the descriptor is closed

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (gate && !gate(descriptor)) {
            ::close(int(descriptor));
            return;
        }
        if (!make) {
            Server::incomingConnection(descriptor);
            return;
        }
        if (QTcpSocket *socket = make(descriptor))
            Server::addPendingConnection(socket);
        else
            ::close(int(descriptor));
    }
};

} // namespace flipover
