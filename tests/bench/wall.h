// The GUI kiosk's figures of its own wall: it writes them as JSON lines when
// started with FLIPOVER_WALL_STATS=PATH (kiosk/wallstats.h); the benchmark
// reads them back and cuts them into its phases, both on CLOCK_MONOTONIC.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace flipover::bench {

struct Span {
    QString name;
    qint64 fromNs = 0;
    qint64 toNs = 0;
};

// Per span: frames drawn; `frameWait` (a change reaching the wall until the
// frame showing it was swapped) and `frameDraw` (UpdateRequest to swap) as
// percentiles in ms; the timer's ticks shown and `tickMaxGapMs`, the largest
// gap between two displayed seconds that ended in the span (the first tick
// of a span is measured from the last one before it, and the second still
// shown at its end counts up to the end). Empty when the file cannot be read.
QJsonObject wallFigures(const QString &path, const QList<Span> &spans);

} // namespace flipover::bench
