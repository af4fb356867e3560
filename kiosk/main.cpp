// flipover-kiosk: the wall app. Brings up the room on its own thread (the
// session: store, format, engine; the WebSocket server for tablets; the
// beacon; kiosk/room/room.h) and, unless --no-gui, the wall's QML on this one.
#include "beacon.h"
#include "heapstats.h"
#include "kioskcontroller.h"
#include "kiosksession.h"
#include "pdfexport.h"
#include "room.h"
#include "screenshots/kioskshots.h"
#include "sessionview.h"
#include "unixsignals.h"
#include "wallstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>
#include <QSGRendererInterface>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>
#include <QUrl>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

#ifdef FLIPOVER_KIOSK_STATIC_QML
#include <QtQml/qqmlextensionplugin.h>
Q_IMPORT_QML_PLUGIN(Flipover_KioskPlugin)
#endif

using namespace flipover;

namespace {

const char *const MainQml = "qrc:/Flipover/Kiosk/Main.qml";

// Each tablet is a socket: open files up to what the system allows (the soft
// limit is often 1024, the hard one far higher). The server fits its
// connection caps to the result (kiosk/server/admission.h).
void raiseOpenFileLimit()
{
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0 || files.rlim_cur >= files.rlim_max)
        return;
    files.rlim_cur = files.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &files);
}

// Decided before any QCoreApplication exists: help and --no-gui need no display.
bool headless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--no-gui" || a == "--help" || a == "-h" || a == "--help-all" || a == "--version" || a == "-v"
            || a == "-?")
            return true;
    }
    return false;
}

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "flipover-kiosk: " << message << Qt::endl;
    return code;
}

// What the room takes (room.h), and what only this program uses.
struct Options : RoomOptions {
    bool noGui = false;
    QString screenshotsDir;                 // --screenshots: render the wall's states to PNGs and exit
    QSize screenshotsSize{1920, 1080};
    QString exportDir;                      // --export: write the anonymised outcome there and exit
    bool includeCase = false;
    bool fullScreen = false;                // --full-screen: the boot-to-wall session (deploy/systemd)
};

// --export renders a PDF, which needs fonts and so a QGuiApplication, but no display.
bool exporting(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]) == "--export" || QByteArray(argv[i]).startsWith("--export="))
            return true;
    return false;
}

// --pin/--facilitator-pin, else FLIPOVER_PIN/FLIPOVER_FACILITATOR_PIN: a
// service or the wall session passes the PINs in its environment (from a
// root-only EnvironmentFile), never on the command line where ps shows them.
QString pinOption(const QCommandLineParser &parser, const QCommandLineOption &option, const char *variable)
{
    return parser.isSet(option) ? parser.value(option) : qEnvironmentVariable(variable).trimmed();
}

// Returns -1 when the options are good, else the exit code.
int parseOptions(QCoreApplication &app, Options *out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Flipover kiosk: runs a peer-consultation meeting on the wall "
                                                    "and serves the tablets."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption noGui(QStringLiteral("no-gui"), QStringLiteral("Run without the wall display (server only)."));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port for tablets (0 picks a free one)."),
                                  QStringLiteral("port"), QStringLiteral("7700"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Where the session is stored."),
                                     QStringLiteral("dir"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Built-in format id or a .json file (for a new session)."),
                                    QStringLiteral("id|file"), QStringLiteral("collegiale-ontmoeting"));
    const QCommandLineOption pin(QStringLiteral("pin"), QStringLiteral("Session PIN (default: $FLIPOVER_PIN, else 6 random digits)."),
                                 QStringLiteral("digits"));
    const QCommandLineOption fpin(QStringLiteral("facilitator-pin"),
                                  QStringLiteral("Facilitator PIN (default: $FLIPOVER_FACILITATOR_PIN, else 8 random "
                                                 "digits)."),
                                  QStringLiteral("digits"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Session name (default: the format's title)."),
                                  QStringLiteral("name"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on (default: any)."),
                                    QStringLiteral("address"), QStringLiteral("any"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Fill a new session with a demo case and cards."));
    const QCommandLineOption language(QStringList{QStringLiteral("lang"), QStringLiteral("language")},
                                      QStringLiteral("Language of the wall and of a new session's format: nl or en."),
                                      QStringLiteral("nl|en"), QStringLiteral("nl"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Render the wall through a demo meeting into PNG files in "
                                                        "this folder, then exit (use QT_QPA_PLATFORM=offscreen)."),
                                         QStringLiteral("dir"));
    const QCommandLineOption screenshotsSize(QStringLiteral("screenshots-size"),
                                             QStringLiteral("Window size for --screenshots (default 1920x1080)."),
                                             QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption exportDir(QStringLiteral("export"),
                                       QStringLiteral("Write the stored meeting's anonymised outcome (outcome.md, "
                                                      "outcome.csv, outcome-reflections.csv, outcome.pdf) into this "
                                                      "folder, then exit."),
                                       QStringLiteral("dir"));
    const QCommandLineOption includeCase(QStringLiteral("include-case"),
                                         QStringLiteral("With --export: include the full case text, not only its title."));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 QStringLiteral("Serve tablets over TLS (wss). Without --tls-cert/--tls-key a self-signed "
                                                "certificate is made once and kept in the data directory; tablets pin "
                                                "its fingerprint from the join link."));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate for --tls."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("Unencrypted PEM key for --tls."),
                                    QStringLiteral("file"));
    const QCommandLineOption noBeacon(QStringLiteral("no-beacon"), QStringLiteral("Do not announce the kiosk to tablets on the network."));
    const QCommandLineOption beaconPort(QStringLiteral("beacon-port"), QStringLiteral("UDP port of the announcement (default 7701)."),
                                        QStringLiteral("port"), QString::number(Beacon::DefaultPort));
    const QCommandLineOption beaconTo(QStringLiteral("beacon-to"), QStringLiteral("Send the announcement to this address instead of broadcasting."),
                                      QStringLiteral("address"));
    const QCommandLineOption pinDelay(QStringLiteral("pin-delay-ms"),
                                      QStringLiteral("The PIN budget's first delay after a wrong PIN, in ms (default 1000; "
                                                     "see docs/security.md). For drills and tests."),
                                      QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption clientBacklog(QStringLiteral("client-backlog-kib"),
                                           QStringLiteral("Unsent data after which a client that does not read is "
                                                          "closed (1013), in KiB (default 1024; 16 to 65536)."),
                                           QStringLiteral("KiB"), QStringLiteral("1024"));
    const QCommandLineOption heapReserve(QStringLiteral("heap-reserve-mib"),
                                         QStringLiteral("Heap the room makes resident at start, so that a wave of "
                                                        "joins does not wait for the kernel's pages, in MiB "
                                                        "(default 16; 0 to 1024)."),
                                         QStringLiteral("MiB"), QStringLiteral("16"));
    const QCommandLineOption fullScreen(QStringLiteral("full-screen"),
                                        QStringLiteral("Show the wall full screen from the start (F11 toggles)."));
    parser.addOptions({noGui, fullScreen, port, dataDir, format, pin, fpin, name, listen, demo, language, screenshots,
                       screenshotsSize, exportDir, includeCase, tls, tlsCert, tlsKey, noBeacon, beaconPort, beaconTo,
                       pinDelay, clientBacklog, heapReserve});

    if (!parser.parse(app.arguments()))
        return fail(2, parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(2, QStringLiteral("Unexpected argument \"%1\"; see --help.").arg(parser.positionalArguments().first()));

    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return fail(2, QStringLiteral("--port must be a number from 0 to 65535."));
    out->port = quint16(portValue);

    const QString listenValue = parser.value(listen);
    if (listenValue.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
        out->listen = QHostAddress::Any;
    else if (!out->listen.setAddress(listenValue))
        return fail(2, QStringLiteral("--listen must be an IP address or \"any\"."));

    out->beacon = !parser.isSet(noBeacon);
    const uint beaconPortValue = parser.value(beaconPort).toUInt(&ok);
    if (!ok || beaconPortValue == 0 || beaconPortValue > 65535)
        return fail(2, QStringLiteral("--beacon-port must be a number from 1 to 65535."));
    out->beaconPort = quint16(beaconPortValue);
    if (parser.isSet(beaconTo) && !out->beaconTarget.setAddress(parser.value(beaconTo)))
        return fail(2, QStringLiteral("--beacon-to must be an IP address."));

    const qlonglong pinDelayValue = parser.value(pinDelay).toLongLong(&ok);
    if (!ok || pinDelayValue < 1 || pinDelayValue > 3'600'000)
        return fail(2, QStringLiteral("--pin-delay-ms must be a number from 1 to 3600000."));
    out->pinDelayMs = pinDelayValue;
    const qlonglong backlogValue = parser.value(clientBacklog).toLongLong(&ok);
    if (!ok || backlogValue < 16 || backlogValue > 65536)
        return fail(2, QStringLiteral("--client-backlog-kib must be a number from 16 to 65536."));
    out->clientBacklogKiB = backlogValue;
    const qlonglong reserveValue = parser.value(heapReserve).toLongLong(&ok);
    if (!ok || reserveValue < 0 || reserveValue > 1024)
        return fail(2, QStringLiteral("--heap-reserve-mib must be a number from 0 to 1024."));
    out->heapReserveMiB = reserveValue;

    out->noGui = parser.isSet(noGui);
    out->fullScreen = parser.isSet(fullScreen);
    out->session.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                                                 : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (out->session.dataDir.isEmpty())
        return fail(2, QStringLiteral("No data directory; give one with --data-dir."));
    out->session.format = parser.value(format);
    out->session.pin = pinOption(parser, pin, "FLIPOVER_PIN");
    out->session.facilitatorPin = pinOption(parser, fpin, "FLIPOVER_FACILITATOR_PIN");
    out->session.name = parser.value(name).trimmed();
    out->session.demo = parser.isSet(demo);
    out->session.language = parser.value(language).toLower();
    if (out->session.language != QLatin1String("nl") && out->session.language != QLatin1String("en"))
        return fail(2, QStringLiteral("--language must be nl or en."));
    out->screenshotsDir = parser.value(screenshots);
    out->screenshotsSize = parseScreenshotSize(parser.value(screenshotsSize));
    if (!out->screenshotsSize.isValid())
        return fail(2, QStringLiteral("--screenshots-size must be WIDTHxHEIGHT, e.g. 1920x1080."));
    out->exportDir = parser.value(exportDir);
    out->includeCase = parser.isSet(includeCase);
    if (out->includeCase && out->exportDir.isEmpty())
        return fail(2, QStringLiteral("--include-case goes with --export."));
    out->tlsCert = parser.value(tlsCert);
    out->tlsKey = parser.value(tlsKey);
    out->tls = parser.isSet(tls) || !out->tlsCert.isEmpty() || !out->tlsKey.isEmpty();
    if (out->tlsCert.isEmpty() != out->tlsKey.isEmpty())
        return fail(2, QStringLiteral("Give both --tls-cert and --tls-key, or neither."));
    return -1;
}

// --full-screen (the boot-to-wall session, cage): the window is shown once,
// full screen, at the screen's size from its first frame, overriding
// Main.qml's windowed 1920x1080 (a normal start and --screenshots keep it).
// One pixel wider and higher than the screen, on purpose: cage 0.1.4
// (bookworm) hands a surface exactly the output's size straight to the
// output ("direct scan-out"); for Qt Quick's software-rendered shm buffers
// that commit fails ("Basic output test failed") and cage does not roll it
// back, so the screen stays black, or keeps the last frame it did compose (a
// 1920x1080 window cut to a 1280x720 output). A buffer one pixel larger is
// composed like any window: the wall fills the screen, its last pixel row
// and column fall outside. The minimum size keeps Qt at that size when cage
// configures the window to the output's.
void fullScreenFromTheStart(QVariantMap *initial)
{
    initial->insert(QStringLiteral("visibility"), QVariant::fromValue(QWindow::FullScreen));
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen || screen->geometry().isEmpty())
        return;
    const QSize size = screen->geometry().size() + QSize(1, 1);
    initial->insert(QStringLiteral("minimumWidth"), size.width());
    initial->insert(QStringLiteral("minimumHeight"), size.height());
    initial->insert(QStringLiteral("width"), size.width());
    initial->insert(QStringLiteral("height"), size.height());
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (exporting(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (headless(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QGuiApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flipover"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLIPOVER_VERSION));

    Options options;
    if (const int code = parseOptions(*app, &options); code >= 0)
        return code;

    if (!options.noGui && !QFile::exists(QStringLiteral(":/Flipover/Kiosk/Main.qml")))
        return fail(1, QStringLiteral("The wall's QML (%1) is not built into this binary; run with --no-gui "
                                      "or build the Flipover.Kiosk module.").arg(QLatin1String(MainQml)));

    if (!options.screenshotsDir.isEmpty()) {
        auto *translator = new QTranslator(app.get());
        if (translator->load(QStringLiteral(":/i18n/flipover-kiosk_%1.qm").arg(options.session.language)))
            QCoreApplication::installTranslator(translator);
        return runKioskScreenshots({options.screenshotsDir, options.screenshotsSize, options.session.language});
    }

    if (!options.exportDir.isEmpty() && !QFile::exists(QDir(options.session.dataDir).filePath(QStringLiteral("flipover.sqlite"))))
        return fail(1, QStringLiteral("No meeting is stored in %1; nothing to export.")
                           .arg(QDir::toNativeSeparators(options.session.dataDir)));

    QString error;
    if (!options.exportDir.isEmpty()) {
        KioskSession session;
        switch (session.start(options.session, &error)) {
        case KioskSession::Failure::None:
            break;
        case KioskSession::Failure::BadInput:
            return fail(2, error);
        case KioskSession::Failure::Runtime:
            return fail(1, error);
        }
        if (!writeOutcome(session.engine()->state(), {options.includeCase, options.session.language},
                          options.exportDir, &error))
            return fail(1, error);
        QTextStream(stdout) << "Outcome written to " << QDir::toNativeSeparators(options.exportDir) << Qt::endl;
        return 0;
    }

    raiseOpenFileLimit();
    RoomOptions roomOptions = options; // the room's part of them
    roomOptions.exportLanguage = options.session.language;
    RoomThread room; // stopped last: its final commit, its sockets closed
    const RoomStart started = room.start(roomOptions);
    switch (started.failure) {
    case KioskSession::Failure::None:
        break;
    case KioskSession::Failure::BadInput:
        return fail(2, started.error);
    case KioskSession::Failure::Runtime:
        return fail(1, started.error);
    }

    KioskController controller(room.room()->channel());
    controller.setFeedsView(!options.noGui); // headless: no wall to draw
    controller.setExportLanguage(options.session.language);
    controller.setEndpoint(options.listen, started.port);
    controller.setTlsFingerprint(started.tlsFingerprint);
    controller.setArchive(started.dataDir, options.session.language);
    if (!controller.isReady()) { // the room's facts (the PINs) before anything shows them
        QEventLoop waiting;
        QObject::connect(&controller, &KioskController::ready, &waiting, &QEventLoop::quit);
        waiting.exec();
    }
    // Without a wall, the kiosk's log is where its operator looks.
    QObject::connect(&controller, &KioskController::roomAlertChanged, app.get(), [](const QString &code, const QString &message) {
        if (code == QLatin1String("storage_failed"))
            std::fprintf(stderr, "flipover-kiosk: the disk is full or failing: nothing is saved any more (%s)\n", qPrintable(message));
        else if (!code.isEmpty())
            std::fprintf(stderr, "flipover-kiosk: the meeting is full (%s): %s\n", qPrintable(code), qPrintable(message));
    });
    QObject::connect(&controller, &KioskController::sessionLost, app.get(), [](const QString &message) {
        std::fprintf(stderr, "flipover-kiosk: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });

    UnixSignals signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignals::terminationRequested, app.get(), [](int) { QCoreApplication::quit(); });
    HeapStats heapStats; // FLIPOVER_HEAP_STATS only
    if (const QString heapPath = HeapStats::pathFromEnvironment();
        !heapPath.isEmpty() && !heapStats.start(heapPath, &signalWatcher, &error))
        return fail(1, error);

    std::unique_ptr<QQmlApplicationEngine> qml;
    std::unique_ptr<WallStats> wallStats; // FLIPOVER_WALL_STATS only; gone before the window
    if (options.noGui) {
        std::printf("FLIPOVER_READY port=%u pin=%s facilitatorPin=%s url=%s%s%s\n", unsigned(started.port),
                    qPrintable(controller.pin()), qPrintable(controller.facilitatorPin()),
                    qPrintable(controller.joinUrl()), started.tlsFingerprint.isEmpty() ? "" : " fp=",
                    qPrintable(started.tlsFingerprint));
        std::printf("Flipover kiosk without display: phones and tablets join at %s (the app also takes %s) with PIN %s "
                    "(facilitator PIN %s).\n",
                    qPrintable(controller.joinLink()), qPrintable(controller.joinUrl()), qPrintable(controller.pin()),
                    qPrintable(controller.facilitatorPin()));
        std::fflush(stdout);
    } else {
        // The wall's texts are written in English and translated (Dutch first).
        auto *translator = new QTranslator(app.get());
        if (translator->load(QStringLiteral(":/i18n/flipover-kiosk_%1.qm").arg(options.session.language)))
            QCoreApplication::installTranslator(translator);
        // The wall is text that changes once a second: Qt Quick's software
        // renderer repaints only what changed (the clock). Without a GPU that
        // is a tenth of the CPU of full OpenGL frames (deploy/idle-cpu.sh);
        // QT_QUICK_BACKEND still picks another.
        if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
            QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        qml = std::make_unique<QQmlApplicationEngine>();
        QVariantMap initial{{QStringLiteral("controller"), QVariant::fromValue(&controller)},
                            {QStringLiteral("view"), QVariant::fromValue(controller.view())}};
        if (options.fullScreen)
            fullScreenFromTheStart(&initial);
        qml->setInitialProperties(initial);
        qml->load(QUrl(QString::fromLatin1(MainQml)));
        if (qml->rootObjects().isEmpty())
            return fail(1, QStringLiteral("The wall's QML could not be loaded (see the messages above)."));
        std::printf("Flipover kiosk: phones and tablets join at %s\n", qPrintable(controller.joinLink()));
        if (const QString statsPath = WallStats::pathFromEnvironment(); !statsPath.isEmpty()) {
            wallStats = std::make_unique<WallStats>();
            if (!wallStats->start(qobject_cast<QQuickWindow *>(qml->rootObjects().constFirst()), controller.view(), statsPath, &error))
                return fail(1, error);
            std::printf("FLIPOVER_READY port=%u\n", unsigned(started.port)); // for the benchmark, which knows the PINs
        }
        std::fflush(stdout);
    }

    const int code = app->exec();
    room.stop();
    return code;
}
