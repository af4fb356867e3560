// The runner of the wall's QML tests. Besides the module it offers a Fixture
// singleton (import Flipover.Test) that turns a snapshot, written in the test
// as a JS object, into a real SessionView with its real list models.
#include "sessionview.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Flipover_KioskPlugin)

using flipover::SessionView;

class Fixture : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // A view holding `state` as a snapshot (sections as in docs/protocol.md).
    Q_INVOKABLE flipover::SessionView *view(const QVariantMap &state)
    {
        auto *v = new SessionView(this);
        v->applySnapshot(1, QJsonObject::fromVariantMap(state));
        QQmlEngine::setObjectOwnership(v, QQmlEngine::CppOwnership);
        return v;
    }
    // Later changes, as the kiosk sends them.
    Q_INVOKABLE void update(flipover::SessionView *view, int seq, const QVariantMap &sections)
    {
        view->applyUpdate(quint64(seq), QJsonObject::fromVariantMap(sections));
    }
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        qmlRegisterUncreatableType<SessionView>("Flipover.Kiosk.Backend", 1, 0, "SessionView",
                                                QStringLiteral("created by the fixture"));
        qmlRegisterSingletonInstance("Flipover.Test", 1, 0, "Fixture", &m_fixture);
    }

    // The module's qmldir (and so its QML types) is at qrc:/Flipover/Kiosk/;
    // Qt 6.4 does not look there by itself.
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
    }

private:
    Fixture m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_kiosk_qml, Setup)

#include "tst_kiosk_qml.moc"
