// Helpers for the "no one breaks the room" tests (issue 17) and the soak
// driver: RawWs, a WebSocket client on a bare QTcpSocket that can bind a
// loopback source address (127.0.0.x), send what QWebSocket never would
// (invalid UTF-8, 1 MiB frames, 2,000 messages in one write) and report the
// close code the kiosk sent (or -1 when the connection ended without one);
// and startKiosk(), the real kiosk with an optional RLIMIT_NOFILE.
#pragma once

#include "kioskprocess.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>
#include <QtEndian>

#include <sys/resource.h>

namespace flipover::test {

class RawWs : public QObject
{
public:
    explicit RawWs(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&socket, &QTcpSocket::connected, this, [this] {
            connected = true;
            if (m_websocket)
                socket.write(QStringLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1:%1\r\nUpgrade: websocket\r\n"
                                            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                            "Sec-WebSocket-Version: 13\r\n\r\n")
                                 .arg(m_port)
                                 .toLatin1());
        });
        connect(&socket, &QTcpSocket::readyRead, this, [this] {
            if (reading)
                parse();
        });
        connect(&socket, &QTcpSocket::disconnected, this, [this] {
            if (reading)
                parse();
            ended = true;
        });
        connect(&socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (socket.state() == QAbstractSocket::UnconnectedState)
                ended = true;
        });
    }

    // websocket = false: a bare TCP connection that sends nothing.
    void open(quint16 port, const QHostAddress &from = QHostAddress(), bool websocket = true)
    {
        m_port = port;
        m_websocket = websocket;
        if (!from.isNull())
            socket.bind(from);
        socket.connectToHost(QHostAddress::LocalHost, port);
    }

    static QByteArray frame(const QByteArray &payload, quint8 opcode = 0x1)
    {
        QByteArray f;
        f.append(char(0x80 | opcode));
        const qint64 n = payload.size();
        if (n < 126) {
            f.append(char(0x80 | n));
        } else if (n <= 0xffff) {
            f.append(char(0x80 | 126));
            quint16 be = qToBigEndian(quint16(n));
            f.append(reinterpret_cast<const char *>(&be), 2);
        } else {
            f.append(char(0x80 | 127));
            quint64 be = qToBigEndian(quint64(n));
            f.append(reinterpret_cast<const char *>(&be), 8);
        }
        f.append(QByteArray(4, '\0')); // a zero mask: the payload goes as it is
        f.append(payload);
        return f;
    }
    void sendText(const QByteArray &utf8) { socket.write(frame(utf8)); }
    void join(const QString &pin, const QString &resume = QString())
    {
        QByteArray j = "{\"type\":\"join\",\"v\":1,\"pin\":\"" + pin.toLatin1() + '"';
        if (!resume.isEmpty())
            j += ",\"resume\":\"" + resume.toLatin1() + '"';
        sendText(j + '}');
    }
    // A slow reader catching up: parse what Qt and the kernel hold from now on.
    void readNow()
    {
        reading = true;
        parse();
    }
    bool hasText(const QByteArray &needle) const
    {
        return std::any_of(texts.cbegin(), texts.cend(), [&](const QByteArray &t) { return t.contains(needle); });
    }

    QTcpSocket socket;
    bool reading = true; // false: a slow reader that never reads
    bool connected = false;
    bool upgraded = false;
    bool ended = false;
    int closeCode = -1; // from the kiosk's close frame
    QList<QByteArray> texts;
    QByteArray httpHead;

private:
    void parse()
    {
        if (socket.isOpen())
            m_in += socket.readAll();
        if (!upgraded) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            httpHead = m_in.left(end);
            m_in.remove(0, end + 4);
            upgraded = httpHead.startsWith("HTTP/1.1 101");
            if (!upgraded)
                return;
        }
        for (;;) {
            if (m_in.size() < 2)
                return;
            const quint8 opcode = quint8(m_in[0]) & 0x0f;
            qint64 len = quint8(m_in[1]) & 0x7f;
            qsizetype at = 2;
            if (len == 126) {
                if (m_in.size() < 4)
                    return;
                len = qFromBigEndian<quint16>(m_in.constData() + 2);
                at = 4;
            } else if (len == 127) {
                if (m_in.size() < 10)
                    return;
                len = qint64(qFromBigEndian<quint64>(m_in.constData() + 2));
                at = 10;
            }
            if (m_in.size() < at + len)
                return;
            const QByteArray payload = m_in.mid(at, len);
            m_in.remove(0, at + len);
            if (opcode == 0x1)
                texts.append(payload);
            else if (opcode == 0x8 && payload.size() >= 2)
                closeCode = qFromBigEndian<quint16>(payload.constData());
        }
    }

    QByteArray m_in;
    quint16 m_port = 0;
    bool m_websocket = true;
};

// The real kiosk in `dir`, with the session PIN 123456 and facilitator PIN
// 24681357. openFiles > 0: that RLIMIT_NOFILE (soft and hard) for it.
inline bool startKiosk(KioskProcess &kiosk, const QString &dir, QString *error, rlim_t openFiles = 0,
                       const QStringList &extra = {})
{
    if (openFiles > 0) {
        kiosk.process().setChildProcessModifier([openFiles] {
            const rlimit r{openFiles, openFiles};
            ::setrlimit(RLIMIT_NOFILE, &r);
        });
    }
    return kiosk.start(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), dir,
                        QStringLiteral("--pin"), QStringLiteral("123456"), QStringLiteral("--facilitator-pin"),
                        QStringLiteral("24681357"), QStringLiteral("--no-beacon"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1")}
                           + extra,
                       error);
}

inline int openFilesOf(qint64 pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size());
}

inline qint64 rssKiBOf(qint64 pid, const char *field = "VmRSS:")
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace flipover::test
