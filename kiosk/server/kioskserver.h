// KioskServer: the kiosk's WebSocket endpoint. It owns the connections, checks
// who may join (PIN, Origin, rate limit, join deadline, message size), hands
// commands to the SessionEngine and fans the engine's changes out as one
// `update` per client and seq. It holds no meeting state of its own.
#pragma once

#include "admission.h"
#include "connection.h"
#include "engine.h"
#include "pinlimit.h"
#include "ratelimit.h"
#include "sectionfeed.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QSslConfiguration;
class QSslSocket;
class QTcpServer;
class QTcpSocket;
class QTimer;
class QWebSocketServer;

namespace flipover {

class Clock;
class WebFiles;

class KioskServer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int clientCount READ clientCount NOTIFY clientCountChanged)
public:
    KioskServer(SessionEngine *engine, Clock *clock, QObject *parent = nullptr);
    ~KioskServer() override;

    // Serve wss with this configuration instead of ws (before listen()).
    void useTls(const QSslConfiguration &configuration);
    bool isTls() const { return m_tls; }
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void close();
    // A new meeting (KioskSession::startNew): the old engine is gone already.
    // Every connection is closed (1001, going away) and commands not yet
    // run are dropped unanswered; tablets reconnect, their resume token is an
    // unknown_token to the new session, and they join afresh.
    void setEngine(flipover::SessionEngine *engine);
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QUrl serverUrl() const;

    // Tunables (the defaults are the product's; tests shorten them).
    // Also the deadline for an HTTP request head (answered 408).
    void setHandshakeTimeout(int ms);
    void setJoinTimeout(int ms) { m_joinTimeoutMs = ms; }
    void setPingInterval(int ms);
    void setSilenceTimeout(int ms) { m_silenceTimeoutMs = ms; }
    // Ports (besides the server's own) of pages allowed as a browser Origin.
    // Each connection may send `perSecond` messages a second sustained and
    // `burst` at once; the message over that is answered with `rate_limited`
    // and the connection closed (1008). Defaults: 20 and 40.
    void setMessageRate(double perSecond, double burst)
    {
        m_messageRate = perSecond;
        m_messageBurst = burst;
    }
    // The same kind of limit over all sockets of one participant (one token)
    // and over all sockets of one address (an IPv6 /64): 20/40 and 500/1000.
    // An address's budget grows with the sockets that joined from it (a
    // room behind one NAT address, up to the connection caps): at least
    // AddressRatePerJoined a second and AddressBurstPerJoined at once for
    // each, so that the whole room may vote at once, twice, and none of it
    // is closed for what the others sent. A connection's first message (its
    // join) is not counted for its address: the admission limits those
    // connections (limits.cpp).
    void setParticipantMessageRate(double perSecond, double burst)
    {
        m_participantRate = perSecond;
        m_participantBurst = burst;
    }
    void setAddressMessageRate(double perSecond, double burst)
    {
        m_addressRate = perSecond;
        m_addressBurst = burst;
    }
    // At most this many joined sockets per participant: a join (resume) over
    // it closes that participant's oldest socket (1008).
    static constexpr int MaxSocketsPerParticipant = 4;
    static constexpr double AddressRatePerJoined = 1;
    static constexpr double AddressBurstPerJoined = 2;
    // Connection caps (admission.h); listen() fits them to RLIMIT_NOFILE.
    void setConnectionLimits(const ConnectionLimits &limits) { m_admission->setLimits(limits); }
    const Admission &admission() const { return *m_admission; }
    void setExtraOriginPorts(const QList<quint16> &ports) { m_extraOriginPorts = ports; }
    PinLimiter &pinLimiter() { return m_limiter; }

    // Commands the kiosk answers itself instead of the engine, because they
    // change no meeting state (exportOutcome: files on the kiosk's disk).
    // Only a facilitator may send one (others get not_allowed); the flood
    // limit and the order of answers are those of every command. The handler
    // checks the fields and returns the ack's result or the refusal. Set it
    // before clients send the type; a null handler removes it
    // (kioskcommands.cpp).
    using KioskCommand = std::function<Result(const QJsonObject &body)>;
    void setKioskCommand(const QString &type, KioskCommand handler);

    // Presence coalesces (docs/protocol.md, "Presence"): counted and sent at
    // most every `ms` (default 250), and at most every PresenceMsPerClient
    // times the connections open (a round goes to each of them).
    // sendPresence() counts and sends now.
    void setPresenceInterval(int ms) { m_presenceIntervalMs = ms; }
    static constexpr int PresenceMsPerClient = 1;
    // Changes fan out once per this many ms, or per twice the last fan-out's
    // own duration if that is longer, and one more at once after a quiet
    // interval (updates.cpp); 0: each at once.
    // Commands that arrive before the next fan-out may leave are committed
    // as it leaves.
    void setFanoutInterval(int ms) { m_fanoutIntervalMs = ms; }
    // The wait between two fan-outs for that frame and the last fan-out's duration.
    static qint64 fanoutInterval(int frameMs, qint64 lastFanoutMs);
    // The longest a commit waits for the commands still arriving with it, and
    // the first fan-out after a quiet interval for the commits still coming
    // with it (answers.cpp, updates.cpp: "gather"); tests widen them so that
    // they do not depend on the machine's speed.
    void setGatherLimits(int commitMs, int fanoutMs)
    {
        m_commitGatherMs = commitMs;
        m_fanoutGatherMs = fanoutMs;
    }
    void sendPresence();

    int clientCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    void clientCountChanged(int count);

private:
    void onTcpConnection();
    void onAcceptError(QAbstractSocket::SocketError error);
    void watchHandshake(QTcpSocket *socket);
    static const QString HandshakeDeadline; // the name of watchHandshake's timer, a child of the socket
    void startTls(QSslSocket *socket);
    void limitSocketsOf(Connection *joined);
    bool refuseFlood(Connection *c, const QString &what, double perSecond);
    void onNewConnection();
    void onText(Connection *c, const QByteArray &utf8);
    void onClosed(Connection *c);
    void onJoinDeadline(Connection *c);
    void sweep();

    void handleJoin(Connection *c, const QString &id, const QJsonObject &body);
    void handleUnlock(Connection *c, const QString &type, const QString &id, const QJsonObject &body);
    void handleCommand(Connection *c, const QString &type, const QString &id, const QJsonObject &body);
    void handleKioskCommand(Connection *c, const QString &type, const QString &id, const QJsonObject &body);
    void queueCommand(Connection *c, const QString &type, const QString &id, const QJsonObject &body);
    void runQueue();
    void runQueueWhenReady(); // the posted group commit: waits for SessionEngine::commitReady
    bool queueWaitsForFold();
    bool m_queueWaits = false;
    bool m_queuePosted = false;   // a runQueueWhenReady is on its way
    bool m_queueAtFanout = false; // the queue is committed at the next fan-out (fanoutTick)
    QElapsedTimer m_queueGather;  // since the first command of the queue
    qsizetype m_queueSeen = 0;    // its length at the last pass
    void answer(Connection *c, const QString &type, const QString &id, const Result &r);
    Result executeDeferred(const Actor &actor, const QString &type, const QJsonObject &body, const QString &id);
    // before: a message that leaves in the same write, ahead of it (`joined`).
    void sendSnapshot(Connection *c, const QByteArray &before = {});
    // An error or pong: in order behind this client's waiting acks.
    void answerNow(Connection *c, const QByteArray &message);
    void onDurable(quint64 seq);
    Audience audienceFor(const Actor &actor) const;
    bool admit(Connection *c); // the flood limit; closes the connection when over it
    void countPinFailure(Connection *c, const QString &code);

    // The PIN budget (pinwait.cpp): an attempt that must wait is parked with
    // what its connection sends meanwhile, and run when its time comes.
    struct PinWait {
        QString type;
        QString id;
        QJsonObject body;
        QString source;
        bool fresh = false;
        QList<QByteArray> held; // later messages of the connection, in order
    };
    bool parkPinAttempt(Connection *c, const QString &type, const QString &id, const QJsonObject &body);
    bool holdWhileParked(Connection *c, const QByteArray &utf8);
    void servePinWaits();
    void armPinTimer();
    void forgetPinState(Connection *c);
    void joinChecked(Connection *c, const QString &id, const QJsonObject &body);
    // Joins with a right PIN wait for the event-loop pass to end and commit together.
    struct QueuedJoin {
        QPointer<Connection> connection;
        QString id;
        JoinRequest request;
    };
    QList<QueuedJoin> m_joins;
    void runJoins();
    bool finishJoin(Connection *c, const QString &id, const Result &r);

    // Fan-out (updates.cpp).
    struct Change {
        quint64 seq;
        Sections sections;
        QStringList participants;
    };
    void onChanged(quint64 seq, Sections sections, const QStringList &participants);
    // Participants came or went since the last broadcast: it looks again
    // whose participant left (Connection::left).
    bool m_presenceChanged = false;
    void flushChanges();
    void flushChangesNow();
    void gather();
    void gatherCheck();
    void startFanoutTimer(qint64 ms);
    qint64 untilNextFanout() const;
    void wantFanout();
    void fanoutTick();
    quint64 answerableSeq() const;
    void broadcast(const Change &change);
    void skipUnseen(quint64 seq); // a change that touched nothing anyone sees
    // One change as one audience sees it (SectionFeed::Step), and its
    // messages, serialised once per `prev`.
    struct Group {
        bool built = false;
        SectionFeed::Step step;
        QHash<quint64, Outgoing> messages;
    };
    Actor readerFor(const Connection *c) const;
    void forgetBases();
    // Snapshots (updates.cpp): what every connection of an audience is sent,
    // but `mine`, `phase` (its times are as of sending) and `presence`,
    // written once and shared by every joiner until a change touches one of
    // those sections (a join touches none of them).
    struct SharedSnapshot {
        bool valid = false;
        QJsonObject state;               // those sections (a new feed base takes the patched ones)
        QMap<QString, QByteArray> texts; // and their text, by name
    };
    SharedSnapshot m_snapshots[3]; // by Audience
    const SharedSnapshot &sharedSnapshot(const Connection *c);
    // What each audience's connections hold of the patched sections, and the
    // walk that makes each change into their update (sectionfeed.h).
    SectionFeed m_feeds[3]; // by Audience

    // Presence (presence.cpp): counted and sent at most every m_presenceIntervalMs.
    void presenceMayHaveChanged();
    QTimer *m_presenceTimer = nullptr;
    int m_presenceIntervalMs = 250;

    SessionEngine *m_engine;
    Clock *m_clock;
    QTcpServer *m_tcp; // our own, for a listen backlog that takes a room joining at once
    QWebSocketServer *m_server;
    QTimer *m_sweepTimer;
    WebFiles *m_web; // plain HTTP on the same port: the browser voter (webfiles.cpp)
    QList<Connection *> m_connections;
    QHash<QString, QList<Connection *>> m_joinedAs; // joined connections by participant id (limits.cpp)
    QHash<QString, QTcpSocket *> m_handshaking; // by peer address and port
    Admission *m_admission;
    QHash<QString, MessageBucket> m_participantBuckets; // by participant id
    QHash<QString, MessageBucket> m_addressBuckets;     // by addressKey()
    bool m_acceptPaused = false;
    int m_peakSinceTrim = 0;
    PinLimiter m_limiter;
    QHash<Connection *, PinWait> m_pinWaits;
    QHash<QString, QList<Connection *>> m_freshQueue; // by source: parked fresh connections, in arrival order
    QHash<Connection *, int> m_pinFailures;           // wrong PINs per connection
    QHash<Connection *, qint64> m_pinNextAt;          // when that connection may be checked next
    QTimer *m_pinTimer;
    QList<quint16> m_extraOriginPorts;
    QHash<QString, KioskCommand> m_kioskCommands;
    QStringList m_knownTypes; // what decodeClient takes as commands: the engine's and m_kioskCommands
    QList<Change> m_deferred; // changes not fanned out yet, in seq order
    QTimer *m_fanoutTimer = nullptr;
    QElapsedTimer m_lastFanout;
    // When something first waited for a fan-out after the last one (ms after
    // it; -1: nothing yet), and whether the next may leave at once (updates.cpp;
    // true until the first fan-out).
    qint64 m_wantedAfterMs = -1;
    bool m_spareFanout = true;
    bool m_gathering = false; // the first change after a quiet interval gathers (updates.cpp)
    int m_fanoutGatherMs = 4;
    int m_commitGatherMs = 2;
    bool m_gatherPosted = false;
    int m_fanoutIntervalMs = 16; // one frame at 60 Hz
    qint64 m_lastFanoutCostMs = 0; // the room thread's CPU time for the last fan-out (updates.cpp)
    bool m_broadcasting = false;
    struct Queued {
        QPointer<Connection> connection;
        QString type;
        QString id;
        QJsonObject body;
    };
    QList<Queued> m_queue; // commands waiting for this event-loop pass's group commit
    int m_executing = 0;
    int m_handshakeTimeoutMs = 5000;
    int m_joinTimeoutMs = 5000;
    bool m_tls = false;
    qint64 m_tlsFailed = 0; // handshakes that failed or ran out of time
    double m_messageRate = 20;
    double m_messageBurst = 40;
    double m_participantRate = 20;
    double m_participantBurst = 40;
    double m_addressRate = 500;
    double m_addressBurst = 1000;
    int m_silenceTimeoutMs = 25000;
};

} // namespace flipover
