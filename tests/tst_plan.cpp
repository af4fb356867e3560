// The plan changes live: setPhaseMinutes and addPhase. Nothing that has run
// moves, the timer follows, everyone sees the new plan, and it survives a
// kill -9 (a new engine over the same store).
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


QString token() { return QStringLiteral("ballot-token-0123456789abcdef"); }

struct Fixture : EngineFixture {
    Fixture() : EngineFixture(QStringLiteral("Team Plan")) {}
    QJsonObject phase(const Actor &a) const { return engine->projection(a).value(QLatin1String("phase")).toObject(); }
    QJsonArray formatPhases(const Actor &a) const
    {
        return engine->projection(a).value(QLatin1String("session")).toObject().value(QLatin1String("format")).toObject()
                .value(QLatin1String("phases")).toArray();
    }
    QStringList phaseTitles() const
    {
        QStringList titles;
        for (const Phase &p : engine->state().format.phases)
            titles.append(p.title);
        return titles;
    }
};

QJsonObject minutesArgs(int index, int minutes)
{
    return {{QStringLiteral("index"), index}, {QStringLiteral("minutes"), minutes}};
}

QJsonObject addArgs(int after, const QString &title, int minutes)
{
    return {{QStringLiteral("after"), after}, {QStringLiteral("title"), title}, {QStringLiteral("minutes"), minutes}};
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusals_data()
    {
        QTest::addColumn<int>("phase"); // -1 = not started, 5 = ended
        QTest::addColumn<QString>("who"); // participant, facilitator, wall, local
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("code");
        const QJsonObject add = addArgs(2, QStringLiteral("Pauze"), 10);
        auto with = [](QJsonObject o, const char *key, const QJsonValue &v) {
            o.insert(QLatin1String(key), v);
            return o;
        };
        QTest::addRow("participant sets minutes") << 1 << "participant" << "setPhaseMinutes" << minutesArgs(2, 10) << "not_allowed";
        QTest::addRow("wall sets minutes") << 1 << "wall" << "setPhaseMinutes" << minutesArgs(2, 10) << "not_allowed";
        QTest::addRow("participant adds phase") << 1 << "participant" << "addPhase" << add << "not_allowed";
        QTest::addRow("minutes of a past phase") << 2 << "facilitator" << "setPhaseMinutes" << minutesArgs(1, 10) << "phase_past";
        QTest::addRow("minutes zero") << 1 << "facilitator" << "setPhaseMinutes" << minutesArgs(1, 0) << "invalid";
        QTest::addRow("minutes over 240") << 1 << "local" << "setPhaseMinutes" << minutesArgs(1, 241) << "invalid";
        QTest::addRow("minutes fraction") << 1 << "local" << "setPhaseMinutes" << QJsonObject{{QStringLiteral("index"), 1}, {QStringLiteral("minutes"), 2.5}} << "invalid";
        QTest::addRow("minutes as text") << 1 << "local" << "setPhaseMinutes" << QJsonObject{{QStringLiteral("index"), 1}, {QStringLiteral("minutes"), QStringLiteral("10")}} << "invalid";
        QTest::addRow("minutes no index") << 1 << "local" << "setPhaseMinutes" << QJsonObject{{QStringLiteral("minutes"), 10}} << "invalid";
        QTest::addRow("minutes index past the plan") << 1 << "local" << "setPhaseMinutes" << minutesArgs(5, 10) << "invalid";
        QTest::addRow("minutes after the end") << 5 << "local" << "setPhaseMinutes" << minutesArgs(4, 10) << "meeting_ended";
        QTest::addRow("add before the current") << 2 << "local" << "addPhase" << addArgs(1, QStringLiteral("Pauze"), 10) << "phase_past";
        QTest::addRow("add at the start once started") << 0 << "local" << "addPhase" << addArgs(-1, QStringLiteral("Pauze"), 10) << "phase_past";
        QTest::addRow("add after the last plus one") << 1 << "local" << "addPhase" << addArgs(5, QStringLiteral("Pauze"), 10) << "invalid";
        QTest::addRow("add after the end") << 5 << "local" << "addPhase" << addArgs(4, QStringLiteral("Pauze"), 10) << "meeting_ended";
        QTest::addRow("add without title") << 1 << "local" << "addPhase" << QJsonObject{{QStringLiteral("after"), 2}, {QStringLiteral("minutes"), 10}} << "invalid";
        QTest::addRow("add blank title") << 1 << "local" << "addPhase" << addArgs(2, QStringLiteral("   "), 10) << "invalid";
        QTest::addRow("add long title") << 1 << "local" << "addPhase" << addArgs(2, QString(121, QLatin1Char('x')), 10) << "invalid";
        QTest::addRow("add zero minutes") << 1 << "local" << "addPhase" << addArgs(2, QStringLiteral("Pauze"), 0) << "invalid";
        QTest::addRow("add 241 minutes") << 1 << "local" << "addPhase" << addArgs(2, QStringLiteral("Pauze"), 241) << "invalid";
        QTest::addRow("add unknown activity") << 1 << "local" << "addPhase" << with(add, "activities", QJsonArray{QStringLiteral("dance")}) << "invalid";
        QTest::addRow("add activity twice") << 1 << "local" << "addPhase" << with(add, "activities", QJsonArray{QStringLiteral("vote"), QStringLiteral("vote")}) << "invalid";
        QTest::addRow("add tags without tag set") << 1 << "local" << "addPhase" << with(add, "activities", QJsonArray{QStringLiteral("tags")}) << "invalid";
        QTest::addRow("add activities not a list") << 1 << "local" << "addPhase" << with(add, "activities", QStringLiteral("vote")) << "invalid";
        QTest::addRow("add steps not a list") << 1 << "local" << "addPhase" << with(add, "steps", QStringLiteral("stap")) << "invalid";
        QTest::addRow("add empty step") << 1 << "local" << "addPhase" << with(add, "steps", QJsonArray{QStringLiteral("stap"), QStringLiteral(" ")}) << "invalid";
        QTest::addRow("add step not text") << 1 << "local" << "addPhase" << with(add, "steps", QJsonArray{3}) << "invalid";
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
        const Actor fac = f.join(QStringLiteral("9999"));
        if (phase == 5)
            QVERIFY(f.run(f.fac, "endMeeting").ok);
        else
            f.toPhase(phase);
        const Actor actor = who == QLatin1String("participant") ? p
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

    void beforeTheStartEveryPhaseChanges()
    {
        Fixture f;
        QVERIFY(f.run(f.fac, "setPhaseMinutes", minutesArgs(0, 20)).ok);
        const Result r = f.run(f.fac, "addPhase", addArgs(-1, QStringLiteral("Kennismaken"), 5));
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.data.value(QLatin1String("index")).toInt(), 0);
        QCOMPARE(f.phaseTitles().first(), QStringLiteral("Kennismaken"));
        QCOMPARE(f.engine->state().format.phases[1].minutes, 20);
        QVERIFY(f.run(f.fac, "startMeeting").ok);
        QCOMPARE(f.engine->phaseRemainingMs(), 5 * 60000);
    }

    void runningPhaseTimerFollowsItsMinutes()
    {
        Fixture f;
        const Actor p = f.join();
        f.toPhase(1); // 30 minutes
        f.clock.advance(10 * 60000);
        QVERIFY(f.run(f.fac, "adjustTime", {{QStringLiteral("minutes"), 5}}).ok);
        QCOMPARE(f.engine->phaseRemainingMs(), 25 * 60000);
        QSignalSpy changed(f.engine.get(), &SessionEngine::changed);
        QVERIFY(f.run(f.fac, "setPhaseMinutes", minutesArgs(1, 45)).ok);
        QCOMPARE(changed.count(), 1);
        const Sections sections = changed.at(0).at(1).value<Sections>();
        QVERIFY(sections.testFlag(Section::Phase));
        QVERIFY(sections.testFlag(Section::Session));
        // 45 minutes in all (the +5 folded in), 10 of them gone.
        QCOMPARE(f.engine->phaseRemainingMs(), 35 * 60000);
        QJsonObject phase = f.phase(p);
        QCOMPARE(phase.value(QLatin1String("plannedMs")).toDouble(), 45 * 60000.0);
        QCOMPARE(phase.value(QLatin1String("remainingMs")).toDouble(), 35 * 60000.0);
        QCOMPARE(phase.value(QLatin1String("runs")).toArray().at(1).toObject().value(QLatin1String("adjustSeconds")).toInt(), 0);
        QCOMPARE(f.formatPhases(p).at(1).toObject().value(QLatin1String("minutes")).toInt(), 45);
        f.clock.advance(60000);
        QCOMPARE(f.engine->phaseRemainingMs(), 34 * 60000); // still counting down

        // Shorter than what has run: the phase is in overtime at once.
        QVERIFY(f.run(f.fac, "setPhaseMinutes", minutesArgs(1, 5)).ok);
        QCOMPARE(f.engine->phaseRemainingMs(), -6 * 60000);
        // While paused the timer stands still at the new length.
        QVERIFY(f.run(f.fac, "pause").ok);
        QVERIFY(f.run(f.fac, "setPhaseMinutes", minutesArgs(1, 20)).ok);
        f.clock.advance(60000);
        QCOMPARE(f.engine->phaseRemainingMs(), 9 * 60000);
        // A later phase: the meeting's remaining time grows by the difference.
        const double meeting = f.phase(p).value(QLatin1String("meetingRemainingMs")).toDouble();
        QVERIFY(f.run(f.fac, "setPhaseMinutes", minutesArgs(3, 15)).ok); // was 5
        QCOMPARE(f.phase(p).value(QLatin1String("meetingRemainingMs")).toDouble(), meeting + 10 * 60000.0);
        QCOMPARE(f.engine->phaseRemainingMs(), 9 * 60000);
    }

    void addedPhaseShiftsLaterOnesAndLosesNothing()
    {
        Fixture f;
        const Actor p = f.join();
        f.toPhase(1);
        const int card = f.run(p, "addCard", {{QStringLiteral("text"), QStringLiteral("kaart")}, {QStringLiteral("direction"), QStringLiteral("Werk")}})
                                 .data.value(QLatin1String("cardId")).toInt();
        f.toPhase(2);
        QVERIFY(f.run(f.fac, "openVote").ok);
        QVERIFY(f.run(p, "vote", {{QStringLiteral("ballot"), token()}, {QStringLiteral("choices"), QJsonObject{{QString::number(card), 2}}}}).ok);
        QVERIFY(f.run(f.fac, "closeVote").ok);
        f.clock.advance(3 * 60000);
        const QJsonObject before = f.engine->projection(f.fac);
        const qint64 remaining = f.engine->phaseRemainingMs();

        const QJsonObject args{{QStringLiteral("after"), 2}, {QStringLiteral("title"), QStringLiteral("Tweede stemronde")},
                               {QStringLiteral("minutes"), 12},
                               {QStringLiteral("steps"), QJsonArray{QStringLiteral("Kies opnieuw"), QStringLiteral("Bespreek")}},
                               {QStringLiteral("activities"), QJsonArray{QStringLiteral("vote"), QStringLiteral("considerations")}}};
        const Result r = f.run(f.fac, "addPhase", args);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.data.value(QLatin1String("index")).toInt(), 3);
        QCOMPARE(r.data.value(QLatin1String("phaseId")).toString(), QStringLiteral("added-1"));

        const SessionState &s = f.engine->state();
        QCOMPARE(s.format.phases.size(), 6);
        QCOMPARE(s.runs.size(), 6);
        QCOMPARE(s.phaseIndex, 2);
        QCOMPARE(s.votePhase, 2);
        QCOMPARE(f.engine->phaseRemainingMs(), remaining); // the running phase is untouched
        const Phase &added = s.format.phases[3];
        QCOMPARE(added.minutes, 12);
        QCOMPARE(added.steps, QStringList({QStringLiteral("Kies opnieuw"), QStringLiteral("Bespreek")}));
        QVERIFY(added.has(Activity::Vote) && added.has(Activity::Considerations) && !added.has(Activity::Remarks));
        QCOMPARE(added.vote, s.format.phases[2].vote); // votes like the vote before it
        QCOMPARE(s.format.phases[4].id, QStringLiteral("inzichten"));
        QCOMPARE(s.runs[2].status, QStringLiteral("active"));
        QCOMPARE(s.runs[3].status, QStringLiteral("pending"));
        QCOMPARE(s.runs[1].status, QStringLiteral("done"));

        const QJsonObject after = f.engine->projection(f.fac);
        for (const char *section : {"cards", "vote", "insights", "tips", "case", "questions"})
            QCOMPARE(after.value(QLatin1String(section)), before.value(QLatin1String(section)));
        const QJsonObject phase = after.value(QLatin1String("phase")).toObject();
        QCOMPARE(phase.value(QLatin1String("count")).toInt(), 6);
        QCOMPARE(phase.value(QLatin1String("index")).toInt(), 2);
        QCOMPARE(phase.value(QLatin1String("runs")).toArray().size(), 6);
        QCOMPARE(f.formatPhases(p).at(3).toObject().value(QLatin1String("title")).toString(), QStringLiteral("Tweede stemronde"));
        QCOMPARE(phase.value(QLatin1String("meetingRemainingMs")).toDouble(),
                 before.value(QLatin1String("phase")).toObject().value(QLatin1String("meetingRemainingMs")).toDouble() + 12 * 60000.0);

        // The added phase runs like any other: a new vote, then on to the old phases.
        QVERIFY(f.run(f.fac, "nextPhase").ok);
        QCOMPARE(f.phase(p).value(QLatin1String("title")).toString(), QStringLiteral("Tweede stemronde"));
        QCOMPARE(f.engine->phaseRemainingMs(), 12 * 60000);
        QVERIFY(f.run(f.fac, "openVote").ok);
        QCOMPARE(f.engine->state().votePhase, 3);
        QVERIFY(f.run(f.fac, "nextPhase").ok);
        QCOMPARE(f.engine->state().format.phases[f.engine->state().phaseIndex].id, QStringLiteral("inzichten"));
        QVERIFY(f.run(p, "addInsight", {{QStringLiteral("question"), QStringLiteral("enriched")}, {QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("share"), true}}).ok);
        // A second added phase gets its own id; one after the last phase works too.
        const Result last = f.run(f.fac, "addPhase", addArgs(5, QStringLiteral("Napraten"), 5));
        QCOMPARE(last.data.value(QLatin1String("phaseId")).toString(), QStringLiteral("added-2"));
        QCOMPARE(f.phaseTitles().last(), QStringLiteral("Napraten"));
        QVERIFY(f.engine->state().format.phases.last().activities.isEmpty()); // a talking phase
    }

    void addedPhaseBeforeAnOpenVoteKeepsTheVote()
    {
        Fixture f;
        f.toPhase(2);
        QVERIFY(f.run(f.fac, "openVote").ok);
        QVERIFY(f.run(f.fac, "previousPhase").ok); // the vote closes on leaving its phase
        QCOMPARE(f.engine->state().votePhase, 2);
        QVERIFY(f.run(f.fac, "addPhase", addArgs(1, QStringLiteral("Extra"), 5)).ok);
        QCOMPARE(f.engine->state().votePhase, 3); // still points at the vote's phase
        QCOMPARE(f.engine->state().format.phases[3].id, QStringLiteral("uitkomsten"));
    }

    void planSurvivesKill()
    {
        Fixture f;
        const Actor p = f.join();
        f.toPhase(1);
        f.clock.advance(4 * 60000);
        QVERIFY(f.run(f.fac, "setPhaseMinutes", minutesArgs(1, 40)).ok);
        QVERIFY(f.run(f.fac, "addPhase", {{QStringLiteral("after"), 1}, {QStringLiteral("title"), QStringLiteral("Pauze")},
                                          {QStringLiteral("minutes"), 10}, {QStringLiteral("steps"), QJsonArray{QStringLiteral("Koffie")}}}).ok);
        QVERIFY(f.run(f.fac, "setPhaseMinutes", minutesArgs(3, 7)).ok);
        const QJsonObject before = f.engine->projection(p);
        const qint64 remaining = f.engine->phaseRemainingMs();
        const QStringList titles = f.phaseTitles();

        f.open();
        f.clock.advance(1000);
        QCOMPARE(f.phaseTitles(), titles);
        QCOMPARE(f.engine->state().runs.size(), 6);
        QCOMPARE(f.engine->state().format.phases[2].steps, QStringList{QStringLiteral("Koffie")});
        QCOMPARE(f.engine->state().format.phases[3].minutes, 7);
        QCOMPARE(f.engine->phaseRemainingMs(), remaining - 1000);
        const QJsonObject after = f.engine->projection(p);
        QCOMPARE(after.value(QLatin1String("session")), before.value(QLatin1String("session")));
        QCOMPARE(after.value(QLatin1String("phase")).toObject().value(QLatin1String("runs")),
                 before.value(QLatin1String("phase")).toObject().value(QLatin1String("runs")));
        QCOMPARE(after.value(QLatin1String("phase")).toObject().value(QLatin1String("count")).toInt(), 6);
        // A third added phase after the restart still gets a fresh id.
        const Result r = f.run(f.fac, "addPhase", addArgs(2, QStringLiteral("Nog een"), 5));
        QCOMPARE(r.data.value(QLatin1String("phaseId")).toString(), QStringLiteral("added-2"));
    }

    void planHasAnEnd()
    {
        Fixture f;
        for (int i = f.engine->state().format.phases.size(); i < 50; ++i)
            QVERIFY(f.run(f.fac, "addPhase", addArgs(-1, QStringLiteral("Fase"), 1)).ok);
        const quint64 seq = f.engine->seq();
        QCOMPARE(f.run(f.fac, "addPhase", addArgs(-1, QStringLiteral("Fase"), 1)).code, QStringLiteral("too_many_phases"));
        QCOMPARE(f.engine->seq(), seq);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
