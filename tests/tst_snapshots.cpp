// Snapshots shared between joiners (kiosk/server/updates.cpp): the kiosk
// writes the sections an audience shares once and adds each joiner's `mine`,
// `phase` and `presence`. Whatever happened before a join (a card, a hidden
// card, the case, a claim, a thought, the clock, presence, a focused card),
// the snapshot every kind of joiner gets (a new participant, a resumed one
// on a second tablet, a facilitator, a wall) is byte for byte the projection
// of the state at that instant, as the whole object would be written.
#include "kioskprocess.h"
#include "protocol.h"
#include "serverfixture.h"

#include <QtTest>

using namespace flipover;
using namespace flipover::test;

class tst_Snapshots : public ServerFixture
{
    Q_OBJECT

    // The text of the last snapshot this client got.
    static QString lastSnapshot(const WsTestClient *c)
    {
        for (qsizetype i = c->frames.size() - 1; i >= 0; --i)
            if (c->frames[i].endsWith(QLatin1String("\"type\":\"snapshot\"}")))
                return c->frames[i];
        return {};
    }

    void sameAsTheStateNow(const WsTestClient *c, const Actor &actor, const char *who, const char *after)
    {
        const QString what = QStringLiteral("%1 after %2").arg(QLatin1String(who), QLatin1String(after));
        QVERIFY2(quint64(c->snapshotSeq) == m_engine->seq(), qPrintable(what));
        const QString expected = QString::fromUtf8(protocol::snapshot(m_engine->seq(), m_engine->projection(actor)));
        QVERIFY2(lastSnapshot(c) == expected, qPrintable(what + QStringLiteral(":\n") + lastSnapshot(c)
                                                          + QStringLiteral("\nexpected:\n") + expected));
    }

    // Every kind of joiner, now.
    void joinAll(const char *after)
    {
        WsTestClient *p = participant();
        sameAsTheStateNow(p, m_engine->actorFor(p->participantId, p->token), "a new participant", after);
        WsTestClient *f = facilitator();
        sameAsTheStateNow(f, m_engine->actorFor(f->participantId, f->token), "a new facilitator", after);
        WsTestClient *w = connectClient();
        QVERIFY(w->joinAndWait(Pin, {{QStringLiteral("role"), QStringLiteral("wall")}}));
        sameAsTheStateNow(w, Actor::wallDisplay(), "a wall", after);
        WsTestClient *again = connectClient(); // the writer of the first thought, on a second tablet
        QVERIFY(again->joinAndWait(Pin, {{QStringLiteral("resume"), m_writer->token}}));
        sameAsTheStateNow(again, m_engine->actorFor(m_writer->participantId, m_writer->token), "a resumed participant", after);
        again->close(); // the writer keeps one tablet (a participant has at most 4 sockets)
        QVERIFY(again->waitDisconnected());
    }

    void send(WsTestClient *c, const QString &type, const QJsonObject &fields = {})
    {
        QCOMPARE(code(c->waitAnswer(c->command(type, fields))), QStringLiteral("ack"));
    }

    WsTestClient *m_writer = nullptr;

private Q_SLOTS:
    void init()
    {
        setUpServer();
        m_server->setPresenceInterval(3600 * 1000); // counted only where this test says so
        m_writer = participant();
    }
    void cleanup() { tearDownServer(); }

    void everyJoinerGetsTheStateNow()
    {
        joinAll("nothing");
        joinAll("only joins");
        wall(QStringLiteral("startMeeting"));
        joinAll("the start");
        send(m_writer, QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("Eerste gedachte")}});
        joinAll("a first thought");
        m_clock.advance(61500);
        joinAll("a minute and a half");
        wall(QStringLiteral("setCase"), {{QStringLiteral("text"), QStringLiteral("De casus")}});
        joinAll("the case");
        send(m_writer, QStringLiteral("claimCase"));
        joinAll("a claim");
        m_server->sendPresence();
        joinAll("presence");
        wall(QStringLiteral("nextPhase"));
        wall(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("Kaart een")}});
        wall(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("Kaart twee")}});
        joinAll("cards");
        wall(QStringLiteral("hideCard"), {{QStringLiteral("cardId"), 2}, {QStringLiteral("hidden"), true}});
        joinAll("a hidden card");
        wall(QStringLiteral("focusCard"), {{QStringLiteral("cardId"), 1}});
        joinAll("a focused card");
        m_clock.advance(1000);
        m_server->sendPresence();
        joinAll("the clock and presence");
    }
};

QTEST_GUILESS_MAIN(tst_Snapshots)
#include "tst_snapshots.moc"
