// Store: one SQLite file per kiosk, opened through Qt SQL's QSQLITE driver.
// Nothing here logs; errors go back to the caller and carry the file name and
// SQLite's own message, never a record's contents or bound values.
// Opening and reading are here; commits in store_commit.cpp, folding the log
// in store_log.cpp.
#include "store.h"
#include "store_p.h"

#include "walsync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <atomic>
#include <tuple>

namespace flipover {

namespace {

const QString DriverName = QStringLiteral("QSQLITE");
const QString FileName = QStringLiteral("flipover.sqlite");

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("flipover-store-%1").arg(++counter);
}

} // namespace

namespace storesql {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

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

bool run(QSqlDatabase &db, const QString &sql, const QString &path, const QString &what,
         QString *error, QVariant *value)
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

bool step(QSqlQuery &q, const QString &path, const QString &what, QString *failure)
{
    return stepNamed(q, path, [&what] { return what; }, failure);
}

} // namespace storesql

using namespace storesql;

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
                    // Participants apart: their pages hold nothing anyone wrote.
                    && run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS participants("
                                              "id TEXT PRIMARY KEY NOT NULL, data BLOB NOT NULL) WITHOUT ROWID"),
                           path, QStringLiteral("Cannot create the participants table"), &failure)
                    && run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)"),
                           path, QStringLiteral("Cannot create the meta table"), &failure)
                    && run(db, QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES('schemaVersion', '%1')")
                                   .arg(SchemaVersion),
                           path, QStringLiteral("Cannot record the schema version"), &failure)
                    && run(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schemaVersion'"), path,
                           QStringLiteral("Cannot read the schema version"), &failure, &version);
                // An older schema (this kiosk's data folder from an older
                // Flipover): ballots (1) and participants (1, 2) move to their
                // tables; the engine migrates the records themselves
                // (SessionEngine::resumeOrCreate).
                bool migrated = false;
                const int from = version.toString().toInt();
                const auto move = [&](const char *kind, const char *table, const char *key) {
                    const QString what = QStringLiteral("Cannot move the %1s of schema %2").arg(QLatin1String(kind)).arg(from);
                    return run(db, QStringLiteral("INSERT INTO %1(%2, data) SELECT id, data FROM records WHERE kind = '%3' "
                                                  "ORDER BY id").arg(QLatin1String(table), QLatin1String(key), QLatin1String(kind)),
                               path, what, &failure)
                        && run(db, QStringLiteral("DELETE FROM records WHERE kind = '%1'").arg(QLatin1String(kind)), path,
                               what, &failure);
                };
                if (schemaOk && from >= OldestReadable && from < SchemaVersion) {
                    migrated = (from >= 2 || move("ballot", "ballots", "key"))
                        && move("participant", "participants", "id")
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
                    // Nothing of the old layout stays in the file.
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
                m_schema = SchemaVersion;
            }
            // What a killed kiosk left in the log (in memory only, perhaps)
            // goes into the file and onto the disk before anything is read or
            // acknowledged again; the log starts empty, so the first sealed
            // commit does not wait (WalSync::logEmpty). A busy log (another
            // process has the file open) is folded before the first commit.
            QVariant busy;
            const bool folded = failure.isEmpty()
                && run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), path,
                       QStringLiteral("Cannot fold the log in"), &failure, &busy)
                && busy.toInt() == 0;
            if (failure.isEmpty() && m_sync->start(path, &failure) && folded)
                m_sync->noteFolded();
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
            m_schema = version.toString().toInt();
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
    // Tables of their own: ballots (schema 2), participants (schema 3).
    for (const auto &[kind, table, since] : {std::tuple{"ballot", "ballots", 2}, std::tuple{"participant", "participants", 3}}) {
        if (m_schema < since)
            continue;
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)))) {
            setError(error, describe(m_path, QStringLiteral("Cannot read the %1").arg(QLatin1String(table)), q.lastError()));
            return {};
        }
        while (q.next())
            records.append(Record{QLatin1String(kind), q.value(0).toString(), q.value(1).toByteArray()});
        if (q.lastError().isValid()) {
            setError(error, describe(m_path, QStringLiteral("Cannot read all %1").arg(QLatin1String(table)), q.lastError()));
            return {};
        }
        q.finish();
    }
    // One order for every table, as before: kind, then id (ASCII either way).
    std::stable_sort(records.begin(), records.end(), [](const Record &a, const Record &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.id < b.id;
    });
    return records;
}

} // namespace flipover
