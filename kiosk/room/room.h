// Room: the kiosk's meeting and its network, on a thread of their own — the
// session (store, engine, clock), the WebSocket server, the beacon and the
// room's end of the wall (WallChannel). The wall (KioskController, its
// SessionView and the QML) stays on the GUI thread and reaches the room only
// through the channel's signals, so the wall's drawing never waits for the
// network, nor the network for the drawing (docs/architecture.md, "Two
// threads"). Everything of the room is made, used and destroyed on the room's
// thread: SQLite's connections and the sockets belong to the thread that made
// them.
#pragma once

#include "kiosksession.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <memory>

namespace flipover {

class Beacon;
class KioskServer;
class WallChannel;

struct RoomOptions {
    SessionOptions session;
    QHostAddress listen = QHostAddress::Any;
    quint16 port = 7700;
    bool tls = false;                       // --tls: wss with a certificate (see docs/security.md)
    QString tlsCert;
    QString tlsKey;
    bool beacon = true;                     // announce the kiosk on the network (docs/protocol.md, Discovery)
    QHostAddress beaconTarget = QHostAddress::Broadcast;
    quint16 beaconPort = 7701;              // Beacon::DefaultPort
    qint64 pinDelayMs = 1000;               // PinLimiter::baseDelayMs
    qint64 clientBacklogKiB = 1024;         // Connection::maxPendingBytes
    qint64 heapReserveMiB = 0;              // reserveHeap() on the room thread before it opens; the program's default is 16
    QString exportLanguage = QStringLiteral("nl");
};

// What start() tells the thread that asked.
struct RoomStart {
    KioskSession::Failure failure = KioskSession::Failure::None;
    QString error;
    quint16 port = 0;
    QString tlsFingerprint;
    QString dataDir;
};

class Room : public QObject
{
    Q_OBJECT
public:
    Room();
    ~Room() override;

    // On the room's thread: opens the session, listens, starts the beacon.
    RoomStart start(const RoomOptions &options);
    // On the room's thread: closes every socket and the store (its last
    // commit synced). Nothing of the room is left.
    void stop();
    WallChannel *channel() const { return m_channel; }
    KioskServer *server() const { return m_server; }

private:
    std::unique_ptr<KioskSession> m_session;
    KioskServer *m_server = nullptr;
    WallChannel *m_channel = nullptr;
    Beacon *m_beacon = nullptr;
};

// The room on its own thread: start() makes it there and waits for it to
// listen (at startup, before the wall is shown); stop() closes it there and
// ends the thread (at shutdown, after the wall's event loop).
class RoomThread
{
public:
    RoomThread();
    ~RoomThread(); // stop()
    RoomStart start(const RoomOptions &options);
    void stop();
    Room *room() const { return m_room; }

private:
    QThread m_thread;
    Room *m_room = nullptr;
};

} // namespace flipover
