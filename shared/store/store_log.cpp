// Store: folding the write-ahead log into the file (see store.h).
#include "store.h"
#include "store_p.h"

#include "walsync.h"

namespace flipover {

using namespace storesql;

bool Store::compact(QString *error)
{
    if (!isOpen()) {
        setError(error, QStringLiteral("The store is not open, so there is nothing to compact."));
        return false;
    }
    // VACUUM rebuilds every page by inserting rows in key order, so where a
    // row sits in the file no longer tells when it was written.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("VACUUM"))) {
        setError(error, describe(m_path, QStringLiteral("Cannot compact the database"), q.lastError()));
        return false;
    }
    q.finish();
    return checkpoint(error);
}

bool Store::detachLog(QString *error)
{
    if (!checkpoint(error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QVariant mode;
    // The -wal file goes: WalSync lets go of it first. Commits from here on
    // (if any) are synced by SQLite itself, and WalSync then syncs the file.
    m_sync->stop();
    const bool ok = run(db, QStringLiteral("PRAGMA synchronous=FULL"), m_path,
                        QStringLiteral("Cannot set synchronous=FULL"), error)
        && run(db, QStringLiteral("PRAGMA journal_mode=DELETE"), m_path,
               QStringLiteral("Cannot leave write-ahead logging"), error, &mode);
    QString ignored;
    if (m_sync->start(m_path, &ignored))
        m_sync->noteFolded(); // checkpoint() above emptied it; nothing was committed since
    if (!ok)
        return false;
    if (mode.toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
        setError(error, QStringLiteral("The database %1 stayed in journal mode \"%2\".").arg(m_path, mode.toString()));
        return false;
    }
    return true;
}

bool Store::checkpoint(QString *error)
{
    if (!isOpen()) {
        setError(error, QStringLiteral("The store is not open, so there is nothing to checkpoint."));
        return false;
    }
    m_sync->waitForCheckpoint();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        setError(error, describe(m_path, QStringLiteral("Cannot checkpoint the log"), q.lastError()));
        return false;
    }
    // Row: busy, log frames, checkpointed frames. busy=1 means another
    // connection kept the log from being folded in completely.
    if (q.next() && q.value(0).toInt() != 0) {
        setError(error, QStringLiteral("The checkpoint of %1 was blocked by another connection; the log was not emptied.")
                            .arg(m_path));
        return false;
    }
    m_sync->noteFolded();
    return true;
}

} // namespace flipover
