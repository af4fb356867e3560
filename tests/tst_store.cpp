// Store: durability, atomicity, key order and the SQLite settings it promises.
#include "store.h"
#include "walsync.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace flipover;

namespace {

Record rec(const QString &kind, const QString &id, const QByteArray &data)
{
    return Record{kind, id, data};
}

QStringList keysOf(const QList<Record> &records)
{
    QStringList keys;
    for (const Record &r : records)
        keys << r.kind + QLatin1Char('/') + r.id;
    return keys;
}

// The store's own connection (the test opens one store at a time): PRAGMAs
// are per connection, so they must be read through it.
QSqlDatabase connectionOf(const Store &store)
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &connection : names) {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isOpen() && db.databaseName() == store.filePath())
            return db;
    }
    return {};
}

QVariant pragmaOf(const Store &store, const QString &name)
{
    QSqlQuery q(connectionOf(store));
    if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
        return q.value(0);
    return {};
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
    }

    void openCreatesFileInNewFolder()
    {
        Store store;
        QVERIFY(!store.isOpen());
        QString error;
        const QString dir = m_dir->filePath(QStringLiteral("deep/data"));
        QVERIFY2(store.open(dir, &error), qPrintable(error));
        QVERIFY(store.isOpen());
        QCOMPARE(store.filePath(), QDir(dir).absoluteFilePath(QStringLiteral("flipover.sqlite")));
        QVERIFY(QFileInfo::exists(store.filePath()));
        QCOMPARE(QFileInfo(store.filePath()).permissions() & (QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(store.loadAll(&error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    void roundTrip()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        const QByteArray binary("{\"t\":\"\xc3\xa9\"}\0tail", 14);
        QVERIFY2(store.commit({rec("card", "1", "{\"text\":\"a\"}"), rec("card", "2", binary),
                               rec("session", "main", "{}")},
                              {}, &error),
                 qPrintable(error));
        const QList<Record> all = store.loadAll(&error);
        QVERIFY(error.isEmpty());
        QCOMPARE(keysOf(all), QStringList({"card/1", "card/2", "session/main"}));
        QCOMPARE(all.at(0).data, QByteArray("{\"text\":\"a\"}"));
        QCOMPARE(all.at(1).data, binary);

        // Replacing a key keeps one row with the new data.
        QVERIFY2(store.commit({rec("card", "1", "{\"text\":\"b\"}")}, {}, &error), qPrintable(error));
        const QList<Record> again = store.loadAll(&error);
        QCOMPARE(again.size(), 3);
        QCOMPARE(again.at(0).data, QByteArray("{\"text\":\"b\"}"));
    }

    void removal()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        QVERIFY(store.commit({rec("card", "1", "a"), rec("card", "2", "b"), rec("tip", "1", "c")}, {}, &error));
        QVERIFY2(store.commit({rec("tip", "2", "d")}, {RecordKey{"card", "1"}, RecordKey{"card", "nope"}}, &error),
                 qPrintable(error));
        QCOMPARE(keysOf(store.loadAll(&error)), QStringList({"card/2", "tip/1", "tip/2"}));
    }

    void failedCommitChangesNothing()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        QVERIFY(store.commit({rec("card", "1", "old")}, {}, &error));

        // The bad record comes last, so the good ones were already written
        // inside the transaction and must be rolled back.
        const QList<Record> bad{rec("card", "1", "SECRET-TEXT"), rec("card", "2", "x"), rec(QString(), "3", "y")};
        QVERIFY(!store.commit(bad, {RecordKey{"card", "1"}}, &error));
        QVERIFY2(error.contains(store.filePath()), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("NOT NULL")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("SECRET")), "errors never carry record contents");

        const QList<Record> all = store.loadAll(&error);
        QCOMPARE(keysOf(all), QStringList({"card/1"}));
        QCOMPARE(all.at(0).data, QByteArray("old"));

        // The store is still usable after the rollback.
        QVERIFY2(store.commit({rec("card", "2", "z")}, {}, &error), qPrintable(error));
        QCOMPARE(store.loadAll(&error).size(), 2);
    }

    void closedStoreRefuses()
    {
        Store store;
        QString error;
        QVERIFY(!store.commit({rec("card", "1", "a")}, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        store.close();
        QVERIFY(!store.isOpen());
        error.clear();
        QVERIFY(!store.commit({rec("card", "1", "a")}, {}, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(store.loadAll(&error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.checkpoint(&error));

        Store reopened;
        QVERIFY2(reopened.open(m_dir->path(), &error), qPrintable(error));
        QVERIFY(reopened.loadAll(&error).isEmpty());
    }

    void reopenKeepsData()
    {
        QString error;
        {
            Store store;
            QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
            QVERIFY(store.commit({rec("session", "main", "{\"pin\":\"1234\"}")}, {}, &error));
            store.close();
            QVERIFY(store.open(m_dir->path(), &error));
            QCOMPARE(store.loadAll(&error).size(), 1);
        } // destructor closes
        Store store;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        const QList<Record> all = store.loadAll(&error);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).data, QByteArray("{\"pin\":\"1234\"}"));
    }

    void connectionsAreRemoved()
    {
        QStringList before = QSqlDatabase::connectionNames();
        before.sort();
        {
            Store a;
            Store b;
            QString error;
            QVERIFY(a.open(m_dir->path(), &error));
            QVERIFY(b.open(m_dir->path(), &error));
            // The stores' own (WalSync's checkpoint connections open on
            // their threads; the last comparison covers them too).
            const auto own = [] {
                QStringList names = QSqlDatabase::connectionNames();
                names.removeIf([](const QString &n) { return n.startsWith(QLatin1String("flipover-walsync-")); });
                return names.size();
            };
            QCOMPARE(own(), before.size() + 2);
            a.close();
            QCOMPARE(own(), before.size() + 1);
        }
        QStringList after = QSqlDatabase::connectionNames();
        after.sort();
        QCOMPARE(after, before);
    }

    void keyOrderNotInsertionOrder()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        QStringList ids;
        for (int i = 0; i < 200; ++i)
            ids << QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
        QStringList shuffled = ids;
        std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
        // One ballot per commit, as the engine casts them, in an order that is not key order.
        for (const QString &id : std::as_const(shuffled))
            QVERIFY2(store.commit({rec("ballot", id, "{}")}, {}, &error), qPrintable(error));
        QVERIFY(store.commit({rec("a", "z", "{}"), rec("zz", "a", "{}")}, {}, &error));

        QStringList sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        QStringList expected{QStringLiteral("a/z")};
        for (const QString &id : std::as_const(sorted))
            expected << QStringLiteral("ballot/") + id;
        expected << QStringLiteral("zz/a");
        QCOMPARE(keysOf(store.loadAll(&error)), expected);

        // Without ORDER BY or WHERE, and asking for `data` (in no index), SQLite
        // walks the table itself in physical order: for a WITHOUT ROWID table
        // that is key order, whatever the casting order was.
        QSqlQuery q(connectionOf(store));
        // Ballots have a table of their own (schema 2).
        QVERIFY(q.exec(QStringLiteral("SELECT data, key FROM ballots")));
        QStringList physical;
        while (q.next())
            physical << q.value(1).toString();
        QCOMPARE(physical, sorted);
        QVERIFY(!q.exec(QStringLiteral("SELECT rowid FROM records")));
    }

    void pragmasAreSet()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        QCOMPARE(pragmaOf(store, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        // NORMAL (1): the commit is in the -wal file; WalSync syncs it.
        QCOMPARE(pragmaOf(store, QStringLiteral("synchronous")).toInt(), 1);
        QCOMPARE(pragmaOf(store, QStringLiteral("secure_delete")).toInt(), 1);
        QCOMPARE(pragmaOf(store, QStringLiteral("foreign_keys")).toInt(), 1);
    }

    void commitsAreReportedOnTheDisk()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        QSignalSpy durable(store.syncer(), &WalSync::durable);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(store.commit({rec("card", QString::number(i), "{}")}, {}, &error), qPrintable(error));
        QCOMPARE(store.commitCount(), quint64(3));
        QTRY_COMPARE(store.syncer()->durableTicket(), quint64(3));
        QTRY_VERIFY(!durable.isEmpty());
        QCOMPARE(durable.last().at(0).toULongLong(), quint64(3));
        // Tickets only grow: each report is at least the one before.
        for (qsizetype i = 1; i < durable.size(); ++i)
            QVERIFY(durable.at(i).at(0).toULongLong() > durable.at(i - 1).at(0).toULongLong());
    }

    void heldSyncReportsNothingUntilReleased()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        QVERIFY2(store.commit({rec("card", "1", "{}")}, {}, &error), qPrintable(error));
        QTRY_COMPARE(store.syncer()->durableTicket(), quint64(1));
        store.syncer()->setHeld(true);
        QVERIFY2(store.commit({rec("card", "2", "{}")}, {}, &error), qPrintable(error));
        QCoreApplication::processEvents();
        QCOMPARE(store.syncer()->durableTicket(), quint64(1));
        // The commit is readable (in the -wal file) before it is reported.
        QCOMPARE(store.loadAll(&error).size(), 2);
        store.syncer()->setHeld(false);
        QTRY_COMPARE(store.syncer()->durableTicket(), quint64(2));
    }

    void closeSyncsWhatWasCommitted()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        store.syncer()->setHeld(true);
        QVERIFY2(store.commit({rec("card", "1", "{}")}, {}, &error), qPrintable(error));
        store.close();
        QCOMPARE(store.syncer()->durableTicket(), quint64(1));
        QVERIFY(!store.syncer()->isRunning());
    }

    void commitsAfterDetachAreStillReported()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        QVERIFY2(store.commit({rec("card", "1", "{}")}, {}, &error), qPrintable(error));
        QVERIFY2(store.detachLog(&error), qPrintable(error));
        QCOMPARE(pragmaOf(store, QStringLiteral("synchronous")).toInt(), 2);
        QVERIFY2(store.commit({rec("card", "2", "{}")}, {}, &error), qPrintable(error));
        QTRY_COMPARE(store.syncer()->durableTicket(), quint64(2));
        QVERIFY2(store.syncNow(&error), qPrintable(error));
    }

    void schemaVersionIsRecorded()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        {
            QSqlQuery q(connectionOf(store));
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schemaVersion'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("3"));
            // A newer schema is refused rather than misread.
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '4' WHERE key = 'schemaVersion'")));
        }
        store.close();
        Store newer;
        QVERIFY(!newer.open(m_dir->path(), &error));
        QVERIFY2(error.contains(QLatin1String("schema version 4")), qPrintable(error));
        QVERIFY(!newer.isOpen());
    }

    void checkpointEmptiesLog()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        for (int i = 0; i < 20; ++i)
            QVERIFY(store.commit({rec("ballot", QString::number(i), QByteArray(500, 'x'))}, {}, &error));
        const QString wal = store.filePath() + QStringLiteral("-wal");
        QVERIFY(QFileInfo(wal).size() > 0);
        QVERIFY2(store.checkpoint(&error), qPrintable(error));
        const QFileInfo info(wal);
        QVERIFY(!info.exists() || info.size() == 0);
        QCOMPARE(store.loadAll(&error).size(), 20);
    }

    void compactRewritesInKeyOrder()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
        // Written in a scrambled order: before compaction byte position follows
        // writing order; afterwards it follows the key.
        for (int i : {3, 7, 1, 9, 0, 5, 2, 8, 4, 6})
            QVERIFY(store.commit({rec("ballot", QStringLiteral("k%1").arg(i), QStringLiteral("ballot-%1").arg(i).toUtf8())}, {}, &error));
        QVERIFY2(store.compact(&error), qPrintable(error));
        const QFileInfo wal(store.filePath() + QStringLiteral("-wal"));
        QVERIFY(!wal.exists() || wal.size() == 0);
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QList<qsizetype> offsets;
        for (int i = 0; i < 10; ++i)
            offsets.append(bytes.indexOf(QStringLiteral("ballot-%1").arg(i).toUtf8()));
        QVERIFY(!offsets.contains(-1));
        const bool ascending = std::is_sorted(offsets.cbegin(), offsets.cend());
        const bool descending = std::is_sorted(offsets.crbegin(), offsets.crend());
        QVERIFY2(ascending || descending, "rows are not placed in key order after compaction");
        QCOMPARE(store.loadAll(&error).size(), 10);
    }

    void secondStoreSeesCommits()
    {
        Store writer;
        Store reader;
        QString error;
        QVERIFY2(writer.open(m_dir->path(), &error), qPrintable(error));
        QVERIFY2(reader.open(m_dir->path(), &error), qPrintable(error));
        QVERIFY(reader.loadAll(&error).isEmpty());
        QVERIFY(writer.commit({rec("card", "1", "a")}, {}, &error));
        QCOMPARE(keysOf(reader.loadAll(&error)), QStringList({"card/1"}));
        QVERIFY(reader.commit({}, {RecordKey{"card", "1"}}, &error));
        QVERIFY(writer.loadAll(&error).isEmpty());
    }

    // An archived meeting: folded out of WAL mode, then read without any
    // write, not even a -wal or -shm file beside it.
    void detachedFileOpensReadOnly()
    {
        QString error;
        QString path;
        {
            Store store;
            QVERIFY2(store.open(m_dir->path(), &error), qPrintable(error));
            QVERIFY(store.commit({rec(QStringLiteral("card"), QStringLiteral("1"), "{}")}, {}, &error));
            QVERIFY2(store.setMeta(QStringLiteral("archiveOrder"), QStringLiteral("3"), &error), qPrintable(error));
            QVERIFY2(store.detachLog(&error), qPrintable(error));
            QCOMPARE(pragmaOf(store, QStringLiteral("journal_mode")).toString(), QStringLiteral("delete"));
            path = store.filePath();
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
        const QByteArray before = [&] { QFile f(path); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();

        Store reader;
        QVERIFY2(reader.openReadOnly(path, &error), qPrintable(error));
        QCOMPARE(keysOf(reader.loadAll(&error)), QStringList{QStringLiteral("card/1")});
        QCOMPARE(reader.meta(QStringLiteral("archiveOrder")), QStringLiteral("3"));
        QVERIFY(!reader.commit({rec(QStringLiteral("card"), QStringLiteral("2"), "{}")}, {}, &error));
        QVERIFY2(error.contains(QLatin1String("nothing was saved")), qPrintable(error));
        QVERIFY(!reader.setMeta(QStringLiteral("archiveOrder"), QStringLiteral("4"), &error));
        reader.close();
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);

        QVERIFY(!reader.openReadOnly(m_dir->filePath(QStringLiteral("missing.sqlite")), &error));
        QVERIFY2(error.contains(QLatin1String("no database file")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("missing.sqlite"))));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
