// Runner of the tablet's QtQuickTest suite (tests/qml-voter/tst_*.qml): the
// module Flipover.Voter and the test module Flipover.Voter.Test (fixture.h),
// both declared.
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Flipover_VoterPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Basic")); }
    // The module's qmldir is at qrc:/Flipover/Voter/; Qt 6.4 does not look
    // there by itself.
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_voter_qml, Setup)
#include "tst_voter_qml.moc"
