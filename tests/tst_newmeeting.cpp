// A new meeting from the wall (KioskController::newMeeting) with a tablet
// connected: the old meeting is archived, the server follows the new engine,
// the tablet is told its token is unknown and joins afresh, the wall's view
// shows the new meeting; a broken format changes nothing.
#include "kioskroom.h"
#include "listmodels.h"
#include "meetingarchive.h"
#include "sessionview.h"
#include "voterclient.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;

class TestNewMeeting : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString failed = m_room.start(m_dir->path());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_client = std::make_unique<VoterClient>();
        m_client->connectToKiosk(m_room.server->serverUrl(), m_room.controller->pin());
        QTRY_COMPARE(m_client->state(), QStringLiteral("online"));
    }

    void cleanup()
    {
        m_client.reset();
        m_room.stop();
    }

    void tabletsFollowTheNewMeeting()
    {
        const QString oldParticipant = m_client->participantId();
        const QString oldLink = m_room.controller->joinLink();
        const QString pin = m_room.controller->pin();
        QVERIFY(m_room.controller->addCard(QStringLiteral("Van de vorige keer")));
        QCOMPARE(m_room.controller->view()->formatTitle(), QStringLiteral("Collegiale ontmoeting"));
        QSignalSpy past(m_room.controller.get(), &KioskController::pastMeetingsChanged);

        QVERIFY2(m_room.controller->newMeeting(QStringLiteral("draagvlak-intervisie")),
                 qPrintable(m_room.controller->lastErrorMessage()));
        QCOMPARE(past.size(), 1);
        QCOMPARE(m_room.controller->pastMeetings().size(), 1);
        const QVariantMap first = m_room.controller->pastMeetings().first().toMap();
        QCOMPARE(first.value(QStringLiteral("formatTitle")).toString(), QStringLiteral("Collegiale ontmoeting"));

        // The wall shows the new meeting, with the same PIN and a new link.
        QCOMPARE(m_room.controller->view()->formatTitle(), QStringLiteral("Draagvlak-intervisie"));
        QCOMPARE(m_room.controller->pin(), pin);
        QVERIFY(m_room.controller->joinLink() != oldLink);
        QVERIFY(m_room.controller->joinLink().endsWith(m_room.session->engine()->meetingCode()));

        // The tablet comes back as a new participant of the new meeting.
        QTRY_VERIFY_WITH_TIMEOUT(m_client->state() == QStringLiteral("online")
                                     && !m_client->participantId().isEmpty()
                                     && m_client->participantId() != oldParticipant, 15000);
        QVERIFY(m_room.session->engine()->state().participants.contains(m_client->participantId()));
        QTRY_COMPARE(m_client->view()->formatTitle(), QStringLiteral("Draagvlak-intervisie"));
        QVERIFY(m_room.session->engine()->state().cards.isEmpty());

        // The server works on the new engine: the wall's change reaches the tablet.
        QVERIFY(m_room.controller->addCard(QStringLiteral("Nieuw")));
        QTRY_COMPARE(m_client->view()->cards()->rowCount(), 1);

        // And the past meeting can be deleted from the wall.
        QVERIFY(!m_room.controller->deletePastMeeting(QStringLiteral("../flipover.sqlite")));
        QCOMPARE(m_room.controller->lastErrorCode(), QStringLiteral("not_found"));
        QVERIFY(m_room.controller->deletePastMeeting(first.value(QStringLiteral("fileName")).toString()));
        QVERIFY(m_room.controller->pastMeetings().isEmpty());
        QCOMPARE(past.size(), 2);
    }

    void anUntouchedMeetingIsNotKept()
    {
        // The kiosk booted with a default meeting (a tablet joined, nobody
        // worked): picking a format deletes it instead of archiving it, so it
        // is no past meeting and does not count as a meeting of the cycle.
        const QString live = QDir(m_dir->path()).filePath(QStringLiteral("flipover.sqlite"));
        QVERIFY(!m_room.session->engine()->state().holdsWork());
        QVERIFY2(m_room.controller->newMeeting(QStringLiteral("draagvlak-intervisie")),
                 qPrintable(m_room.controller->lastErrorMessage()));
        QVERIFY(m_room.controller->pastMeetings().isEmpty());
        QVERIFY(!QDir(m_dir->path()).exists(QStringLiteral("archive"))
                || QDir(m_dir->path() + QStringLiteral("/archive")).isEmpty());
        QCOMPARE(m_room.session->engine()->state().cycleMeeting, 1);
        QVERIFY(QFileInfo::exists(live)); // the new meeting's own file

        // Untouched again (meeting 1 of the cycle): the next pick is meeting 1 still.
        QCOMPARE(m_room.controller->checkFormat(QStringLiteral("draagvlak-intervisie"))
                     .value(QStringLiteral("nextCycleMeeting")).toInt(), 1);
        QVERIFY(m_room.controller->newMeeting(QStringLiteral("draagvlak-intervisie")));
        QCOMPARE(m_room.session->engine()->state().cycleMeeting, 1);
        QVERIFY(m_room.controller->pastMeetings().isEmpty());

        // A case typed before the start is work: that meeting is kept.
        QVERIFY(m_room.controller->setCase(QStringLiteral("Een casus")));
        QCOMPARE(m_room.controller->checkFormat(QStringLiteral("draagvlak-intervisie"))
                     .value(QStringLiteral("nextCycleMeeting")).toInt(), 2);
        QVERIFY(m_room.controller->newMeeting(QStringLiteral("draagvlak-intervisie")));
        QCOMPARE(m_room.controller->pastMeetings().size(), 1);
        QCOMPARE(m_room.session->engine()->state().cycleMeeting, 2);
    }

    void brokenFormatChangesNothing()
    {
        const QString participant = m_client->participantId();
        const QString code = m_room.session->engine()->meetingCode();
        SessionEngine *engine = m_room.session->engine();
        QSignalSpy replaced(m_room.channel.get(), &WallChannel::engineReplaced);
        const QString path = QStringLiteral(FLIPOVER_TEST_DATA "/formats/minutes-zero.json");
        QVERIFY(!m_room.controller->newMeeting(QUrl::fromLocalFile(path).toString()));
        QCOMPARE(m_room.controller->lastErrorCode(), QStringLiteral("bad_format"));
        QVERIFY2(m_room.controller->lastErrorMessage().contains(QLatin1String("phases[2].minutes"))
                     && m_room.controller->lastErrorMessage().contains(QLatin1String("line 11")),
                 qPrintable(m_room.controller->lastErrorMessage()));
        QCOMPARE(replaced.size(), 0);
        QCOMPARE(m_room.session->engine(), engine);
        QCOMPARE(m_room.session->engine()->meetingCode(), code);
        QVERIFY(m_room.controller->pastMeetings().isEmpty());
        // The tablet was never dropped: it sends into the same meeting.
        QCOMPARE(m_client->state(), QStringLiteral("online"));
        QCOMPARE(m_client->participantId(), participant);
        QVERIFY(m_room.controller->addCard(QStringLiteral("Nog steeds hier")));
        QCOMPARE(m_room.session->engine()->state().cards.size(), 1);
    }

    void builtInFormatsInTheWallsLanguage()
    {
        const QVariantList formats = m_room.controller->builtInFormats();
        QCOMPARE(formats.size(), FormatLoader::builtInIds().size());
        bool sawCycle = false;
        for (const QVariant &v : formats) {
            const QVariantMap f = v.toMap();
            QVERIFY(!f.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(!f.value(QStringLiteral("description")).toString().isEmpty());
            if (f.value(QStringLiteral("id")).toString() == QLatin1String("draagvlak-intervisie")) {
                sawCycle = true;
                QCOMPARE(f.value(QStringLiteral("cycleSize")).toInt(), 5);
            }
        }
        QVERIFY(sawCycle);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::KioskRoom m_room;
    std::unique_ptr<VoterClient> m_client;
};

QTEST_GUILESS_MAIN(TestNewMeeting)
#include "tst_newmeeting.moc"
