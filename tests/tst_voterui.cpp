// The tablet's own QML (Main.qml of Flipover.Voter, linked in statically like
// the app does) against the real kiosk process: drafts and the participant's
// own ballot survive an app restart and a phase change, leaving wipes them,
// and "pass the tablet" gives each person a new anonymous participant, their
// own ballot and private items, with a neutral screen in between.
#include "kioskfinder.h"
#include "kioskprocess.h"
#include "voterapp.h"
#include "voterclient.h"

#include <QFile>
#include <QGuiApplication>
#include <QJSValue>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Flipover_VoterPlugin)

using namespace flipover;
using namespace flipover::test;

namespace {

const QString Pin = QStringLiteral("314159");
const QString FacilitatorPin = QStringLiteral("2718");

// One run of the tablet app: client, finder, app object and QML.
struct Tablet {
    VoterClient client;
    KioskFinder finder;
    VoterApp app{QString(), QString()};
    QQmlApplicationEngine engine;
    QObject *root = nullptr;

    explicit Tablet(const QString &storage)
    {
        client.setStoragePath(storage);
        client.setKeepAlive(500, 3000);
        client.setBackoff(50, 300);
        app.setLanguage(QStringLiteral("en"));
        engine.setInitialProperties({{QStringLiteral("client"), QVariant::fromValue(&client)},
                                     {QStringLiteral("app"), QVariant::fromValue(&app)},
                                     {QStringLiteral("finder"), QVariant::fromValue(&finder)}});
        engine.load(QUrl(QStringLiteral("qrc:/Flipover/Voter/Main.qml")));
        root = engine.rootObjects().value(0);
    }
    QObject *drafts() const { return root->property("drafts").value<QObject *>(); }
    QQuickItem *item(const char *name) const { return root->findChild<QQuickItem *>(QLatin1String(name)); }
    bool shows(const char *name) const
    {
        QQuickItem *i = item(name);
        return i && i->isVisible();
    }
    // Every text on screen that is visible now.
    QStringList visibleTexts() const
    {
        QStringList out;
        const QList<QQuickItem *> all = root->findChildren<QQuickItem *>();
        for (QQuickItem *i : all) {
            if (!i->isVisible() || i->opacity() == 0)
                continue;
            bool hiddenAncestor = false;
            for (QQuickItem *p = i->parentItem(); p; p = p->parentItem())
                hiddenAncestor = hiddenAncestor || !p->isVisible();
            const QVariant text = i->property("text");
            if (!hiddenAncestor && text.isValid() && !text.toString().isEmpty())
                out << text.toString();
        }
        return out;
    }
    void join(const QUrl &kiosk, bool pass)
    {
        QObject *join = item("joinScreen");
        join->setProperty("address", kiosk.toString());
        join->setProperty("pin", Pin);
        join->setProperty("passTablet", pass);
        QMetaObject::invokeMethod(join, "submit");
    }
};

} // namespace

class tst_VoterUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KioskProcess m_kiosk;
    std::unique_ptr<WsTestClient> m_facilitator;

    void facilitate(const QString &type, const QJsonObject &fields = {})
    {
        const auto a = m_facilitator->waitAnswer(m_facilitator->command(type, fields));
        QVERIFY2(a && a->value(QLatin1String("type")).toString() == QLatin1String("ack"), qPrintable(type));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString formatPath = m_dir.filePath(QStringLiteral("format.json"));
        QFile f(formatPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(testFormat().toJson()).toJson());
        f.close();
        QString error;
        QVERIFY2(m_kiosk.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                                QStringLiteral("--pin"), Pin, QStringLiteral("--facilitator-pin"), FacilitatorPin,
                                QStringLiteral("--format"), formatPath, QStringLiteral("--no-beacon")}, &error),
                 qPrintable(error));
        m_facilitator = std::make_unique<WsTestClient>();
        m_facilitator->open(m_kiosk.localUrl());
        QVERIFY(m_facilitator->waitConnected());
        QVERIFY(m_facilitator->joinAndWait(Pin, {{QStringLiteral("facilitatorPin"), FacilitatorPin}}));
        facilitate(QStringLiteral("startMeeting"));
    }

    void draftsSurviveRestartAndPhaseChange()
    {
        const QString storage = m_dir.filePath(QStringLiteral("restart/session.json"));
        QString participant;
        {
            Tablet tablet(storage);
            QVERIFY(tablet.root);
            tablet.join(m_kiosk.localUrl(), false);
            QTRY_VERIFY(tablet.client.view()->hasSnapshot());
            participant = tablet.client.participantId();
            tablet.drafts()->setProperty("thought", QStringLiteral("half getypt"));
            tablet.drafts()->setProperty("ballot", QVariantMap{{QStringLiteral("7"), 2}});
            tablet.drafts()->setProperty("sentBallot", QStringLiteral("{\"7\":2}"));
            facilitate(QStringLiteral("nextPhase"));
            QTRY_COMPARE(tablet.client.view()->phaseIndex(), 1);
            QCOMPARE(tablet.drafts()->property("thought").toString(), QStringLiteral("half getypt"));
            tablet.drafts()->setProperty("consideration", QStringLiteral("een overweging in wording"));
        } // the app closes (drafts are written on the way out)

        Tablet again(storage);
        QCOMPARE(again.drafts()->property("thought").toString(), QStringLiteral("half getypt"));
        QCOMPARE(again.drafts()->property("consideration").toString(), QStringLiteral("een overweging in wording"));
        QCOMPARE(again.drafts()->property("ballot").value<QJSValue>().property(QStringLiteral("7")).toInt(), 2);
        QCOMPARE(again.drafts()->property("sentBallot").toString(), QStringLiteral("{\"7\":2}"));
        QVERIFY(again.client.resumeStored());
        QTRY_VERIFY(again.client.view()->hasSnapshot());
        QCOMPARE(again.client.participantId(), participant);

        // Leaving wipes the drafts, on screen and on disk.
        QMetaObject::invokeMethod(again.root, "leave");
        QCOMPARE(again.drafts()->property("thought").toString(), QString());
        QVERIFY(!QFile::exists(storage));
        QTRY_VERIFY(again.shows("joinScreen"));
        Tablet third(storage);
        QCOMPARE(third.drafts()->property("consideration").toString(), QString());
        QVERIFY(!third.client.hasStoredSession());
        facilitate(QStringLiteral("previousPhase"));
    }

    void passTheTablet()
    {
        const QString storage = m_dir.filePath(QStringLiteral("pass/session.json"));
        Tablet tablet(storage);
        tablet.join(m_kiosk.localUrl(), true);
        QTRY_VERIFY(tablet.client.view()->hasSnapshot());
        QTRY_VERIFY(tablet.shows("passOn"));
        const QString first = tablet.client.participantId();

        // Person A: a private first thought, and a half-typed one.
        QVERIFY(!tablet.client.send(QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("geheim van A")}}).isEmpty());
        QTRY_COMPARE(tablet.client.view()->thoughts()->rowCount(), 1);
        tablet.drafts()->setProperty("question", QStringLiteral("halve vraag van A"));
        QTRY_COMPARE(tablet.client.pendingCount(), 0);

        QMetaObject::invokeMethod(tablet.root, "askLeave", Q_ARG(bool, true));
        QMetaObject::invokeMethod(tablet.root, "leave");
        // The neutral start: nothing of A anywhere.
        QTRY_VERIFY(tablet.shows("passScreen"));
        QVERIFY(!tablet.shows("joinScreen"));
        QCOMPARE(tablet.client.view()->thoughts()->rowCount(), 0);
        QCOMPARE(tablet.drafts()->property("question").toString(), QString());
        QVERIFY(!QFile::exists(storage));
        const QStringList onScreen = tablet.visibleTexts();
        QVERIFY2(onScreen.contains(QStringLiteral("This tablet is passed around")), qPrintable(onScreen.join(QLatin1Char('|'))));
        for (const QString &t : onScreen) {
            QVERIFY2(!t.contains(QLatin1String("van A")), qPrintable(t));
            QVERIFY2(!t.contains(Pin), qPrintable(t)); // the PIN is kept, never shown
        }

        // Person B: one tap, a new anonymous participant who sees nothing of A's.
        QMetaObject::invokeMethod(tablet.item("passJoin"), "clicked");
        QTRY_VERIFY(tablet.client.view()->hasSnapshot());
        const QString second = tablet.client.participantId();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QTRY_COMPARE(tablet.client.view()->phaseIndex(), 0);
        QCOMPARE(tablet.client.view()->thoughts()->rowCount(), 0);
        QCOMPARE(tablet.drafts()->property("question").toString(), QString());

        // A card to vote on, then B and C each cast their own ballot.
        facilitate(QStringLiteral("nextPhase"));
        facilitate(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("samen optrekken")}});
        facilitate(QStringLiteral("nextPhase"));
        facilitate(QStringLiteral("openVote"));
        QTRY_COMPARE(tablet.client.view()->cards()->rowCount(), 1);
        const QString card = tablet.client.view()->cards()->index(0).data(CardsModel::IdRole).toString();
        const QString ballotB = tablet.client.ballotToken();
        tablet.client.send(QStringLiteral("vote"), {{QStringLiteral("ballot"), ballotB}, {QStringLiteral("choices"), QJsonObject{{card, 2}}}});
        QTRY_COMPARE(tablet.client.pendingCount(), 0);
        QTRY_COMPARE(tablet.client.view()->ballotCount(), 1);
        QMetaObject::invokeMethod(tablet.root, "leave");
        QTRY_VERIFY(tablet.shows("passScreen"));

        QMetaObject::invokeMethod(tablet.item("passJoin"), "clicked");
        QTRY_VERIFY(tablet.client.view()->hasSnapshot());
        QVERIFY(tablet.client.participantId() != second);
        QVERIFY(!tablet.client.view()->hasVoted()); // B's vote is not C's
        const QString ballotC = tablet.client.ballotToken();
        QVERIFY(ballotC != ballotB);
        tablet.client.send(QStringLiteral("vote"), {{QStringLiteral("ballot"), ballotC}, {QStringLiteral("choices"), QJsonObject{{card, 1}}}});
        QTRY_COMPARE(tablet.client.pendingCount(), 0);
        QTRY_COMPARE(tablet.client.view()->ballotCount(), 2);

        // Stopping the mode leads back to the ordinary join screen.
        QMetaObject::invokeMethod(tablet.root, "leave");
        QTRY_VERIFY(tablet.shows("passScreen"));
        QMetaObject::invokeMethod(tablet.item("passStop"), "clicked");
        QTRY_VERIFY(tablet.shows("joinScreen"));
        QCOMPARE(tablet.root->property("passPin").toString(), QString());
    }

    // The meeting's end wipes what the tablet stored; the end screen stays.
    void meetingEndWipesStorage()
    {
        const QString storage = m_dir.filePath(QStringLiteral("end/session.json"));
        Tablet tablet(storage);
        tablet.join(m_kiosk.localUrl(), false);
        QTRY_VERIFY(tablet.client.view()->hasSnapshot());
        tablet.drafts()->setProperty("tip", QStringLiteral("meer pauzes"));
        tablet.client.flushDrafts();
        QVERIFY(QFile::exists(storage));
        QSignalSpy ended(&tablet.client, &VoterClient::meetingEnded);
        while (m_facilitator->state.value(QLatin1String("phase")).toObject().value(QLatin1String("status")).toString() != QLatin1String("ended")
               && tablet.client.view()->phaseStatus() != QLatin1String("ended")) {
            const int before = tablet.client.view()->phaseIndex();
            facilitate(QStringLiteral("nextPhase"));
            QTRY_VERIFY(tablet.client.view()->phaseIndex() != before);
        }
        QTRY_COMPARE(ended.size(), 1);
        QVERIFY(!QFile::exists(storage));
        QCOMPARE(tablet.drafts()->property("tip").toString(), QString());
        QVERIFY(!tablet.client.hasStoredSession());
        tablet.drafts()->setProperty("tip", QStringLiteral("na het einde"));
        tablet.client.flushDrafts();
        QVERIFY(!QFile::exists(storage));
        QVERIFY(tablet.client.view()->hasSnapshot()); // the end screen is still there
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    tst_VoterUi test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_voterui.moc"
