// The screenshot tour's start screen: a kiosk that already ran three
// meetings (two of the Draagvlak cycle), in the third meeting of that cycle.
#include "startshots.h"

#include "demo.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

namespace flipover {

namespace {

using namespace shots;

// A format file with a mistake on line 6 (minutes 0), as a facilitator might save it.
const char *const BrokenFormat = R"({
    "flipoverFormat": 1,
    "id": "eigen-casus",
    "title": "Onze eigen casusbespreking",
    "phases": [
        {"id": "casus", "title": "Casus", "minutes": 0}
    ]
})";

// A good one, offered beside the built-in formats once opened.
const char *const OwnFormat = R"({
    "flipoverFormat": 1,
    "id": "korte-casus",
    "title": "Korte casusbespreking",
    "description": "Een casus in een half uur: vragen, ideeën en een keuze.",
    "phases": [
        {"id": "casus", "title": "Casus", "minutes": 10, "activities": ["case", "questions"]},
        {"id": "ideeen", "title": "Ideeën", "minutes": 20, "activities": ["considerations", "vote"]}
    ]
})";

bool writeFile(const QString &path, const char *text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) >= 0;
}

} // namespace

bool startScreenShots(const ScreenshotOptions &options)
{
    Demo d(options);
    QTemporaryDir formatDir;
    const QString brokenPath = formatDir.filePath(QStringLiteral("onze-casusbespreking.json"));
    const QString ownPath = formatDir.filePath(QStringLiteral("korte-casus.json"));
    if (!formatDir.isValid() || !writeFile(brokenPath, BrokenFormat) || !writeFile(ownPath, OwnFormat))
        return false;
    if (!d.open(QStringLiteral("collegiale-ontmoeting"), s("Collegiale ontmoeting Werk en Inkomen")))
        return false;
    KioskController *c = d.controller();
    d.check(c->startMeeting(), "startMeeting");
    d.check(c->endMeeting(), "endMeeting");
    // Meetings 1 and 2 of the cycle go to the archive as the next ones start
    // (a meeting is kept when it holds work: a card each).
    d.check(c->newMeeting(QStringLiteral("draagvlak-intervisie"), 1), "newMeeting 1");
    d.check(c->addCard(s("Wat willen we samen bereiken?")), "a card in meeting 1");
    d.check(c->newMeeting(QStringLiteral("draagvlak-intervisie")), "newMeeting 2");
    d.check(c->addCard(s("Wie spreekt namens het team?")), "a card in meeting 2");
    d.check(c->newMeeting(QStringLiteral("draagvlak-intervisie")), "newMeeting 3");
    d.check(c->pastMeetings().size() == 3, "three past meetings");
    // The lobby with the control bar: "New meeting…" is there before the start.
    d.setWall("controlsShown", true);
    d.shot(QStringLiteral("start-lobby-control-bar-new-meeting"));
    d.setWall("controlsShown", false);

    d.check(c->startMeeting(), "startMeeting");
    d.key(Qt::Key_N, QStringLiteral("\x0e"), Qt::ControlModifier);
    d.check(d.wallItem("startScreen", "visible").toBool(), "Ctrl+N opens the start screen");
    d.check(d.wallItem("startScreen", "cycleMeeting").toInt() == 4, "the cycle goes on with meeting 4");
    d.shot(QStringLiteral("start-screen-cycle-chosen"));

    // The fullest the screen gets: a file of one's own offered too, the
    // cycle chosen again, and then a broken file's errors.
    d.callWall("startScreen", "openFile", {QUrl::fromLocalFile(ownPath).toString()});
    d.check(!d.wallItem("startScreen", "selected").toMap().value(QStringLiteral("file")).toString().isEmpty(),
            "an opened file is chosen");
    d.key(Qt::Key_Up);
    d.key(Qt::Key_Up);
    d.check(d.wallItem("startScreen", "cycleMeeting").toInt() == 4, "the cycle chosen again");
    d.callWall("startScreen", "openFile", {QUrl::fromLocalFile(brokenPath).toString()});
    d.check(d.wallItem("formatErrorWhere", "text").toString().contains(QLatin1String("6")),
            "the broken file's line is shown");
    // The loader's own reason is in the wall's language too.
    d.check(options.language != QLatin1String("nl")
                || d.wallItem("formatErrorMessage", "text").toString().contains(QLatin1String("heel getal")),
            "the broken file's reason is in Dutch");
    d.shot(QStringLiteral("start-screen-broken-file"));

    d.key(Qt::Key_Return, QStringLiteral("\r"));
    d.check(d.wallItem("confirmStart", "visible").toBool(), "Enter during a meeting asks first");
    d.shot(QStringLiteral("start-screen-confirm-start"));
    d.key(Qt::Key_Escape);

    const QString oldest = c->pastMeetings().constLast().toMap().value(QStringLiteral("fileName")).toString();
    const QString text = c->pastMeetings().constLast().toMap().value(QStringLiteral("name")).toString();
    d.callWall("startScreen", "askDelete", {oldest, QStringLiteral("\u201C%1\u201D").arg(text)});
    d.shot(QStringLiteral("start-screen-confirm-delete"));
    d.key(Qt::Key_Escape);
    d.key(Qt::Key_Escape);
    d.check(!d.wallItem("startScreen", "visible").toBool(), "Esc closes the start screen");
    d.check(c->pastMeetings().size() == 3, "nothing was deleted or started");
    return !d.failed();
}

} // namespace flipover
