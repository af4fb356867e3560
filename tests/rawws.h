// RawWsClient: a WebSocket client on a plain QTcpSocket, so that a test can
// choose the source address (any 127.0.0.x on loopback) before it connects:
// QWebSocket cannot bind. It speaks just enough RFC 6455 for the kiosk: the
// upgrade request, masked text frames out, unmasked text/ping/close frames
// in (pings are answered unless answerPings is false). Messages are decoded JSON objects, kept in order.
#pragma once

#include "wsframe.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

#include <optional>
#include <sys/ioctl.h>

namespace flipover::test {

class RawWsClient : public QObject
{
public:
    explicit RawWsClient(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &RawWsClient::onReadyRead);
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { disconnected = true; });
    }

    // Binds to `from` (e.g. 127.0.0.23), connects to 127.0.0.1:port and upgrades.
    void open(const QHostAddress &from, quint16 port)
    {
        m_socket.bind(from, 0);
        if (receiveBuffer > 0) // after bind: before it the socket has no descriptor to set it on
            m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, receiveBuffer);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        connect(&m_socket, &QTcpSocket::connected, this, [this, port] {
            m_key = newUpgradeKey();
            m_socket.write(upgradeRequest("/", "127.0.0.1:" + QByteArray::number(port), m_key));
        });
    }
    bool waitOpen(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return upgraded || disconnected; }, ms) && upgraded;
    }

    void send(const QJsonObject &o) { sendFrame(0x1, QJsonDocument(o).toJson(QJsonDocument::Compact)); }
    void join(const QString &pin, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("type"), QStringLiteral("join"));
        extra.insert(QStringLiteral("v"), 1);
        extra.insert(QStringLiteral("pin"), pin);
        send(extra);
    }
    QString command(const QString &type, QJsonObject fields = {})
    {
        const QString id = QStringLiteral("r%1").arg(++m_counter);
        fields.insert(QStringLiteral("type"), type);
        fields.insert(QStringLiteral("id"), id);
        send(fields);
        return id;
    }

    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : messages)
            if (m.value(QLatin1String("type")).toString() == type)
                out.append(m);
        return out;
    }
    int errors(const QString &code) const
    {
        int n = 0;
        for (const QJsonObject &m : ofType(QStringLiteral("error")))
            n += m.value(QLatin1String("code")).toString() == code;
        return n;
    }
    std::optional<QJsonObject> answerFor(const QString &id) const
    {
        for (const QJsonObject &m : messages) {
            const QString t = m.value(QLatin1String("type")).toString();
            if ((t == QLatin1String("ack") || t == QLatin1String("error")) && m.value(QLatin1String("id")).toString() == id)
                return m;
        }
        return std::nullopt;
    }
    bool joined() const { return !ofType(QStringLiteral("joined")).isEmpty(); }
    QString role() const
    {
        const auto j = ofType(QStringLiteral("joined"));
        return j.isEmpty() ? QString() : j.first().value(QLatin1String("role")).toString();
    }

    // What arrived and is not read yet: in the kernel and in Qt's buffer.
    qint64 unreadBytes()
    {
        int inKernel = 0;
        if (::ioctl(int(m_socket.socketDescriptor()), FIONREAD, &inKernel) != 0)
            inKernel = 0;
        return inKernel + m_socket.bytesAvailable();
    }

    // Ends the TCP connection without a close frame (a phone that vanished).
    void abort() { m_socket.abort(); }

    QList<QJsonObject> messages;
    int receiveBuffer = 0;   // SO_RCVBUF before connecting (0: the kernel's default)
    bool answerPings = true; // false: a device asleep, that reads nothing and answers nothing
    bool upgraded = false;
    bool disconnected = false;
    int closeCode = -1;

private:
    void sendFrame(int opcode, const QByteArray &payload)
    {
        QByteArray frame;
        appendClientFrame(frame, opcode, payload, QRandomGenerator::global()->generate());
        m_socket.write(frame);
    }

    void onReadyRead()
    {
        m_in.append(m_socket.readAll());
        if (!upgraded) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_in.left(end);
            m_in.remove(0, end + 4);
            const QByteArray accept = upgradeAccept(m_key);
            if (!head.startsWith("HTTP/1.1 101") || !head.contains(accept)) {
                m_socket.abort();
                disconnected = true;
                return;
            }
            upgraded = true;
        }
        for (;;) {
            if (m_in.size() < 2)
                return;
            const int opcode = quint8(m_in[0]) & 0x0f;
            quint64 n = quint8(m_in[1]) & 0x7f;
            qsizetype at = 2;
            if (n == 126) {
                if (m_in.size() < 4)
                    return;
                n = (quint64(quint8(m_in[2])) << 8) | quint8(m_in[3]);
                at = 4;
            } else if (n == 127) {
                if (m_in.size() < 10)
                    return;
                n = 0;
                for (int i = 0; i < 8; ++i)
                    n = (n << 8) | quint8(m_in[2 + i]);
                at = 10;
            }
            if (quint64(m_in.size() - at) < n)
                return;
            const QByteArray payload = m_in.mid(at, qsizetype(n));
            m_in.remove(0, at + qsizetype(n));
            if (opcode == 0x1) {
                messages.append(QJsonDocument::fromJson(payload).object());
            } else if (opcode == 0x9) {
                if (answerPings)
                    sendFrame(0xA, payload);
            } else if (opcode == 0x8) {
                closeCode = payload.size() >= 2 ? (quint8(payload[0]) << 8) | quint8(payload[1]) : 1005;
                m_socket.disconnectFromHost();
            }
        }
    }

    QTcpSocket m_socket;
    QByteArray m_key;
    QByteArray m_in;
    int m_counter = 0;
};

} // namespace flipover::test
