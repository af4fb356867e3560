// The voter's command line: where the kiosk is, how to join, where the tablet
// keeps its session file, the UI language, and the screenshot tour.
#pragma once

#include <QString>

class QCoreApplication;

namespace flipover {

struct VoterOptions {
    QString kiosk;          // as given: "ws://host:port/" or "host:port"
    QString pin;
    QString facilitatorPin;
    QString dataDir;        // empty: the default (AppDataLocation)
    QString language = QStringLiteral("nl");
    QString screenshotsDir; // non-empty: run the screenshot tour and exit
};

// Returns -1 when the options are good (filled into *out), else the exit code
// after printing the problem.
int parseVoterOptions(const QCoreApplication &app, VoterOptions *out);

} // namespace flipover
