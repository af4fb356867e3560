// Beacon: the kiosk announces itself on the room's network so tablets find it
// without typing an address (docs/protocol.md, "Discovery"). Every interval it
// sends one small UDP datagram (magic, version, the session's name and the
// join link) to the broadcast address, or to another target for tests. The
// datagram never holds a PIN: it is readable by anyone on the network.
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>
#include <functional>

namespace flipover {

class Beacon : public QObject
{
    Q_OBJECT
public:
    struct Info {
        QString name;     // the session's name as the wall shows it
        QString joinLink; // http://HOST:PORT/?m=MEETING (or https with &fp=)
    };
    using Source = std::function<Info()>;

    static constexpr quint16 DefaultPort = 7701;
    static constexpr int IntervalMs = 2000;
    static constexpr int MaxBytes = 1024;
    static constexpr int MaxNameChars = 120;
    static const char *const Magic;

    // The source is asked for the current name and link at every beat, so a
    // renamed session is announced under its new name.
    explicit Beacon(Source source, QObject *parent = nullptr);

    // Sends the first datagram now and then one every intervalMs.
    void start(const QHostAddress &target, quint16 port, int intervalMs = IntervalMs);
    void stop();
    int sent() const { return m_sent; }

    // The datagram for this info: compact JSON, never over MaxBytes (a long
    // name is shortened).
    static QByteArray datagram(const Info &info);

private:
    void beat();

    Source m_source;
    QUdpSocket m_socket;
    QTimer m_timer;
    QHostAddress m_target;
    quint16 m_port = DefaultPort;
    int m_sent = 0;
};

} // namespace flipover
