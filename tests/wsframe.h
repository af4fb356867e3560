// The header of a WebSocket frame as a client writes it (RFC 6455, 5.2):
// FIN, the opcode, the MASK bit and the payload length in 7, 7+16 or 7+64
// bits. The 4-byte mask and the masked payload follow it. Shared by the
// tests' RawWsClient and the benchmark's WsClient.
#pragma once

#include <QByteArray>

namespace flipover::test {

inline void appendClientFrameHeader(QByteArray &frame, int opcode, qint64 payloadSize)
{
    const quint64 n = quint64(payloadSize);
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
}

} // namespace flipover::test
