// KioskFinder: the kiosks this tablet hears on the room's network. It listens
// for the kiosks' UDP beacons (docs/protocol.md, "Discovery") and lists each
// kiosk once, the one heard first most recently on top, so the list does not
// jump while people tap it; a kiosk silent for longer than the expiry (10 s)
// is dropped. Datagrams that are not a well-formed beacon are ignored.
#pragma once

#include "joinlink.h"
#include "protocolnames.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QTimer>
#include <QUdpSocket>
#include <optional>

namespace flipover {


struct HeardKiosk {
    QString name;
    QString link;       // the join link as announced
    JoinTarget target;  // where to connect
    qint64 firstHeardMs = 0;
    qint64 lastHeardMs = 0;
};

class KioskFinder : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool listening READ listening NOTIFY listeningChanged)

public:
    enum Role { NameRole = Qt::UserRole, LinkRole, AddressRole };
    Q_ENUM(Role)

    static constexpr quint16 DefaultPort = protocol::beacon::Port;
    static constexpr int MaxDatagramBytes = protocol::beacon::MaxBytes;
    static constexpr int DefaultExpiryMs = 10000;

    explicit KioskFinder(QObject *parent = nullptr);

    // Binds the UDP port (shared with other listeners on this device). False,
    // and not listening, when it cannot.
    bool listen(quint16 port = DefaultPort, const QHostAddress &address = QHostAddress::AnyIPv4);
    void stop();
    bool listening() const { return m_socket.state() == QAbstractSocket::BoundState; }
    quint16 port() const { return m_socket.localPort(); }
    void setExpiry(int ms) { m_expiryMs = ms; }

    // A beacon's content, or nothing when the datagram is not one: wrong magic
    // or version, over MaxDatagramBytes, not JSON, no usable join link.
    static std::optional<HeardKiosk> parse(const QByteArray &datagram);

    // One datagram heard at nowMs (the finder's clock; tests pass their own).
    // Returns whether it was a beacon.
    Q_INVOKABLE bool handleDatagram(const QByteArray &datagram, qint64 nowMs);
    // Drops the kiosks last heard more than the expiry before nowMs.
    void expire(qint64 nowMs);
    qint64 now() const { return m_clock.elapsed(); }

    int count() const { return int(m_kiosks.size()); }
    // The join link in that row, or "" (for QML).
    Q_INVOKABLE QString linkAt(int row) const;
    const QList<HeardKiosk> &kiosks() const { return m_kiosks; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void listeningChanged();

private:
    void readPending();

    QUdpSocket m_socket;
    QTimer m_sweep;
    QElapsedTimer m_clock;
    QList<HeardKiosk> m_kiosks;
    int m_expiryMs = DefaultExpiryMs;
};

} // namespace flipover
