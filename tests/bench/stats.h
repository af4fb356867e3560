// Small helpers shared by the benchmark's modes: percentiles over samples,
// what /proc says about a process, the machine, and the fd limit.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace flipover::bench {

// count, p50, p95, p99, max and mean of samples in milliseconds
// (nearest-rank percentiles; all zero when there are no samples).
QJsonObject summarize(QVector<double> ms);

// One look at a process in /proc: CPU seconds used so far (utime + stime),
// resident memory now and its peak, and when the look was taken.
struct ProcSample {
    bool ok = false;
    double cpuSeconds = 0;
    qint64 rssKb = 0;
    qint64 hwmKb = 0;
    qint64 atNs = 0;
};
ProcSample sampleProcess(qint64 pid);
// Share of one core used between two samples, in percent.
double cpuPercent(const ProcSample &from, const ProcSample &to);

qint64 monotonicNs();

// nproc, CPU model, kernel, load average now.
QJsonObject machineInfo();
QString loadAverage();

// Raises RLIMIT_NOFILE to its hard limit (at least what 500+ sockets need);
// returns the soft limit in force afterwards.
qint64 raiseFileLimit();

} // namespace flipover::bench
