// VoterClient against an in-test fake kiosk that speaks docs/protocol.md
// (fakekiosk.h): join -> joined + snapshot, every command -> ack (or error),
// ping -> pong.
#include "fakekiosk.h"
#include "sessionview.h"
#include "voterclient.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace flipover;
using flipover::test::FakeKiosk;

class TestVoterClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        kiosk = std::make_unique<FakeKiosk>();
        QVERIFY(kiosk->listen());
        client = std::make_unique<VoterClient>();
        client->setBackoff(20, 200); // the real 0.5 s .. 10 s only slows the test
    }
    void cleanup()
    {
        client.reset();
        kiosk.reset();
    }

    void joinsAndSendsWithAck()
    {
        QSignalSpy acked(client.get(), &VoterClient::acked);
        QSignalSpy states(client.get(), &VoterClient::stateChanged);
        QCOMPARE(client->state(), QStringLiteral("offline"));
        client->connectToKiosk(kiosk->url(), QStringLiteral("1234"));
        QCOMPARE(client->state(), QStringLiteral("connecting"));
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        QCOMPARE(kiosk->joins.size(), 1);
        const QJsonObject join = kiosk->joins.first();
        QCOMPARE(join.value(QLatin1String("v")).toInt(), 1);
        QCOMPARE(join.value(QLatin1String("pin")).toString(), QStringLiteral("1234"));
        QVERIFY(!join.contains(QLatin1String("resume")));
        QCOMPARE(client->participantId(), QStringLiteral("p-token-1"));
        QCOMPARE(client->role(), QStringLiteral("participant"));
        QTRY_VERIFY(client->view()->hasSnapshot());
        QCOMPARE(client->view()->sessionName(), QStringLiteral("Team Noord"));

        const QString id = client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("Bel de klant")}});
        QVERIFY(!id.isEmpty());
        QVERIFY(id.size() <= protocol::MaxIdLength);
        QCOMPARE(client->pendingCount(), 1);
        QTRY_COMPARE(acked.size(), 1);
        QCOMPARE(acked.first().at(0).toString(), id);
        QCOMPARE(acked.first().at(1).toJsonObject().value(QLatin1String("cardId")).toInt(), 1);
        QCOMPARE(client->pendingCount(), 0);
        QTRY_COMPARE(client->view()->caseText(), QStringLiteral("addCard")); // the update arrived
        QCOMPARE(kiosk->commandIds, QStringList{id});

        const QString second = client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("x")}});
        QVERIFY(second != id);
        QVERIFY(client->send(QStringLiteral("join"), {}).isEmpty());
        QVERIFY(client->send(QStringLiteral("ping"), {}).isEmpty());
        QVERIFY(states.size() >= 2);
    }

    void outboxSurvivesADropAndResendsSameIds()
    {
        QSignalSpy acked(client.get(), &VoterClient::acked);
        client->connectToKiosk(kiosk->url(), QStringLiteral("1234"));
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        const QString token = QStringLiteral("token-1");

        kiosk->holdCommands = true;
        const QString a = client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("a")}});
        const QString b = client->send(QStringLiteral("askQuestion"), {{QStringLiteral("text"), QStringLiteral("b")}});
        QTRY_COMPARE(kiosk->commandIds, (QStringList{a, b}));
        QCOMPARE(client->pendingCount(), 2);

        // The kiosk goes away: no new connection completes while paused.
        kiosk->server.pauseAccepting();
        kiosk->dropAll();
        QTRY_COMPARE(client->state(), QStringLiteral("reconnecting"));
        const QString c = client->send(QStringLiteral("addTip"), {{QStringLiteral("kind"), QStringLiteral("top")}});
        QCOMPARE(client->pendingCount(), 3);
        QCOMPARE(client->pendingIds(), (QStringList{a, b, c}));
        QCOMPARE(kiosk->commandIds.size(), 2);

        kiosk->holdCommands = false;
        kiosk->server.resumeAccepting();
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        QVERIFY(kiosk->joins.size() >= 2);
        QCOMPARE(kiosk->joins.last().value(QLatin1String("resume")).toString(), token);
        QTRY_COMPARE(client->pendingCount(), 0);
        QCOMPARE(kiosk->commandIds, (QStringList{a, b, a, b, c}));
        QCOMPARE(kiosk->commandTypes.mid(2),
                 (QStringList{QStringLiteral("addCard"), QStringLiteral("askQuestion"), QStringLiteral("addTip")}));
        QCOMPARE(acked.size(), 3);
        QCOMPARE(client->participantId(), QStringLiteral("p-token-1"));
    }

    void sendsWhileNeverConnectedGoOutAfterJoin()
    {
        const QString a = client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("a")}});
        QCOMPARE(client->pendingCount(), 1);
        client->connectToKiosk(kiosk->url(), QStringLiteral("1234"));
        QTRY_COMPARE(client->pendingCount(), 0);
        QCOMPARE(kiosk->commandIds, QStringList{a});
    }

    void longOutboxGoesOutInAWindow()
    {
        // 50 items typed offline: after the join at most InFlightWindow go
        // unanswered at once, so the kiosk's flood limit (40) is never met.
        QStringList ids;
        for (int i = 0; i < 50; ++i)
            ids << client->send(QStringLiteral("askQuestion"), {{QStringLiteral("text"), QString::number(i)}});
        kiosk->holdCommands = true;
        client->connectToKiosk(kiosk->url(), QStringLiteral("1234"));
        QTRY_COMPARE(kiosk->commandIds.size(), VoterClient::InFlightWindow);
        kiosk->ackHeld();
        QTRY_COMPARE(kiosk->commandIds.size(), 2 * VoterClient::InFlightWindow);
        QCOMPARE(client->pendingCount(), 50 - VoterClient::InFlightWindow);
        kiosk->holdCommands = false;
        kiosk->ackHeld();
        QTRY_COMPARE(client->pendingCount(), 0);
        QCOMPARE(kiosk->commandIds, ids); // in order, each once
    }

    void rejectedCommandsLeaveTheOutbox()
    {
        QSignalSpy rejected(client.get(), &VoterClient::rejected);
        QSignalSpy acked(client.get(), &VoterClient::acked);
        kiosk->rejectTypes = {QStringLiteral("hideCard")};
        client->connectToKiosk(kiosk->url(), QStringLiteral("1234"));
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        const QString id = client->send(QStringLiteral("hideCard"), {{QStringLiteral("cardId"), 1}, {QStringLiteral("hidden"), true}});
        QTRY_COMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).toString(), id);
        QCOMPARE(rejected.first().at(1).toString(), QStringLiteral("not_allowed"));
        QVERIFY(!rejected.first().at(2).toString().isEmpty());
        QCOMPARE(client->pendingCount(), 0);
        QCOMPARE(acked.size(), 0);
        QCOMPARE(client->state(), QStringLiteral("online"));
    }

    void badPinStopsRetrying()
    {
        QSignalSpy failed(client.get(), &VoterClient::joinFailed);
        client->setBackoff(1, 1); // a retry, if there were one, would come at once
        client->connectToKiosk(kiosk->url(), QStringLiteral("0000"));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("bad_pin"));
        QCOMPARE(client->state(), QStringLiteral("offline"));
        QCOMPARE(client->lastError(), QStringLiteral("bad_pin"));

        // The user types the right PIN: exactly one more join reaches the kiosk.
        client->connectToKiosk(kiosk->url(), QStringLiteral("1234"));
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        QCOMPARE(kiosk->joins.size(), 2);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(client->lastError(), QString());
    }

    void silentKioskCountsAsDead()
    {
        kiosk->answerPings = false;
        client->setKeepAlive(30, 150);
        client->connectToKiosk(kiosk->url(), QStringLiteral("1234"));
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        QTRY_VERIFY(kiosk->joins.size() >= 2);
        QCOMPARE(kiosk->joins.last().value(QLatin1String("resume")).toString(), QStringLiteral("token-1"));
    }

    void unknownTokenJoinsAfresh()
    {
        client->connectToKiosk(kiosk->url(), QStringLiteral("1234"));
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        const QString ballot = client->ballotToken();
        kiosk->knowsTokens = false;
        kiosk->holdCommands = true;
        kiosk->dropAll();
        QTRY_COMPARE(client->state(), QStringLiteral("reconnecting"));
        // Typed for the meeting the kiosk no longer knows: never sent into the next one.
        QSignalSpy rejected(client.get(), &VoterClient::rejected);
        const QString a = client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("a")}});
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        QVERIFY(!kiosk->joins.last().contains(QLatin1String("resume")));
        QVERIFY(client->participantId() != QStringLiteral("p-token-1"));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).toString(), a);
        QCOMPARE(rejected.first().at(1).toString(), QStringLiteral("new_meeting"));
        QCOMPARE(client->pendingCount(), 0);
        QVERIFY(client->ballotToken() != ballot);
        const QString b = client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("b")}});
        QTRY_COMPARE(kiosk->commandIds, QStringList{b});
    }

    void anotherMeetingCodeDropsTheOutbox()
    {
        // The kiosk still knows the token, but its snapshot names another
        // meeting: nothing queued for the first one goes out.
        kiosk->meeting = QStringLiteral("aaaaaaaaaa");
        client->connectToKiosk(kiosk->url(), QStringLiteral("1234"));
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        QCOMPARE(client->meeting(), QStringLiteral("aaaaaaaaaa"));
        client->setDraft(QStringLiteral("question"), QStringLiteral("nog niet verstuurd"));
        client->setDraft(QStringLiteral("sentBallot"), QStringLiteral("{\"1\":1}"));
        client->disconnectFromKiosk();
        QSignalSpy rejected(client.get(), &VoterClient::rejected);
        QSignalSpy dropped(client.get(), &VoterClient::oldMeetingDropped);
        const QStringList queued{client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("a")}}),
                                 client->send(QStringLiteral("vote"), {{QStringLiteral("ballot"), client->ballotToken()}})};
        kiosk->meeting = QStringLiteral("bbbbbbbbbb");
        client->connectToKiosk(kiosk->url(), QStringLiteral("1234"));
        QTRY_COMPARE(client->meeting(), QStringLiteral("bbbbbbbbbb"));
        QCOMPARE(client->state(), QStringLiteral("online"));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(rejected.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(rejected.at(i).at(0).toString(), queued.at(i));
            QCOMPARE(rejected.at(i).at(1).toString(), QStringLiteral("new_meeting"));
        }
        QCOMPARE(client->pendingCount(), 0);
        QCOMPARE(client->draft(QStringLiteral("question")).toString(), QStringLiteral("nog niet verstuurd"));
        QVERIFY(!client->draft(QStringLiteral("sentBallot")).isValid());
        const QString c = client->send(QStringLiteral("askQuestion"), {{QStringLiteral("text"), QStringLiteral("c")}});
        QTRY_COMPARE(client->pendingCount(), 0);
        QCOMPARE(kiosk->commandIds, QStringList{c});
    }

    void aLinkOfAnotherMeetingDropsTheOutbox()
    {
        const QString link = QStringLiteral("http://127.0.0.1:%1/?m=%2").arg(kiosk->url().port());
        kiosk->meeting = QStringLiteral("cccccccccc");
        QVERIFY(client->connectToLink(link.arg(kiosk->meeting), QStringLiteral("1234")));
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        client->disconnectFromKiosk();
        QSignalSpy rejected(client.get(), &VoterClient::rejected);
        client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("a")}});
        // The same meeting's link again keeps it; another meeting's drops it at once.
        QVERIFY(client->connectToLink(link.arg(kiosk->meeting), QStringLiteral("1234")));
        QCOMPARE(client->pendingCount(), 1);
        client->disconnectFromKiosk();
        kiosk->meeting = QStringLiteral("dddddddddd");
        QVERIFY(client->connectToLink(link.arg(kiosk->meeting), QStringLiteral("1234")));
        QCOMPARE(client->pendingCount(), 0);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(client->meeting(), QStringLiteral("dddddddddd"));
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        QVERIFY(kiosk->commandIds.isEmpty());
    }

    void leaveWipesEverything()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("voter/session.json"));
        client->setStoragePath(path);
        client->connectToKiosk(kiosk->url(), QStringLiteral("1234"));
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        kiosk->holdCommands = true;
        client->send(QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("prive")}});
        const QString ballot = client->ballotToken();
        QCOMPARE(ballot.size(), 32);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(ballot).hasMatch());
        QCOMPARE(client->ballotToken(), ballot);
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::permissions(path) & QFile::ReadOwner);
        QVERIFY(!(QFile::permissions(path) & QFile::ReadOther));
        QVERIFY(client->view()->hasSnapshot());

        kiosk->holdCommands = false;
        client->leave();
        QVERIFY(!QFile::exists(path));
        QCOMPARE(client->state(), QStringLiteral("offline"));
        QCOMPARE(client->pendingCount(), 0);
        QVERIFY(client->participantId().isEmpty());
        QVERIFY(!client->hasStoredSession());
        QVERIFY(!client->view()->hasSnapshot());
        QVERIFY(client->view()->sessionName().isEmpty());
        QTRY_VERIFY(kiosk->commandTypes.contains(QStringLiteral("leave")));
        QVERIFY(client->ballotToken() != ballot);

        // A fresh join afterwards is a new participant, not a resume.
        client->connectToKiosk(kiosk->url(), QStringLiteral("1234"));
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        QVERIFY(!kiosk->joins.last().contains(QLatin1String("resume")));
    }

    void restartedAppResumesFromStorage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.json"));
        client->setStoragePath(path);
        client->connectToKiosk(kiosk->url(), QStringLiteral("1234"));
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        kiosk->holdCommands = true;
        const QString a = client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("a")}});
        const QString ballot = client->ballotToken();
        QTRY_COMPARE(kiosk->commandIds, QStringList{a});
        client.reset(); // the app is killed

        kiosk->holdCommands = false;
        client = std::make_unique<VoterClient>();
        client->setStoragePath(path);
        QVERIFY(client->hasStoredSession());
        QCOMPARE(client->pendingIds(), QStringList{a});
        QCOMPARE(client->ballotToken(), ballot);
        QVERIFY(client->resumeStored());
        QTRY_COMPARE(client->state(), QStringLiteral("online"));
        QCOMPARE(kiosk->joins.last().value(QLatin1String("resume")).toString(), QStringLiteral("token-1"));
        QTRY_COMPARE(client->pendingCount(), 0);
        QCOMPARE(kiosk->commandIds, (QStringList{a, a}));
        // New ids never collide with the ones before the restart.
        QVERIFY(client->send(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("b")}}) != a);
    }

private:
    std::unique_ptr<FakeKiosk> kiosk;
    std::unique_ptr<VoterClient> client;
};

QTEST_GUILESS_MAIN(TestVoterClient)
#include "tst_voterclient.moc"
