// Store: durable records in SQLite (WAL, synchronous=FULL). The engine hands it
// the records one accepted command touched; commit() writes them in one
// transaction and returns only once they are on disk.
#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace flipover {

struct Record {
    QString kind;
    QString id;
    QByteArray data; // compact JSON
};

struct RecordKey {
    QString kind;
    QString id;
};

class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creates) dataDir/flipover.sqlite.
    bool open(const QString &dataDir, QString *error);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_path; }

    QList<Record> loadAll(QString *error) const;
    // All or nothing: upserts are written first, then removals (a key in both
    // ends removed). A null kind, id or data violates NOT NULL and fails.
    bool commit(const QList<Record> &upserts, const QList<RecordKey> &removals, QString *error);
    // Folds the WAL into the database file (after a vote closes).
    bool checkpoint(QString *error);
    // Rewrites the file in key order and folds the WAL (when a vote closes):
    // neither table order nor byte position then follows writing order.
    bool compact(QString *error);

private:
    QString m_connection;
    QString m_path;
};

} // namespace flipover
