#include "heapstats.h"

#include "heapreserve.h"
#include "unixsignals.h"

#include <QSaveFile>

#include <csignal>

namespace flipover {

QString HeapStats::pathFromEnvironment()
{
    return qEnvironmentVariable("FLIPOVER_HEAP_STATS");
}

bool HeapStats::start(const QString &path, UnixSignals *unixSignals, QString *error)
{
    m_path = path;
    if (!unixSignals->isInstalled()) {
        *error = QStringLiteral("FLIPOVER_HEAP_STATS: no signal handling to hear SIGUSR1");
        return false;
    }
    if (!write(error))
        return false;
    connect(unixSignals, &UnixSignals::received, this, [this](int signal) {
        QString ignored; // the benchmark waits for the file and says when it does not come
        if (signal == SIGUSR1)
            write(&ignored);
    });
    unixSignals->watch(SIGUSR1);
    return true;
}

bool HeapStats::write(QString *error)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(heapInUse()) + '\n') < 0 || !file.commit()) {
        *error = QStringLiteral("FLIPOVER_HEAP_STATS: cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace flipover
