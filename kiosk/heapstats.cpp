#include "heapstats.h"

#include "heapreserve.h"

#include <QSaveFile>

namespace flipover {

QString HeapStats::pathFromEnvironment()
{
    return qEnvironmentVariable("FLIPOVER_HEAP_STATS");
}

bool HeapStats::start(const QString &path, QString *error)
{
    m_path = path;
    if (heapInUse() < 0) {
        *error = QStringLiteral("FLIPOVER_HEAP_STATS: this build cannot tell its heap in use");
        return false;
    }
    if (!write(error))
        return false;
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QString ignored;
        write(&ignored);
    });
    m_timer.start(100);
    return true;
}

bool HeapStats::write(QString *error)
{
    const qint64 bytes = heapInUse();
    if (bytes == m_written)
        return true;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(bytes) + '\n') < 0 || !file.commit()) {
        *error = QStringLiteral("FLIPOVER_HEAP_STATS: cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_written = bytes;
    return true;
}

} // namespace flipover
