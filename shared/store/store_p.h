// Internal to the Store (store.cpp, store_commit.cpp, store_log.cpp): the
// SQLite helpers they share. Errors name the file and SQLite's own message,
// never a record's contents or bound values.
#pragma once

#include "store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace flipover::storesql {

// 1: ballots in records. 2: ballots in their own table, each with an owner
// key; participants and thoughts with derived keys (migrated on open).
// 3: participants in their own table too (no page holds a participant beside
// anything someone wrote, so no cell order ties one to the other).
constexpr int SchemaVersion = 3;
constexpr int OldestReadable = 1;

void setError(QString *error, const QString &text);
// A new, not yet opened QSQLITE connection to path with these connect
// options; its name, or empty (and *error says why) without the driver.
QString addConnection(const QString &path, const QString &options, QString *error);
QString describe(const QString &path, const QString &what, const QSqlError &e);
// Runs one statement that needs no bound values; returns its first column of
// the first row (if any) through *value.
bool run(QSqlDatabase &db, const QString &sql, const QString &path, const QString &what,
         QString *error, QVariant *value = nullptr);
// Runs one prepared statement; on failure *failure says what and why.
bool step(QSqlQuery &q, const QString &path, const QString &what, QString *failure);
// The same, the sentence made by what() only when the statement fails (a
// commit runs thousands of statements: Store::commit).
template <typename What>
bool stepNamed(QSqlQuery &q, const QString &path, What what, QString *failure)
{
    const bool ok = q.exec();
    if (!ok && failure)
        *failure = describe(path, what(), q.lastError());
    q.finish();
    return ok;
}
// The sentence for a file of another schema version; empty when it matches.
QString schemaMismatch(const QString &path, const QVariant &version);

} // namespace flipover::storesql

namespace flipover {

struct Store::Statements {
    explicit Statements(const QSqlDatabase &db)
        : begin(db), put(db), del(db), commit(db), rollback(db), putBallot(db), putBallots(db), delBallot(db),
          clearBallots(db), putParticipant(db), delParticipant(db)
    {
    }
    QSqlQuery begin;
    QSqlQuery put;
    QSqlQuery del;
    QSqlQuery commit;
    QSqlQuery rollback;
    QSqlQuery putBallot;
    QSqlQuery putBallots; // BallotsPerInsert rows in one statement (Store::commit)
    QSqlQuery delBallot;
    QSqlQuery clearBallots;
    QSqlQuery putParticipant;
    QSqlQuery delParticipant;
};

} // namespace flipover
