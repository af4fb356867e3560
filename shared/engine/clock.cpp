#include "clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

namespace flipover {

qint64 Clock::monotonicMs() const
{
    // msecsSinceReference() counts from the system's monotonic epoch, so two
    // kiosk processes of the same boot read the same time line.
    QElapsedTimer t;
    t.start();
    return t.msecsSinceReference();
}

qint64 Clock::wallMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString Clock::bootId() const
{
    static const QString id = [] {
        QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        if (f.open(QIODevice::ReadOnly))
            return QString::fromLatin1(f.readAll().trimmed());
        return QString();
    }();
    return id;
}

} // namespace flipover
