// KioskServer in-process, the PIN budget (docs/protocol.md, *The PIN
// budget*): wrong PINs wait instead of locking anyone out, a connection that
// sends too much while its guess waits is closed, the right PIN and a resume
// get in beside the guesses. Real WebSocket clients, a hand-moved clock.
#include "serverfixture.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

class tst_ServerPins : public ServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpServer(); }
    void cleanup() { tearDownServer(); }

    void pinGuessesWaitInsteadOfLockingOut()
    {
        WsTestClient *c = connectClient();
        for (int i = 0; i < 6; ++i)
            c->join(QStringLiteral("00000%1").arg(i));
        // Three are free (typos), the fourth costs the first delay: the
        // fifth waits for it, unchecked, and is not refused.
        QTRY_COMPARE(c->count(QStringLiteral("error")), 4);
        for (const QJsonObject &e : c->ofType(QStringLiteral("error")))
            QCOMPARE(e.value(QLatin1String("code")).toString(), QStringLiteral("bad_pin"));
        const qint64 delay = m_server->pinLimiter().delayFor(4, 4);
        QVERIFY(delay > 0);
        // Another tablet on the same address with the right PIN is not held up.
        WsTestClient *d = connectClient();
        QVERIFY(d->joinAndWait(Pin));
        QCOMPARE(c->count(QStringLiteral("error")), 4);
        QVERIFY(!c->disconnected); // waiting is not idling: no join deadline meanwhile
        m_clock.advance(delay);
        QTRY_COMPARE(c->count(QStringLiteral("error")), 5);
        QCOMPARE(c->lastError(), QStringLiteral("bad_pin"));
    }

    void tooMuchWhileWaitingCloses()
    {
        WsTestClient *c = connectClient();
        for (int i = 0; i < 5; ++i)
            c->join(QStringLiteral("00000%1").arg(i));
        QTRY_COMPARE(c->count(QStringLiteral("error")), 4);
        for (int i = 0; i < 17; ++i)
            c->send({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), QString::number(i)}});
        QTRY_VERIFY(c->disconnected);
        QCOMPARE(c->closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));
        QCOMPARE(c->count(QStringLiteral("pong")), 0);
    }

    void rightPinAfterWrongOnesGetsIn()
    {
        WsTestClient *c = connectClient();
        for (int i = 0; i < 4; ++i)
            c->join(QStringLiteral("00000%1").arg(i));
        QTRY_COMPARE(c->count(QStringLiteral("error")), 4);
        c->join(Pin); // waits its turn, then is checked like any other
        m_clock.advance(m_server->pinLimiter().delayFor(4, 4));
        QTRY_VERIFY(!c->token.isEmpty());
        QCOMPARE(c->count(QStringLiteral("error")), 4);
        QVERIFY(!c->ofType(QStringLiteral("snapshot")).isEmpty());
    }

    void resumingDoesNotWaitForGuesses()
    {
        WsTestClient *p = participant();
        const QString token = p->token;
        WsTestClient *c = connectClient();
        for (int i = 0; i < 8; ++i)
            c->join(QStringLiteral("00000%1").arg(i));
        QTRY_COMPARE(c->count(QStringLiteral("error")), 4);
        // Fresh connections of that address now take turns (a guesser opening
        // one per guess) ...
        WsTestClient *e = connectClient();
        e->join(QStringLiteral("000042"));
        QTRY_COMPARE(e->count(QStringLiteral("error")), 1);
        WsTestClient *f = connectClient();
        f->join(QStringLiteral("000043"));
        // ... but a tablet that joined before resumes at once.
        WsTestClient *again = connectClient();
        QVERIFY(again->joinAndWait(Pin, {{QStringLiteral("resume"), token}}));
        QCOMPARE(f->count(QStringLiteral("error")), 0); // still waiting for its turn
        QVERIFY(!f->disconnected);
    }

    void facilitatorPinGuessesWait()
    {
        WsTestClient *c = participant();
        QStringList ids;
        for (int i = 0; i < 6; ++i)
            ids.append(c->command(QStringLiteral("unlock"), {{QStringLiteral("facilitatorPin"), QStringLiteral("000%1").arg(i)}}));
        QTRY_COMPARE(code(c->answerFor(ids[3])), QStringLiteral("bad_facilitator_pin"));
        const QString later = c->command(QStringLiteral("askQuestion"), {{QStringLiteral("text"), QStringLiteral("x")}});
        QTest::qWait(50);
        QVERIFY(!c->answerFor(ids[4])); // waiting, and what came after it waits behind it
        QVERIFY(!c->answerFor(later));
        // The real facilitator, on the same address, gets in at once.
        WsTestClient *d = connectClient();
        QVERIFY(d->joinAndWait(Pin, {{QStringLiteral("facilitatorPin"), FacilitatorPin}}));
        QCOMPARE(d->role, QStringLiteral("facilitator"));
        m_clock.advance(m_server->pinLimiter().delayFor(4, 4));
        QTRY_COMPARE(code(c->answerFor(ids[4])), QStringLiteral("bad_facilitator_pin"));
        QVERIFY(!c->answerFor(later)); // behind the sixth unlock, which waits again
        m_clock.advance(m_server->pinLimiter().delayFor(5, 5));
        QTRY_COMPARE(code(c->answerFor(ids[5])), QStringLiteral("bad_facilitator_pin"));
        QTRY_COMPARE(code(c->answerFor(later)), QStringLiteral("not_started")); // in order, after the unlocks
    }

};

QTEST_GUILESS_MAIN(tst_ServerPins)
#include "tst_server_pins.moc"
