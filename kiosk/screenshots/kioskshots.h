// Screenshot mode of the wall (flipover-kiosk --screenshots DIR): runs a
// scripted demo meeting in a fresh temporary session, with real commands
// through the engine, renders the wall offscreen with the software renderer
// and saves one PNG per state, for people to look at.
#pragma once

#include <QSize>
#include <QString>

namespace flipover {

struct ScreenshotOptions {
    QString outputDir;
    QSize size{1920, 1080};
    QString language = QStringLiteral("nl"); // of the format's texts
};

// "1920x1080" -> QSize; an invalid QSize when it is not WxH within 320..7680.
QSize parseScreenshotSize(const QString &text);

// Returns the process exit code: 0 when every screenshot was saved.
int runKioskScreenshots(const ScreenshotOptions &options);

} // namespace flipover
