// Store: one SQLite file per kiosk, opened through Qt SQL's QSQLITE driver.
// Nothing here logs; errors go back to the caller and carry the file name and
// SQLite's own message, never a record's contents or bound values.
#include "store.h"

#include "walsync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <atomic>

namespace flipover {

namespace {

// 1: ballots in records. 2: ballots in their own table, each with an owner
// key; participants and thoughts with derived keys (migrated on open).
constexpr int SchemaVersion = 2;
constexpr int OldestReadable = 1;
const QString DriverName = QStringLiteral("QSQLITE");
const QString FileName = QStringLiteral("flipover.sqlite");

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("flipover-store-%1").arg(++counter);
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// A new, not yet opened QSQLITE connection to path with these connect
// options; its name, or empty (and *error says why) without the driver.
QString addConnection(const QString &path, const QString &options, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(DriverName)) {
        setError(error, QStringLiteral("The Qt SQLite driver (QSQLITE) is not available to open %1.").arg(path));
        return {};
    }
    const QString connection = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(DriverName, connection);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    return connection;
}

QString describe(const QString &path, const QString &what, const QSqlError &e)
{
    QString detail = e.databaseText();
    if (detail.isEmpty())
        detail = e.driverText();
    if (detail.isEmpty())
        detail = QStringLiteral("unknown error");
    return QStringLiteral("%1 (%2): %3").arg(what, path, detail);
}

// Runs one statement that needs no bound values; returns its first column of
// the first row (if any) through *value.
bool run(QSqlDatabase &db, const QString &sql, const QString &path, const QString &what,
         QString *error, QVariant *value = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        setError(error, describe(path, what, q.lastError()));
        return false;
    }
    if (value)
        *value = q.next() ? q.value(0) : QVariant();
    return true;
}

// The sentence for a file of another schema version; empty when it matches.
QString schemaMismatch(const QString &path, const QVariant &version)
{
    bool isNumber = false;
    const int v = version.toString().toInt(&isNumber);
    if (isNumber && v >= OldestReadable && v <= SchemaVersion)
        return {};
    return QStringLiteral("The database %1 has schema version %2; this Flipover reads versions %3 to %4.")
        .arg(path, version.toString())
        .arg(OldestReadable)
        .arg(SchemaVersion);
}

} // namespace

// The end of both opens: keep the connection, or drop it and say why.
bool Store::adopt(const QString &connection, const QString &path, const QString &failure, QString *error)
{
    if (!failure.isEmpty()) {
        QSqlDatabase::removeDatabase(connection);
        setError(error, failure);
        return false;
    }
    m_connection = connection;
    m_path = path;
    return true;
}

struct Store::Statements {
    explicit Statements(const QSqlDatabase &db)
        : begin(db), put(db), del(db), commit(db), rollback(db), putBallot(db), delBallot(db), clearBallots(db)
    {
    }
    QSqlQuery begin;
    QSqlQuery put;
    QSqlQuery del;
    QSqlQuery commit;
    QSqlQuery rollback;
    QSqlQuery putBallot;
    QSqlQuery delBallot;
    QSqlQuery clearBallots;
};

Store::Store() : m_sync(std::make_unique<WalSync>()) {}

Store::~Store()
{
    close();
}

bool Store::isOpen() const
{
    if (m_connection.isEmpty() || !QSqlDatabase::contains(m_connection))
        return false;
    return QSqlDatabase::database(m_connection, false).isOpen();
}

bool Store::open(const QString &dataDir, QString *error)
{
    close();
    if (!QDir().mkpath(dataDir)) {
        setError(error, QStringLiteral("Cannot create the data folder %1.").arg(dataDir));
        return false;
    }
    const QString path = QDir(dataDir).absoluteFilePath(FileName);
    const QString connection = addConnection(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"), error);
    if (connection.isEmpty())
        return false;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (!db.open()) {
            failure = describe(path, QStringLiteral("Cannot open the database"), db.lastError());
        } else {
            // The file holds private thoughts and ballots: owner only. SQLite
            // gives its -wal and -shm files the same permissions.
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

            QVariant mode;
            const bool ok =
                run(db, QStringLiteral("PRAGMA journal_mode=WAL"), path,
                    QStringLiteral("Cannot switch the database to WAL"), &failure, &mode)
                // NORMAL: a commit is in the -wal file when it returns (safe
                // from a kill -9); WalSync puts it on the disk before any ack.
                && run(db, QStringLiteral("PRAGMA synchronous=NORMAL"), path,
                       QStringLiteral("Cannot set synchronous=NORMAL"), &failure)
                && run(db, QStringLiteral("PRAGMA secure_delete=ON"), path,
                       QStringLiteral("Cannot set secure_delete"), &failure)
                && run(db, QStringLiteral("PRAGMA foreign_keys=ON"), path,
                       QStringLiteral("Cannot enable foreign keys"), &failure);
            if (ok && mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
                failure = QStringLiteral("The database %1 cannot use write-ahead logging (journal mode is \"%2\").")
                              .arg(path, mode.toString());
            } else if (ok) {
                // Schema. WITHOUT ROWID keeps rows in key order: ballots are
                // keyed by a hash, so the file never shows the order of casting.
                QVariant version;
                bool schemaOk =
                    run(db, QStringLiteral("BEGIN IMMEDIATE"), path,
                        QStringLiteral("Cannot start the schema transaction"), &failure)
                    && run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS records("
                                              "kind TEXT NOT NULL, id TEXT NOT NULL, data BLOB NOT NULL, "
                                              "PRIMARY KEY(kind, id)) WITHOUT ROWID"),
                           path, QStringLiteral("Cannot create the records table"), &failure)
                    // Ballots apart: commit() writes the whole table again in
                    // key order whenever one changes.
                    && run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS ballots("
                                              "key TEXT PRIMARY KEY NOT NULL, data BLOB NOT NULL) WITHOUT ROWID"),
                           path, QStringLiteral("Cannot create the ballots table"), &failure)
                    && run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)"),
                           path, QStringLiteral("Cannot create the meta table"), &failure)
                    && run(db, QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES('schemaVersion', '%1')")
                                   .arg(SchemaVersion),
                           path, QStringLiteral("Cannot record the schema version"), &failure)
                    && run(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schemaVersion'"), path,
                           QStringLiteral("Cannot read the schema version"), &failure, &version);
                // Schema 1 (this kiosk's data folder from an older Flipover):
                // its ballots move to their table; the engine migrates the
                // records themselves (SessionEngine::resumeOrCreate).
                bool migrated = false;
                if (schemaOk && version.toString() == QLatin1String("1")) {
                    migrated =
                        run(db, QStringLiteral("INSERT INTO ballots(key, data) SELECT id, data FROM records "
                                               "WHERE kind = 'ballot' ORDER BY id"),
                            path, QStringLiteral("Cannot move the ballots of schema 1"), &failure)
                        && run(db, QStringLiteral("DELETE FROM records WHERE kind = 'ballot'"), path,
                               QStringLiteral("Cannot move the ballots of schema 1"), &failure)
                        && run(db, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schemaVersion'")
                                       .arg(SchemaVersion),
                               path, QStringLiteral("Cannot record the schema version"), &failure);
                    if (migrated)
                        version = QString::number(SchemaVersion);
                    else
                        schemaOk = false;
                }
                schemaOk = schemaOk
                    && run(db, QStringLiteral("COMMIT"), path, QStringLiteral("Cannot commit the schema"), &failure)
                    // Nothing of schema 1's layout stays in the file.
                    && (!migrated || run(db, QStringLiteral("VACUUM"), path,
                                         QStringLiteral("Cannot compact the migrated database"), &failure));
                if (!schemaOk) {
                    QString ignored;
                    run(db, QStringLiteral("ROLLBACK"), path, QString(), &ignored);
                } else if (version.toString() != QString::number(SchemaVersion)) {
                    failure = QStringLiteral("The database %1 has schema version %2; this Flipover writes version %3.")
                                  .arg(path, version.toString())
                                  .arg(SchemaVersion);
                }
                m_ballotTable = true;
            }
            // What a killed kiosk wrote may still be in memory only: on the disk
            // with it before anything is read or acknowledged again.
            if (failure.isEmpty())
                m_sync->start(path, &failure);
        }
        if (!failure.isEmpty())
            db.close();
    }
    return adopt(connection, path, failure, error);
}

bool Store::openReadOnly(const QString &filePath, QString *error)
{
    close();
    const QString path = QFileInfo(filePath).absoluteFilePath();
    if (!QFileInfo(path).isFile()) {
        setError(error, QStringLiteral("There is no database file %1.").arg(path));
        return false;
    }
    const QString connection = addConnection(path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"), error);
    if (connection.isEmpty())
        return false;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        QVariant version;
        if (!db.open()) {
            failure = describe(path, QStringLiteral("Cannot open the database"), db.lastError());
        } else if (run(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schemaVersion'"), path,
                       QStringLiteral("Cannot read the schema version"), &failure, &version)) {
            failure = schemaMismatch(path, version);
            m_ballotTable = version.toString().toInt() >= 2;
        }
        if (!failure.isEmpty())
            db.close();
    }
    return adopt(connection, path, failure, error);
}

void Store::close()
{
    m_sync->stop(); // what was committed is on the disk before the file is let go
    m_statements.reset(); // a statement must not outlive its connection
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_path.clear();
}

QList<Record> Store::loadAll(QString *error) const
{
    QList<Record> records;
    if (!isOpen()) {
        setError(error, QStringLiteral("The store is not open, so no records can be loaded."));
        return records;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT kind, id, data FROM records ORDER BY kind, id"))) {
        setError(error, describe(m_path, QStringLiteral("Cannot read the records"), q.lastError()));
        return records;
    }
    while (q.next())
        records.append(Record{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray()});
    if (q.lastError().isValid()) {
        setError(error, describe(m_path, QStringLiteral("Cannot read all records"), q.lastError()));
        return {};
    }
    q.finish();
    if (!m_ballotTable)
        return records;
    if (!q.exec(QStringLiteral("SELECT key, data FROM ballots ORDER BY key"))) {
        setError(error, describe(m_path, QStringLiteral("Cannot read the ballots"), q.lastError()));
        return {};
    }
    while (q.next())
        records.append(Record{QStringLiteral("ballot"), q.value(0).toString(), q.value(1).toByteArray()});
    if (q.lastError().isValid()) {
        setError(error, describe(m_path, QStringLiteral("Cannot read all ballots"), q.lastError()));
        return {};
    }
    // One order for every table, as before: kind, then id (ASCII either way).
    std::stable_sort(records.begin(), records.end(), [](const Record &a, const Record &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.id < b.id;
    });
    return records;
}

// Runs one prepared statement; on failure *failure says what and why.
static bool step(QSqlQuery &q, const QString &path, const QString &what, QString *failure)
{
    const bool ok = q.exec();
    if (!ok && failure)
        *failure = describe(path, what, q.lastError());
    q.finish();
    return ok;
}

bool Store::commit(const QList<Record> &upserts, const QList<RecordKey> &removals, QString *error,
                   const CommitOptions &options)
{
    if (!isOpen()) {
        setError(error, QStringLiteral("The store is not open, so nothing was saved."));
        return false;
    }
    if (!m_statements) {
        auto st = std::make_unique<Statements>(QSqlDatabase::database(m_connection, false));
        QSqlQuery *const qs[] = {&st->begin, &st->put, &st->del, &st->commit, &st->rollback,
                                 &st->putBallot, &st->delBallot, &st->clearBallots};
        const char *const sql[] = {"BEGIN IMMEDIATE", "INSERT OR REPLACE INTO records(kind, id, data) VALUES(?, ?, ?)",
                                   "DELETE FROM records WHERE kind = ? AND id = ?", "COMMIT", "ROLLBACK",
                                   "INSERT OR REPLACE INTO ballots(key, data) VALUES(?, ?)",
                                   "DELETE FROM ballots WHERE key = ?", "DELETE FROM ballots"};
        for (int i = 0; i < 8; ++i) {
            if (!qs[i]->prepare(QString::fromLatin1(sql[i]))) {
                setError(error, describe(m_path, QStringLiteral("Cannot prepare the statements"), qs[i]->lastError())
                                    + QStringLiteral("; nothing was saved."));
                return false;
            }
        }
        m_statements = std::move(st);
    }
    Statements &st = *m_statements;
    // The log holds at most one commit of private records: the one before
    // this is folded in first (it usually is already).
    if (options.sealed)
        m_sync->waitForCheckpoint();
    if (!step(st.begin, m_path, QStringLiteral("Cannot start a transaction"), error))
        return false;

    // Upserts are written first, then removals; a key in both ends removed.
    // Emptied first (secure_delete zeroes the pages), the ballots table is
    // then filled in key order: the cells of a page lie in key order too.
    QString failure;
    if (options.replaceBallots)
        step(st.clearBallots, m_path, QStringLiteral("Cannot rewrite the ballots"), &failure);
    for (qsizetype i = 0; failure.isEmpty() && i < upserts.size(); ++i) {
        const Record &r = upserts.at(i);
        const QString what = QStringLiteral("Cannot save record %1 of %2").arg(i + 1).arg(upserts.size());
        if (r.kind == QLatin1String("ballot")) {
            st.putBallot.bindValue(0, r.id);
            st.putBallot.bindValue(1, r.data);
            step(st.putBallot, m_path, what, &failure);
            continue;
        }
        st.put.bindValue(0, r.kind);
        st.put.bindValue(1, r.id);
        st.put.bindValue(2, r.data);
        step(st.put, m_path, what, &failure);
    }
    for (qsizetype i = 0; failure.isEmpty() && i < removals.size(); ++i) {
        const QString what = QStringLiteral("Cannot remove record %1 of %2").arg(i + 1).arg(removals.size());
        if (removals.at(i).kind == QLatin1String("ballot")) {
            st.delBallot.bindValue(0, removals.at(i).id);
            step(st.delBallot, m_path, what, &failure);
            continue;
        }
        st.del.bindValue(0, removals.at(i).kind);
        st.del.bindValue(1, removals.at(i).id);
        step(st.del, m_path, what, &failure);
    }
    if (failure.isEmpty() && step(st.commit, m_path, QStringLiteral("Cannot commit the transaction"), &failure)) {
        m_sync->request(++m_commits, options.sealed);
        return true;
    }
    QString ignored;
    step(st.rollback, m_path, QString(), &ignored);
    setError(error, failure + QStringLiteral("; nothing was saved."));
    return false;
}

bool Store::setMeta(const QString &key, const QString &value, QString *error)
{
    if (!isOpen()) {
        setError(error, QStringLiteral("The store is not open, so nothing was saved."));
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"))) {
        setError(error, describe(m_path, QStringLiteral("Cannot prepare the meta update"), q.lastError()));
        return false;
    }
    q.bindValue(0, key);
    q.bindValue(1, value);
    if (!q.exec()) {
        setError(error, describe(m_path, QStringLiteral("Cannot save %1").arg(key), q.lastError()));
        return false;
    }
    return syncNow(error); // rare (the archive's order): on the disk before it returns
}

bool Store::syncNow(QString *error)
{
    if (!isOpen()) {
        setError(error, QStringLiteral("The store is not open, so there is nothing to sync."));
        return false;
    }
    return m_sync->syncNow(error);
}

QString Store::meta(const QString &key, QString *error) const
{
    if (!isOpen()) {
        setError(error, QStringLiteral("The store is not open, so nothing can be read."));
        return {};
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"))) {
        setError(error, describe(m_path, QStringLiteral("Cannot prepare the meta query"), q.lastError()));
        return {};
    }
    q.bindValue(0, key);
    if (!q.exec()) {
        setError(error, describe(m_path, QStringLiteral("Cannot read %1").arg(key), q.lastError()));
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

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
    m_sync->start(m_path, &ignored);
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
    return true;
}

} // namespace flipover
