// The coalesced fan-out (docs/protocol.md, "Connection life cycle"): the
// changes that follow one another within the fan-out interval leave as one
// `update` per client, whose seq is the last of them; nothing is lost (each
// client ends with exactly what a fresh snapshot gives); each ack follows the
// update that carries its change; and a snapshot sent while changes wait is
// not overtaken by them (the joiner is never sent a second snapshot).
// A real KioskServer on port 0; the interval is widened so that the test
// does not depend on how fast the machine is.
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

class tst_Fanout : public ServerFixture
{
    Q_OBJECT

    static constexpr int Interval = 1000;

    void toVote()
    {
        wall(QStringLiteral("startMeeting"));
        wall(QStringLiteral("nextPhase"));
        for (int i = 0; i < 3; ++i)
            wall(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("kaart %1").arg(i)}});
        wall(QStringLiteral("nextPhase"));
        wall(QStringLiteral("openVote"));
        wall(QStringLiteral("revealTallies"), {{QStringLiteral("revealed"), true}});
    }

    // Voter `who` (its own ballot token) puts 1 or 2 dots on a card.
    QString vote(WsTestClient *c, int who, int n)
    {
        const QJsonObject choices{{QString::number(1 + n % 3), 1 + n % 2}};
        return c->command(QStringLiteral("vote"),
                          {{QStringLiteral("ballot"), QStringLiteral("ballot-token-%1-0123456789").arg(who)},
                           {QStringLiteral("choices"), choices}});
    }

    // Updates since message index `from` that carry the vote section.
    static int voteUpdates(const WsTestClient *c, qsizetype from)
    {
        int n = 0;
        for (const QJsonObject &u : c->ofType(QStringLiteral("update"), from))
            n += u.value(QLatin1String("sections")).toObject().contains(QLatin1String("vote"))
                || u.value(QLatin1String("patch")).toObject().contains(QLatin1String("vote"));
        return n;
    }

    // The sections a client holds are those of a fresh snapshot (presence
    // is counted on its own timer and left out).
    bool holdsFreshState(const WsTestClient *c, const Actor &reader) const
    {
        QJsonObject fresh = m_engine->projection(reader);
        QJsonObject held = c->state;
        fresh.remove(QStringLiteral("presence"));
        held.remove(QStringLiteral("presence"));
        return c->gaps == 0 && held == fresh;
    }
    Actor actorOf(const WsTestClient *c) const { return m_engine->actorFor(c->participantId, c->token); }

private Q_SLOTS:
    void init()
    {
        setUpServer();
        m_server->setFanoutInterval(Interval);
    }
    void cleanup() { tearDownServer(); }

    // The frame, unless a fan-out itself takes more than half of it: then
    // twice that fan-out, at most 200 ms; 0 (tests) sends each at once.
    void intervalFollowsTheFanoutsCost()
    {
        QCOMPARE(KioskServer::fanoutInterval(16, 0), 16);
        QCOMPARE(KioskServer::fanoutInterval(16, 8), 16);
        QCOMPARE(KioskServer::fanoutInterval(16, 9), 18);
        QCOMPARE(KioskServer::fanoutInterval(16, 14), 28);
        QCOMPARE(KioskServer::fanoutInterval(16, 500), 200);
        QCOMPARE(KioskServer::fanoutInterval(1000, 14), 1000);
        QCOMPARE(KioskServer::fanoutInterval(0, 14), 0);
    }

    // Votes sent within one interval wait for its fan-out, are committed
    // together as it leaves and reach every client as one update (at most
    // two, if the machine is slower than the interval), not one per vote;
    // every ack comes after the update with its seq; everyone ends with the
    // exact tallies.
    void votesWithinAnIntervalLeaveAsOneUpdate()
    {
        toVote();
        WsTestClient *f = facilitator();
        QList<WsTestClient *> voters;
        for (int i = 0; i < 8; ++i)
            voters.append(participant());
        QSignalSpy changes(m_engine.get(), &SessionEngine::changed);

        // The first vote; its fan-out starts an interval.
        const QString first = vote(voters[0], 0, 0);
        QVERIFY(voters[0]->waitAnswer(first, Interval * 5).has_value());
        const qsizetype from = f->messages.size();
        const int changesBefore = int(changes.size());

        // Seven more, within the interval.
        QStringList ids;
        for (int i = 1; i < voters.size(); ++i)
            ids.append(vote(voters[i], i, i));
        for (int i = 1; i < voters.size(); ++i) {
            const auto a = voters[i]->waitAnswer(ids[i - 1], Interval * 5);
            QVERIFY(a.has_value());
            QCOMPARE(a->value(QLatin1String("type")).toString(), QStringLiteral("ack"));
        }
        QTRY_VERIFY(holdsFreshState(f, actorOf(f)));
        QVERIFY2(voteUpdates(f, from) <= 2, qPrintable(QString::number(voteUpdates(f, from))));
        QVERIFY(voteUpdates(f, from) >= 1);
        QVERIFY2(changes.size() - changesBefore <= 2, qPrintable(QString::number(changes.size() - changesBefore)));

        // Each voter saw its tally before its ack.
        for (int i = 1; i < voters.size(); ++i) {
            WsTestClient *v = voters[i];
            qint64 heldSeq = v->snapshotSeq;
            bool checked = false;
            for (const QJsonObject &m : std::as_const(v->messages)) {
                const QString t = m.value(QLatin1String("type")).toString();
                if (t == QLatin1String("update"))
                    heldSeq = std::max(heldSeq, qint64(m.value(QLatin1String("seq")).toDouble()));
                if (t == QLatin1String("ack") && m.value(QLatin1String("id")).toString() == ids[i - 1]) {
                    QVERIFY2(heldSeq >= qint64(m.value(QLatin1String("seq")).toDouble()),
                             "the ack came before the update that carries its change");
                    checked = true;
                }
            }
            QVERIFY(checked);
        }
        for (WsTestClient *v : std::as_const(voters))
            QTRY_VERIFY(holdsFreshState(v, actorOf(v)));
    }

    // A fan-out that followed a quiet interval may be followed by one more at
    // once (a second vote in a quiet room does not wait up to a frame); what
    // comes after that waits for the interval. The interval is a minute once
    // the room is set up: the spare vote is answered long before it, the
    // next one is not answered within a second.
    void aQuietRoomSendsOneMoreChangeAtOnce()
    {
        constexpr int Minute = 60000;
        m_server->setFanoutInterval(0); // each change at once: each fan-out follows a quiet interval
        toVote();
        WsTestClient *f = facilitator();
        WsTestClient *a = participant();
        WsTestClient *b = participant();
        m_server->setFanoutInterval(Minute);

        const QString spare = vote(a, 0, 0);
        QVERIFY(a->waitAnswer(spare, Interval * 5).has_value());
        QTRY_VERIFY(holdsFreshState(f, actorOf(f)));
        const QString next = vote(b, 1, 1);
        QVERIFY(!b->waitAnswer(next, Interval).has_value());
    }

    // Changes committed one after another within one interval (the wall's
    // own commands commit at once) reach every client as one update.
    void commitsWithinAnIntervalLeaveAsOneUpdate()
    {
        toVote();
        WsTestClient *f = facilitator();
        WsTestClient *v = participant();
        wall(QStringLiteral("revealTallies"), {{QStringLiteral("revealed"), false}}); // starts an interval
        QTRY_VERIFY(holdsFreshState(f, actorOf(f)));
        const qsizetype from = f->messages.size();
        const qsizetype fromV = v->messages.size();
        for (int i = 0; i < 5; ++i)
            wall(QStringLiteral("revealTallies"), {{QStringLiteral("revealed"), i % 2 == 0}});
        QTRY_VERIFY(holdsFreshState(f, actorOf(f)));
        QTRY_VERIFY(holdsFreshState(v, actorOf(v)));
        QVERIFY2(f->ofType(QStringLiteral("update"), from).size() <= 2,
                 qPrintable(QString::number(f->ofType(QStringLiteral("update"), from).size())));
        QVERIFY(v->ofType(QStringLiteral("update"), fromV).size() <= 2);
    }

    // The first change after a quiet interval gathers: a vote read while the
    // one before it waits for its commit, and a vote read while that commit's
    // fan-out waits for its pass, leave in the same update, not one now and
    // one an interval later. The test runs the server's passes itself, and
    // widens the gathers' limits so that the machine's speed does not matter.
    void votesReadOverSeveralPassesLeaveAsOneUpdate()
    {
        constexpr int Short = 200;
        m_server->setFanoutInterval(Short);
        m_server->setGatherLimits(Interval, Interval);
        toVote();
        WsTestClient *f = facilitator();
        QList<WsTestClient *> voters;
        for (int i = 0; i < 3; ++i)
            voters.append(participant());
        // A first vote folds the joins out of the log; then the log is empty
        // and the next sealed commit goes ahead at once.
        WsTestClient *early = participant();
        const QString first = vote(early, 99, 0);
        QVERIFY(early->waitAnswer(first, Interval * 5).has_value());
        QTRY_VERIFY(holdsFreshState(f, actorOf(f)));
        QTRY_VERIFY(!m_engine->commitWouldWait());
        QTest::qWait(Short + 50); // nothing tells that the interval since the last fan-out is over
        const qsizetype from = f->messages.size();

        QStringList ids;
        for (int i = 0; i < voters.size(); ++i) {
            ids.append(vote(voters[i], i, i));
            QVERIFY(voters[i]->socket().flush());
            QCoreApplication::processEvents(); // the server reads it: one pass each
            QCoreApplication::processEvents();
        }
        for (int i = 0; i < voters.size(); ++i) {
            const auto a = voters[i]->waitAnswer(ids[i], Interval * 5);
            QVERIFY(a.has_value());
            QCOMPARE(a->value(QLatin1String("type")).toString(), QStringLiteral("ack"));
        }
        QTRY_VERIFY(holdsFreshState(f, actorOf(f)));
        QCOMPARE(voteUpdates(f, from), 1);
        for (WsTestClient *v : std::as_const(voters))
            QTRY_VERIFY(holdsFreshState(v, actorOf(v)));
    }

    // A participant who joins while a change waits for the fan-out gets one
    // snapshot, then patches: the waiting change went to the others first,
    // and commands waiting for the fan-out are not left behind.
    void aSnapshotIsNotOvertakenByWaitingChanges()
    {
        toVote();
        WsTestClient *f = facilitator();
        WsTestClient *a = participant();
        const QString first = vote(a, 0, 0);
        QVERIFY(a->waitAnswer(first, Interval * 5).has_value());

        // Within the interval: a change that waits for the fan-out (the
        // wall's own commands commit at once), a vote that waits to be
        // committed at it, then a join: its snapshot sends the waiting
        // change early, and the vote still goes with the next fan-out.
        wall(QStringLiteral("revealTallies"), {{QStringLiteral("revealed"), false}});
        const QString second = vote(a, 0, 1);
        QVERIFY(QTest::qWaitFor([&] { return a->socket().bytesToWrite() == 0; }));
        WsTestClient *late = participant();
        QCOMPARE(late->count(QStringLiteral("snapshot")), 1);
        const QString third = vote(late, 1, 2);
        QVERIFY(late->waitAnswer(third, Interval * 5).has_value());
        QVERIFY(a->waitAnswer(second, Interval * 5).has_value());
        QTRY_VERIFY(holdsFreshState(late, actorOf(late)));
        QTRY_VERIFY(holdsFreshState(a, actorOf(a)));
        QTRY_VERIFY(holdsFreshState(f, actorOf(f)));
        QCOMPARE(late->count(QStringLiteral("snapshot")), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Fanout)
#include "tst_fanout.moc"
