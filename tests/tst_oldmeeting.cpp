// A tablet that forgets the old meeting: what it queued offline for one
// meeting never reaches the next one the kiosk starts
// (KioskController::newMeeting), even when the new meeting is in a phase that
// would take it and has a card with the old card's id. The tablet joins the
// new meeting afresh, keeps what was typed and never sent, and sends from
// there.
#include "kioskroom.h"
#include "sessionview.h"
#include "voterclient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;

class TestOldMeeting : public QObject
{
    Q_OBJECT

private:
    // Starts the meeting on the wall and goes on to the first phase that takes cards and remarks.
    bool toConsiderations()
    {
        if (!m_room.controller->startMeeting())
            return false;
        for (int i = 0; i < 10; ++i) {
            const Phase *phase = m_room.session->engine()->state().currentPhase();
            if (phase && phase->has(Activity::Considerations) && phase->has(Activity::Remarks))
                return true;
            if (!m_room.controller->nextPhase())
                return false;
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString failed = m_room.start(m_dir->filePath(QStringLiteral("kiosk")));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_client = std::make_unique<VoterClient>();
        m_client->setBackoff(20, 200);
        m_client->setStoragePath(m_dir->filePath(QStringLiteral("tablet/session.json")));
    }

    void cleanup()
    {
        m_client.reset();
        m_room.stop();
        m_dir.reset();
    }

    void queuedItemsStayInTheOldMeeting()
    {
        const QString oldCode = m_room.session->engine()->meetingCode();
        QVERIFY(m_client->connectToLink(m_room.controller->joinLink(), m_room.controller->pin()));
        QTRY_COMPARE(m_client->state(), QStringLiteral("online"));
        QCOMPARE(m_client->meeting(), oldCode);
        QVERIFY(toConsiderations());
        QSignalSpy acked(m_client.get(), &VoterClient::acked);
        m_client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("Oud en verstuurd")}});
        QTRY_COMPARE(acked.size(), 1);
        const int oldCard = acked.first().at(1).toJsonObject().value(QLatin1String("cardId")).toInt();
        QVERIFY(oldCard > 0);
        const QString oldParticipant = m_client->participantId();
        const QString oldBallot = m_client->ballotToken();

        // Offline: a card, a remark on the old card and a typed draft wait on the tablet.
        m_client->disconnectFromKiosk();
        QSignalSpy rejected(m_client.get(), &VoterClient::rejected);
        QSignalSpy dropped(m_client.get(), &VoterClient::oldMeetingDropped);
        const QStringList queued{
            m_client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("OUDE-KAART")}}),
            m_client->send(QStringLiteral("addRemark"), {{QStringLiteral("cardId"), oldCard},
                                                         {QStringLiteral("kind"), QStringLiteral("dreamer")},
                                                         {QStringLiteral("text"), QStringLiteral("OUDE-REACTIE")}})};
        QCOMPARE(m_client->pendingCount(), 2);
        m_client->setDraft(QStringLiteral("consideration"), QStringLiteral("half getypt"));
        m_client->setDraft(QStringLiteral("remarkCardId"), oldCard);
        m_client->setDraft(QStringLiteral("ballot"), QStringLiteral("{\"%1\":2}").arg(oldCard));
        m_client->flushDrafts();

        // The wall starts a new meeting and gets it to where the old items would fit.
        QVERIFY2(m_room.controller->newMeeting(QStringLiteral("collegiale-ontmoeting")),
                 qPrintable(m_room.controller->lastErrorMessage()));
        const QString newCode = m_room.session->engine()->meetingCode();
        QVERIFY(newCode != oldCode);
        QVERIFY(toConsiderations());
        QVERIFY(m_room.controller->addCard(QStringLiteral("Nieuw op de wand")));
        QVERIFY(m_room.session->engine()->state().cards.contains(oldCard)); // the same id, another card

        // The tablet comes back with its stored session: unknown token, a fresh join.
        QVERIFY(m_client->resumeStored());
        QTRY_VERIFY(m_client->state() == QStringLiteral("online") && m_client->view()->hasSnapshot()
                    && m_client->participantId() != oldParticipant && !m_client->participantId().isEmpty());
        QCOMPARE(m_client->meeting(), newCode);
        QVERIFY(m_room.session->engine()->state().participants.contains(m_client->participantId()));

        // None of the old items arrived; each was told as not sent.
        QCOMPARE(m_client->pendingCount(), 0);
        QCOMPARE(rejected.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(rejected.at(i).at(0).toString(), queued.at(i));
            QCOMPARE(rejected.at(i).at(1).toString(), QStringLiteral("new_meeting"));
        }
        QVERIFY(dropped.size() >= 1);
        const SessionState &now = m_room.session->engine()->state();
        QCOMPARE(now.cards.size(), 1);
        QCOMPARE(now.cards.first().text, QStringLiteral("Nieuw op de wand"));
        QVERIFY(now.cards.first().remarks.isEmpty());

        // The ballot and the card the remark was for belonged to the old
        // meeting; the typed text stays as a draft.
        QCOMPARE(m_client->draft(QStringLiteral("consideration")).toString(), QStringLiteral("half getypt"));
        QVERIFY(!m_client->draft(QStringLiteral("remarkCardId")).isValid());
        QVERIFY(!m_client->draft(QStringLiteral("ballot")).isValid());
        QVERIFY(m_client->ballotToken() != oldBallot);

        // What the participant sends now goes into the new meeting.
        m_client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("Na de wissel")}});
        QTRY_COMPARE(m_room.session->engine()->state().cards.size(), 2);
        QCOMPARE(rejected.size(), 2);
    }

    void theSameMeetingKeepsItsOutbox()
    {
        // A kiosk restart or a lost connection is not a new meeting: what
        // waited goes out, once.
        QVERIFY(m_client->connectToLink(m_room.controller->joinLink(), m_room.controller->pin()));
        QTRY_COMPARE(m_client->state(), QStringLiteral("online"));
        QVERIFY(toConsiderations());
        m_client->disconnectFromKiosk();
        QSignalSpy rejected(m_client.get(), &VoterClient::rejected);
        m_client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("Gewoon later")}});
        QVERIFY(m_client->resumeStored());
        QTRY_COMPARE(m_room.session->engine()->state().cards.size(), 1);
        QTRY_COMPARE(m_client->pendingCount(), 0);
        QCOMPARE(rejected.size(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::KioskRoom m_room;
    std::unique_ptr<VoterClient> m_client;
};

QTEST_GUILESS_MAIN(TestOldMeeting)
#include "tst_oldmeeting.moc"
