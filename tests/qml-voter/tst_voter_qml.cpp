// Runner of the tablet's QtQuickTest suite (tests/qml-voter/tst_*.qml).
#include "kioskfinder.h"
#include "sessionview.h"
#include "voterapp.h"
#include "voterclient.h"

#include <QJsonObject>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Flipover_VoterPlugin)

using namespace flipover;

// Feeds a SessionView what the kiosk would send.
class Fixture : public QObject
{
    Q_OBJECT
public:
    Q_INVOKABLE void snapshot(flipover::SessionView *view, const QVariantMap &state)
    {
        view->applySnapshot(++m_seq, QJsonObject::fromVariantMap(state));
    }

private:
    quint64 m_seq = 0;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Basic")); }
    // The module's qmldir is at qrc:/Flipover/Voter/; Qt 6.4 does not look
    // there by itself.
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        const char *uri = "Flipover.Voter.Backend";
        const char *reason = "not created in QML";
        qmlRegisterType<VoterClient>(uri, 1, 0, "VoterClient");
        qmlRegisterType<SessionView>(uri, 1, 0, "SessionView");
        qmlRegisterType<KioskFinder>(uri, 1, 0, "KioskFinder");
        qmlRegisterUncreatableType<VoterApp>(uri, 1, 0, "VoterApp", reason);
        qmlRegisterUncreatableType<KeyedListModel>(uri, 1, 0, "KeyedListModel", reason);
        qmlRegisterUncreatableType<CardsModel>(uri, 1, 0, "CardsModel", reason);
        qmlRegisterUncreatableType<QuestionsModel>(uri, 1, 0, "QuestionsModel", reason);
        qmlRegisterUncreatableType<ThoughtsModel>(uri, 1, 0, "ThoughtsModel", reason);
        qmlRegisterUncreatableType<InsightsModel>(uri, 1, 0, "InsightsModel", reason);
        qmlRegisterUncreatableType<TipsModel>(uri, 1, 0, "TipsModel", reason);
        qmlRegisterUncreatableType<SolutionsModel>(uri, 1, 0, "SolutionsModel", reason);
        qmlRegisterUncreatableType<PhasesModel>(uri, 1, 0, "PhasesModel", reason);
        qmlRegisterSingletonInstance("Flipover.Voter.Test", 1, 0, "TestApp", &m_app);
        qmlRegisterSingletonInstance("Flipover.Voter.Test", 1, 0, "Fixture", &m_fixture);
    }

private:
    VoterApp m_app{QString(), QString()};
    Fixture m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_voter_qml, Setup)
#include "tst_voter_qml.moc"
