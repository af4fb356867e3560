// flipover-voter: the tablet app. Joins the kiosk (VoterClient), shows the
// meeting as the kiosk's phase dictates (QML module Flipover.Voter), and, with
// --screenshots, walks a whole meeting and saves a PNG per screen.
#include "kioskfinder.h"
#include "options.h"
#include "screenshottour.h"
#include "sessionview.h"
#include "voterapp.h"
#include "voterclient.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

// The module is a static library; importing its plugin by name registers it
// and its C++ types (VoterClient, VoterApp, ..., declared in qml/voter).
Q_IMPORT_QML_PLUGIN(Flipover_VoterPlugin)

using namespace flipover;

namespace {

const char *const MainQml = "qrc:/Flipover/Voter/Main.qml";

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "flipover-voter: " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flipover-voter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLIPOVER_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    VoterOptions options;
    if (const int code = parseVoterOptions(app, &options); code >= 0)
        return code;
    const bool tour = !options.screenshotsDir.isEmpty();

    // The tour must not touch a real tablet's session file.
    QTemporaryDir tourData;
    QString dataDir = options.dataDir;
    if (dataDir.isEmpty())
        dataDir = tour ? tourData.path() : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dataDir.isEmpty() || !QDir().mkpath(dataDir))
        return fail(1, QStringLiteral("Cannot use the data folder \"%1\"; give one with --data-dir.").arg(dataDir));

    VoterClient client;
    client.setStoragePath(QDir(dataDir).filePath(QStringLiteral("session.json")));

    // The walls on this network announce themselves (docs/protocol.md,
    // Discovery). The tour shows example walls instead of listening.
    KioskFinder finder;
    if (!tour && !finder.listen())
        QTextStream(stderr) << "flipover-voter: cannot listen for walls on UDP port " << KioskFinder::DefaultPort
                            << "; type the wall's address instead." << Qt::endl;

    VoterApp voterApp(options.kiosk, options.pin);
    if (!voterApp.setLanguage(options.language))
        return fail(1, QStringLiteral("No \"%1\" translation is built into this binary.").arg(options.language));

    QQmlApplicationEngine engine;
    voterApp.setEngine(&engine);
    engine.setInitialProperties({{QStringLiteral("client"), QVariant::fromValue(&client)},
                                 {QStringLiteral("app"), QVariant::fromValue(&voterApp)},
                                 {QStringLiteral("finder"), QVariant::fromValue(&finder)}});
    engine.load(QUrl(QString::fromLatin1(MainQml)));
    if (engine.rootObjects().isEmpty())
        return fail(1, QStringLiteral("The tablet's QML could not be loaded (see the messages above)."));

    std::unique_ptr<ScreenshotTour> screenshots;
    if (tour) {
        screenshots = std::make_unique<ScreenshotTour>(&engine, &client, &finder, options);
        screenshots->start();
    } else if (!options.kiosk.isEmpty() && !options.pin.isEmpty()) {
        if (!client.connectToLink(options.kiosk, options.pin, options.facilitatorPin))
            return fail(2, QStringLiteral("--kiosk \"%1\" is not a kiosk address.").arg(options.kiosk));
    } else {
        client.resumeStored(); // a restarted tablet picks up where it was
    }
    return app.exec();
}
