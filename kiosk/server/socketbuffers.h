// The buffers Qt keeps for each tablet's socket, held small.
//
// A QTcpSocket keeps a 16 KiB read buffer and, once anything was written
// through it (the WebSocket handshake's answer, a ping), a 32 KiB write
// buffer, for as long as it lives, however little passes through them: a
// tablet's messages are a few hundred bytes, and the kiosk writes updates
// to the socket's descriptor itself (Connection::send). With them the room
// held 51 KB of heap a tablet at 1000 tablets, 18 KB without them
// (docs/performance.md, "Small socket buffers"): heap the room thread had
// to grow into during a wave of joins.
// With small chunks the buffers grow only when more data passes (Qt's
// QRingBuffer takes as much as one read or write needs, and frees a block
// larger than its chunk once it is empty).
#pragma once

class QTcpSocket;

namespace flipover {

// Before the socket's first read or write.
void keepSocketBuffersSmall(QTcpSocket *socket);

} // namespace flipover
