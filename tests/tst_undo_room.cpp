// Undo over the network against the real kiosk process: a facilitator's
// tablet (the real VoterClient) takes back a hide and a merge and every
// client's view shows the cards restored, a participant's undo is refused;
// and a hide made over the network is still there to undo after a kill -9
// and a restart on the same data folder.
#include "kioskprocess.h"
#include "voterclient.h"
#include "tabletroom.h"
#include "voterharness.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

namespace {

const QString Pin = QStringLiteral("246810");
const QString FacilitatorPin = QStringLiteral("13579");

// The ids of the cards a client's state shows, in its order.
QList<int> cardIds(const QJsonObject &state)
{
    QList<int> ids;
    for (const QJsonValue &v : state.value(QLatin1String("cards")).toArray())
        ids.append(v.toObject().value(QLatin1String("id")).toInt());
    return ids;
}

QList<int> cardIds(const VoterClient &client)
{
    return cardIds(client.view()->state());
}

bool isHidden(const QJsonObject &state, int cardId)
{
    for (const QJsonValue &v : state.value(QLatin1String("cards")).toArray())
        if (v.toObject().value(QLatin1String("id")).toInt() == cardId)
            return v.toObject().value(QLatin1String("hidden")).toBool();
    return false;
}

} // namespace

class tst_UndoRoom : public QObject
{
    Q_OBJECT

private:
    static std::optional<QJsonObject> send(WsTestClient &c, const QString &type, const QJsonObject &fields = {})
    {
        return c.waitAnswer(c.command(type, fields));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set (run through ctest)");
    }

    void undoFromAFacilitatorTablet()
    {
        TabletRoom room;
        const QString error = room.start(Pin, FacilitatorPin);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        VoterClient &facilitator = room.facilitator;
        VoterClient &participant = room.participant;
        WsTestClient raw; // a client written from docs/protocol.md alone
        raw.open(room.kiosk.localUrl());
        QVERIFY(raw.waitConnected());
        QVERIFY(raw.joinAndWait(Pin));
        QCOMPARE(facilitator.role(), QStringLiteral("facilitator"));

        QVERIFY(sendAndWait(&facilitator, QStringLiteral("startMeeting")).code.isEmpty());
        QVERIFY(sendAndWait(&facilitator, QStringLiteral("nextPhase")).code.isEmpty()); // considerations
        const QList<int> ids = addCards(&participant, 3);
        QCOMPARE(ids.size(), 3);
        QTRY_COMPARE(cardIds(raw.state), ids);

        // Nothing to undo yet; a participant may not undo at all.
        QCOMPARE(sendAndWait(&facilitator, QStringLiteral("undo")).code, QStringLiteral("nothing_to_undo"));
        QCOMPARE(sendAndWait(&participant, QStringLiteral("undo")).code, QStringLiteral("not_allowed"));

        QVERIFY(sendAndWait(&facilitator, QStringLiteral("hideCard"),
                            {{QStringLiteral("cardId"), ids[1]}, {QStringLiteral("hidden"), true}}).code.isEmpty());
        QTRY_COMPARE(facilitator.view()->undoKind(), QStringLiteral("hide"));
        QCOMPARE(facilitator.view()->undoCardId(), ids[1]);
        QCOMPARE(facilitator.view()->undoText(), QStringLiteral("kaart 2"));
        QTRY_COMPARE(cardIds(participant), (QList<int>{ids[0], ids[2]}));
        QTRY_COMPARE(cardIds(raw.state), (QList<int>{ids[0], ids[2]}));
        // Only the facilitator is told what undo would take back.
        QVERIFY(!participant.view()->state().contains(QLatin1String("undo")));
        QVERIFY(participant.view()->undoKind().isEmpty());
        QVERIFY(!raw.anyFrameContains(QStringLiteral("\"undo\"")));

        // A participant's undo is refused and changes nothing.
        const std::optional<QJsonObject> refused = send(raw, QStringLiteral("undo"));
        QCOMPARE(answerCode(refused), QStringLiteral("not_allowed"));
        QVERIFY(isHidden(facilitator.view()->state(), ids[1]));

        const Answer undone = sendAndWait(&facilitator, QStringLiteral("undo"));
        QVERIFY2(undone.answered && undone.code.isEmpty(), qPrintable(undone.code));
        QCOMPARE(undone.result.value(QLatin1String("kind")).toString(), QStringLiteral("hide"));
        QCOMPARE(undone.result.value(QLatin1String("cardId")).toInt(), ids[1]);
        QTRY_COMPARE(cardIds(participant), ids);
        QTRY_COMPARE(cardIds(raw.state), ids);
        QTRY_VERIFY(!isHidden(facilitator.view()->state(), ids[1]));
        QTRY_VERIFY(facilitator.view()->undoKind().isEmpty());

        // A merge with a card that went along: undo puts both back.
        QVERIFY(sendAndWait(&facilitator, QStringLiteral("mergeCards"),
                            {{QStringLiteral("cardId"), ids[2]}, {QStringLiteral("intoCardId"), ids[1]}}).code.isEmpty());
        QVERIFY(sendAndWait(&facilitator, QStringLiteral("mergeCards"),
                            {{QStringLiteral("cardId"), ids[1]}, {QStringLiteral("intoCardId"), ids[0]}}).code.isEmpty());
        QTRY_COMPARE(cardIds(raw.state), (QList<int>{ids[0]}));
        QTRY_COMPARE(facilitator.view()->undoKind(), QStringLiteral("merge"));
        QVERIFY(sendAndWait(&facilitator, QStringLiteral("undo")).code.isEmpty());
        QTRY_COMPARE(cardIds(participant), (QList<int>{ids[0], ids[1]}));
        QTRY_COMPARE(cardIds(raw.state), (QList<int>{ids[0], ids[1]}));
        const QJsonArray merged = raw.state.value(QLatin1String("cards")).toArray().at(1).toObject()
                                          .value(QLatin1String("merged")).toArray();
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.first().toObject().value(QLatin1String("id")).toInt(), ids[2]);
        QCOMPARE(raw.gaps, 0);
    }

    void undoAfterAKill9()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto kiosk = std::make_unique<KioskProcess>();
        QString error;
        QVERIFY2(kiosk->startWithPins(dir.path(), Pin, FacilitatorPin, &error), qPrintable(error));
        QList<int> ids;
        QString token;
        {
            WsTestClient f;
            f.open(kiosk->localUrl());
            QVERIFY(f.waitConnected());
            QVERIFY(f.joinAndWait(Pin, {{QStringLiteral("facilitatorPin"), FacilitatorPin}}));
            token = f.token;
            QCOMPARE(answerCode(send(f, QStringLiteral("startMeeting"))), QStringLiteral("ack"));
            QCOMPARE(answerCode(send(f, QStringLiteral("nextPhase"))), QStringLiteral("ack"));
            for (int i = 0; i < 2; ++i) {
                const auto a = send(f, QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("kaart %1").arg(i + 1)}});
                QCOMPARE(answerCode(a), QStringLiteral("ack"));
                ids.append(a->value(QLatin1String("result")).toObject().value(QLatin1String("cardId")).toInt());
            }
            // The ack comes once the hide is on the disk: the kill may come right after.
            QCOMPARE(answerCode(send(f, QStringLiteral("hideCard"), {{QStringLiteral("cardId"), ids[0]}, {QStringLiteral("hidden"), true}})),
                     QStringLiteral("ack"));
            kiosk->kill();
        }
        kiosk = std::make_unique<KioskProcess>();
        QVERIFY2(kiosk->startWithPins(dir.path(), Pin, FacilitatorPin, &error), qPrintable(error));
        WsTestClient f, p;
        f.setIdPrefix(QStringLiteral("after")); // the same tablet's message ids go on, not again from 1
        for (WsTestClient *c : {&f, &p}) {
            c->open(kiosk->localUrl());
            QVERIFY(c->waitConnected());
        }
        QVERIFY(f.joinAndWait(Pin, {{QStringLiteral("resume"), token}}));
        QCOMPARE(f.role, QStringLiteral("facilitator"));
        QVERIFY(p.joinAndWait(Pin));
        const QJsonObject offer = f.state.value(QLatin1String("undo")).toObject();
        QCOMPARE(offer.value(QLatin1String("kind")).toString(), QStringLiteral("hide"));
        QCOMPARE(offer.value(QLatin1String("cardId")).toInt(), ids[0]);
        QCOMPARE(cardIds(p.state), (QList<int>{ids[1]}));

        const auto undone = send(f, QStringLiteral("undo"));
        QCOMPARE(answerCode(undone), QStringLiteral("ack"));
        QCOMPARE(undone->value(QLatin1String("result")).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("hide"));
        QTRY_COMPARE(cardIds(p.state), ids);
        QTRY_VERIFY(!isHidden(f.state, ids[0]));
        QTRY_VERIFY(f.state.value(QLatin1String("undo")).isNull());
        QCOMPARE(answerCode(send(f, QStringLiteral("undo"))), QStringLiteral("nothing_to_undo"));
    }
};

QTEST_MAIN(tst_UndoRoom)
#include "tst_undo_room.moc"
