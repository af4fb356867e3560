// Issue 17, finding 2: one participant cannot disconnect everyone. Against a
// real kiosk: a participant resuming its token on 9 sockets keeps at most 4
// (the oldest are closed with 1008); its sockets together get one flood
// allowance, so 4 x 30 messages at once (each socket under its own limit)
// end in `rate_limited` and 1008; a burst of 2,000 messages in one write
// ends the same way, with the close frame arriving (not 1006). An honest
// participant beside all of it stays joined and gets its acks.
#include "roomattack.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace flipover::test;

namespace {
const QString Pin = QStringLiteral("123456");
}

class tst_RoomParticipantFlood : public QObject
{
    Q_OBJECT

    std::unique_ptr<WsTestClient> joined(const QUrl &url, const QJsonObject &extra = {})
    {
        auto c = std::make_unique<WsTestClient>();
        c->open(url);
        if (!c->waitConnected() || !c->joinAndWait(Pin, extra))
            return nullptr;
        return c;
    }
    static bool acked(WsTestClient &c, const QString &id)
    {
        const auto a = c.waitAnswer(id);
        return a && a->value(QLatin1String("type")).toString() == QLatin1String("ack");
    }

private Q_SLOTS:
    void oneParticipantCannotEmptyTheRoom()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set (run through ctest)");
        QTemporaryDir dir;
        KioskProcess kiosk;
        QString error;
        QVERIFY2(startKiosk(kiosk, dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        const QUrl url = kiosk.localUrl();

        auto facilitator = joined(url, {{QStringLiteral("facilitatorPin"), QStringLiteral("24681357")}});
        QVERIFY(facilitator);
        QVERIFY(acked(*facilitator, facilitator->command(QStringLiteral("startMeeting"))));
        auto honest = joined(url);
        QVERIFY(honest);
        const QJsonObject thought{{QStringLiteral("text"), QStringLiteral("eerlijk")}};
        QVERIFY(acked(*honest, honest->command(QStringLiteral("addThought"), thought)));

        // One participant on 9 sockets: the 5 oldest are closed as newer ones join.
        auto first = joined(url);
        QVERIFY(first);
        std::vector<std::unique_ptr<WsTestClient>> sockets;
        sockets.push_back(std::move(first));
        for (int i = 0; i < 8; ++i) {
            auto s = joined(url, {{QStringLiteral("resume"), sockets.front()->token}});
            QVERIFY(s);
            sockets.push_back(std::move(s));
        }
        for (int i = 0; i < 5; ++i) {
            QVERIFY(sockets[i]->waitDisconnected());
            QCOMPARE(sockets[i]->closeCode, 1008);
        }
        for (int i = 5; i < 9; ++i)
            QVERIFY(!sockets[i]->disconnected);

        // Its 4 sockets share one allowance: 4 x 30 at once is over it.
        for (int i = 5; i < 9; ++i) {
            for (int n = 0; n < 30; ++n)
                sockets[i]->command(QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("f%1").arg(n)}});
        }
        QTRY_VERIFY(std::any_of(sockets.begin() + 5, sockets.end(), [](const auto &s) {
            return s->disconnected && s->closeCode == 1008 && s->lastError() == QLatin1String("rate_limited");
        }));
        QVERIFY(acked(*honest, honest->command(QStringLiteral("addThought"), thought)));

        // A burst of 2,000 messages in one write: rate_limited, then 1008.
        RawWs burst;
        burst.open(kiosk.port());
        QTRY_VERIFY(burst.upgraded);
        burst.join(Pin);
        QTRY_VERIFY(burst.hasText("\"snapshot\""));
        QByteArray all;
        for (int i = 0; i < 2000; ++i)
            all += RawWs::frame("{\"type\":\"ping\",\"id\":\"b" + QByteArray::number(i) + "\"}");
        burst.socket.write(all);
        QTRY_VERIFY_WITH_TIMEOUT(burst.ended, 15000);
        QVERIFY(burst.hasText("\"rate_limited\""));
        QCOMPARE(burst.closeCode, 1008);

        QVERIFY(acked(*honest, honest->command(QStringLiteral("addThought"), thought)));
        QVERIFY(!honest->disconnected);
        QVERIFY(!facilitator->disconnected);
    }
};

QTEST_GUILESS_MAIN(tst_RoomParticipantFlood)
#include "tst_room_participantflood.moc"
