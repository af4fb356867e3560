// Store: durable records in SQLite (WAL, synchronous=NORMAL plus WalSync). The
// engine hands it the records one accepted command touched; commit() writes
// them in one transaction and returns once they are in the -wal file (safe
// from a kill -9 of the kiosk). Each commit then asks syncer() to put the file
// on the disk; its durable(ticket) says up to which commitCount() that holds
// (safe from a power cut too). Acks wait for that.
#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace flipover {

class WalSync;

struct Record {
    QString kind;
    QString id;
    QByteArray data; // compact JSON
};

struct RecordKey {
    QString kind;
    QString id;
};

// How a commit treats private records (docs/security.md, "Storage").
struct CommitOptions {
    // The "ballot" upserts are every ballot, in key order: the ballots table
    // is emptied and written again, so no page shows the order of casting.
    bool replaceBallots = false;
    // The commit holds what someone wrote or cast (a ballot, a thought, a
    // card...): it is alone in the log. It starts on an empty log (what
    // unsealed commits left there, joins say, is folded into the file first),
    // it is folded in and the log emptied right after it is on the disk (on
    // WalSync's thread), and every commit after it waits for that. So the
    // -wal file never holds it beside another commit, in either order.
    bool sealed = false;
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
    // Opens an existing store file (an archived meeting) read-only: nothing
    // is created or written, not even a -wal or -shm file.
    bool openReadOnly(const QString &filePath, QString *error);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_path; }

    QList<Record> loadAll(QString *error) const;
    // All or nothing: upserts are written first, then removals (a key in both
    // ends removed). A null kind, id or data violates NOT NULL and fails.
    // Records of kind "ballot" and "participant" live in tables of their own.
    bool commit(const QList<Record> &upserts, const QList<RecordKey> &removals, QString *error,
                const CommitOptions &options = {});
    // Whether a sealed commit would go ahead now without waiting. If not, a
    // fold is under way (this starts it when the log holds unsealed commits);
    // syncer()'s checkpointed() says when it is done.
    bool readyForSealedCommit();
    // Commits so far since open(); each one's number is its ticket for syncer().
    quint64 commitCount() const { return m_commits; }
    WalSync *syncer() const { return m_sync.get(); }
    // Puts every commit on the disk now, on this thread (shutdown, tests).
    bool syncNow(QString *error);
    // A value in the store's own meta table (not a meeting record), e.g. the
    // archive's order; empty when not set.
    bool setMeta(const QString &key, const QString &value, QString *error);
    QString meta(const QString &key, QString *error = nullptr) const;
    // Folds the WAL into the database file (after a vote closes).
    bool checkpoint(QString *error);
    // Rewrites the file in key order and folds the WAL (when a vote closes):
    // neither table order nor byte position then follows writing order.
    bool compact(QString *error);
    // Before the file is moved away (archived): folds the WAL in and leaves
    // WAL mode, so SQLite removes the -wal and -shm files and a later
    // read-only open needs neither. The store stays open; open() switches
    // back to WAL if the file is used again.
    bool detachLog(QString *error);

private:
    bool adopt(const QString &connection, const QString &path, const QString &failure, QString *error);
    void foldFirst(); // empties the log before a commit that must not follow what it holds

    // commit()'s statements, prepared once per open: preparing them again for
    // every accepted command cost about a tenth of a lone vote's time.
    struct Statements;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<WalSync> m_sync;
    quint64 m_commits = 0;
    int m_schema = 0; // the file's: a read-only older file keeps ballots (1) and participants (1, 2) in records
    QString m_connection;
    QString m_path;
};

} // namespace flipover
