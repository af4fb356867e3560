// Store: commits, and the meta table (see store.h).
#include "store.h"
#include "store_p.h"

#include "walsync.h"

namespace flipover {

using namespace storesql;

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
                                 &st->putBallot, &st->delBallot, &st->clearBallots,
                                 &st->putParticipant, &st->delParticipant};
        const char *const sql[] = {"BEGIN IMMEDIATE", "INSERT OR REPLACE INTO records(kind, id, data) VALUES(?, ?, ?)",
                                   "DELETE FROM records WHERE kind = ? AND id = ?", "COMMIT", "ROLLBACK",
                                   "INSERT OR REPLACE INTO ballots(key, data) VALUES(?, ?)",
                                   "DELETE FROM ballots WHERE key = ?", "DELETE FROM ballots",
                                   "INSERT OR REPLACE INTO participants(id, data) VALUES(?, ?)",
                                   "DELETE FROM participants WHERE id = ?"};
        for (int i = 0; i < 10; ++i) {
            if (!qs[i]->prepare(QString::fromLatin1(sql[i]))) {
                setError(error, describe(m_path, QStringLiteral("Cannot prepare the statements"), qs[i]->lastError())
                                    + QStringLiteral("; nothing was saved."));
                return false;
            }
        }
        m_statements = std::move(st);
    }
    Statements &st = *m_statements;
    // A sealed commit is alone in the log: nothing comes after it until it is
    // folded in, and it starts on an empty log (docs/security.md, "Storage").
    m_sync->waitForCheckpoint();
    if (m_sync->logHoldsSealed() || (options.sealed && !m_sync->logEmpty()))
        foldFirst();
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
        if (QSqlQuery *own = r.kind == QLatin1String("ballot") ? &st.putBallot
                : r.kind == QLatin1String("participant")      ? &st.putParticipant
                                                              : nullptr) {
            own->bindValue(0, r.id);
            own->bindValue(1, r.data);
            step(*own, m_path, what, &failure);
            continue;
        }
        st.put.bindValue(0, r.kind);
        st.put.bindValue(1, r.id);
        st.put.bindValue(2, r.data);
        step(st.put, m_path, what, &failure);
    }
    for (qsizetype i = 0; failure.isEmpty() && i < removals.size(); ++i) {
        const QString what = QStringLiteral("Cannot remove record %1 of %2").arg(i + 1).arg(removals.size());
        const QString &kind = removals.at(i).kind;
        if (QSqlQuery *own = kind == QLatin1String("ballot") ? &st.delBallot
                : kind == QLatin1String("participant")      ? &st.delParticipant
                                                            : nullptr) {
            own->bindValue(0, removals.at(i).id);
            step(*own, m_path, what, &failure);
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

bool Store::readyForSealedCommit()
{
    if (!isOpen())
        return true;
    if (m_sync->checkpointPending())
        return false;
    if (!m_sync->logHoldsSealed() && m_sync->logEmpty())
        return true;
    return !m_sync->fold();
}

// Usually WalSync has folded the log already (or the server waited for it,
// readyForSealedCommit); otherwise it is folded now, on WalSync's thread if it
// can, else here. If that fails too (another connection keeps the log busy)
// the commit goes on: losing it would be worse. WalSync reports its failure.
void Store::foldFirst()
{
    if (m_sync->fold())
        m_sync->waitForCheckpoint();
    if (m_sync->logEmpty())
        return;
    QString ignored;
    checkpoint(&ignored);
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

} // namespace flipover
