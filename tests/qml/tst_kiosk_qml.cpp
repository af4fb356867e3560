// The runner of the wall's QML tests: the module Flipover.Kiosk, and the
// test module Flipover.Test with its Fixture (fixture.h), both declared.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Flipover_KioskPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    // The module's qmldir (and so its QML types) is at qrc:/Flipover/Kiosk/;
    // Qt 6.4 does not look there by itself.
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_kiosk_qml, Setup)

#include "tst_kiosk_qml.moc"
