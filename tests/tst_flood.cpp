// The per-connection flood limit (issue 5, item 5) and what it must not
// break: 20 messages a second sustained, 40 at once; the message over that is
// answered with `rate_limited` and the connection closed, while every other
// client keeps working. Time is the fixture's hand-moved clock.
#include "serverfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

class tst_Flood : public ServerFixture
{
    Q_OBJECT

    static QJsonObject thought(const QString &text) { return {{QStringLiteral("text"), text}}; }
    // Everyone in the room sends two thoughts at once, and each is acked.
    static void everyoneSendsTwice(const QList<WsTestClient *> &room)
    {
        QStringList ids;
        for (int round = 0; round < 2; ++round)
            for (WsTestClient *p : room)
                ids.append(p->command(QStringLiteral("addThought"), thought(QStringLiteral("samen"))));
        for (int i = 0; i < ids.size(); ++i) {
            const auto a = room[i % room.size()]->waitAnswer(ids[i]);
            QVERIFY(a.has_value());
            QCOMPARE(a->value(QLatin1String("type")).toString(), QStringLiteral("ack"));
        }
    }

private Q_SLOTS:
    void init()
    {
        setUpServer();
        wall(QStringLiteral("startMeeting")); // first thoughts are open
    }
    void cleanup() { tearDownServer(); }

    void floodIsCutOffWhileOthersWork()
    {
        WsTestClient *flooder = participant(); // its join took one of the 40
        WsTestClient *other = participant();
        for (int i = 0; i < 100; ++i)
            flooder->command(QStringLiteral("addThought"), thought(QStringLiteral("f%1").arg(i)), QStringLiteral("f-%1").arg(i));
        const QString mine = other->command(QStringLiteral("addThought"), thought(QStringLiteral("rustig")));

        QVERIFY(flooder->waitDisconnected());
        QCOMPARE(flooder->closeCode, 1008);
        QCOMPARE(flooder->lastError(), QStringLiteral("rate_limited"));
        // The 39 that fitted the burst ran and were acked; nothing after them.
        QCOMPARE(flooder->count(QStringLiteral("ack")), 39);
        QVERIFY(flooder->answerFor(QStringLiteral("f-38")).has_value());
        QVERIFY(!flooder->answerFor(QStringLiteral("f-39")).has_value());
        QTRY_COMPARE(other->answersFor(mine), 1);
        QCOMPARE(other->answerFor(mine)->value(QLatin1String("type")).toString(), QStringLiteral("ack"));
        QCOMPARE(m_engine->state().thoughts.size(), 40);
        QVERIFY(!other->disconnected);

        // The flooder may come back, resume and re-send the rest: once each.
        WsTestClient *again = connectClient();
        QVERIFY(again->joinAndWait(Pin, {{QStringLiteral("resume"), flooder->token}}));
        m_clock.advance(3000); // the new connection starts with a full bucket anyway
        for (int i = 30; i < 60; ++i)
            again->command(QStringLiteral("addThought"), thought(QStringLiteral("f%1").arg(i)), QStringLiteral("f-%1").arg(i));
        QTRY_COMPARE(again->count(QStringLiteral("ack")), 30);
        QCOMPARE(m_engine->state().thoughts.size(), 40 + 21);
        QVERIFY(!again->disconnected);
    }

    void sustainedRateIsServed()
    {
        // 100 re-sends of one client message id, at 20 a second: each is
        // answered, and the thought counts once (issue 5, item 9).
        WsTestClient *p = participant();
        for (int i = 0; i < 100; ++i) {
            m_clock.advance(50); // the kiosk sees them 50 ms apart
            p->command(QStringLiteral("addThought"), thought(QStringLiteral("een keer")), QStringLiteral("same-id"));
            QTRY_COMPARE(p->answersFor(QStringLiteral("same-id")), i + 1);
        }
        QCOMPARE(p->count(QStringLiteral("ack")), 100);
        QCOMPARE(p->count(QStringLiteral("error")), 0);
        QCOMPARE(m_engine->state().thoughts.size(), 1);
        QVERIFY(!p->disconnected);
    }

    void bucketRefillsOverTime()
    {
        MessageBucket b; // 20/s, burst 40
        for (int i = 0; i < 40; ++i)
            QVERIFY(b.take(1000));
        QVERIFY(!b.take(1000));
        QVERIFY(!b.take(1049)); // 0.98 of a token
        QVERIFY(b.take(1051));
        QVERIFY(!b.take(1051));
        QVERIFY(!b.take(900)); // a clock that steps back adds nothing
        for (int i = 0; i < 40; ++i)
            QVERIFY(b.take(100000)); // refills to the burst, not beyond
        QVERIFY(!b.take(100000));
    }

    // A room behind one address (a town hall behind one NAT; every test
    // client is on 127.0.0.1): the address's budget grows with the sockets
    // that joined from it, so the whole room may send at once, twice, and
    // nobody is closed for what the others sent, and two seconds later
    // again. Before, its fixed burst (here 8, for a room of 10) refused the
    // 9th message and closed whoever sent it; the room's bench lost tallies
    // that way at 1,000 voters.
    // What is over the grown budget is still refused.
    void aRoomBehindOneAddressMaySendAtOnce()
    {
        m_server->setAddressMessageRate(1, 8);
        QList<WsTestClient *> room;
        for (int i = 0; i < 10; ++i) {
            m_clock.advance(10000); // each join finds the budget refilled
            room.append(connectClient());
            QVERIFY(room.last()->joinAndWait(Pin));
        }
        m_clock.advance(100000); // refilled to 10 joined x 2 = 20
        // Everyone at once, twice; two seconds later (refilled at 10 joined
        // x 1 a second) the same again.
        for (int wave = 0; wave < 2; ++wave) {
            everyoneSendsTwice(room);
            if (QTest::currentTestFailed())
                return;
            for (WsTestClient *p : std::as_const(room))
                QVERIFY(!p->disconnected);
            QCOMPARE(m_engine->state().thoughts.size(), 20 * (wave + 1));
            if (wave == 0)
                m_clock.advance(2000);
        }

        // The budget is spent: the next message from the address is refused
        // and its sender closed, however few it sent itself.
        WsTestClient *last = room.last();
        last->command(QStringLiteral("addThought"), thought(QStringLiteral("te veel")));
        QVERIFY(last->waitDisconnected());
        QCOMPARE(last->closeCode, 1008);
        QCOMPARE(last->lastError(), QStringLiteral("rate_limited"));
        QCOMPARE(m_engine->state().thoughts.size(), 40);
    }

    // The same room joining at once (the bench's 2,000 voters behind
    // 127.0.0.1): a connection's first message, its join, takes nothing from
    // the address, whose budget grows only as the room joins. Before, the
    // 9th of these joins (here; at the defaults the 1,001st) was refused and
    // closed. What the joined room sends after that still counts.
    void aRoomBehindOneAddressMayJoinAtOnce()
    {
        m_server->setAddressMessageRate(1, 8);
        const int participants = int(m_engine->state().participants.size());
        QList<WsTestClient *> room;
        for (int i = 0; i < 30; ++i)
            room.append(connectClient());
        for (WsTestClient *p : std::as_const(room))
            p->join(Pin);
        for (WsTestClient *p : std::as_const(room))
            QTRY_VERIFY(p->snapshotSeq >= 0 || p->disconnected);
        for (WsTestClient *p : std::as_const(room)) {
            QVERIFY(!p->disconnected);
            QVERIFY2(p->lastError().isEmpty(), qPrintable(p->lastError()));
        }
        QCOMPARE(int(m_engine->state().participants.size()), participants + 30);

        // Its grown budget (30 joined x 2 at once) is all it may send at once.
        everyoneSendsTwice(room);
        if (QTest::currentTestFailed())
            return;
        WsTestClient *last = room.first();
        last->command(QStringLiteral("addThought"), thought(QStringLiteral("te veel")));
        QVERIFY(last->waitDisconnected());
        QCOMPARE(last->lastError(), QStringLiteral("rate_limited"));
        QCOMPARE(m_engine->state().thoughts.size(), 60);
    }

    void binaryFramesCountToo()
    {
        WsTestClient *p = participant();
        for (int i = 0; i < 60; ++i)
            p->socket().sendBinaryMessage(QByteArray(8, 'x'));
        QVERIFY(p->waitDisconnected());
        QCOMPARE(p->closeCode, 1008);
        QCOMPARE(p->lastError(), QStringLiteral("rate_limited"));
        QCOMPARE(p->count(QStringLiteral("error")), 40); // 39 bad_json, then rate_limited
    }
};

QTEST_GUILESS_MAIN(tst_Flood)
#include "tst_flood.moc"
