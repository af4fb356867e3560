// HeapStats: the kiosk's heap in use, for the benchmark's memory per voter
// (docs/performance.md). The room's heap reserve (room/heapreserve.h) is
// resident from the start, so the kiosk's resident size grows with the
// voters only once the reserve is used up; the heap it hands out grows with
// each of them. Opt-in: only when the environment holds
// FLIPOVER_HEAP_STATS=PATH does the kiosk write the bytes in use
// (heapInUse(); -1 where the allocator cannot tell, as under ASan) as one
// line to PATH, replaced whole: at start, and each time it gets SIGUSR1. On request, never on a timer: glibc counts them by
// walking every free chunk of every heap under that heap's lock, which
// after a thousand joins stalls the room thread's allocations for
// milliseconds. Without the variable nothing is written and SIGUSR1 keeps
// its default.
#pragma once

#include <QObject>
#include <QString>

class UnixSignals;

namespace flipover {

class HeapStats : public QObject
{
public:
    // The path from FLIPOVER_HEAP_STATS; empty when the figure is off.
    static QString pathFromEnvironment();

    // Writes the figure now, and again on every SIGUSR1 that unixSignals
    // hears; false where it cannot be written.
    bool start(const QString &path, UnixSignals *unixSignals, QString *error);

private:
    bool write(QString *error);

    QString m_path;
};

} // namespace flipover
