// Going back without copying the room (shared/engine/savepoint.h): a refused
// command and a failed commit leave the state exactly as it was, and a vote
// writes its ballot and its participant without copying the participant or
// ballot map (no detach per vote: it was O(voters) a vote). A failed commit
// is made with a trigger that refuses writes, as a full disk would.
#include "enginefixture.h"
#include "ranking.h"
#include "savepoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

namespace {

// Everything a SessionState holds, in-memory-only fields too.
QJsonObject dump(const SessionState &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("scalars"),
             QJsonArray{s.name, s.pin, s.facilitatorPin, s.salt, double(s.seq), s.cycleMeeting, s.phaseIndex,
                        s.running, double(s.runningSinceMono), s.caseText, s.caseOwner, int(s.vote), s.votePhase,
                        s.talliesRevealed, s.focusCardId, int(s.format.phases.size())});
    QJsonObject ids, runs;
    for (auto it = s.nextIds.cbegin(); it != s.nextIds.cend(); ++it)
        ids.insert(it.key(), it.value());
    o.insert(QStringLiteral("nextIds"), ids);
    QJsonArray r;
    for (const PhaseRun &run : s.runs)
        r.append(QJsonArray{double(run.elapsedMs), run.adjustSeconds, run.status});
    o.insert(QStringLiteral("runs"), r);
    QJsonObject people, ballots, cards, thoughts, questions, rest;
    for (const Participant &p : s.participants)
        people.insert(p.id, QJsonArray{p.tokenHash, p.facilitator, p.hasVoted, p.ballotKey, p.legacyVoted, p.legacyDigest});
    for (const Ballot &b : s.ballots) {
        QJsonObject choices;
        for (auto it = b.choices.cbegin(); it != b.choices.cend(); ++it)
            choices.insert(QString::number(it.key()), it.value());
        ballots.insert(b.key, QJsonArray{b.owner, choices});
    }
    for (const Card &c : s.cards)
        cards.insert(QString::number(c.id), c.toJson());
    for (const Thought &t : s.thoughts)
        thoughts.insert(QString::number(t.id), QJsonArray{t.owner, t.text, t.tag});
    for (const Question &q : s.questions)
        questions.insert(QString::number(q.id), QJsonArray{q.text, q.answered, q.answer});
    for (const Solution &x : s.solutions)
        rest.insert(QStringLiteral("solution/%1").arg(x.id), QJsonArray{x.text, x.arguments});
    for (const Insight &x : s.insights)
        rest.insert(QStringLiteral("insight/%1").arg(x.id), QJsonArray{x.question, x.text, x.shared});
    for (const Tip &x : s.tips)
        rest.insert(QStringLiteral("tip/%1").arg(x.id), QJsonArray{x.kind, x.text});
    for (auto it = s.dedup.cbegin(); it != s.dedup.cend(); ++it)
        rest.insert(QStringLiteral("dedup/") + it.key(), it.value());
    for (const UndoStep &u : s.undo)
        rest.insert(QStringLiteral("undo/%1").arg(u.id), u.toJson());
    o.insert(QStringLiteral("participants"), people);
    o.insert(QStringLiteral("ballots"), ballots);
    o.insert(QStringLiteral("cards"), cards);
    o.insert(QStringLiteral("thoughts"), thoughts);
    o.insert(QStringLiteral("questions"), questions);
    o.insert(QStringLiteral("rest"), rest);
    return o;
}

// What the store holds, as kind/id -> data.
QMap<QString, QByteArray> disk(Store &store)
{
    QString error;
    QMap<QString, QByteArray> out;
    for (const Record &r : store.loadAll(&error))
        out.insert(r.kind + QLatin1Char('/') + r.id, r.data);
    Q_ASSERT(error.isEmpty());
    return out;
}

QJsonObject ballot(const QString &token, const QJsonObject &choices)
{
    return {{QStringLiteral("ballot"), token}, {QStringLiteral("choices"), choices}};
}

QString tokenOf(int i) { return QStringLiteral("ballot-token-%1-0123456789").arg(i, 4, 10, QLatin1Char('0')); }

struct Room : EngineFixture {
    QList<Actor> people;
    QString card1, card2;
    // n participants, two with a first thought, in the vote phase with two
    // cards; the first `voted` have voted.
    explicit Room(int n, int voted)
    {
        for (int i = 0; i < n; ++i)
            people.append(join());
        toPhase(0);
        QVERIFY(run(people[0], "addThought", {{QStringLiteral("text"), QStringLiteral("eigen gedachte")}}).ok);
        QVERIFY(run(people[1], "addThought", {{QStringLiteral("text"), QStringLiteral("nog een")}}).ok);
        toPhase(2);
        for (const char *text : {"Eerst de schulden", "Dan het werk"}) {
            const Result r = run(fac, "addCard", {{QStringLiteral("text"), QString::fromLatin1(text)},
                                                  {QStringLiteral("direction"), QStringLiteral("Werk")}});
            QVERIFY(r.ok);
            (card1.isEmpty() ? card1 : card2) = QString::number(r.data.value(QLatin1String("cardId")).toInt());
        }
        QVERIFY(run(fac, "openVote").ok);
        for (int i = 0; i < voted; ++i)
            QVERIFY(run(people[i], "vote", ballot(tokenOf(i), {{card1, 1}}), QStringLiteral("m%1").arg(i)).ok);
    }
    // Makes every write to `table` fail, as a full disk does (or lets it through again).
    void refuseWrites(const QString &table, const QString &what, bool refuse)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
            db.setDatabaseName(store.filePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            const QString name = QStringLiteral("refuse_%1_%2").arg(table, what);
            QVERIFY2(q.exec(refuse ? QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT RAISE(ABORT, "
                                                    "'database or disk is full'); END")
                                             .arg(name, what, table)
                                   : QStringLiteral("DROP TRIGGER %1").arg(name)),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
    }
};

} // namespace

class TestRollback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Joins that arrive together are one commit (SessionEngine::joinBatch):
    // each is checked on its own, and if the commit fails none is applied.
    void joinsOfOnePassAreOneCommitOrNone()
    {
        Room room(2, 0);
        const auto &s = room.engine->state();
        const QString pin = QStringLiteral("123456");
        const quint64 commits = room.store.commitCount();
        const QList<Result> results = room.engine->joinBatch({{pin, {}, {}}, {QStringLiteral("000000"), {}, {}},
                                                              {pin, QStringLiteral("nope"), {}}, {pin, {}, {}},
                                                              {pin, room.people[0].secret, QStringLiteral("9999")}});
        QCOMPARE(results.size(), 5);
        QVERIFY(results[0].ok && results[3].ok && results[4].ok);
        QCOMPARE(results[1].code, QStringLiteral("bad_pin"));
        QCOMPARE(results[2].code, QStringLiteral("unknown_token"));
        QCOMPARE(results[4].data.value(QLatin1String("role")).toString(), QStringLiteral("facilitator"));
        QCOMPARE(room.store.commitCount(), commits + 1);
        QCOMPARE(s.participants.size(), 4); // two new; people[0] resumed as facilitator
        const QMap<QString, QByteArray> written = disk(room.store);

        const QJsonObject start = dump(s);
        room.refuseWrites(QStringLiteral("participants"), QStringLiteral("INSERT"), true);
        for (const Result &r : room.engine->joinBatch({{pin, {}, {}}, {pin, {}, {}}}))
            QCOMPARE(r.code, QStringLiteral("storage_failed"));
        QCOMPARE(dump(s), start);
        QCOMPARE(disk(room.store), written);
        room.refuseWrites(QStringLiteral("participants"), QStringLiteral("INSERT"), false);
        room.open();
        QCOMPARE(room.engine->state().participants.size(), 4);
    }

    // The mechanism itself: writes to every kind of item map, nested, undone
    // in order.
    void aSavepointPutsBackEveryItemMap()
    {
        Room room(4, 2);
        SessionState &s = const_cast<SessionState &>(room.engine->state());
        const QJsonObject start = dump(s);
        {
            StateSavepoint outer(s);
            s.participants[room.people[0].participantId].facilitator = true;
            s.participants.remove(room.people[1].participantId);
            s.ballots.insert(QStringLiteral("k"), Ballot{QStringLiteral("k"), QStringLiteral("o"), {{1, 1}}});
            s.cards[room.card1.toInt()].text = QStringLiteral("anders");
            s.thoughts.clear();
            s.dedup.insert(QStringLiteral("d"), QJsonObject{{QStringLiteral("x"), 1}});
            s.undo.insert(99, UndoStep{});
            s.caseText = QStringLiteral("een casus");
            ++s.seq;
            const QJsonObject middle = dump(s);
            QVERIFY(middle != start);
            {
                StateSavepoint inner(s);
                s.participants.clear();
                s.ballots.remove(QStringLiteral("k"));
                s.cards.remove(room.card2.toInt());
                s.questions.insert(5, Question{5, QStringLiteral("waarom?"), false, {}});
                s.phaseIndex = 4;
                QCOMPARE(inner.valueAt(&SessionState::participants, room.people[0].participantId)->facilitator, true);
                QVERIFY(!inner.valueAt(&SessionState::participants, room.people[1].participantId));
                inner.restore();
                QCOMPARE(dump(s), middle);
            }
            QVERIFY(outer.valueAt(&SessionState::participants, room.people[1].participantId));
            QCOMPARE(outer.valueAt(&SessionState::participants, room.people[0].participantId)->facilitator, false);
            outer.restore();
        }
        QCOMPARE(dump(s), start);
    }

    // Refusals after the handler began (ballot taken, ballot of another,
    // a wrong facilitator PIN), alone and in a batch beside accepted ones.
    void aRefusedCommandChangesNothing()
    {
        Room room(6, 3);
        const auto &s = room.engine->state();
        const QJsonObject start = dump(s);
        const QMap<QString, QByteArray> onDisk = disk(room.store);
        const QList<std::pair<int, QJsonObject>> refused = {
            {4, ballot(tokenOf(0), {{room.card1, 1}})},                   // ballot_taken
            {0, ballot(tokenOf(9), {{room.card2, 1}})},                   // ballot_mismatch
            {1, ballot(tokenOf(1), {{room.card1, 2}, {room.card2, 2}})}, // too_many_dots
        };
        for (const auto &[who, args] : refused) {
            const Result r = room.run(room.people[who], "vote", args, QStringLiteral("r%1").arg(who));
            QVERIFY(!r.ok);
            QCOMPARE(dump(s), start);
        }
        QCOMPARE(room.run(room.people[5], "unlock", {{QStringLiteral("facilitatorPin"), QStringLiteral("1111")}}).code,
                 QStringLiteral("bad_facilitator_pin"));
        QCOMPARE(dump(s), start);
        QCOMPARE(disk(room.store), onDisk);

        // A batch: the refused ones in between change nothing, the accepted ones stay.
        const QList<Result> results = room.engine->executeBatch({
                {room.people[4], QStringLiteral("vote"), ballot(tokenOf(4), {{room.card2, 2}}), QStringLiteral("b4")},
                {room.people[5], QStringLiteral("vote"), ballot(tokenOf(4), {{room.card1, 1}}), QStringLiteral("b5")},
                {room.people[0], QStringLiteral("vote"), ballot(tokenOf(7), {{room.card1, 1}}), {}},
        });
        QVERIFY(results[0].ok);
        QCOMPARE(results[1].code, QStringLiteral("ballot_taken"));
        QCOMPARE(results[2].code, QStringLiteral("ballot_mismatch"));
        QJsonObject expected = start;
        const QJsonObject after = dump(s);
        for (const char *changed : {"scalars", "ballots", "rest"})
            expected.insert(QLatin1String(changed), after.value(QLatin1String(changed)));
        QJsonObject people = expected.value(QLatin1String("participants")).toObject();
        people.insert(room.people[4].participantId,
                      after.value(QLatin1String("participants")).toObject().value(room.people[4].participantId));
        expected.insert(QStringLiteral("participants"), people);
        QCOMPARE(after, expected); // only the fifth voter and their ballot (and seq, dedup) changed
        QCOMPARE(s.ballots.size(), 4);
        QVERIFY(!s.participants.value(room.people[5].participantId).hasVoted);
    }

    // A commit that fails (the disk refuses) leaves memory as the disk: as
    // before the batch, for votes (ballots, their voters), a card and a
    // facilitator's unlock (a participant row) together, and unlocks alone.
    void aFailedCommitLeavesMemoryAsTheDisk_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("votes");
        QTest::addRow("ballots refused") << "ballots" << true;
        QTest::addRow("records refused") << "records" << true;
        QTest::addRow("participants refused") << "participants" << false;
    }
    void aFailedCommitLeavesMemoryAsTheDisk()
    {
        QFETCH(QString, table);
        QFETCH(bool, votes);
        Room room(6, 3);
        const auto &s = room.engine->state();
        const QJsonObject start = dump(s);
        const QMap<QString, QByteArray> onDisk = disk(room.store);
        const Participant *untouched = &*s.participants.constFind(room.people[5].participantId);
        const QString ballotKey = s.ballots.firstKey();
        const Ballot *untouchedBallot = &*s.ballots.constFind(ballotKey);
        room.refuseWrites(table, QStringLiteral("INSERT"), true);

        QList<Command> batch = {
                {room.people[4], QStringLiteral("unlock"), {{QStringLiteral("facilitatorPin"), QStringLiteral("9999")}}, {}},
                {room.people[2], QStringLiteral("unlock"), {{QStringLiteral("facilitatorPin"), QStringLiteral("9999")}}, {}},
        };
        if (votes) {
            batch += {
                {room.people[3], QStringLiteral("vote"), ballot(tokenOf(3), {{room.card2, 2}}), QStringLiteral("f3")},
                {room.people[0], QStringLiteral("vote"), ballot(tokenOf(0), {{room.card2, 1}}), QStringLiteral("f0")},
                {room.fac, QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("Nog een")},
                                                       {QStringLiteral("direction"), QStringLiteral("Werk")}}, {}},
            };
        }
        for (const Result &r : room.engine->executeBatch(batch)) {
            QCOMPARE(r.code, QStringLiteral("storage_failed"));
            // The sentence is made only on failure (Store::commit), and made.
            QVERIFY2(r.message.contains(QLatin1String("Cannot save record")), qPrintable(r.message));
        }
        QCOMPARE(dump(s), start);
        QCOMPARE(disk(room.store), onDisk);
        QCOMPARE(&*s.participants.constFind(room.people[5].participantId), untouched);
        QCOMPARE(&*s.ballots.constFind(ballotKey), untouchedBallot);

        // The disk takes writes again: the same batch goes through, and a
        // restart finds what memory holds.
        room.refuseWrites(table, QStringLiteral("INSERT"), false);
        for (const Result &r : room.engine->executeBatch(batch))
            QVERIFY2(r.ok, qPrintable(r.code));
        QCOMPARE(s.ballots.size(), votes ? 4 : 3);
        QVERIFY(s.participants.value(room.people[4].participantId).facilitator);
        const QMap<QString, QByteArray> written = disk(room.store);
        const QJsonObject live = dump(s);
        const QStringList people = s.participants.keys();
        room.open(); // s is gone with the engine
        QCOMPARE(disk(room.store), written);
        const QJsonObject reloaded = dump(room.engine->state());
        for (const char *part : {"ballots", "cards", "rest"})
            QCOMPARE(reloaded.value(QLatin1String(part)), live.value(QLatin1String(part)));
        QCOMPARE(room.engine->state().participants.keys(), people);
        QVERIFY(room.engine->state().participants.value(room.people[2].participantId).facilitator);
    }

    // A leave is two commits: the private part (the leaver's thoughts), then
    // the participant row. If the second fails, the leaver stays, without
    // thoughts: memory is what the disk then holds.
    void aLeaveWhoseSecondCommitFailsKeepsTheLeaver()
    {
        Room room(3, 0);
        const auto &s = room.engine->state();
        const QString leaver = room.people[0].participantId;
        const Participant before = s.participants.value(leaver);
        QCOMPARE(s.thoughts.size(), 2);
        room.refuseWrites(QStringLiteral("participants"), QStringLiteral("DELETE"), true);
        QCOMPARE(room.run(room.people[0], "leave").code, QStringLiteral("storage_failed"));
        QVERIFY(s.participants.contains(leaver));
        QCOMPARE(dump(s).value(QLatin1String("participants")).toObject().value(leaver),
                 QJsonValue(QJsonArray{before.tokenHash, before.facilitator, before.hasVoted, before.ballotKey,
                                       before.legacyVoted, before.legacyDigest}));
        QCOMPARE(s.thoughts.size(), 1);
        const QMap<QString, QByteArray> written = disk(room.store);
        QVERIFY(written.contains(QStringLiteral("participant/") + leaver));
        QCOMPARE(written.keys().filter(QStringLiteral("thought/")).size(), 1);
        room.refuseWrites(QStringLiteral("participants"), QStringLiteral("DELETE"), false);
        const QStringList people = s.participants.keys();
        const QList<int> thoughts = s.thoughts.keys();
        room.open(); // s is gone with the engine
        QCOMPARE(room.engine->state().participants.keys(), people);
        QCOMPARE(room.engine->state().thoughts.keys(), thoughts);
    }

    // Each ballot's row is made once, with the ballot (Ballot::withRecord),
    // and every commit with a ballot writes all of them again: every row on
    // the disk says what its ballot says now, after changed ballots, a
    // refused change, a failed commit and a restart.
    void everyBallotRowIsItsBallotAsItIsNow()
    {
        Room room(8, 6);
        const auto rowsMatch = [&room](const SessionState &s) {
            const QMap<QString, QByteArray> rows = disk(room.store);
            int ballots = 0;
            for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
                if (!it.key().startsWith(QLatin1String("ballot/")))
                    continue;
                ++ballots;
                const Ballot b = s.ballots.value(it.key().mid(7));
                const QJsonObject row = QJsonDocument::fromJson(it.value()).object();
                QJsonObject choices;
                for (auto c = b.choices.cbegin(); c != b.choices.cend(); ++c)
                    choices.insert(QString::number(c.key()), c.value());
                if (b.key.isEmpty() || row.value(QLatin1String("owner")).toString() != b.owner
                    || row.value(QLatin1String("choices")).toObject() != choices)
                    return false;
            }
            return ballots == s.ballots.size();
        };
        const auto &s = room.engine->state();
        QVERIFY(rowsMatch(s));
        QVERIFY(room.run(room.people[1], "vote", ballot(tokenOf(1), {{room.card2, 2}, {room.card1, 1}})).ok);
        QVERIFY(room.run(room.people[6], "vote", ballot(tokenOf(6), {{room.card2, 1}})).ok);
        QVERIFY(rowsMatch(s));
        QCOMPARE(s.ballots.value(s.participants.value(room.people[1].participantId).ballotKey).choices,
                 (QMap<int, int>{{room.card1.toInt(), 1}, {room.card2.toInt(), 2}}));
        QVERIFY(!room.run(room.people[2], "vote", ballot(tokenOf(1), {{room.card1, 1}})).ok); // taken
        room.refuseWrites(QStringLiteral("ballots"), QStringLiteral("INSERT"), true);
        QCOMPARE(room.run(room.people[3], "vote", ballot(tokenOf(3), {{room.card2, 2}})).code, QStringLiteral("storage_failed"));
        room.refuseWrites(QStringLiteral("ballots"), QStringLiteral("INSERT"), false);
        QVERIFY(room.run(room.people[7], "vote", ballot(tokenOf(7), {{room.card1, 2}})).ok);
        QVERIFY(rowsMatch(s));
        QCOMPARE(s.ballots.value(s.participants.value(room.people[3].participantId).ballotKey).choices,
                 (QMap<int, int>{{room.card1.toInt(), 1}})); // as before the failed commit
        room.open();
        QVERIFY(rowsMatch(room.engine->state()));
        QVERIFY(room.run(room.people[3], "vote", ballot(tokenOf(3), {{room.card2, 1}})).ok);
        QVERIFY(rowsMatch(room.engine->state()));
    }

    // The tallies are kept under the ballots' generation (ranking.cpp,
    // journalmap.h): a new ballot, a changed one, going back to a savepoint,
    // a copy of the state and a failed commit each show in them at once.
    void talliesFollowTheBallots()
    {
        Room room(6, 3);
        SessionState &s = const_cast<SessionState &>(room.engine->state());
        const int c1 = room.card1.toInt(), c2 = room.card2.toInt();
        QCOMPARE(dotTotals(s).value(c1), 3);
        {
            StateSavepoint savepoint(s);
            Ballot b;
            b.key = QStringLiteral("k");
            b.choices = {{c2, 2}};
            s.ballots.insert(b.key, b);
            QCOMPARE(dotTotals(s).value(c2), 2);
            s.ballots.edit(b.key)->choices[c2] = 1;
            QCOMPARE(dotTotals(s).value(c2), 1);
            savepoint.restore();
            QCOMPARE(dotTotals(s).value(c2), 0);
            QCOMPARE(dotTotals(s).value(c1), 3);
        }
        const SessionState copy = s;
        QVERIFY(room.run(room.people[3], "vote", ballot(tokenOf(3), {{room.card2, 2}})).ok);
        QCOMPARE(dotTotals(s).value(c2), 2);
        QCOMPARE(dotTotals(copy).value(c2), 0);
        QCOMPARE(dotTotals(s).value(c2), 2);
        room.refuseWrites(QStringLiteral("ballots"), QStringLiteral("INSERT"), true);
        QCOMPARE(room.run(room.people[4], "vote", ballot(tokenOf(4), {{room.card1, 2}})).code,
                 QStringLiteral("storage_failed"));
        QCOMPARE(dotTotals(s).value(c1), 3);
        QCOMPARE(dotTotals(s).value(c2), 2);
    }

    // A vote writes one ballot and its voter: neither map is copied (every
    // other item keeps its place in memory), alone, in a batch, with a
    // message id (the dedup map) and without.
    void aVoteCopiesNoMap()
    {
        Room room(50, 10);
        const auto &s = room.engine->state();
        const QString other = room.people[49].participantId;
        const Participant *participant = &*s.participants.constFind(other);
        const QString ballotKey = s.ballots.firstKey(), dedupKey = s.dedup.firstKey();
        const Ballot *firstBallot = &*s.ballots.constFind(ballotKey);
        const QJsonObject *firstDedup = &*s.dedup.constFind(dedupKey);
        const Card *card = &*s.cards.constFind(room.card1.toInt());
        for (int i = 10; i < 40; ++i)
            QVERIFY(room.run(room.people[i], "vote", ballot(tokenOf(i), {{room.card2, 1}}), QStringLiteral("v%1").arg(i)).ok);
        QList<Command> batch;
        for (int i = 40; i < 48; ++i)
            batch.append({room.people[i], QStringLiteral("vote"), ballot(tokenOf(i), {{room.card1, 2}}), QStringLiteral("v%1").arg(i)});
        for (const Result &r : room.engine->executeBatch(batch))
            QVERIFY(r.ok);
        QVERIFY(room.run(room.people[0], "vote", ballot(tokenOf(0), {{room.card2, 1}})).ok); // a changed ballot
        QCOMPARE(s.ballots.size(), 48);
        QCOMPARE(&*s.participants.constFind(other), participant);
        QCOMPARE(&*s.ballots.constFind(ballotKey), firstBallot);
        QCOMPARE(&*s.dedup.constFind(dedupKey), firstDedup);
        QCOMPARE(&*s.cards.constFind(room.card1.toInt()), card);
    }
};

QTEST_GUILESS_MAIN(TestRollback)
#include "tst_rollback.moc"
