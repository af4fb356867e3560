#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace flipover {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "flipover-voter: " << message << Qt::endl;
    return 2;
}

} // namespace

int parseVoterOptions(const QCoreApplication &app, VoterOptions *out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Flipover tablet: join a peer-consultation meeting "
                                                    "shown on the wall and take part."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption kiosk(QStringLiteral("kiosk"),
                                   QStringLiteral("The wall's address, e.g. ws://192.168.1.20:7700/ (fills the join screen)."),
                                   QStringLiteral("url"));
    const QCommandLineOption pin(QStringLiteral("pin"),
                                 QStringLiteral("Session PIN; with --kiosk the tablet joins straight away."),
                                 QStringLiteral("digits"));
    const QCommandLineOption fpin(QStringLiteral("facilitator-pin"),
                                  QStringLiteral("Join with facilitator rights."), QStringLiteral("digits"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where the tablet keeps its session file (default: the app data folder)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("UI language: nl (default) or en."),
                                  QStringLiteral("nl|en"), QStringLiteral("nl"));
    const QCommandLineOption shots(QStringLiteral("screenshots"),
                                   QStringLiteral("Walk through a whole meeting (needs --kiosk, --pin and "
                                                  "--facilitator-pin), save a PNG per screen into dir, exit."),
                                   QStringLiteral("dir"));
    parser.addOptions({kiosk, pin, fpin, dataDir, lang, shots});

    if (!parser.parse(app.arguments()))
        return fail(parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("Unexpected argument \"%1\"; see --help.").arg(parser.positionalArguments().first()));

    out->kiosk = parser.value(kiosk).trimmed();
    out->pin = parser.value(pin).trimmed();
    out->facilitatorPin = parser.value(fpin).trimmed();
    out->dataDir = parser.value(dataDir);
    out->language = parser.value(lang).trimmed().toLower();
    if (out->language != QLatin1String("nl") && out->language != QLatin1String("en"))
        return fail(QStringLiteral("--lang must be nl or en."));
    out->screenshotsDir = parser.value(shots);
    if (!out->screenshotsDir.isEmpty()
        && (out->kiosk.isEmpty() || out->pin.isEmpty() || out->facilitatorPin.isEmpty()))
        return fail(QStringLiteral("--screenshots needs --kiosk, --pin and --facilitator-pin."));
    return -1;
}

} // namespace flipover
