// HeapStats: the kiosk's heap in use, for the benchmark's memory per voter
// (docs/performance.md). The room's heap reserve (room/heapreserve.h) is
// resident from the start, so the kiosk's resident size grows with the
// voters only once the reserve is used up; the heap it hands out grows with
// each of them. Opt-in: only when the environment holds
// FLIPOVER_HEAP_STATS=PATH does the kiosk write, every 100 ms when it
// changed, the bytes in use (heapInUse()) as one line to PATH, replaced
// whole. Without the variable nothing is written.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace flipover {

class HeapStats : public QObject
{
public:
    // The path from FLIPOVER_HEAP_STATS; empty when the figure is off.
    static QString pathFromEnvironment();

    // Writes the figure now and from now on; false where it is unknown.
    bool start(const QString &path, QString *error);

private:
    bool write(QString *error);

    QString m_path;
    QTimer m_timer;
    qint64 m_written = -1;
};

} // namespace flipover
