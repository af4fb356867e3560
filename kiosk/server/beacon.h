// Beacon: the kiosk announces itself on the room's network so tablets find it
// without typing an address (docs/protocol.md, "Discovery"). Every interval it
// sends one small UDP datagram (magic, version, the session's name and the
// join link) to the broadcast address, or to another target for tests. The
// datagram never holds a PIN: it is readable by anyone on the network.
#pragma once

#include "protocolnames.h"

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

    // docs/protocol.md, "Discovery" (the schema's beacon).
    static constexpr quint16 DefaultPort = protocol::beacon::Port;
    static constexpr int IntervalMs = protocol::beacon::IntervalMs;
    static constexpr int MaxBytes = protocol::beacon::MaxBytes;
    static constexpr int MaxNameChars = protocol::beacon::MaxNameChars;
    static constexpr const char *Magic = protocol::beacon::Magic;

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
