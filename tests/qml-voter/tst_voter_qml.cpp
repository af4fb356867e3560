// Runner of the tablet's QtQuickTest suite (tests/qml-voter/tst_*.qml).
#include "backend.h"

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
        registerVoterBackend(/*creatable=*/true);
        qmlRegisterSingletonInstance("Flipover.Voter.Test", 1, 0, "TestApp", &m_app);
        qmlRegisterSingletonInstance("Flipover.Voter.Test", 1, 0, "Fixture", &m_fixture);
    }

private:
    VoterApp m_app{QString(), QString()};
    Fixture m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_voter_qml, Setup)
#include "tst_voter_qml.moc"
