// WalSync (see walsync.h). One thread per open store; it sleeps until a
// commit asks for a sync. Nothing here reads or logs what the file holds.
#include "walsync.h"

#include <QFile>
#include <QMetaObject>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace flipover {

namespace {

int openForSync(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    int fd;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

QString describeErrno(const QString &what, const QString &path, int error)
{
    return QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(error)));
}

} // namespace

WalSync::WalSync(QObject *parent) : QObject(parent) {}

WalSync::~WalSync()
{
    stop();
}

bool WalSync::start(const QString &databasePath, QString *error)
{
    stop();
    m_path = databasePath;
    if (!syncFile(error))
        return false;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void WalSync::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable() && m_fd < 0)
            return;
        m_stopping = true;
        m_held = false; // what was asked for is synced before the file goes
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_mutex);
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void WalSync::request(quint64 ticket)
{
    {
        std::lock_guard lock(m_mutex);
        if (ticket <= m_requested)
            return;
        m_requested = ticket;
    }
    if (!m_thread.joinable()) { // not started: sync on this thread, still after the caller's turn
        QMetaObject::invokeMethod(this, [this] { syncNow(nullptr); }, Qt::QueuedConnection);
        return;
    }
    m_wake.notify_one();
}

quint64 WalSync::durableTicket() const
{
    std::lock_guard lock(m_mutex);
    return m_durable;
}

void WalSync::setHeld(bool held)
{
    {
        std::lock_guard lock(m_mutex);
        m_held = held;
    }
    m_wake.notify_all();
}

bool WalSync::syncNow(QString *error)
{
    quint64 target;
    {
        std::lock_guard lock(m_mutex);
        target = m_requested;
    }
    const bool ok = syncFile(error);
    bool advanced = false;
    {
        std::lock_guard lock(m_mutex);
        if (target > m_durable) {
            m_durable = target;
            advanced = true;
        }
    }
    if (advanced)
        Q_EMIT durable(target);
    return ok;
}

void WalSync::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || (!m_held && m_requested > m_durable); });
        if (m_requested <= m_durable) {
            if (m_stopping)
                return;
            continue;
        }
        const quint64 target = m_requested;
        lock.unlock();
        QString failure;
        syncFile(&failure);
        lock.lock();
        if (target > m_durable)
            m_durable = target;
        QMetaObject::invokeMethod(
            this,
            [this, target, failure] {
                if (!failure.isEmpty())
                    Q_EMIT syncFailed(failure);
                Q_EMIT durable(target);
            },
            Qt::QueuedConnection);
    }
}

// The -wal file when there is one (WAL mode keeps it while the store is open;
// the Store stops us before it goes), else the database file itself.
bool WalSync::syncFile(QString *error)
{
    int fd;
    bool own = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_fd < 0)
            m_fd = openForSync(m_path + QStringLiteral("-wal"));
        fd = m_fd;
    }
    QString path = m_path + QStringLiteral("-wal");
    if (fd < 0) {
        path = m_path;
        fd = openForSync(path);
        own = true;
        if (fd < 0) {
            if (error)
                *error = describeErrno(QStringLiteral("Cannot open for syncing"), path, errno);
            return false;
        }
    }
    int rc;
    do {
        rc = ::fdatasync(fd);
    } while (rc != 0 && errno == EINTR);
    const int savedErrno = errno;
    if (own)
        ::close(fd);
    if (rc != 0 && error)
        *error = describeErrno(QStringLiteral("Cannot put on the disk"), path, savedErrno);
    return rc == 0;
}

} // namespace flipover
