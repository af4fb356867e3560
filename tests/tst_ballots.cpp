// One participant, one ballot, and no one else's (issue 16, finding 1). A
// participant who holds another's ballot token (sniffed on plain ws, or read
// off a shared tablet) must not change or take over that ballot, before or
// after the kiosk restarts; the voter keeps changing their own. Also: a data
// folder written by the previous Flipover (schema 1) still opens, its
// participants resume, and the migration leaves none of schema 1's links
// (plain sha256 of the resume token, thoughts naming their owner) in the file.
#include "engine.h"
#include "kioskprocess.h"
#include "store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;

namespace {

const QString Pin = QStringLiteral("123456");

struct Room {
    QTemporaryDir dir;
    ManualClock clock;
    Store store;
    std::unique_ptr<SessionEngine> engine;
    Actor fac = Actor::localFacilitator();

    void open()
    {
        QString error;
        engine.reset();
        store.close();
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        engine = std::make_unique<SessionEngine>(&store, &clock);
        QVERIFY2(engine->resumeOrCreate(test::testFormat(), QStringLiteral("Stemming"), Pin, QStringLiteral("9999"), &error),
                 qPrintable(error));
    }
    Actor join(const QString &resume = {})
    {
        const Result r = engine->join(Pin, resume, {});
        if (!r.ok)
            return {};
        return engine->actorFor(r.data.value(QLatin1String("participantId")).toString(),
                                r.data.value(QLatin1String("token")).toString());
    }
    Result run(const Actor &a, const char *type, const QJsonObject &args = {})
    {
        return engine->execute(a, QString::fromLatin1(type), args);
    }
    // Cards 1..3 on the board, the vote open.
    void toVote(bool started = false)
    {
        if (!started)
            QVERIFY(run(fac, "startMeeting").ok);
        QVERIFY(run(fac, "nextPhase").ok);
        for (int i = 0; i < 3; ++i)
            QVERIFY(run(fac, "addCard", {{QStringLiteral("text"), QStringLiteral("kaart %1").arg(i)}}).ok);
        QVERIFY(run(fac, "nextPhase").ok);
        QVERIFY(run(fac, "openVote").ok);
    }
    QMap<int, int> tallies() const
    {
        QMap<int, int> out;
        const QJsonObject vote = engine->section(Section::Vote, Actor::localFacilitator()).toObject();
        for (const QJsonValue &v : vote.value(QLatin1String("tallies")).toArray())
            out.insert(v[QLatin1String("cardId")].toInt(), v[QLatin1String("dots")].toInt());
        return out;
    }
    bool hasVoted(const Actor &a) const
    {
        return engine->section(Section::Mine, a).toObject().value(QLatin1String("hasVoted")).toBool();
    }
};

QJsonObject ballot(const QString &token, int card, int dots)
{
    return {{QStringLiteral("ballot"), token}, {QStringLiteral("choices"), QJsonObject{{QString::number(card), dots}}}};
}

const QString TokenA = QStringLiteral("ballot-of-a-0123456789");
const QString TokenB = QStringLiteral("ballot-of-b-0123456789");

} // namespace

class TestBallots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The reproduction of issue 16: A votes with T; B votes with its own
    // token, then with T. B must get ballot_taken and A's ballot must stand.
    void anotherVoterCannotTakeOverABallot()
    {
        Room room;
        room.open();
        room.toVote();
        const Actor a = room.join();
        const Actor b = room.join();
        const Actor c = room.join();
        QVERIFY(room.run(a, "vote", ballot(TokenA, 1, 3)).ok);
        QVERIFY(room.run(b, "vote", ballot(TokenB, 2, 1)).ok);
        QCOMPARE(room.run(b, "vote", ballot(TokenA, 3, 3)).code, QStringLiteral("ballot_taken"));
        // Someone who has not voted yet cannot start with a stolen token either.
        QCOMPARE(room.run(c, "vote", ballot(TokenA, 3, 3)).code, QStringLiteral("ballot_taken"));
        QCOMPARE(room.tallies(), (QMap<int, int>{{1, 3}, {2, 1}, {3, 0}}));
        QCOMPARE(room.engine->state().ballots.size(), 2);
        // A's ballot is still A's to change; a second ballot is refused.
        QVERIFY(room.run(a, "vote", ballot(TokenA, 2, 2)).ok);
        QCOMPARE(room.run(a, "vote", ballot(QStringLiteral("another-token-of-a-01"), 1, 1)).code,
                 QStringLiteral("ballot_mismatch"));
        QCOMPARE(room.tallies(), (QMap<int, int>{{1, 0}, {2, 3}, {3, 0}}));
        QVERIFY(room.hasVoted(a));
        QVERIFY(room.hasVoted(b));
        QVERIFY(!room.hasVoted(c));
        QVERIFY(room.run(c, "vote", ballot(QStringLiteral("ballot-of-c-0123456789"), 3, 1)).ok);
    }

    // The rule holds across a restart, though nothing on disk says whose a
    // ballot is: each participant's own ballot is found again at resume.
    void theRuleHoldsAfterARestart()
    {
        Room room;
        room.open();
        room.toVote();
        const Actor a0 = room.join();
        const Actor b0 = room.join();
        QVERIFY(room.run(a0, "vote", ballot(TokenA, 1, 3)).ok);
        QVERIFY(room.run(b0, "vote", ballot(TokenB, 2, 1)).ok);
        room.open(); // a new engine on the same data folder
        const Actor b = room.join(b0.secret);
        const Actor a = room.join(a0.secret);
        QCOMPARE(a.participantId, a0.participantId);
        QVERIFY(room.hasVoted(a));
        QVERIFY(room.hasVoted(b));
        QCOMPARE(room.run(b, "vote", ballot(TokenA, 3, 3)).code, QStringLiteral("ballot_taken"));
        QCOMPARE(room.run(b, "vote", ballot(QStringLiteral("fresh-token-of-b-0123"), 3, 3)).code,
                 QStringLiteral("ballot_mismatch"));
        QVERIFY(room.run(a, "vote", ballot(TokenA, 3, 2)).ok);
        QCOMPARE(room.tallies(), (QMap<int, int>{{1, 0}, {2, 1}, {3, 2}}));
    }

    // A data folder of schema 1, as the previous Flipover wrote it, opens; its
    // participants resume with their tokens, see their thoughts and their
    // vote; nothing of schema 1's links stays in the file.
    void aSchemaOneFolderIsMigrated()
    {
        Room room;
        room.open();
        const Actor a0 = room.join();
        const Actor b0 = room.join();
        QVERIFY(room.run(room.fac, "startMeeting").ok);
        QVERIFY(room.run(a0, "addThought", {{QStringLiteral("text"), QStringLiteral("gedachte van a")}}).ok);
        room.toVote(true);
        const Result cast = room.run(a0, "vote", ballot(TokenA, 1, 3));
        QVERIFY2(cast.ok, qPrintable(cast.code));
        room.engine.reset();
        room.store.close();

        // Rewrite the file into schema 1's shape.
        const QString path = room.dir.filePath(QStringLiteral("flipover.sqlite"));
        const QString digestA = QString::fromLatin1(QCryptographicHash::hash(a0.secret.toUtf8(), QCryptographicHash::Sha256).toHex());
        const QString digestB = QString::fromLatin1(QCryptographicHash::hash(b0.secret.toUtf8(), QCryptographicHash::Sha256).toHex());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            auto exec = [&q](const QString &sql) { QVERIFY2(q.exec(sql), qPrintable(sql)); };
            exec(QStringLiteral("INSERT INTO records(kind, id, data) SELECT 'participant', id, data FROM participants"));
            exec(QStringLiteral("DROP TABLE participants"));
            exec(QStringLiteral("UPDATE records SET data = json_object('id', id, 'tokenHash', '%1', 'facilitator', json('false'), "
                                "'hasVoted', json('true')) WHERE kind = 'participant' AND id = '%2'").arg(digestA, a0.participantId));
            exec(QStringLiteral("UPDATE records SET data = json_object('id', id, 'tokenHash', '%1', 'facilitator', json('false'), "
                                "'hasVoted', json('false')) WHERE kind = 'participant' AND id = '%2'").arg(digestB, b0.participantId));
            exec(QStringLiteral("UPDATE records SET data = json_object('id', CAST(id AS INTEGER), 'owner', '%1', 'text', "
                                "json_extract(data, '$.text')) WHERE kind = 'thought'").arg(a0.participantId));
            exec(QStringLiteral("UPDATE records SET data = json_set(json_remove(data, '$.nextIds'), '$.nextId', 7) WHERE kind = 'session'"));
            exec(QStringLiteral("INSERT INTO records(kind, id, data) SELECT 'ballot', key, json_object('choices', "
                                "json_extract(data, '$.choices')) FROM ballots"));
            exec(QStringLiteral("DROP TABLE ballots"));
            exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schemaVersion'"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema1"));

        room.open();
        const Actor a = room.join(a0.secret);
        const Actor b = room.join(b0.secret);
        QCOMPARE(a.participantId, a0.participantId);
        QCOMPARE(b.participantId, b0.participantId);
        const QJsonObject mine = room.engine->section(Section::Mine, a).toObject();
        QCOMPARE(mine.value(QLatin1String("thoughts")).toArray().size(), 1);
        QVERIFY(mine.value(QLatin1String("hasVoted")).toBool());
        QVERIFY(!room.hasVoted(b));
        QCOMPARE(room.run(b, "vote", ballot(TokenA, 2, 3)).code, QStringLiteral("ballot_taken"));
        QCOMPARE(room.run(a, "vote", ballot(TokenB, 2, 3)).code, QStringLiteral("ballot_mismatch"));
        QVERIFY(room.run(a, "vote", ballot(TokenA, 2, 3)).ok); // A's ballot, claimed under the schema 1 rule
        QVERIFY(room.run(b, "vote", ballot(TokenB, 3, 1)).ok);
        QCOMPARE(room.tallies(), (QMap<int, int>{{1, 0}, {2, 3}, {3, 1}}));
        // Ids go on from schema 1's single counter.
        QCOMPARE(room.run(room.fac, "addCard", {{QStringLiteral("text"), QStringLiteral("later")}}).data
                     .value(QLatin1String("cardId")).toInt(), 7);
        room.engine.reset();
        room.store.close();

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(digestA.toLatin1()) && !bytes.contains(digestB.toLatin1()),
                 "a plain sha256 of a resume token stayed in the migrated file");
        QVERIFY2(!bytes.contains(("\"owner\":\"" + a0.participantId).toUtf8()), "a thought still names its owner");
        QVERIFY(!bytes.contains("hasVoted"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }
};

QTEST_GUILESS_MAIN(TestBallots)
#include "tst_ballots.moc"
