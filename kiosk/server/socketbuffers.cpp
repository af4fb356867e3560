#include "socketbuffers.h"

#include <QTcpSocket>
#include <QtCore/private/qiodevice_p.h>

namespace flipover {

namespace {
// About a message and a half: a vote or a join, with its WebSocket frame.
constexpr int ChunkBytes = 1024;
} // namespace

void keepSocketBuffersSmall(QTcpSocket *socket)
{
    // Qt's own API has no setter for these (QAbstractSocket::setReadBufferSize
    // caps what is kept, not the block it is kept in).
    auto *d = static_cast<QIODevicePrivate *>(QObjectPrivate::get(socket));
    for (QRingBuffer &buffer : d->readBuffers)
        buffer.setChunkSize(ChunkBytes);
    for (QRingBuffer &buffer : d->writeBuffers)
        buffer.setChunkSize(ChunkBytes);
}

} // namespace flipover
