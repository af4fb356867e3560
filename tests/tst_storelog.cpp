// Store: where participants lie (docs/security.md, "Storage"). Participants
// have a table of their own, so no page shows a participant's cell beside a
// written one (where SQLite puts a cell follows the order of writing).
#include "sqlitepages.h"
#include "store.h"
#include "walsync.h"

#include <QFile>
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

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
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
