// Issue 17, finding 6: a client written from docs/protocol.md alone, against
// a real kiosk process (the built-in format, which has no tags and hides its
// tallies). Each exchange is the one the document describes: commands of an
// activity before the start answer not_started; any string over 2,000
// characters is bad_field; the facilitator may set the case before the
// start, add first thoughts and vote (a facilitator's tablet is a
// participant too) and sees hidden tallies live; tagCard in a format without
// tags is wrong_phase for participants and invalid for the facilitator. A
// participant beside the facilitator is answered throughout.
#include "kioskprocess.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

namespace {
const QString Pin = QStringLiteral("123456");
const QString FacilitatorPin = QStringLiteral("87654321");
const QString Text = QStringLiteral("text");
} // namespace

class tst_ProtocolConformance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KioskProcess m_kiosk;
    WsTestClient m_facilitator;
    WsTestClient m_participant;
    int m_cardId = 0;

    static QString send(WsTestClient &c, const QString &type, const QJsonObject &fields = {})
    {
        return answerCode(c.waitAnswer(c.command(type, fields)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_kiosk.startWithPins(m_dir.path(), Pin, FacilitatorPin, &error),
                 qPrintable(error));
        for (WsTestClient *c : {&m_facilitator, &m_participant}) {
            c->open(m_kiosk.localUrl());
            QVERIFY(c->waitConnected());
        }
        QVERIFY(m_facilitator.joinAndWait(Pin, {{QStringLiteral("facilitatorPin"), FacilitatorPin}}));
        QVERIFY(m_participant.joinAndWait(Pin));
    }

    void beforeTheStart()
    {
        QCOMPARE(send(m_participant, QStringLiteral("addThought"), {{Text, QStringLiteral("te vroeg")}}), QStringLiteral("not_started"));
        QCOMPARE(send(m_participant, QStringLiteral("askQuestion"), {{Text, QStringLiteral("te vroeg")}}), QStringLiteral("not_started"));
        QCOMPARE(send(m_facilitator, QStringLiteral("setCase"), {{Text, QStringLiteral("De casus")}}), QStringLiteral("ack"));
        QCOMPARE(send(m_facilitator, QStringLiteral("setCase"), {{Text, QString(2001, u'x')}}), QStringLiteral("bad_field"));
        QCOMPARE(m_facilitator.lastOfType(QStringLiteral("error"))->value(QLatin1String("message")).toString().contains(QLatin1String("text")),
                 true); // the message names the field
        QTRY_COMPARE(m_participant.state.value(QLatin1String("case")).toObject().value(QLatin1String("text")).toString(),
                     QStringLiteral("De casus"));
    }

    void theFacilitatorIsAParticipantToo()
    {
        QCOMPARE(send(m_facilitator, QStringLiteral("startMeeting")), QStringLiteral("ack"));
        QCOMPARE(send(m_facilitator, QStringLiteral("addThought"), {{Text, QStringLiteral("mijn gedachte")}}), QStringLiteral("ack"));
        QCOMPARE(send(m_participant, QStringLiteral("addThought"), {{Text, QStringLiteral("de mijne")}}), QStringLiteral("ack"));
    }

    void tagsInAFormatWithoutTags()
    {
        QCOMPARE(send(m_facilitator, QStringLiteral("nextPhase")), QStringLiteral("ack"));
        const auto ack = m_participant.waitAnswer(m_participant.command(QStringLiteral("addCard"), {{Text, QStringLiteral("een kaart")}}));
        QCOMPARE(answerCode(ack), QStringLiteral("ack"));
        m_cardId = ack->value(QLatin1String("result")).toObject().value(QLatin1String("cardId")).toInt();
        const QJsonObject tag{{QStringLiteral("cardId"), m_cardId}, {QStringLiteral("tag"), QStringLiteral("ik")}, {QStringLiteral("on"), true}};
        QCOMPARE(send(m_participant, QStringLiteral("tagCard"), tag), QStringLiteral("wrong_phase"));
        QCOMPARE(send(m_facilitator, QStringLiteral("tagCard"), tag), QStringLiteral("invalid"));
    }

    void hiddenTalliesAreLiveForTheFacilitator()
    {
        QCOMPARE(send(m_facilitator, QStringLiteral("nextPhase")), QStringLiteral("ack"));
        QCOMPARE(send(m_facilitator, QStringLiteral("openVote")), QStringLiteral("ack"));
        const QJsonObject dots{{QString::number(m_cardId), 2}};
        QCOMPARE(send(m_participant, QStringLiteral("vote"), {{QStringLiteral("ballot"), QStringLiteral("ballot-of-the-participant")}, {QStringLiteral("choices"), dots}}),
                 QStringLiteral("ack"));
        QCOMPARE(send(m_facilitator, QStringLiteral("vote"), {{QStringLiteral("ballot"), QStringLiteral("ballot-of-the-facilitator")}, {QStringLiteral("choices"), dots}}),
                 QStringLiteral("ack"));
        QTRY_COMPARE(m_facilitator.state.value(QLatin1String("vote")).toObject().value(QLatin1String("ballots")).toInt(), 2);
        QTRY_COMPARE(m_participant.state.value(QLatin1String("vote")).toObject().value(QLatin1String("ballots")).toInt(), 2);
        const QJsonValue shown = m_facilitator.state.value(QLatin1String("vote")).toObject().value(QLatin1String("tallies"));
        QVERIFY(shown.isArray());
        QCOMPARE(shown.toArray().first().toObject().value(QLatin1String("dots")).toInt(), 4);
        QVERIFY(m_participant.state.value(QLatin1String("vote")).toObject().value(QLatin1String("tallies")).isNull());
        QVERIFY(!m_participant.disconnected);
        QVERIFY(!m_facilitator.disconnected);
    }
};

QTEST_MAIN(tst_ProtocolConformance)
#include "tst_protocol_conformance.moc"
