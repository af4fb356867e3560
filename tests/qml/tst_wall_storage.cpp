// Issue 17, finding 5 on the wall: the real wall (Main.qml) on a real
// KioskSession and KioskController, in Dutch. When the disk stops saving
// (here: a file-size limit on this process, so a write past it fails as on
// a full disk) the wall shows "De schijf is vol: niets wordt meer bewaard"
// until a change is saved again; a cap shows its own notice, which the
// facilitator taps away.
#include "kioskcontroller.h"
#include "kiosksession.h"
#include "meetinglimits.h"
#include "sessionview.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <csignal>
#include <memory>
#include <sys/resource.h>

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

// Writes past `bytes` into any file fail (EFBIG) while it is in scope.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_before);
        m_handler = ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, m_before.rlim_max};
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_before);
        ::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_before{};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class TestWallStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<WallChannel> m_channel;
    std::unique_ptr<KioskController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_qml;
    QQuickWindow *m_window = nullptr;
    QTranslator m_translator;

    QQuickItem *alert() const { return findItem(m_window->contentItem(), QStringLiteral("roomAlert")); }
    QString alertText() const
    {
        QQuickItem *text = findItem(m_window->contentItem(), QStringLiteral("roomAlertText"));
        return text ? text->property("text").toString() : QString();
    }

private slots:
    void initTestCase()
    {
        qputenv("QML_DISABLE_DISK_CACHE", "1"); // this process writes nothing but the store
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/flipover-kiosk_nl.qm")));
        QCoreApplication::installTranslator(&m_translator);
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<KioskSession>();
        SessionOptions options;
        options.dataDir = m_dir.path();
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
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(m_controller->startMeeting());
        QVERIFY(m_controller->nextPhase()); // the considerations: cards
    }

    void cleanupTestCase()
    {
        m_qml.reset();
        m_controller.reset();
        m_channel.reset();
        m_session.reset();
    }

    void aFullDiskIsShownUntilASaveWorks()
    {
        QVERIFY(alert());
        QVERIFY(!alert()->isVisible());
        {
            const FileSizeLimit full(4096);
            QVERIFY(full.ok());
            QVERIFY(!m_controller->addCard(QStringLiteral("Een kaart die niet bewaard wordt")));
            QCOMPARE(m_controller->lastErrorCode(), QStringLiteral("storage_failed"));
        }
        QCOMPARE(m_controller->roomAlert(), QStringLiteral("storage_failed"));
        QTRY_VERIFY(alert()->isVisible());
        QVERIFY2(alertText().contains(QStringLiteral("De schijf is vol: niets wordt meer bewaard")), qPrintable(alertText()));
        // Tapping does not hide it: the disk still has to work again.
        m_controller->dismissRoomAlert();
        QVERIFY(alert()->isVisible());
        // Room on the disk again: the next change is saved and the band goes.
        QVERIFY2(m_controller->addCard(QStringLiteral("Nu wel")), qPrintable(m_controller->lastErrorMessage()));
        QTRY_VERIFY(!alert()->isVisible());
    }

    void aCapIsShownUntilTheFacilitatorTapsItAway()
    {
        // The meeting fills up with participants (as tablets join them).
        SessionEngine *engine = m_session->engine();
        for (int i = 0; i < limits::MaxParticipants; ++i)
            QVERIFY(engine->join(engine->pin(), {}, {}).ok);
        QVERIFY(!alert()->isVisible());
        QCOMPARE(engine->join(engine->pin(), {}, {}).code, QStringLiteral("meeting_full"));
        QTRY_VERIFY(alert()->isVisible());
        QVERIFY2(alertText().contains(QStringLiteral("De bijeenkomst is vol")), qPrintable(alertText()));
        const QPointF centre = alert()->mapToScene(QPointF(alert()->width() / 2, alert()->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        QTRY_VERIFY(!alert()->isVisible());
        QCOMPARE(m_controller->roomAlert(), QString());
    }
};

QTEST_MAIN(TestWallStorage)
#include "tst_wall_storage.moc"
