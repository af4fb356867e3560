// The focus view over the network, against the real kiosk process: a
// facilitator's tablet (the real VoterClient) opens a card full screen on
// the wall and closes it again; a wall display (a client written from
// docs/protocol.md alone, joined as a wall) and a participant's tablet see
// phase.focusCardId follow. A participant's focusCard, an unknown card and a
// hidden one are refused and change nothing anyone sees; hiding the focused
// card closes it for everyone.
#include "kioskprocess.h"
#include "voterclient.h"
#include "tabletroom.h"
#include "voterharness.h"

#include <QtTest>

using namespace flipover;
using namespace flipover::test;

namespace {

const QString Pin = QStringLiteral("246810");
const QString FacilitatorPin = QStringLiteral("13579");

// What a raw client's phase section names: the card id, 0 for null.
int focused(const WsTestClient &c)
{
    const QJsonValue v = c.state.value(QLatin1String("phase")).toObject().value(QLatin1String("focusCardId"));
    return v.isNull() ? 0 : v.toInt(-1);
}

QJsonObject card(int id)
{
    return {{QStringLiteral("cardId"), id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null)}};
}

} // namespace

class tst_FocusRoom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set (run through ctest)");
    }

    void fromAFacilitatorTabletToTheWall()
    {
        TabletRoom room;
        const QString error = room.start(Pin, FacilitatorPin);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        VoterClient &facilitator = room.facilitator;
        VoterClient &participant = room.participant;
        WsTestClient wall;
        wall.open(room.kiosk.localUrl());
        QVERIFY(wall.waitConnected());
        QVERIFY(wall.joinAndWait(Pin, {{QStringLiteral("role"), QStringLiteral("wall")}}));
        QCOMPARE(wall.role, QStringLiteral("wall"));
        QCOMPARE(focused(wall), 0);

        QVERIFY(sendAndWait(&facilitator, QStringLiteral("startMeeting")).code.isEmpty());
        QVERIFY(sendAndWait(&facilitator, QStringLiteral("nextPhase")).code.isEmpty()); // considerations
        const QList<int> ids = addCards(&participant, 2);
        QCOMPARE(ids.size(), 2);

        const Answer opened = sendAndWait(&facilitator, QStringLiteral("focusCard"), card(ids[1]));
        QVERIFY2(opened.answered && opened.code.isEmpty(), qPrintable(opened.code));
        QTRY_COMPARE(focused(wall), ids[1]);
        QTRY_COMPARE(participant.view()->focusCardId(), ids[1]);
        QCOMPARE(facilitator.view()->focusCardId(), ids[1]);

        // Refused, with a clear code; nobody's view changes.
        const quint64 seq = quint64(wall.seq);
        QCOMPARE(sendAndWait(&participant, QStringLiteral("focusCard"), card(ids[0])).code, QStringLiteral("not_allowed"));
        const Answer unknown = sendAndWait(&facilitator, QStringLiteral("focusCard"), card(999));
        QCOMPARE(unknown.code, QStringLiteral("not_found"));
        QVERIFY(!unknown.message.isEmpty());
        QVERIFY(sendAndWait(&facilitator, QStringLiteral("hideCard"),
                            {{QStringLiteral("cardId"), ids[0]}, {QStringLiteral("hidden"), true}}).code.isEmpty());
        QCOMPARE(sendAndWait(&facilitator, QStringLiteral("focusCard"), card(ids[0])).code, QStringLiteral("invalid"));
        QCOMPARE(focused(wall), ids[1]);
        QCOMPARE(participant.view()->focusCardId(), ids[1]);
        QVERIFY(quint64(wall.seq) > seq); // the hide came through, the refusals changed nothing

        // Closed from the tablet, then opened again and closed by hiding it.
        QVERIFY(sendAndWait(&facilitator, QStringLiteral("focusCard"), card(0)).code.isEmpty());
        QTRY_COMPARE(focused(wall), 0);
        QTRY_COMPARE(participant.view()->focusCardId(), 0);
        QVERIFY(sendAndWait(&facilitator, QStringLiteral("focusCard"), card(ids[1])).code.isEmpty());
        QTRY_COMPARE(focused(wall), ids[1]);
        QVERIFY(sendAndWait(&facilitator, QStringLiteral("hideCard"),
                            {{QStringLiteral("cardId"), ids[1]}, {QStringLiteral("hidden"), true}}).code.isEmpty());
        QTRY_COMPARE(focused(wall), 0);
        QTRY_COMPARE(facilitator.view()->focusCardId(), 0);
        QCOMPARE(wall.gaps, 0);
    }
};

QTEST_GUILESS_MAIN(tst_FocusRoom)
#include "tst_focus_room.moc"
