#include "room.h"

#include "beacon.h"
#include "heapreserve.h"
#include "kioskcontroller.h"
#include "kioskserver.h"
#include "kiosktls.h"
#include "wallchannel.h"

#include "epolldispatcher.h"

namespace flipover {

Room::Room() = default;

Room::~Room()
{
    stop();
}

RoomStart Room::start(const RoomOptions &options)
{
    RoomStart out;
    // Before the store and the server allocate anything: what they and the
    // tablets allocate then comes out of it.
    reserveHeap(options.heapReserveMiB * 1024 * 1024);
    m_session = std::make_unique<KioskSession>();
    out.failure = m_session->start(options.session, &out.error);
    if (out.failure != KioskSession::Failure::None) {
        m_session.reset();
        return out;
    }
    out.dataDir = m_session->dataDir();
    m_server = new KioskServer(m_session->engine(), m_session->clock(), this);
    m_server->pinLimiter().baseDelayMs = options.pinDelayMs;
    Connection::setMaxPendingBytes(options.clientBacklogKiB * 1024);
    if (options.tls) {
        KioskTls tls;
        if (!loadKioskTls(options.session.dataDir, options.tlsCert, options.tlsKey, &tls, &out.error)) {
            out.failure = KioskSession::Failure::Runtime;
            stop();
            return out;
        }
        m_server->useTls(tls.configuration);
        out.tlsFingerprint = tls.fingerprint;
    }
    QString error;
    if (!m_server->listen(options.listen, options.port, &error)) {
        out.failure = KioskSession::Failure::Runtime;
        out.error = QStringLiteral("Cannot listen on port %1: %2").arg(options.port).arg(error);
        stop();
        return out;
    }
    out.port = m_server->port();

    m_channel = new WallChannel(m_session->engine(), m_session.get(), this);
    m_channel->setExport(QString(), options.exportLanguage);
    connect(m_channel, &WallChannel::engineReplaced, m_server, &KioskServer::setEngine);
    WallChannel *channel = m_channel;
    m_server->setKioskCommand(QStringLiteral("exportOutcome"),
                              [channel](const QJsonObject &args) { return channel->exportFromTablet(args); });

    if (options.beacon) {
        const QString address = KioskController::wallAddress(options.listen);
        const quint16 port = out.port;
        const QString fingerprint = out.tlsFingerprint;
        m_beacon = new Beacon([channel, address, port, fingerprint] {
            const SessionEngine *engine = channel->engine();
            if (!engine)
                return Beacon::Info{}; // the session is lost: the kiosk is stopping
            return Beacon::Info{engine->state().name,
                                KioskController::joinLinkFor(address, port, engine->meetingCode(), fingerprint)};
        }, this);
        m_beacon->start(options.beaconTarget, options.beaconPort);
    }
    return out;
}

void Room::stop()
{
    if (m_server)
        m_server->close(); // every socket; acks still waiting for the disk go with the store's last sync
    delete m_beacon;
    m_beacon = nullptr;
    delete m_channel;
    m_channel = nullptr;
    delete m_server;
    m_server = nullptr;
    m_session.reset(); // the engine, then the store: its last commit on the disk
}

RoomThread::RoomThread()
{
    m_thread.setObjectName(QStringLiteral("room"));
    // The room thread holds every tablet's socket. Under GLib's dispatcher
    // (the default on Linux) each switch of a socket's write notifier
    // searches a list of every socket, so a fan-out to 1000 voters cost
    // O(N^2); Qt's poll() dispatcher scanned every descriptor on every pass
    // of the loop, about a fifth of this thread at 1000. EpollDispatcher
    // hears only from the ready ones. The wall's thread keeps GLib (a GTK
    // theme's native file dialogs need it); the room thread runs no dialogs.
    // docs/performance.md has the measurements.
    m_thread.setEventDispatcher(new EpollDispatcher);
}

RoomThread::~RoomThread()
{
    stop();
}

RoomStart RoomThread::start(const RoomOptions &options)
{
    m_room = new Room;
    m_room->moveToThread(&m_thread);
    m_thread.start();
    RoomStart out;
    QMetaObject::invokeMethod(m_room, [this, &options, &out] { out = m_room->start(options); },
                              Qt::BlockingQueuedConnection);
    return out;
}

void RoomThread::stop()
{
    if (!m_room)
        return;
    QMetaObject::invokeMethod(m_room, [this] { m_room->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_room;
    m_room = nullptr;
}

} // namespace flipover
