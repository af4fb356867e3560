// The room's heap. The reserve (kiosk/room/heapreserve.h): what a thread
// allocates after reserving comes out of pages the process already holds,
// beside a thread without a reserve whose allocations the kernel has to
// hand over; the reserve is still there after those allocations are freed;
// and the heap figure the benchmark reads counts what was handed out of it.
// A tablet's socket (kiosk/server/socketbuffers.h): what Qt keeps for it
// after a message in and an answer out, beside sockets left as Qt makes
// them. Skipped where the heap cannot be measured (a sanitizer's allocator).
#include "heapreserve.h"
#include "socketbuffers.h"

#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <functional>
#include <vector>

using namespace flipover;

namespace {

constexpr qsizetype MiB = 1024 * 1024;

qint64 residentAnonymousKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A thread that stays alive for the whole test, and with it its malloc arena.
class Worker
{
public:
    Worker()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
    }
    ~Worker()
    {
        run([this] {
            for (char *block : m_blocks)
                ::free(block);
        });
        m_thread.quit();
        m_thread.wait();
    }
    void run(const std::function<void()> &f)
    {
        QMetaObject::invokeMethod(&m_context, f, Qt::BlockingQueuedConnection);
    }
    // Allocates `bytes` in small blocks and writes them: what a wave of joins does.
    void allocate(qsizetype bytes)
    {
        run([this, bytes] {
            for (qsizetype done = 0; done < bytes; done += 512) {
                auto *block = static_cast<char *>(::malloc(512));
                std::fill(block, block + 512, char(1));
                m_blocks.push_back(block);
            }
        });
    }
    void freeAll()
    {
        run([this] {
            for (char *block : m_blocks)
                ::free(block);
            m_blocks.clear();
        });
    }

private:
    QThread m_thread;
    QObject m_context;
    std::vector<char *> m_blocks;
};

// Resident growth, in KiB, while f runs.
qint64 growthKb(const std::function<void()> &f)
{
    const qint64 before = residentAnonymousKb();
    f();
    return residentAnonymousKb() - before;
}

// Clients on plain descriptors, so that only the server's sockets allocate.
int connectRaw(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in to = {};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0)
        return -1;
    return fd;
}

// Heap per accepted socket, in bytes, after each took a 300-byte message
// and wrote a 130-byte answer (a WebSocket upgrade and its 101, or a join).
qint64 heapPerSocket(QTcpServer &server, bool small, std::vector<int> *clients, QList<QTcpSocket *> *sockets)
{
    constexpr int Count = 64;
    const qint64 before = heapInUse();
    const QByteArray message(300, 'm');
    for (int i = 0; i < Count; ++i) {
        const int fd = connectRaw(server.serverPort());
        if (fd < 0 || !server.waitForNewConnection(5000))
            return -1;
        clients->push_back(fd);
        QTcpSocket *socket = server.nextPendingConnection();
        if (small)
            keepSocketBuffersSmall(socket);
        sockets->append(socket);
        if (::send(fd, message.constData(), size_t(message.size()), 0) != message.size())
            return -1;
    }
    for (QTcpSocket *socket : std::as_const(*sockets).mid(sockets->size() - Count)) {
        if (!QTest::qWaitFor([socket, &message] { return socket->bytesAvailable() >= message.size(); }))
            return -1;
        socket->readAll();
        socket->write(QByteArray(130, 'a'));
        socket->flush();
    }
    return (heapInUse() - before) / Count;
}

} // namespace

class tst_RoomHeap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allocationsAfterTheReserveAreResidentAlready()
    {
        Worker plain;
        Worker room;
        qsizetype reserved = 0;
        room.run([&] { reserved = reserveHeap(24 * MiB); });
        if (reserved == 0)
            QSKIP("reserveHeap() reserves nothing with this allocator (a sanitizer's)");
        QVERIFY(reserved >= 24 * MiB);
        QVERIFY2(residentAnonymousKb() > 0, "no RssAnon in /proc/self/status");

        // Without a reserve, the kernel hands over what the thread writes:
        // the measurement sees it.
        const qint64 plainKb = growthKb([&] { plain.allocate(8 * MiB); });
        QVERIFY2(plainKb >= 6 * 1024, qPrintable(QStringLiteral("8 MiB written grew RssAnon by %1 KiB only").arg(plainKb)));

        // With it, the same allocations were resident before they were made,
        // and the heap figure still counts them.
        const qint64 heapBefore = heapInUse();
        const qint64 roomKb = growthKb([&] { room.allocate(8 * MiB); });
        QVERIFY2(roomKb < 1024, qPrintable(QStringLiteral("8 MiB out of the reserve grew RssAnon by %1 KiB").arg(roomKb)));
        QVERIFY2(heapInUse() - heapBefore >= 8 * MiB, "the heap in use does not count what the reserve handed out");

        // Freed, they go back to the reserve, not to the system.
        room.freeAll();
        const qint64 againKb = growthKb([&] { room.allocate(16 * MiB); });
        QVERIFY2(againKb < 1024, qPrintable(QStringLiteral("after a free, 16 MiB grew RssAnon by %1 KiB").arg(againKb)));
    }

    void aTabletsSocketKeepsSmallBuffers()
    {
        if (heapInUse() < 0)
            QSKIP("the heap in use is unknown with this allocator (a sanitizer's)");
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        std::vector<int> clients;
        QList<QTcpSocket *> sockets;
        const qint64 asQtMakesThem = heapPerSocket(server, false, &clients, &sockets);
        const qint64 keptSmall = heapPerSocket(server, true, &clients, &sockets);
        qDeleteAll(sockets);
        for (int fd : clients)
            ::close(fd);
        qInfo("heap a socket: %lld bytes as Qt makes it, %lld kept small", asQtMakesThem, keptSmall);
        // Qt's 16 KiB read and 32 KiB write blocks, seen by the measurement...
        QVERIFY2(asQtMakesThem >= 40 * 1024, qPrintable(QStringLiteral("%1 bytes a socket as Qt makes it").arg(asQtMakesThem)));
        // ...and gone from the room's sockets.
        QVERIFY2(keptSmall >= 0 && keptSmall <= 12 * 1024, qPrintable(QStringLiteral("%1 bytes a socket kept small").arg(keptSmall)));
    }
};

QTEST_GUILESS_MAIN(tst_RoomHeap)
#include "tst_roomheap.moc"
