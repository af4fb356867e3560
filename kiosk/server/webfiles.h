// WebFiles: the browser voter (web/ in the repository, compiled into the
// kiosk's resources at :/web/) served over plain HTTP on the kiosk's own
// WebSocket port. A new socket is watched until its request head is complete
// (bounded in size and time); a WebSocket upgrade is handed on untouched, any
// other request is answered from the resources and the connection closed.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <functional>

class QTcpSocket;

namespace flipover {

class WebFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxHeadBytes = 8192;

    struct Response {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers; // besides the common ones
        QByteArray body;
        bool headOnly = false;
        QByteArray serialize() const;
    };

    // upgrade receives every socket whose request is a WebSocket upgrade, with
    // nothing read from it.
    explicit WebFiles(std::function<void(QTcpSocket *)> upgrade, QObject *parent = nullptr);

    void setHeadTimeout(int ms) { m_headTimeoutMs = ms; }
    // Takes over a freshly accepted socket (it stays parented as it was).
    void take(QTcpSocket *socket);
    int pendingCount() const { return int(m_pending.size()); }

    // The answer to one complete request head (request line and headers,
    // without the body); pure, for tests.
    static Response answer(const QByteArray &head);
    static bool isWebSocketUpgrade(const QByteArray &head);

private:
    void onReadyRead(QTcpSocket *socket);
    void release(QTcpSocket *socket);
    void reply(QTcpSocket *socket, const Response &response);

    std::function<void(QTcpSocket *)> m_upgrade;
    QList<QTcpSocket *> m_pending;
    int m_headTimeoutMs = 5000;
};

} // namespace flipover
