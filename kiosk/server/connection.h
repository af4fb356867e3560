// Connection: one accepted WebSocket and what the server knows about it —
// whether it joined, as whom, how much it has not yet sent, and when the peer
// was last heard. The socket is owned here; protocol logic lives in KioskServer.
#pragma once

#include "engine.h"
#include "protocolnames.h"
#include "ratelimit.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWebSocket>
#include <QWebSocketProtocol>

#include <optional>
#include <utility>

class QTcpSocket;
class QTimer;

namespace flipover {

// Who receives which copy of an update: participants and case owners see the
// same sections (apart from their own `mine`).
enum class Audience { Wall, Facilitator, Participant };
Audience audienceOf(Role role);

// A message encoded once and sent as the same bytes to many sockets: its
// WebSocket frame, made once (Connection::send).
struct Outgoing {
    explicit Outgoing(const QByteArray &utf8);
    QByteArray frame;  // one text frame, as a server sends it (no mask)
    qint64 bytes = 0;  // its text's
    qint64 header = 0; // the frame's header
};

class Connection : public QObject
{
    Q_OBJECT
public:
    // A client with more than this many bytes not yet taken by the network
    // gets nothing more: it is closed with CloseCodeBehind and resumes by
    // snapshot (docs/protocol.md, "How the kiosk closes a connection").
    // 1 MiB by default (--client-backlog-kib). The kernel's send buffer of
    // each client socket is held to a quarter of it (at most 256 KiB), so
    // what a client that stops reading costs stays bounded there too, and
    // the kiosk notices it after about this many bytes, not after the
    // megabytes the kernel would otherwise take on its behalf.
    static qint64 maxPendingBytes();
    static void setMaxPendingBytes(qint64 bytes);
    static constexpr auto CloseCodeBehind = QWebSocketProtocol::CloseCode(protocol::closecode::Behind); // RFC 6455 "try again later"
    // A close the peer does not complete (it does not read) is cut off then.
    static constexpr int CloseDeadlineMs = 3000;

    // tcp: the socket the WebSocket was upgraded from; the Connection owns it
    // (Qt's server-side QWebSocket never deletes it).
    Connection(QWebSocket *socket, QTcpSocket *tcp, QObject *parent = nullptr);
    ~Connection() override;

    QString peer() const { return m_peer; }
    QString origin() const;
    bool isOpen() const;

    void send(const QByteArray &utf8);
    void send(const Outgoing &message);
    void sendTogether(const Outgoing &first, const Outgoing &second);
    // Writes what is buffered to the socket now, not when the event loop
    // next finds the socket writable (a fan-out's cost then includes it).
    void flush();
    // Answers (ack, error, pong) leave in the order they are given. One that
    // needs the engine's changes up to seq `after` on the disk waits for
    // releaseAnswers() with a durable seq that reaches it, and every answer
    // behind it waits with it (after = 0: no wait of its own). Updates and
    // snapshots go out with send() and may overtake a waiting answer.
    void sendAnswer(const QByteArray &utf8, quint64 after, quint64 durableSeq);
    void releaseAnswers(quint64 durableSeq);
    bool hasWaitingAnswers() const { return !m_waiting.isEmpty(); }
    bool isClosing() const { return m_closeAfter.has_value(); }
    // Closes once the answers waiting now are out (at once if none are).
    void closeAfterAnswers(QWebSocketProtocol::CloseCode code, const QString &reason);
    void close(QWebSocketProtocol::CloseCode code, const QString &reason);
    void drop(); // without a close handshake: the peer is gone or too slow
    void ping();
    void startJoinDeadline(int ms);
    void stopJoinDeadline();

    qint64 pendingBytes() const { return m_pending; }
    QTcpSocket *tcpSocket() const { return m_tcp; }
    QWebSocket *webSocket() const { return m_socket; }
    qint64 silentMs() const { return m_heard.elapsed(); }

    // Set by the server after a successful join.
    bool joined = false;
    bool joinQueued = false; // its join waits for this pass's commit (KioskServer::runJoins)
    Actor actor;
    QString token;
    Audience audience = Audience::Participant;
    bool left = false; // its participant left (on another device): it is sent nothing more
    quint64 lastSeq = 0; // the newest seq this client holds (snapshot or update)
    // The seq of the state it holds (updates.cpp): ahead of lastSeq when
    // changes it cannot see were not sent to it.
    quint64 stateSeq = 0;
    int sentPresence = -1; // the presence count this client holds (presence.cpp)
    MessageBucket messages; // flood limit, see KioskServer::setMessageRate
    bool spoke = false;     // it sent a message: the next ones count for its address too
    QString address;        // addressKey() of the peer: the per-address limits

Q_SIGNALS:
    void textReceived(flipover::Connection *connection, const QByteArray &utf8);
    void binaryReceived(flipover::Connection *connection);
    void joinDeadlinePassed(flipover::Connection *connection);
    void closed(flipover::Connection *connection);

private:
    bool keepingUp();
    void account(qint64 payloadBytes);
    bool ownFrame(const Outgoing &message) const;
    bool toKernelNow() const;
    void keepRest(const Outgoing &message, qint64 sent);

    QPointer<QWebSocket> m_socket;
    QPointer<QTcpSocket> m_tcp;
    bool m_plain = false; // m_tcp is no TLS socket: a frame may go to its descriptor as it is
    QTimer *m_joinDeadline = nullptr;
    QString m_peer;
    QElapsedTimer m_heard;
    qint64 m_pending = 0;
    bool m_closedEmitted = false;
    bool m_connected = false; // m_socket exists and is in ConnectedState
    struct Waiting {
        quint64 after;
        QByteArray utf8;
    };
    QList<Waiting> m_waiting;
    std::optional<std::pair<QWebSocketProtocol::CloseCode, QString>> m_closeAfter;
};

} // namespace flipover
