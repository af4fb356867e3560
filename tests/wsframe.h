// What a WebSocket client writes (RFC 6455): the upgrade request with a
// fresh key, the Sec-WebSocket-Accept the server must answer it with, and a
// masked frame. Shared by the tests' RawWsClient and the benchmark's
// WsClient.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace flipover::test {

// A random Sec-WebSocket-Key (16 bytes, base64).
inline QByteArray newUpgradeKey()
{
    QByteArray key(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key.data()), 4);
    return key.toBase64();
}

// `GET <path> HTTP/1.1` with Host, Upgrade, Connection, the key and version 13.
inline QByteArray upgradeRequest(const QByteArray &path, const QByteArray &hostAndPort, const QByteArray &key)
{
    return "GET " + (path.isEmpty() ? QByteArray("/") : path) + " HTTP/1.1\r\nHost: " + hostAndPort
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
        + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
}

// The Sec-WebSocket-Accept a server answers `key` with.
inline QByteArray upgradeAccept(const QByteArray &key)
{
    return QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1)
        .toBase64();
}

// One whole frame (FIN set) as a client writes it: the opcode, the MASK bit,
// the payload length in 7, 7+16 or 7+64 bits, the 4-byte mask, the payload
// masked with it.
inline void appendClientFrame(QByteArray &frame, int opcode, QByteArrayView payload, quint32 mask)
{
    const quint64 n = quint64(payload.size());
    frame.append(char(0x80 | opcode));
    if (n < 126) {
        frame.append(char(0x80 | n));
    } else if (n < 65536) {
        frame.append(char(0x80 | 126));
        frame.append(char(n >> 8));
        frame.append(char(n & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        for (int i = 7; i >= 0; --i)
            frame.append(char((n >> (8 * i)) & 0xff));
    }
    const char m[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    frame.append(m, 4);
    const qsizetype start = frame.size();
    frame.append(payload.data(), payload.size());
    char *p = frame.data() + start;
    for (qsizetype i = 0; i < payload.size(); ++i)
        p[i] ^= m[i & 3];
}

} // namespace flipover::test
