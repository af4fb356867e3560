#include "stats.h"

#include <QFile>
#include <QJsonArray>
#include <QSysInfo>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

namespace flipover::bench {

namespace {

double rank(const QVector<double> &sorted, double p)
{
    const qsizetype n = sorted.size();
    const qsizetype at = qBound<qsizetype>(1, qsizetype(std::ceil(p / 100.0 * double(n))), n);
    return sorted[at - 1];
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

QByteArray readProcFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll(); // /proc files report size 0; readAll reads to the end
}

qint64 statusKb(const QByteArray &status, const char *key)
{
    const QByteArray k = QByteArray(key) + ':';
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(k))
            return line.mid(k.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

QJsonObject summarize(QVector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    QJsonObject o{{QStringLiteral("count"), int(ms.size())}};
    double sum = 0;
    for (double v : ms)
        sum += v;
    const bool any = !ms.isEmpty();
    o.insert(QStringLiteral("p50"), any ? round3(rank(ms, 50)) : 0.0);
    o.insert(QStringLiteral("p95"), any ? round3(rank(ms, 95)) : 0.0);
    o.insert(QStringLiteral("p99"), any ? round3(rank(ms, 99)) : 0.0);
    o.insert(QStringLiteral("max"), any ? round3(ms.last()) : 0.0);
    o.insert(QStringLiteral("mean"), any ? round3(sum / double(ms.size())) : 0.0);
    return o;
}

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

ProcSample sampleProcess(qint64 pid)
{
    ProcSample s;
    s.atNs = monotonicNs();
    const QString base = QStringLiteral("/proc/%1/").arg(pid);
    const QByteArray stat = readProcFile(base + QStringLiteral("stat"));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return s;
    // After "pid (comm)": state is field 3, utime field 14, stime field 15.
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return s;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    s.cpuSeconds = double(fields[11].toLongLong() + fields[12].toLongLong()) / ticks;
    const QByteArray status = readProcFile(base + QStringLiteral("status"));
    s.rssKb = statusKb(status, "VmRSS");
    s.hwmKb = statusKb(status, "VmHWM");
    s.ok = true;
    return s;
}

double cpuPercent(const ProcSample &from, const ProcSample &to)
{
    const double wall = double(to.atNs - from.atNs) / 1e9;
    if (!from.ok || !to.ok || wall <= 0)
        return 0;
    return round3(100.0 * (to.cpuSeconds - from.cpuSeconds) / wall);
}

QString loadAverage()
{
    return QString::fromLatin1(readProcFile(QStringLiteral("/proc/loadavg")).trimmed());
}

QJsonObject machineInfo()
{
    QString model;
    for (const QByteArray &line : readProcFile(QStringLiteral("/proc/cpuinfo")).split('\n')) {
        if (line.startsWith("model name")) {
            model = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
            break;
        }
    }
    const qint64 memKb = statusKb(readProcFile(QStringLiteral("/proc/meminfo")), "MemTotal");
    return QJsonObject{{QStringLiteral("nproc"), QThread::idealThreadCount()},
                       {QStringLiteral("cpuModel"), model},
                       {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                       {QStringLiteral("os"), QSysInfo::prettyProductName()},
                       {QStringLiteral("memoryMb"), double(memKb / 1024)},
                       {QStringLiteral("qt"), QString::fromLatin1(qVersion())}};
}

qint64 raiseFileLimit()
{
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return -1;
    if (rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
        getrlimit(RLIMIT_NOFILE, &rl);
    }
    return qint64(rl.rlim_cur);
}

} // namespace flipover::bench
