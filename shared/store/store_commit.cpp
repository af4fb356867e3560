// Store: commits, and the meta table (see store.h).
#include "store.h"
#include "store_p.h"

#include "walsync.h"

namespace flipover {

using namespace storesql;

namespace {

// A commit with a ballot writes every ballot again (docs/security.md,
// "Storage"): at a thousand voters, thousands of rows a commit. Written this
// many to a statement, the rows cost SQLite's insert and little else (one
// statement per row spent as much again in Qt's binding and the statement's
// own start and end). Still one row after the other, in key order.
constexpr int BallotsPerInsert = 32;

QString ballotsInsert()
{
    QString sql = QStringLiteral("INSERT OR REPLACE INTO ballots(key, data) VALUES (?, ?)");
    for (int i = 1; i < BallotsPerInsert; ++i)
        sql += QStringLiteral(", (?, ?)");
    return sql;
}

} // namespace

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
                                 &st->putBallot, &st->putBallots, &st->delBallot, &st->clearBallots,
                                 &st->putParticipant, &st->delParticipant};
        const QString sql[] = {QStringLiteral("BEGIN IMMEDIATE"),
                               QStringLiteral("INSERT OR REPLACE INTO records(kind, id, data) VALUES(?, ?, ?)"),
                               QStringLiteral("DELETE FROM records WHERE kind = ? AND id = ?"),
                               QStringLiteral("COMMIT"), QStringLiteral("ROLLBACK"),
                               QStringLiteral("INSERT OR REPLACE INTO ballots(key, data) VALUES(?, ?)"),
                               ballotsInsert(),
                               QStringLiteral("DELETE FROM ballots WHERE key = ?"), QStringLiteral("DELETE FROM ballots"),
                               QStringLiteral("INSERT OR REPLACE INTO participants(id, data) VALUES(?, ?)"),
                               QStringLiteral("DELETE FROM participants WHERE id = ?")};
        for (int i = 0; i < 11; ++i) {
            if (!qs[i]->prepare(sql[i])) {
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
    // What failed is named only when something did (not made for each row).
    QString failure;
    const auto run = [&](QSqlQuery &q, auto what) { return stepNamed(q, m_path, what, &failure); };
    const auto saving = [&upserts](qsizetype i) {
        return [i, n = upserts.size()] { return QStringLiteral("Cannot save record %1 of %2").arg(i + 1).arg(n); };
    };
    if (options.replaceBallots)
        run(st.clearBallots, [] { return QStringLiteral("Cannot rewrite the ballots"); });
    QList<qsizetype> ballots; // in the order given: the engine gives them in key order
    for (qsizetype i = 0; failure.isEmpty() && i < upserts.size(); ++i) {
        const Record &r = upserts.at(i);
        if (r.kind == QLatin1String("ballot")) {
            ballots.append(i);
            continue;
        }
        if (r.kind == QLatin1String("participant")) {
            st.putParticipant.bindValue(0, r.id);
            st.putParticipant.bindValue(1, r.data);
            run(st.putParticipant, saving(i));
            continue;
        }
        st.put.bindValue(0, r.kind);
        st.put.bindValue(1, r.id);
        st.put.bindValue(2, r.data);
        run(st.put, saving(i));
    }
    qsizetype next = 0;
    for (; failure.isEmpty() && ballots.size() - next >= BallotsPerInsert; next += BallotsPerInsert) {
        for (int k = 0; k < BallotsPerInsert; ++k) {
            const Record &r = upserts.at(ballots.at(next + k));
            st.putBallots.bindValue(2 * k, r.id);
            st.putBallots.bindValue(2 * k + 1, r.data);
        }
        run(st.putBallots, saving(ballots.at(next)));
    }
    for (; failure.isEmpty() && next < ballots.size(); ++next) {
        const Record &r = upserts.at(ballots.at(next));
        st.putBallot.bindValue(0, r.id);
        st.putBallot.bindValue(1, r.data);
        run(st.putBallot, saving(ballots.at(next)));
    }
    for (qsizetype i = 0; failure.isEmpty() && i < removals.size(); ++i) {
        const auto removing = [i, n = removals.size()] {
            return QStringLiteral("Cannot remove record %1 of %2").arg(i + 1).arg(n);
        };
        const QString &kind = removals.at(i).kind;
        if (QSqlQuery *own = kind == QLatin1String("ballot") ? &st.delBallot
                : kind == QLatin1String("participant")      ? &st.delParticipant
                                                            : nullptr) {
            own->bindValue(0, removals.at(i).id);
            run(*own, removing);
            continue;
        }
        st.del.bindValue(0, removals.at(i).kind);
        st.del.bindValue(1, removals.at(i).id);
        run(st.del, removing);
    }
    if (failure.isEmpty() && run(st.commit, [] { return QStringLiteral("Cannot commit the transaction"); })) {
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
