// The wall's start screen, driven like a facilitator does: the real wall
// (Main.qml) on a real KioskSession and KioskController, with clicks and
// keys. Choosing a format and a meeting of its cycle starts exactly that; a
// running meeting is only replaced after a confirmation; a broken file shows
// its line and field and changes nothing; a past meeting is deleted only
// after "Delete for good".
#include "kioskcontroller.h"
#include "kiosksession.h"
#include "meetingarchive.h"
#include "sessionview.h"

#include <QDir>
#include <QJSEngine>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(Flipover_KioskPlugin)

using namespace flipover;

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// The texts of every Text item below `root`, shown or not.
void collectTexts(QQuickItem *root, QStringList *texts)
{
    if (!root)
        return;
    if (root->inherits("QQuickText"))
        texts->append(root->property("text").toString());
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children)
        collectTexts(child, texts);
}

} // namespace

class TestStartScreen : public QObject
{
    Q_OBJECT

private:
    QQuickItem *item(const QString &name, QQuickItem *within = nullptr) const
    {
        return findItem(within ? within : m_window->contentItem(), name);
    }
    bool shown(const QString &name) const
    {
        QQuickItem *i = item(name);
        return i && i->isVisible();
    }
    void click(QQuickItem *target)
    {
        QVERIFY(target);
        QVERIFY(target->isVisible());
        QVERIFY(target->isEnabled());
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    }
    void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_window, Qt::Key(k), modifiers);
    }
    void openStartScreen()
    {
        key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(shown(QStringLiteral("startScreen")));
    }
    // The start screen's QML function, as the file dialog calls it.
    void openFile(const QString &path)
    {
        QJSValue screen = m_qml->toScriptValue(static_cast<QObject *>(item(QStringLiteral("startScreen"))));
        const QJSValue result = screen.property(QStringLiteral("openFile"))
                                    .callWithInstance(screen, {QUrl::fromLocalFile(path).toString()});
        QVERIFY2(!result.isError(), qPrintable(result.toString()));
    }
    QVariant screenProperty(const char *name) const
    {
        return item(QStringLiteral("startScreen"))->property(name);
    }

private slots:
    // One wall for all the tests, as on a kiosk: meeting after meeting on
    // the same window, controller and data dir.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<KioskSession>();
        SessionOptions options;
        options.dataDir = m_dir.path();
        options.language = QStringLiteral("en");
        QString error;
        QCOMPARE(m_session->start(options, &error), KioskSession::Failure::None);
        m_channel = std::make_unique<WallChannel>(m_session->engine(), m_session.get());
        m_controller = std::make_unique<KioskController>(m_channel.get());
        m_controller->setArchive(m_session->dataDir(), m_session->options().language);
        m_qml = std::make_unique<QQmlApplicationEngine>();
        m_qml->addImportPath(QStringLiteral("qrc:/"));
        m_qml->setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(m_controller.get())},
                                     {QStringLiteral("view"), QVariant::fromValue(m_controller->view())}});
        m_qml->load(QUrl(QStringLiteral("qrc:/Flipover/Kiosk/Main.qml")));
        QCOMPARE(m_qml->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_qml->rootObjects().constFirst());
        QVERIFY(m_window);
        m_window->setProperty("autoControls", false);
        m_window->setProperty("controlsShown", true);
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    // Each test starts in the lobby of a fresh Collegiale ontmoeting, with no past meetings.
    void init()
    {
        m_window->setProperty("startShown", false);
        QVERIFY2(m_controller->newMeeting(QStringLiteral("collegiale-ontmoeting")),
                 qPrintable(m_controller->lastErrorMessage()));
        const QVariantList past = m_controller->pastMeetings();
        for (const QVariant &m : past)
            QVERIFY(m_controller->deletePastMeeting(m.toMap().value(QStringLiteral("fileName")).toString()));
        QVERIFY(m_controller->pastMeetings().isEmpty());
        QTRY_COMPARE(m_controller->view()->phaseStatus(), QStringLiteral("notStarted"));
    }

    void cleanupTestCase()
    {
        m_qml.reset();
        m_controller.reset();
        m_channel.reset();
        m_session.reset();
    }

    // From the lobby's control bar: pick the cycle format, step to its
    // third meeting, start; no confirmation, since nothing had started.
    void chooseTheMeetingOfACycle()
    {
        QCOMPARE(m_controller->view()->phaseStatus(), QStringLiteral("notStarted"));
        QVERIFY(!shown(QStringLiteral("startScreen")));
        click(item(QStringLiteral("controlNewMeeting")));
        QTRY_VERIFY(shown(QStringLiteral("startScreen")));
        // The current meeting's format comes chosen.
        QCOMPARE(screenProperty("selected").toMap().value(QStringLiteral("format")).toString(),
                 QStringLiteral("collegiale-ontmoeting"));

        QQuickItem *cycle = item(QStringLiteral("format-draagvlak-intervisie"));
        click(cycle);
        QTRY_COMPARE(cycle->property("selected").toBool(), true);
        // Nothing archived yet: the cycle starts at its first meeting.
        QCOMPARE(item(QStringLiteral("cycleMeeting"), cycle)->property("text").toString(),
                 QStringLiteral("Meeting 1 of 5"));
        click(item(QStringLiteral("cycleUp"), cycle));
        click(item(QStringLiteral("cycleUp"), cycle));
        QTRY_COMPARE(item(QStringLiteral("cycleMeeting"), cycle)->property("text").toString(),
                     QStringLiteral("Meeting 3 of 5"));

        const QString oldCode = m_session->engine()->meetingCode();
        QVERIFY(m_controller->addCard(QStringLiteral("Werk van vandaag"))); // kept, not discarded
        click(item(QStringLiteral("startNewMeeting")));
        QTRY_VERIFY(!shown(QStringLiteral("startScreen")));
        QVERIFY(!shown(QStringLiteral("confirmStart")));
        QVERIFY(m_session->engine()->meetingCode() != oldCode);
        QCOMPARE(m_session->engine()->state().format.id, QStringLiteral("draagvlak-intervisie"));
        QCOMPARE(m_session->engine()->state().cycleMeeting, 3);
        QCOMPARE(m_controller->pastMeetings().size(), 1);

        // Once meeting 3 holds work, the cycle goes on after it: 4 of 5.
        openStartScreen();
        QCOMPARE(screenProperty("cycleMeeting").toInt(), 1); // untouched, it would not be kept
        key(Qt::Key_Escape);
        QTRY_VERIFY(!shown(QStringLiteral("startScreen")));
        QVERIFY(m_controller->addCard(QStringLiteral("Werk van ronde 3")));
        openStartScreen();
        QCOMPARE(screenProperty("cycleMeeting").toInt(), 4);
        key(Qt::Key_Left);
        QCOMPARE(screenProperty("cycleMeeting").toInt(), 3);
        key(Qt::Key_Escape);
        QTRY_VERIFY(!shown(QStringLiteral("startScreen")));
        QCOMPARE(m_session->engine()->state().cycleMeeting, 3);
    }

    // During a meeting the start asks first; Esc goes back to where the
    // facilitator was, with the meeting untouched; Enter, Enter replaces it.
    void aRunningMeetingIsReplacedOnlyAfterConfirmation()
    {
        QVERIFY(m_controller->startMeeting());
        QVERIFY(m_controller->addCard(QStringLiteral("Blijft bewaard")));
        SessionEngine *engine = m_session->engine();
        openStartScreen();
        key(Qt::Key_Down); // the next format
        const QString chosen = screenProperty("selected").toMap().value(QStringLiteral("format")).toString();
        QVERIFY(chosen != QLatin1String("collegiale-ontmoeting"));
        key(Qt::Key_Return);
        QTRY_VERIFY(shown(QStringLiteral("confirmStart")));
        QCOMPARE(m_session->engine(), engine);

        key(Qt::Key_Escape);
        QTRY_VERIFY(!shown(QStringLiteral("confirmStart")));
        QVERIFY(shown(QStringLiteral("startScreen")));
        key(Qt::Key_Escape);
        QTRY_VERIFY(!shown(QStringLiteral("startScreen")));
        QCOMPARE(m_session->engine(), engine);
        QCOMPARE(m_controller->view()->phaseStatus(), QStringLiteral("running"));
        QVERIFY(m_controller->pastMeetings().isEmpty());
        // The wall's own keys work again: → goes to the next phase.
        key(Qt::Key_Right);
        QTRY_COMPARE(m_controller->view()->phaseIndex(), 1);

        openStartScreen();
        key(Qt::Key_Down);
        key(Qt::Key_Return);
        QTRY_VERIFY(shown(QStringLiteral("confirmStart")));
        key(Qt::Key_Return);
        QTRY_VERIFY(!shown(QStringLiteral("startScreen")));
        QCOMPARE(m_session->engine()->state().format.id, chosen);
        QCOMPARE(m_controller->view()->phaseStatus(), QStringLiteral("notStarted"));
        // The old meeting is archived, card and all.
        const QVariantList past = m_controller->pastMeetings();
        QCOMPARE(past.size(), 1);
        SessionState archived;
        QString error;
        QVERIFY2(MeetingArchive(m_dir.path())
                     .load(past.first().toMap().value(QStringLiteral("fileName")).toString(), &archived, &error),
                 qPrintable(error));
        QCOMPARE(archived.cards.size(), 1);
        QCOMPARE(archived.cards.first().text, QStringLiteral("Blijft bewaard"));
    }

    // A broken file: its line and field on the screen, nothing changed; a
    // good file after it is offered, chosen and started.
    void aBrokenFileShowsWhereAndChangesNothing()
    {
        const QString code = m_session->engine()->meetingCode();
        openStartScreen();
        QVERIFY(!shown(QStringLiteral("formatError")));
        openFile(QStringLiteral(FLIPOVER_TEST_DATA "/formats/minutes-zero.json"));
        QTRY_VERIFY(shown(QStringLiteral("formatError")));
        QCOMPARE(item(QStringLiteral("formatErrorTitle"))->property("text").toString(),
                 QStringLiteral("\u26A0 minutes-zero.json cannot be used"));
        QCOMPARE(item(QStringLiteral("formatErrorWhere"))->property("text").toString(),
                 QStringLiteral("Line 11, field phases[2].minutes"));
        QVERIFY(!item(QStringLiteral("formatErrorMessage"))->property("text").toString().isEmpty());
        QCOMPARE(m_session->engine()->meetingCode(), code);
        QVERIFY(m_controller->pastMeetings().isEmpty());
        QVERIFY(!item(QStringLiteral("format-file")));
        QCOMPARE(screenProperty("selected").toMap().value(QStringLiteral("format")).toString(),
                 QStringLiteral("collegiale-ontmoeting"));

        openFile(QStringLiteral(FLIPOVER_TEST_DATA "/formats/example-004.json"));
        QTRY_VERIFY(!shown(QStringLiteral("formatError")));
        QQuickItem *file = item(QStringLiteral("format-file"));
        QVERIFY(file);
        QVERIFY(file->property("selected").toBool());
        QCOMPARE(file->property("source").toString(), QStringLiteral("example-004.json"));
        key(Qt::Key_Return);
        QTRY_VERIFY(!shown(QStringLiteral("startScreen")));
        QVERIFY(m_session->engine()->meetingCode() != code);
        QCOMPARE(m_controller->view()->formatTitle(), file->property("title").toString());
    }

    // Ctrl+O opens the file dialog; once it is closed the screen's keys work again.
    void theFileDialogGivesTheKeysBack()
    {
        openStartScreen();
        QObject *dialog = item(QStringLiteral("startScreen"))->findChild<QObject *>(QStringLiteral("formatFileDialog"));
        QVERIFY(dialog);
        QVERIFY(!dialog->property("visible").toBool());
        key(Qt::Key_O, Qt::ControlModifier);
        QTRY_VERIFY(dialog->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(dialog, "reject"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY(shown(QStringLiteral("startScreen")));
        key(Qt::Key_Escape);
        QTRY_VERIFY(!shown(QStringLiteral("startScreen")));
    }

    // "Delete" asks; Esc keeps the meeting; "Delete for good" removes its file.
    void deletingAPastMeetingAsksFirst()
    {
        QVERIFY(m_controller->addCard(QStringLiteral("Werk van vandaag"))); // kept, not discarded
        QVERIFY2(m_controller->newMeeting(QStringLiteral("intervisie-participatie")),
                 qPrintable(m_controller->lastErrorMessage()));
        const QString fileName = m_controller->pastMeetings().value(0).toMap().value(QStringLiteral("fileName")).toString();
        const QString path = QDir(MeetingArchive(m_dir.path()).directory()).filePath(fileName);
        QVERIFY(QFile::exists(path));
        openStartScreen();
        QQuickItem *row = item(QStringLiteral("past-") + fileName);
        QVERIFY(row);

        click(item(QStringLiteral("deletePastMeeting"), row));
        QTRY_VERIFY(shown(QStringLiteral("confirmDelete")));
        QVERIFY(item(QStringLiteral("confirmDelete"))->property("detail").toString().contains(
            QLatin1String("cannot be undone")));
        QVERIFY(QFile::exists(path));
        key(Qt::Key_Escape);
        QTRY_VERIFY(!shown(QStringLiteral("confirmDelete")));
        QVERIFY(QFile::exists(path));
        QCOMPARE(m_controller->pastMeetings().size(), 1);

        click(item(QStringLiteral("deletePastMeeting"), row));
        QTRY_VERIFY(shown(QStringLiteral("confirmDelete")));
        click(item(QStringLiteral("confirmAccept"), item(QStringLiteral("confirmDelete"))));
        QTRY_VERIFY(!shown(QStringLiteral("confirmDelete")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(m_controller->pastMeetings().isEmpty());
        QTRY_VERIFY(!item(QStringLiteral("past-") + fileName));
        // The start screen stays open for what comes next.
        QVERIFY(shown(QStringLiteral("startScreen")));
    }

    // After the end, the control bar (not the room's summary) leads to the start screen.
    void theEndSummaryLeadsToANewMeeting()
    {
        QVERIFY(m_controller->startMeeting());
        QVERIFY(m_controller->endMeeting());
        QTRY_VERIFY(shown(QStringLiteral("controlNewMeeting")));
        QVERIFY(!item(QStringLiteral("endNewMeeting"))); // nothing of the facilitator's in the room's view
        click(item(QStringLiteral("controlNewMeeting")));
        QTRY_VERIFY(shown(QStringLiteral("startScreen")));
        QVERIFY(!screenProperty("meetingInProgress").toBool());
        key(Qt::Key_Return);
        QTRY_VERIFY(!shown(QStringLiteral("startScreen")));
        QCOMPARE(m_controller->view()->phaseStatus(), QStringLiteral("notStarted"));
        QCOMPARE(m_controller->pastMeetings().size(), 1);
    }

    // "Afronden" on the control bar asks first: Cancel keeps the meeting
    // running; only the confirmation ends it.
    // Keys live on the help overlay only: the start screen (with its
    // confirmations) and the card editor name none, and "?" opens the help
    // over the start screen, Esc closing the help first.
    void keysAreNamedOnTheHelpOnly()
    {
        const QRegularExpression keyName(QStringLiteral("\\b(Enter|Esc|Ctrl\\+|Shift\\+|Tab)\\b|\\([A-Z]\\)|[\\x{2190}-\\x{2193}]"));
        QStringList texts;
        collectTexts(item(QStringLiteral("startScreen")), &texts);
        collectTexts(item(QStringLiteral("cardEditor")), &texts);
        QVERIFY(texts.size() > 10);
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!keyName.match(text).hasMatch(), qPrintable(QStringLiteral("a key named in \"%1\"").arg(text)));
        // The help names them: the card editor's with the wall's, the
        // start screen's when it opens over the start screen.
        QStringList help;
        collectTexts(item(QStringLiteral("helpOverlay")), &help);
        QVERIFY(help.contains(QStringLiteral("Card editor: save; Shift+Enter a new line, Tab the other field")));
        openStartScreen();
        key(Qt::Key_Question);
        QTRY_VERIFY(shown(QStringLiteral("helpOverlay")));
        help.clear();
        collectTexts(item(QStringLiteral("helpOverlay")), &help);
        QVERIFY(help.contains(QStringLiteral("Ctrl+O")));
        QVERIFY(help.contains(QStringLiteral("Start the chosen format")));
        QVERIFY(item(QStringLiteral("helpOverlay"))->z() > item(QStringLiteral("startScreen"))->z());
        QVERIFY(shown(QStringLiteral("startScreen")));
        key(Qt::Key_Escape);
        QTRY_VERIFY(!shown(QStringLiteral("helpOverlay")));
        QVERIFY(shown(QStringLiteral("startScreen")));
        key(Qt::Key_Escape);
        QTRY_VERIFY(!shown(QStringLiteral("startScreen")));
    }

    void endingTheMeetingAsksFirst()
    {
        QVERIFY(m_controller->startMeeting());
        QTRY_VERIFY(shown(QStringLiteral("controlEnd")));
        click(item(QStringLiteral("controlEnd")));
        QTRY_VERIFY(shown(QStringLiteral("confirmEnd")));
        QCOMPARE(m_controller->view()->phaseStatus(), QStringLiteral("running"));
        click(item(QStringLiteral("confirmReject"), item(QStringLiteral("confirmEnd"))));
        QTRY_VERIFY(!shown(QStringLiteral("confirmEnd")));
        QCOMPARE(m_controller->view()->phaseStatus(), QStringLiteral("running"));

        click(item(QStringLiteral("controlEnd")));
        QTRY_VERIFY(shown(QStringLiteral("confirmEnd")));
        click(item(QStringLiteral("confirmAccept"), item(QStringLiteral("confirmEnd"))));
        QTRY_COMPARE(m_controller->view()->phaseStatus(), QStringLiteral("ended"));
        QVERIFY(!shown(QStringLiteral("confirmEnd")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<WallChannel> m_channel;
    std::unique_ptr<KioskController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_qml;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestStartScreen)
#include "tst_startscreen.moc"
