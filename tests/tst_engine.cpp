// The session engine's rules: every command against phase and role, the
// timer, the vote, privacy of projections, idempotency and recovery.
#include "clock.h"
#include "engine.h"
#include "format.h"
#include "store.h"
#include "enginefixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

namespace {


struct Fixture : EngineFixture {
    int addCard(const Actor &a, const QString &text)
    {
        const Result r = run(a, "addCard", {{QStringLiteral("text"), text}, {QStringLiteral("direction"), QStringLiteral("Werk")}});
        return r.data.value(QLatin1String("cardId")).toInt();
    }
};

QString token() { return QStringLiteral("ballot-token-0123456789abcdef"); }

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinChecksPins()
    {
        Fixture f;
        QCOMPARE(f.engine->join(QStringLiteral("000000"), {}, {}).code, QStringLiteral("bad_pin"));
        QCOMPARE(f.engine->join(QStringLiteral("12345"), {}, {}).code, QStringLiteral("bad_pin"));
        QCOMPARE(f.engine->join(QStringLiteral("123456"), {}, QStringLiteral("1111")).code, QStringLiteral("bad_facilitator_pin"));
        QCOMPARE(f.engine->join(QStringLiteral("123456"), QStringLiteral("nope"), {}).code, QStringLiteral("unknown_token"));
        const Result first = f.engine->join(QStringLiteral("123456"), {}, {});
        QVERIFY(first.ok);
        QCOMPARE(first.data.value(QLatin1String("role")).toString(), QStringLiteral("participant"));
        const QString tok = first.data.value(QLatin1String("token")).toString();
        const Result again = f.engine->join(QStringLiteral("123456"), tok, {});
        QVERIFY(again.ok);
        QCOMPARE(again.data.value(QLatin1String("participantId")), first.data.value(QLatin1String("participantId")));
        QCOMPARE(f.engine->state().participants.size(), 1);
        const Result fac = f.engine->join(QStringLiteral("123456"), {}, QStringLiteral("9999"));
        QCOMPARE(fac.data.value(QLatin1String("role")).toString(), QStringLiteral("facilitator"));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("phase");   // -1 = not started, 5 = ended
        QTest::addColumn<QString>("who"); // participant, facilitator, wall, caseOwner, local
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("code");
        const QJsonObject text{{QStringLiteral("text"), QStringLiteral("iets")}};
        QTest::addRow("unknown command") << 0 << "participant" << "explode" << QJsonObject() << "unknown_command";
        QTest::addRow("participant starts meeting") << -1 << "participant" << "startMeeting" << QJsonObject() << "not_allowed";
        QTest::addRow("participant next phase") << 0 << "participant" << "nextPhase" << QJsonObject() << "not_allowed";
        QTest::addRow("wall adds card") << 1 << "wall" << "addCard" << text << "not_allowed";
        QTest::addRow("wall votes") << 2 << "wall" << "vote" << QJsonObject() << "not_allowed";
        QTest::addRow("local facilitator thought") << 0 << "local" << "addThought" << text << "not_allowed";
        QTest::addRow("participant edits card") << 1 << "participant" << "editCard" << QJsonObject{{QStringLiteral("cardId"), 1}, {QStringLiteral("text"), QStringLiteral("x")}} << "not_allowed";
        QTest::addRow("participant hides card") << 1 << "participant" << "hideCard" << QJsonObject{{QStringLiteral("cardId"), 1}, {QStringLiteral("hidden"), true}} << "not_allowed";
        QTest::addRow("participant sets case") << 0 << "participant" << "setCase" << text << "not_allowed";
        QTest::addRow("participant answers") << 0 << "participant" << "answerQuestion" << QJsonObject{{QStringLiteral("questionId"), 1}, {QStringLiteral("answered"), true}} << "not_allowed";
        QTest::addRow("participant opens vote") << 2 << "participant" << "openVote" << QJsonObject() << "not_allowed";
        QTest::addRow("thought in phase 2") << 1 << "participant" << "addThought" << text << "wrong_phase";
        QTest::addRow("thought before start") << -1 << "participant" << "addThought" << text << "not_started";
        QTest::addRow("card in phase 1") << 0 << "participant" << "addCard" << text << "wrong_phase";
        QTest::addRow("question in phase 2") << 1 << "participant" << "askQuestion" << text << "wrong_phase";
        QTest::addRow("solution in phase 1") << 0 << "participant" << "submitSolution" << text << "wrong_phase";
        QTest::addRow("vote in phase 2") << 1 << "participant" << "vote" << QJsonObject() << "wrong_phase";
        QTest::addRow("open vote in phase 2") << 1 << "facilitator" << "openVote" << QJsonObject() << "wrong_phase";
        QTest::addRow("insight in phase 3") << 2 << "participant" << "addInsight" << text << "wrong_phase";
        QTest::addRow("tip in phase 4") << 3 << "participant" << "addTip" << text << "wrong_phase";
        QTest::addRow("case owner sets case in phase 2") << 1 << "caseOwner" << "setCase" << text << "wrong_phase";
        QTest::addRow("card after the end") << 5 << "participant" << "addCard" << text << "meeting_ended";
        QTest::addRow("vote not open") << 2 << "participant" << "vote" << QJsonObject{{QStringLiteral("ballot"), token()}, {QStringLiteral("choices"), QJsonObject{{QStringLiteral("1"), 1}}}} << "vote_not_open";
        QTest::addRow("empty thought") << 0 << "participant" << "addThought" << QJsonObject{{QStringLiteral("text"), QStringLiteral("   ")}} << "invalid";
        QTest::addRow("thought not text") << 0 << "participant" << "addThought" << QJsonObject{{QStringLiteral("text"), 5}} << "invalid";
        QTest::addRow("thought too long") << 0 << "participant" << "addThought" << QJsonObject{{QStringLiteral("text"), QString(2001, QLatin1Char('x'))}} << "invalid";
        QTest::addRow("remark bad kind") << 1 << "participant" << "addRemark" << QJsonObject{{QStringLiteral("cardId"), 1}, {QStringLiteral("kind"), QStringLiteral("cynic")}, {QStringLiteral("text"), QStringLiteral("x")}} << "invalid";
        QTest::addRow("remark unknown card") << 1 << "participant" << "addRemark" << QJsonObject{{QStringLiteral("cardId"), 999}, {QStringLiteral("kind"), QStringLiteral("critic")}, {QStringLiteral("text"), QStringLiteral("x")}} << "not_found";
        QTest::addRow("remark card id text") << 1 << "participant" << "addRemark" << QJsonObject{{QStringLiteral("cardId"), QStringLiteral("1")}, {QStringLiteral("kind"), QStringLiteral("critic")}, {QStringLiteral("text"), QStringLiteral("x")}} << "invalid";
        QTest::addRow("adjust zero") << 0 << "facilitator" << "adjustTime" << QJsonObject{{QStringLiteral("minutes"), 0}} << "invalid";
        QTest::addRow("adjust huge") << 0 << "facilitator" << "adjustTime" << QJsonObject{{QStringLiteral("minutes"), 500}} << "invalid";
        QTest::addRow("adjust fraction") << 0 << "facilitator" << "adjustTime" << QJsonObject{{QStringLiteral("minutes"), 1.5}} << "invalid";
        QTest::addRow("shorten below a minute") << 0 << "facilitator" << "adjustTime" << QJsonObject{{QStringLiteral("minutes"), -15}} << "invalid";
        QTest::addRow("adjust before start") << -1 << "facilitator" << "adjustTime" << QJsonObject{{QStringLiteral("minutes"), 1}} << "not_started";
        QTest::addRow("previous at first") << 0 << "facilitator" << "previousPhase" << QJsonObject() << "no_previous";
        QTest::addRow("start twice") << 0 << "facilitator" << "startMeeting" << QJsonObject() << "already_started";
        QTest::addRow("resume running") << 0 << "facilitator" << "resume" << QJsonObject() << "not_paused";
        QTest::addRow("end twice") << 5 << "facilitator" << "endMeeting" << QJsonObject() << "meeting_ended";
        QTest::addRow("close vote not open") << 2 << "facilitator" << "closeVote" << QJsonObject() << "vote_not_open";
        QTest::addRow("tag without tag set") << 1 << "facilitator" << "tagCard" << QJsonObject{{QStringLiteral("cardId"), 1}, {QStringLiteral("tag"), QStringLiteral("het")}, {QStringLiteral("on"), true}} << "invalid";
        QTest::addRow("tag not in phase") << 1 << "participant" << "tagCard" << QJsonObject{{QStringLiteral("cardId"), 1}, {QStringLiteral("tag"), QStringLiteral("het")}, {QStringLiteral("on"), true}} << "wrong_phase";
        QTest::addRow("insight bad question") << 3 << "participant" << "addInsight" << QJsonObject{{QStringLiteral("question"), QStringLiteral("why")}, {QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("share"), true}} << "invalid";
        QTest::addRow("insight share missing") << 3 << "participant" << "addInsight" << QJsonObject{{QStringLiteral("question"), QStringLiteral("enriched")}, {QStringLiteral("text"), QStringLiteral("x")}} << "invalid";
        QTest::addRow("tip bad kind") << 4 << "participant" << "addTip" << QJsonObject{{QStringLiteral("kind"), QStringLiteral("flop")}, {QStringLiteral("text"), QStringLiteral("x")}} << "invalid";
        QTest::addRow("unlock wrong pin") << 0 << "participant" << "unlock" << QJsonObject{{QStringLiteral("facilitatorPin"), QStringLiteral("0000")}} << "bad_facilitator_pin";
        QTest::addRow("release without owner") << -1 << "facilitator" << "releaseCase" << QJsonObject() << "invalid";
        QTest::addRow("remove other's thought") << 0 << "participant" << "removeThought" << QJsonObject{{QStringLiteral("thoughtId"), 1}} << "not_found";
    }

    void refusals()
    {
        QFETCH(int, phase);
        QFETCH(QString, who);
        QFETCH(QString, type);
        QFETCH(QJsonObject, args);
        QFETCH(QString, code);
        Fixture f;
        const Actor p = f.join();
        const Actor owner = f.join();
        const Actor other = f.join();
        const Actor fac = f.join(QStringLiteral("9999"));
        QVERIFY(f.run(owner, "claimCase").ok);
        f.toPhase(1);
        QCOMPARE(f.addCard(p, QStringLiteral("eerste kaart")), 1);
        QVERIFY(f.run(f.fac, "previousPhase").ok);
        const Result thought = f.run(other, "addThought", {{QStringLiteral("text"), QStringLiteral("van een ander")}});
        QCOMPARE(thought.data.value(QLatin1String("thoughtId")).toInt(), 1); // each kind counts on its own
        if (phase < 0) {
            Fixture fresh; // a meeting that has not started
            const Actor q = fresh.join();
            const Actor qf = fresh.join(QStringLiteral("9999"));
            const Actor actor = who == QLatin1String("participant") ? q : who == QLatin1String("facilitator") ? qf : fresh.fac;
            const quint64 seq = fresh.engine->seq();
            const Result r = fresh.engine->execute(actor, type, args);
            QCOMPARE(r.code, code);
            QCOMPARE(fresh.engine->seq(), seq);
            return;
        }
        if (phase == 5)
            QVERIFY(f.run(f.fac, "endMeeting").ok);
        else
            f.toPhase(phase);
        const Actor actor = who == QLatin1String("participant") ? p
                          : who == QLatin1String("caseOwner")   ? owner
                          : who == QLatin1String("facilitator") ? fac
                          : who == QLatin1String("wall")        ? Actor::wallDisplay()
                                                                : f.fac;
        const QJsonObject before = f.engine->projection(f.fac);
        const quint64 seq = f.engine->seq();
        QSignalSpy changed(f.engine.get(), &SessionEngine::changed);
        const Result r = f.engine->execute(actor, type, args);
        QVERIFY(!r.ok);
        QCOMPARE(r.code, code);
        QVERIFY(!r.message.isEmpty());
        QCOMPARE(f.engine->seq(), seq);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(f.engine->projection(f.fac), before); // a refusal changes nothing
    }

    void phasesAndTimer()
    {
        Fixture f;
        QCOMPARE(f.engine->projection(f.fac).value(QLatin1String("phase")).toObject().value(QLatin1String("status")).toString(), QStringLiteral("notStarted"));
        QVERIFY(f.run(f.fac, "startMeeting").ok);
        QCOMPARE(f.engine->phaseRemainingMs(), 15 * 60000);
        f.clock.advance(60000);
        QCOMPARE(f.engine->phaseRemainingMs(), 14 * 60000);
        QVERIFY(f.run(f.fac, "pause").ok);
        f.clock.advance(5 * 60000);
        QCOMPARE(f.engine->phaseRemainingMs(), 14 * 60000); // paused time does not count
        QVERIFY(f.run(f.fac, "resume").ok);
        QVERIFY(f.run(f.fac, "adjustTime", {{QStringLiteral("minutes"), 5}}).ok);
        QCOMPARE(f.engine->phaseRemainingMs(), 19 * 60000);
        QVERIFY(f.run(f.fac, "adjustTime", {{QStringLiteral("minutes"), -1}}).ok);
        f.clock.advance(20 * 60000);
        QCOMPARE(f.engine->phaseRemainingMs(), -2 * 60000); // overtime counts on
        const QJsonObject phase = f.engine->projection(f.fac).value(QLatin1String("phase")).toObject();
        QCOMPARE(phase.value(QLatin1String("remainingMs")).toDouble(), -2 * 60000.0);
        QCOMPARE(phase.value(QLatin1String("meetingRemainingMs")).toDouble(), (-2 + 30 + 25 + 5 + 10) * 60000.0);

        QVERIFY(f.run(f.fac, "nextPhase").ok);
        QCOMPARE(f.engine->state().phaseIndex, 1);
        QCOMPARE(f.engine->phaseRemainingMs(), 30 * 60000);
        f.clock.advance(60000);
        QVERIFY(f.run(f.fac, "previousPhase").ok); // back to phase 1 keeps its spent time
        QCOMPARE(f.engine->phaseRemainingMs(), -2 * 60000);
        QVERIFY(f.run(f.fac, "nextPhase").ok);
        QCOMPARE(f.engine->phaseRemainingMs(), 29 * 60000);
        QVERIFY(f.run(f.fac, "skipPhase").ok);
        QCOMPARE(f.engine->state().runs[1].status, QStringLiteral("skipped"));
        QCOMPARE(f.engine->state().phaseIndex, 2);
        QVERIFY(f.run(f.fac, "nextPhase").ok);
        QVERIFY(f.run(f.fac, "nextPhase").ok);
        QVERIFY(f.run(f.fac, "nextPhase").ok);
        QVERIFY(f.engine->state().ended());
        QCOMPARE(f.engine->projection(f.fac).value(QLatin1String("phase")).toObject().value(QLatin1String("status")).toString(), QStringLiteral("ended"));
        QVERIFY(f.run(f.fac, "previousPhase").ok); // reopen the last phase
        QCOMPARE(f.engine->state().phaseIndex, 4);
    }

    void caseAndQuestions()
    {
        Fixture f;
        const Actor owner = f.join();
        const Actor p = f.join();
        QVERIFY(f.run(owner, "claimCase").ok);
        QCOMPARE(f.run(p, "claimCase").code, QStringLiteral("case_taken"));
        QVERIFY(f.run(owner, "setCase", {{QStringLiteral("text"), QStringLiteral("Meneer A. wil werken")}}).ok); // before the start
        f.toPhase(0);
        const Result q = f.run(p, "askQuestion", {{QStringLiteral("text"), QStringLiteral("Sinds wanneer?")}});
        QVERIFY(q.ok);
        QVERIFY(f.run(owner, "answerQuestion", {{QStringLiteral("questionId"), q.data.value(QLatin1String("questionId"))}, {QStringLiteral("answered"), true}, {QStringLiteral("answer"), QStringLiteral("2021")}}).ok);
        const QJsonArray qs = f.engine->projection(p).value(QLatin1String("questions")).toArray();
        QCOMPARE(qs.size(), 1);
        QVERIFY(qs[0].toObject().value(QLatin1String("answered")).toBool());
        QCOMPARE(f.engine->projection(p).value(QLatin1String("case")).toObject().value(QLatin1String("text")).toString(), QStringLiteral("Meneer A. wil werken"));
        QVERIFY(f.run(owner, "leave").ok);
        QVERIFY(!f.engine->projection(p).value(QLatin1String("case")).toObject().value(QLatin1String("hasOwner")).toBool());
    }

    void privateItemsStayPrivate()
    {
        Fixture f;
        const Actor a = f.join();
        const Actor b = f.join();
        f.toPhase(0);
        QVERIFY(f.run(a, "addThought", {{QStringLiteral("text"), QStringLiteral("geheim-A")}}).ok);
        QVERIFY(f.run(b, "addThought", {{QStringLiteral("text"), QStringLiteral("geheim-B")}}).ok);
        f.toPhase(1);
        f.addCard(a, QStringLiteral("kaart van A"));
        f.toPhase(2);
        QVERIFY(f.run(a, "submitSolution", {{QStringLiteral("text"), QStringLiteral("oplossing-A")}}).ok);
        f.toPhase(3);
        const QByteArray ofA = QJsonDocument(f.engine->projection(a)).toJson();
        const QByteArray ofB = QJsonDocument(f.engine->projection(b)).toJson();
        const QByteArray wall = QJsonDocument(f.engine->projection(Actor::wallDisplay())).toJson();
        const QByteArray fac = QJsonDocument(f.engine->projection(f.fac)).toJson();
        QVERIFY(ofA.contains("geheim-A") && !ofA.contains("geheim-B"));
        QVERIFY(ofB.contains("geheim-B") && !ofB.contains("geheim-A"));
        QVERIFY(!wall.contains("geheim") && !fac.contains("geheim"));
        QVERIFY(!ofA.contains("oplossing-A") && !wall.contains("oplossing-A"));
        QVERIFY(fac.contains("oplossing-A"));
        // Cards carry no author, for anyone; only a's own section names a.
        for (const QByteArray &other : {ofB, wall, fac})
            QVERIFY(!other.contains(a.participantId.toUtf8()));
        QVERIFY(wall.contains("\"pin\"")); // the wall shows the PIN
        QVERIFY(!ofA.contains("123456"));
    }

    void boardEditing()
    {
        Fixture f;
        const Actor p = f.join();
        f.toPhase(1);
        const int c1 = f.addCard(p, QStringLiteral("een"));
        const int c2 = f.addCard(p, QStringLiteral("twee"));
        const int c3 = f.addCard(f.fac, QStringLiteral("drie"));
        QVERIFY(f.run(p, "addRemark", {{QStringLiteral("cardId"), c2}, {QStringLiteral("kind"), QStringLiteral("dreamer")}, {QStringLiteral("text"), QStringLiteral("nog verder")}}).ok);
        QVERIFY(f.run(f.fac, "moveCard", {{QStringLiteral("cardId"), c3}, {QStringLiteral("position"), 0}}).ok);
        QCOMPARE(f.run(f.fac, "moveCard", {{QStringLiteral("cardId"), c3}, {QStringLiteral("position"), 3}}).code, QStringLiteral("invalid"));
        QVERIFY(f.run(f.fac, "mergeCards", {{QStringLiteral("cardId"), c2}, {QStringLiteral("intoCardId"), c1}}).ok);
        QVERIFY(f.run(f.fac, "hideCard", {{QStringLiteral("cardId"), c3}, {QStringLiteral("hidden"), true}}).ok);
        QVERIFY(f.run(f.fac, "editCard", {{QStringLiteral("cardId"), c1}, {QStringLiteral("text"), QStringLiteral("een en twee")}}).ok);
        QJsonArray cards = f.engine->projection(p).value(QLatin1String("cards")).toArray();
        QCOMPARE(cards.size(), 1); // c3 hidden, c2 merged into c1
        QCOMPARE(cards[0].toObject().value(QLatin1String("text")).toString(), QStringLiteral("een en twee"));
        QCOMPARE(cards[0].toObject().value(QLatin1String("merged")).toArray().size(), 1);
        QCOMPARE(cards[0].toObject().value(QLatin1String("remarks")).toArray().size(), 1);
        QCOMPARE(f.run(p, "addRemark", {{QStringLiteral("cardId"), c3}, {QStringLiteral("kind"), QStringLiteral("critic")}, {QStringLiteral("text"), QStringLiteral("x")}}).code, QStringLiteral("not_found"));
        cards = f.engine->projection(f.fac).value(QLatin1String("cards")).toArray();
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards[0].toObject().value(QLatin1String("id")).toInt(), c3); // the facilitator's order
        QVERIFY(cards[0].toObject().value(QLatin1String("hidden")).toBool());
        QVERIFY(f.run(f.fac, "unmergeCard", {{QStringLiteral("cardId"), c2}}).ok); // undo
        QVERIFY(f.run(f.fac, "hideCard", {{QStringLiteral("cardId"), c3}, {QStringLiteral("hidden"), false}}).ok);
        QCOMPARE(f.engine->projection(p).value(QLatin1String("cards")).toArray().size(), 3);
    }

    void dotVote()
    {
        Fixture f;
        const Actor a = f.join();
        const Actor b = f.join();
        f.toPhase(1);
        const int c1 = f.addCard(a, QStringLiteral("een"));
        const int c2 = f.addCard(a, QStringLiteral("twee"));
        f.toPhase(2);
        QVERIFY(f.run(f.fac, "openVote").ok);
        auto ballot = [](const QString &tok, const QJsonObject &choices) {
            return QJsonObject{{QStringLiteral("ballot"), tok}, {QStringLiteral("choices"), choices}};
        };
        const QString ta = QStringLiteral("aaaaaaaaaaaaaaaaaaaa");
        const QString tb = QStringLiteral("bbbbbbbbbbbbbbbbbbbb");
        const QString k1 = QString::number(c1), k2 = QString::number(c2);
        QCOMPARE(f.run(a, "vote", ballot(ta, {{k1, 3}})).code, QStringLiteral("over_cap"));
        QCOMPARE(f.run(a, "vote", ballot(ta, {{k1, 2}, {k2, 2}})).code, QStringLiteral("too_many_dots"));
        QCOMPARE(f.run(a, "vote", ballot(ta, {{QStringLiteral("77"), 1}})).code, QStringLiteral("not_found"));
        QCOMPARE(f.run(a, "vote", ballot(QStringLiteral("short"), {{k1, 1}})).code, QStringLiteral("invalid"));
        QCOMPARE(f.run(a, "vote", ballot(ta, {})).code, QStringLiteral("invalid"));
        QVERIFY(f.run(a, "vote", ballot(ta, {{k1, 2}, {k2, 1}})).ok);
        QCOMPARE(f.run(a, "vote", ballot(tb, {{k1, 1}})).code, QStringLiteral("ballot_mismatch")); // no second ballot
        QCOMPARE(f.run(b, "vote", ballot(ta, {{k1, 1}})).code, QStringLiteral("ballot_taken"));
        QVERIFY(f.run(b, "vote", ballot(tb, {{k2, 2}})).ok);
        QVERIFY(f.run(a, "vote", ballot(ta, {{k2, 1}})).ok); // a changes their ballot
        QCOMPARE(f.engine->state().ballots.size(), 2);

        // Hidden for the room until revealed; the facilitator sees them.
        QJsonObject vote = f.engine->projection(a).value(QLatin1String("vote")).toObject();
        QVERIFY(vote.value(QLatin1String("tallies")).isNull());
        QCOMPARE(vote.value(QLatin1String("liveTallies")), QJsonValue(false));
        QCOMPARE(vote.value(QLatin1String("mode")).toString(), QStringLiteral("dots"));
        QCOMPARE(vote.value(QLatin1String("capPerCard")).toInt(), 2);
        QCOMPARE(vote.value(QLatin1String("ballots")).toInt(), 2);
        vote = f.engine->projection(f.fac).value(QLatin1String("vote")).toObject();
        const QJsonArray tallies = vote.value(QLatin1String("tallies")).toArray();
        QCOMPARE(tallies.size(), 2);
        QCOMPARE(tallies[0].toObject().value(QLatin1String("dots")).toInt(), 0);
        QCOMPARE(tallies[1].toObject().value(QLatin1String("dots")).toInt(), 3);
        QVERIFY(f.run(f.fac, "revealTallies", {{QStringLiteral("revealed"), true}}).ok);
        QVERIFY(f.engine->projection(Actor::wallDisplay()).value(QLatin1String("vote")).toObject().value(QLatin1String("tallies")).isArray());
        QCOMPARE(f.run(f.fac, "mergeCards", {{QStringLiteral("cardId"), c2}, {QStringLiteral("intoCardId"), c1}}).code, QStringLiteral("vote_open"));
        QVERIFY(f.run(f.fac, "closeVote").ok);
        QCOMPARE(f.run(a, "vote", ballot(ta, {{k1, 1}})).code, QStringLiteral("vote_not_open"));
        QVERIFY(f.engine->projection(a).value(QLatin1String("mine")).toObject().value(QLatin1String("hasVoted")).toBool());
        // Stored ballots hold no participant id.
        for (const Ballot &bt : f.engine->state().ballots)
            QVERIFY(!bt.key.contains(a.participantId) && !bt.key.contains(ta));
    }

    void duplicatesApplyOnce()
    {
        Fixture f;
        const Actor a = f.join();
        f.toPhase(1);
        const QJsonObject args{{QStringLiteral("text"), QStringLiteral("een keer")}};
        const Result first = f.run(a, "addCard", args, QStringLiteral("m-1"));
        QVERIFY(first.ok && !first.duplicate);
        for (int i = 0; i < 100; ++i) {
            const Result again = f.run(a, "addCard", args, QStringLiteral("m-1"));
            QVERIFY(again.ok && again.duplicate);
            QCOMPARE(again.data, first.data);
        }
        QCOMPARE(f.engine->state().cards.size(), 1);
        // The same id from someone else is their own message.
        const Actor b = f.join();
        QVERIFY(!f.run(b, "addCard", args, QStringLiteral("m-1")).duplicate);
        QCOMPARE(f.engine->state().cards.size(), 2);
    }

    void batchCommitsOnce()
    {
        Fixture f;
        const Actor a = f.join();
        const Actor b = f.join();
        f.toPhase(1);
        QSignalSpy changed(f.engine.get(), &SessionEngine::changed);
        const quint64 seq = f.engine->seq();
        const QJsonObject card{{QStringLiteral("text"), QStringLiteral("kaart")}};
        const QList<Result> results = f.engine->executeBatch({
                {a, QStringLiteral("addCard"), card, QStringLiteral("x-1")},
                {b, QStringLiteral("addCard"), {{QStringLiteral("text"), 7}}, QStringLiteral("y-1")},
                {b, QStringLiteral("editCard"), card, QStringLiteral("y-2")},
                {a, QStringLiteral("addCard"), card, QStringLiteral("x-1")},
                {b, QStringLiteral("addCard"), card, QStringLiteral("y-3")},
        });
        QCOMPARE(results.size(), 5);
        QVERIFY(results[0].ok);
        QCOMPARE(results[1].code, QStringLiteral("invalid"));
        QCOMPARE(results[2].code, QStringLiteral("not_allowed"));
        QVERIFY(results[3].duplicate);
        QCOMPARE(results[3].data, results[0].data);
        QVERIFY(results[4].ok);
        QCOMPARE(f.engine->state().cards.size(), 2);
        QCOMPARE(f.engine->seq(), seq + 1); // one commit, one change
        QCOMPARE(changed.count(), 1);
        f.open();
        QCOMPARE(f.engine->state().cards.size(), 2);
    }

    void resumesFromDisk()
    {
        Fixture f;
        const Actor a = f.join();
        f.toPhase(0);
        QVERIFY(f.run(a, "addThought", {{QStringLiteral("text"), QStringLiteral("blijft")}}, QStringLiteral("t-1")).ok);
        const QString meeting = f.engine->meetingCode();
        QCOMPARE(meeting.size(), 10);
        Fixture other;
        QVERIFY(other.engine->meetingCode() != meeting); // every session its own
        f.toPhase(1);
        const int c = f.addCard(a, QStringLiteral("kaart"));
        QVERIFY(f.run(a, "addRemark", {{QStringLiteral("cardId"), c}, {QStringLiteral("kind"), QStringLiteral("critic")}, {QStringLiteral("text"), QStringLiteral("risico")}}).ok);
        f.toPhase(2);
        QVERIFY(f.run(f.fac, "openVote").ok);
        QVERIFY(f.run(a, "vote", {{QStringLiteral("ballot"), token()}, {QStringLiteral("choices"), QJsonObject{{QString::number(c), 2}}}}).ok);
        f.clock.advance(90000);
        const QJsonObject before = f.engine->projection(a);
        const qint64 remaining = f.engine->phaseRemainingMs();

        f.open(); // a new engine over the same store: as after kill -9
        f.clock.advance(10000);
        QCOMPARE(f.engine->phaseRemainingMs(), remaining - 10000); // the timer ran on
        const Result again = f.engine->join(QStringLiteral("123456"), a.secret, {});
        QVERIFY(again.ok);
        QJsonObject after = f.engine->projection(a);
        QCOMPARE(after.value(QLatin1String("mine")), before.value(QLatin1String("mine")));
        QCOMPARE(after.value(QLatin1String("cards")), before.value(QLatin1String("cards")));
        QCOMPARE(after.value(QLatin1String("vote")), before.value(QLatin1String("vote")));
        QCOMPARE(f.engine->state().phaseIndex, 2);
        QCOMPARE(f.engine->meetingCode(), meeting); // the join link stays valid
        QVERIFY(f.run(a, "addThought", {{QStringLiteral("text"), QStringLiteral("blijft")}}, QStringLiteral("t-1")).duplicate);
        QCOMPARE(f.run(a, "vote", {{QStringLiteral("ballot"), QStringLiteral("another-token-123456")}, {QStringLiteral("choices"), QJsonObject{{QString::number(c), 1}}}}).code,
                 QStringLiteral("ballot_mismatch"));
    }

    void timerBridgesAReboot()
    {
        Fixture f;
        f.toPhase(0);
        f.clock.advance(60000);
        f.clock.boot = QStringLiteral("another-boot");
        f.clock.mono = 5000; // the monotonic clock starts again after a reboot
        f.clock.wall += 30000;
        f.open();
        QCOMPARE(f.engine->phaseRemainingMs(), 15 * 60000 - 90000);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
