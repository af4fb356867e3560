// WsClient: the load process's WebSocket client, on a plain non-blocking
// socket and two QSocketNotifiers. The load process holds up to 2,000 of
// them in one thread and must not become the bottleneck it measures: with
// QWebSocket it spent about 14 µs on each update it received (the read, Qt's
// buffers, the frame, a copy into UTF-16), against the kiosk's 8 µs to send
// it, so the last of a thousand clients read a fan-out about 5 ms after the
// kiosk had sent it (docs/performance.md, "The load generator"). Here a
// message is one read for many frames and a view of the bytes.
//
// It speaks RFC 6455 as a client: the upgrade (the server's accept key is
// checked), masked frames out, unmasked frames in, fragmented messages,
// pings answered, the close handshake. Only ws:// (the bench is on
// 127.0.0.1).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QUrl>

#include <functional>

class QSocketNotifier;

namespace flipover::bench {

class WsClient : public QObject
{
public:
    explicit WsClient(QObject *parent = nullptr);
    ~WsClient() override;

    void open(const QUrl &url);
    // One text message (UTF-8). Sent at once; what the kernel does not take
    // waits, in order, for the socket to take it.
    void sendText(QByteArrayView utf8);
    // The close handshake: a close frame now, the socket closed when the
    // server answers (or closes).
    void close();
    // The socket closed now, no callback.
    void abort();
    bool isOpen() const { return m_state == State::Open; }

    std::function<void()> onConnected;    // the upgrade was accepted
    std::function<void()> onDisconnected; // closed, refused or failed (once)
    // A whole text message, and when the kernel received its last byte (the
    // socket's receive timestamp, on the monotonic clock in ns): when a
    // tablet would hold it, not when this process, busy with a thousand
    // others, got round to reading it. The view lives until the callback
    // returns.
    std::function<void(QByteArrayView, qint64 arrivedNs)> onText;

    // Larger messages close the connection (the kiosk's snapshot of a full
    // board is a few hundred KB).
    static constexpr qint64 MaxMessageBytes = 16 * 1024 * 1024;

private:
    enum class State { Idle, Connecting, Upgrading, Open, Closing, Closed };

    void onWritable();
    void onReadable();
    bool readUpgrade();
    bool readFrames();
    void sendFrame(int opcode, QByteArrayView payload);
    void write(const char *data, qsizetype size);
    void finish();

    int m_fd = -1;
    State m_state = State::Idle;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_request; // the upgrade, until the connection is made
    QByteArray m_accept;  // the Sec-WebSocket-Accept the server must answer
    QByteArray m_in;      // bytes read and not yet a whole frame
    QByteArray m_out;     // bytes the kernel did not take yet
    QByteArray m_message; // a fragmented message, as its frames come
    QByteArray m_frame;   // the frame being written (reused)
    quint32 m_mask;
    qint64 m_arrivedNs = 0; // of the last read
};

} // namespace flipover::bench
