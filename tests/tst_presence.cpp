// Presence counts who is connected now (docs/protocol.md, *Presence*): a real
// KioskServer on port 0 with its own presence timer, pings and silence
// timeout (shortened), and participants that leave in each way a phone does:
// a clean close, a connection that ends without a close frame, and one that
// goes silent (no pongs). Each stops counting; the facilitator, who answers
// the pings, keeps counting; the participants stay known for a resume.
#include "rawws.h"
#include "serverfixture.h"

#include <QJsonObject>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

class tst_Presence : public ServerFixture
{
    Q_OBJECT

    static int shown(const WsTestClient *c)
    {
        return c->state.value(QLatin1String("presence")).toObject().value(QLatin1String("participants")).toInt(-1);
    }

    RawWsClient *rawParticipant()
    {
        auto *c = new RawWsClient(this);
        c->open(QHostAddress::LocalHost, m_server->port());
        if (!c->waitOpen())
            return c;
        c->join(Pin);
        (void)QTest::qWaitFor([c] { return c->joined(); }, 10000); // the callers check joined()
        return c;
    }

private Q_SLOTS:
    void init()
    {
        setUpServer();
        m_server->setPresenceInterval(20);
        m_server->setPingInterval(100);
        m_server->setSilenceTimeout(1000);
    }
    void cleanup() { tearDownServer(); }

    void closedAndSilentConnectionsStopCounting()
    {
        WsTestClient *f = facilitator();
        WsTestClient *closing = participant();
        RawWsClient *vanishing = rawParticipant();
        RawWsClient *sleeping = rawParticipant();
        QVERIFY(vanishing->joined());
        QVERIFY(sleeping->joined());
        QTRY_COMPARE(shown(f), 4);
        QCOMPARE(m_engine->presentCount(), 4);

        // A page closed cleanly (a close frame).
        closing->close();
        QTRY_COMPARE(shown(f), 3);

        // A connection that ends without a close frame.
        vanishing->abort();
        QTRY_COMPARE(shown(f), 2);

        // A device that still holds the connection but answers nothing:
        // dropped after the silence timeout, then not counted.
        sleeping->answerPings = false;
        QTRY_COMPARE_WITH_TIMEOUT(shown(f), 1, 15000);
        QTRY_VERIFY(sleeping->disconnected);
        QCOMPARE(m_engine->presentCount(), 1);
        QVERIFY(f->connected && !f->disconnected); // the facilitator answers the pings: still here
        QCOMPARE(m_engine->state().participants.size(), 4); // all kept for a resume

        // Back: a resume counts again.
        WsTestClient *back = connectClient();
        QVERIFY(back->joinAndWait(Pin, {{QStringLiteral("resume"), closing->token}}));
        QTRY_COMPARE(shown(f), 2);
    }

    // A participant holds at most KioskServer::MaxSocketsPerParticipant
    // joined sockets: one more closes its oldest (1008). One that closed
    // meanwhile leaves room, and nobody else's sockets count.
    void aParticipantHoldsAtMostFourSockets()
    {
        WsTestClient *f = facilitator();
        WsTestClient *first = participant();
        const QJsonObject resume{{QStringLiteral("resume"), first->token}};
        QList<WsTestClient *> same{first};
        for (int i = 0; i < KioskServer::MaxSocketsPerParticipant - 1; ++i) {
            same.append(connectClient());
            QVERIFY(same.last()->joinAndWait(Pin, resume));
        }
        same[1]->close();
        QTRY_COMPARE(m_server->clientCount(), KioskServer::MaxSocketsPerParticipant);
        same.append(connectClient());
        QVERIFY(same.last()->joinAndWait(Pin, resume)); // in place of the one that closed
        same.append(connectClient());
        QVERIFY(same.last()->joinAndWait(Pin, resume)); // one too many: the oldest goes
        QTRY_VERIFY(first->disconnected);
        QCOMPARE(first->closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));
        // The others are still served, and the facilitator was never counted with them.
        for (WsTestClient *c : {same[2], same[3], same[4], same[5], f}) {
            const QString id = c->command(QStringLiteral("ping"));
            QTRY_VERIFY(c->disconnected || std::any_of(c->messages.cbegin(), c->messages.cend(), [&](const QJsonObject &m) {
                return m.value(QLatin1String("type")).toString() == QLatin1String("pong")
                    && m.value(QLatin1String("id")).toString() == id;
            }));
            QVERIFY(!c->disconnected);
        }
        QTRY_COMPARE(shown(f), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Presence)
#include "tst_presence.moc"
