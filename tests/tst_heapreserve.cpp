// The room's heap reserve (kiosk/room/heapreserve.h): what a thread
// allocates after reserving comes out of pages the process already holds,
// beside a thread without a reserve whose allocations the kernel has to
// hand over; the reserve is still there after those allocations are freed;
// and the heap figure the benchmark reads counts what was handed out of it.
// Skipped where reserveHeap() reserves nothing (a sanitizer's allocator).
#include "heapreserve.h"

#include <QFile>
#include <QSemaphore>
#include <QTest>
#include <QThread>

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

} // namespace

class tst_HeapReserve : public QObject
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
};

QTEST_GUILESS_MAIN(tst_HeapReserve)
#include "tst_heapreserve.moc"
