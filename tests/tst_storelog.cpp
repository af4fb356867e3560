// Store: what the -wal file may hold beside what (docs/security.md, "Storage").
// A sealed commit (something someone wrote or cast) is alone in the log: it
// starts on an empty log and nothing follows it there until it is folded in.
// Unsealed commits (joins) may wait in the log for each other. Participants
// have a table of their own, so no page shows a participant's cell beside a
// written one (where SQLite puts a cell follows the order of writing).
#include "sqlitepages.h"
#include "store.h"
#include "walsync.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;
namespace sq = flipover::test::sqlite;

namespace {

const CommitOptions Sealed{false, true};

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Record participant(int n)
{
    return {QStringLiteral("participant"), QStringLiteral("p%1").arg(n), QStringLiteral("participant-%1").arg(n).toUtf8()};
}

Record thought(int n)
{
    return {QStringLiteral("thought"), QString::number(n), QStringLiteral("thought-%1").arg(n).toUtf8()};
}

} // namespace

class TestStoreLog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QByteArray log(const Store &store) const { return bytesOf(store.filePath() + QStringLiteral("-wal")); }
    // Commits in the log (after a fold, only frames of the new log are there).
    qsizetype transactions(const Store &store) const
    {
        const QByteArray wal = log(store);
        return sq::logTransactions(wal, sq::pageSizeOf(bytesOf(store.filePath()), wal)).size();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // The disk is held (WalSync folds nothing): the store folds on its own
    // connection rather than let a sealed commit share the log.
    void aSealedCommitIsAloneInTheLog()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        QVERIFY2(store.commit({participant(1)}, {}, &error), qPrintable(error));
        QVERIFY2(store.commit({participant(2)}, {}, &error), qPrintable(error));
        QTRY_COMPARE(store.syncer()->durableTicket(), quint64(2));
        QVERIFY(log(store).contains("participant-1"));
        QVERIFY(log(store).contains("participant-2")); // joins wait in the log together
        QCOMPARE(transactions(store), 2);
        QVERIFY(!store.syncer()->logEmpty());

        store.syncer()->setHeld(true);
        QVERIFY2(store.commit({thought(1)}, {}, &error, Sealed), qPrintable(error));
        QVERIFY(log(store).contains("thought-1"));
        QVERIFY2(!log(store).contains("participant-"), "a sealed commit follows joins in the log");
        QCOMPARE(transactions(store), 1);
        QVERIFY(store.syncer()->logHoldsSealed());

        // Not folded yet (held): the next join folds it first.
        QVERIFY2(store.commit({participant(3)}, {}, &error), qPrintable(error));
        QVERIFY(log(store).contains("participant-3"));
        QVERIFY2(!log(store).contains("thought-1"), "a join follows a sealed commit in the log");
        QCOMPARE(transactions(store), 1);
        // A second sealed commit does not follow the first one either (the
        // thoughts share a page: the log's page shows both, one of them new).
        QVERIFY2(store.commit({thought(2)}, {}, &error, Sealed), qPrintable(error));
        QVERIFY(!log(store).contains("participant-3"));
        QVERIFY2(store.commit({thought(3)}, {}, &error, Sealed), qPrintable(error));
        QVERIFY(log(store).contains("thought-3"));
        QCOMPARE(transactions(store), 1);

        // Nothing was lost, and acknowledged means on the disk as before.
        store.syncer()->setHeld(false);
        QTRY_COMPARE(store.syncer()->durableTicket(), quint64(6));
        QCOMPARE(store.loadAll(&error).size(), 6);
        QTRY_VERIFY(!log(store).contains("thought-3")); // folded after its sync
    }

    // The path the server takes: it asks before a group commit, the fold of
    // the waiting joins runs on WalSync's thread, and checkpointed() says
    // when the sealed commit may go without waiting on the event loop.
    void readyForSealedCommitFoldsTheJoinsFirst()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        QVERIFY(store.readyForSealedCommit()); // a new store's log is empty
        QVERIFY2(store.commit({participant(1)}, {}, &error), qPrintable(error));
        QSignalSpy folded(store.syncer(), &WalSync::checkpointed);
        QVERIFY(!store.readyForSealedCommit());
        QTRY_COMPARE(folded.size(), 1);
        QVERIFY(store.readyForSealedCommit());
        QVERIFY(store.syncer()->logEmpty());
        QVERIFY(!log(store).contains("participant-1"));
        QTRY_COMPARE(store.syncer()->durableTicket(), quint64(1));

        QVERIFY2(store.commit({thought(1)}, {}, &error, Sealed), qPrintable(error));
        QTRY_VERIFY(store.readyForSealedCommit());
        QVERIFY(!log(store).contains("thought-1"));
    }

    // A killed kiosk's log (here: joins left by a store that was not closed
    // cleanly) is folded when the store opens again.
    void openFoldsWhatTheLogHolds()
    {
        {
            Store store;
            QString error;
            QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
            QVERIFY2(store.commit({participant(1)}, {}, &error), qPrintable(error));
            QVERIFY(log(store).contains("participant-1"));
            const QString path = store.filePath();
            const QByteArray wal = log(store), db = bytesOf(path);
            store.close(); // folds and removes the log: put back what a kill -9 leaves
            for (const auto &[name, bytes] : {std::pair{path, db}, std::pair{path + QStringLiteral("-wal"), wal}}) {
                QFile f(name);
                QVERIFY(f.open(QIODevice::WriteOnly));
                QCOMPARE(f.write(bytes), bytes.size());
            }
        }
        Store again;
        QString error;
        QVERIFY2(again.open(m_dir->path(), &error), qPrintable(error));
        QVERIFY(again.syncer()->logEmpty());
        QVERIFY(!log(again).contains("participant-1"));
        QCOMPARE(again.loadAll(&error).size(), 1);
    }

    // Joins and thoughts written in turn: no page of the file or the log
    // holds a participant beside a thought.
    void participantsHaveTheirOwnPages()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        for (int i = 1; i <= 40; ++i) {
            QVERIFY2(store.commit({participant(i)}, {}, &error), qPrintable(error));
            QVERIFY2(store.commit({thought(i)}, {}, &error, Sealed), qPrintable(error));
        }
        QVERIFY2(store.checkpoint(&error), qPrintable(error));
        const QByteArray db = bytesOf(store.filePath());
        const int pageSize = sq::pageSizeOf(db, {});
        int participants = 0, thoughts = 0;
        for (const sq::Page &page : sq::databasePages(db, pageSize)) {
            bool hasParticipant = false, hasThought = false;
            for (const sq::Cell &cell : sq::cells(page)) {
                for (const QVariant &v : cell.values) {
                    const QByteArray b = v.toByteArray();
                    hasParticipant = hasParticipant || b.startsWith("participant-");
                    hasThought = hasThought || b.startsWith("thought-");
                    participants += b.startsWith("participant-");
                    thoughts += b.startsWith("thought-");
                }
            }
            QVERIFY2(!(hasParticipant && hasThought), qPrintable(QStringLiteral("page %1 holds both").arg(page.number)));
        }
        QCOMPARE(participants, 40); // the reading finds them all
        QCOMPARE(thoughts, 40);
        QCOMPARE(store.loadAll(&error).size(), 80);
    }

    // A data folder of schema 2 (participants among the records) opens: its
    // participants move to their table and the file is rewritten.
    void aSchemaTwoFileIsMigrated()
    {
        QString error;
        {
            Store store;
            QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
            QVERIFY2(store.commit({participant(1), participant(2), thought(1)}, {}, &error), qPrintable(error));
            for (const QString &name : QSqlDatabase::connectionNames()) {
                if (!name.startsWith(QLatin1String("flipover-store-")))
                    continue; // the store's own connection, not WalSync's
                QSqlDatabase db = QSqlDatabase::database(name, false);
                QSqlQuery s(db);
                for (const char *sql : {"INSERT INTO records(kind, id, data) SELECT 'participant', id, data FROM participants",
                                        "DROP TABLE participants", "UPDATE meta SET value = '2' WHERE key = 'schemaVersion'"})
                    QVERIFY2(s.exec(QLatin1String(sql)), sql);
            }
        }
        Store store;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        QCOMPARE(store.loadAll(&error).size(), 3);
        QVERIFY(error.isEmpty());
        QVERIFY2(store.commit({participant(3)}, {}, &error), qPrintable(error));
        store.close();
        QVERIFY2(store.openReadOnly(m_dir->filePath(QStringLiteral("flipover.sqlite")), &error), qPrintable(error));
        QCOMPARE(store.loadAll(&error).size(), 4);
        QCOMPARE(store.meta(QStringLiteral("schemaVersion")), QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(TestStoreLog)
#include "tst_storelog.moc"
