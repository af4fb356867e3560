// WalSync (see walsync.h). One thread per open store; it sleeps until a
// commit asks for a sync. Nothing here reads or logs what the file holds.
#include "walsync.h"

#include <QFile>
#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

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
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
        m_logUnknown = true; // until someone folds it (Store::open does)
    }
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

void WalSync::request(quint64 ticket, bool checkpoint)
{
    {
        std::lock_guard lock(m_mutex);
        if (ticket <= m_requested && !checkpoint)
            return;
        m_requested = std::max(m_requested, ticket);
        if (checkpoint)
            m_sealed = std::max(m_sealed, ticket);
        if (checkpoint && m_thread.joinable())
            m_checkpointPending = true;
    }
    if (!m_thread.joinable()) { // not started: sync on this thread, still after the caller's turn
        QMetaObject::invokeMethod(this, [this] { syncNow(nullptr); }, Qt::QueuedConnection);
        return;
    }
    m_wake.notify_one();
}

bool WalSync::fold()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable() || m_held || m_stopping || (!m_logUnknown && m_foldedThrough >= m_requested))
            return false;
        m_checkpointPending = true;
    }
    m_wake.notify_one();
    return true;
}

bool WalSync::logEmpty() const
{
    std::lock_guard lock(m_mutex);
    return !m_logUnknown && m_foldedThrough >= m_requested;
}

bool WalSync::logHoldsSealed() const
{
    std::lock_guard lock(m_mutex);
    return m_logUnknown || m_foldedThrough < m_sealed;
}

void WalSync::noteFolded()
{
    std::lock_guard lock(m_mutex);
    m_foldedThrough = m_requested;
    m_logUnknown = false;
}

bool WalSync::checkpointPending() const
{
    std::lock_guard lock(m_mutex);
    return m_checkpointPending && !m_held && !m_stopping;
}

void WalSync::waitForCheckpoint()
{
    std::unique_lock lock(m_mutex);
    m_checkpointed.wait(lock, [this] { return !m_checkpointPending || m_held || m_stopping; });
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
    // Opened now rather than at the first private commit, so the kiosk's
    // descriptors and memory do not change in the middle of a meeting.
    if (!m_path.isEmpty()) {
        QString failure;
        if (!openCheckpointConnection(&failure))
            QMetaObject::invokeMethod(this, [this, failure] { Q_EMIT syncFailed(failure); }, Qt::QueuedConnection);
    }
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] {
            return m_stopping || (!m_held && (m_requested > m_durable || m_checkpointPending));
        });
        if (m_requested > m_durable) {
            const quint64 target = m_requested;
            lock.unlock();
            QString failure;
            syncFile(&failure);
            lock.lock();
            if (target > m_durable)
                m_durable = target;
            // The ack may leave now: the checkpoint below only moves what is
            // on the disk already from the log into the database file.
            QMetaObject::invokeMethod(
                this,
                [this, target, failure] {
                    if (!failure.isEmpty())
                        Q_EMIT syncFailed(failure);
                    Q_EMIT durable(target);
                },
                Qt::QueuedConnection);
        }
        if (m_checkpointPending) {
            // No commit comes while this runs (Store::commit waits for it), so
            // what the log holds now is what the fold takes out.
            const quint64 through = m_requested;
            lock.unlock();
            QString failure;
            const bool folded = checkpointFile(&failure);
            lock.lock();
            if (folded) {
                m_foldedThrough = std::max(m_foldedThrough, through);
                m_logUnknown = false;
            }
            m_checkpointPending = false; // a failed one is tried again before the next commit
            m_checkpointed.notify_all();
            QMetaObject::invokeMethod(
                this,
                [this, failure] {
                    if (!failure.isEmpty())
                        Q_EMIT syncFailed(failure);
                    Q_EMIT checkpointed();
                },
                Qt::QueuedConnection);
            continue;
        }
        if (m_stopping && m_requested <= m_durable) {
            lock.unlock();
            closeCheckpointConnection();
            lock.lock();
            m_checkpointed.notify_all();
            return;
        }
    }
}

// SyncFile's fd keeps the -wal file open: TRUNCATE shortens it, the file stays.
bool WalSync::openCheckpointConnection(QString *error)
{
    if (m_checkpointConnection.isEmpty()) {
        static std::atomic<quint64> counter{0};
        const QString name = QStringLiteral("flipover-walsync-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        // It waits for the kiosk's connection to finish a write, and the
        // kiosk's next private commit waits for it (waitForCheckpoint).
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = QStringLiteral("Cannot open %1 to fold its log in: %2").arg(m_path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        QSqlQuery normal(db);
        normal.exec(QStringLiteral("PRAGMA synchronous=NORMAL")); // the re-arming write below needs no sync of its own
        m_checkpointConnection = name;
    }
    return true;
}

bool WalSync::checkpointFile(QString *error)
{
    if (!openCheckpointConnection(error))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_checkpointConnection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        *error = QStringLiteral("Cannot fold the log of %1 in: %2").arg(m_path, q.lastError().text());
        return false;
    }
    // Row: busy, log frames, checkpointed frames (-1: the file is not in WAL mode).
    if (!q.next() || q.value(0).toInt() != 0) { // busy: the next private commit tries again
        *error = QStringLiteral("The log of %1 was not folded in: the database stayed busy.").arg(m_path);
        return false;
    }
    const bool wal = q.value(1).toInt() >= 0;
    q.finish();
    if (!wal) // after Store::detachLog: no log to re-arm, and nothing of ours to write
        return true;
    // The first commit into an empty log writes its header and syncs it (so a
    // later write cannot overtake it on the disk). Done here, with a write of
    // the meta table's page only, that sync does not hold up the kiosk's next
    // commit on the event loop. If it fails, that commit syncs the header itself.
    QSqlQuery arm(QSqlDatabase::database(m_checkpointConnection, false));
    arm.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('log', 'ready')"));
    return true;
}

void WalSync::closeCheckpointConnection()
{
    if (m_checkpointConnection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_checkpointConnection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_checkpointConnection);
    m_checkpointConnection.clear();
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
