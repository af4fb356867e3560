// The screenshot tour's demo meeting: a session in its own temporary
// directory on a clock the tour moves by hand, the kiosk's controller, the
// wall, and participants who act through the engine exactly as tablets
// would. Each picture is also checked for clipped text (textcheck.h).
#pragma once

#include "clock.h"
#include "kioskcontroller.h"
#include "kiosksession.h"
#include "kioskshots.h"

#include <QJSValue>
#include <QJsonObject>
#include <QList>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <memory>

namespace flipover::shots {

QTextStream &out();
// Lets deferred work happen (layouts, Qt.callLater, the timer's tick).
void settle(int ms = 150);
inline QString s(const char *text) { return QString::fromUtf8(text); }

class Demo
{
public:
    explicit Demo(const ScreenshotOptions &options) : m_options(options) {}

    bool open(const QString &format, const QString &name);
    bool join(int count);
    // A new meeting from the wall (KioskController::newMeeting), as the
    // facilitator starts one: the current one goes to the tour's archive and
    // the participants are gone (join again).
    bool startNext(const QString &format);
    int run(int participant, const QString &type, const QJsonObject &args, const char *resultKey = nullptr);
    bool check(bool accepted, const char *what);
    void advance(qint64 ms);
    void key(int key, const QString &text = QString(), Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // A property of the wall's QML object with this objectName.
    QVariant wallItem(const char *objectName, const char *property) const;
    void setWall(const char *property, const QVariant &value);
    // Calls a QML function of the wall's item with this objectName.
    bool callWall(const char *objectName, const char *function, const QJSValueList &args = {});
    void clearToast() { QMetaObject::invokeMethod(m_window, "clearToast"); }
    // One picture, numbered in the tour's order: "07-" + name + ".png".
    bool shot(const QString &name);
    // Every page of what pages on the wall now (the board's cards, or the
    // lobby's ground rules when there is no board), one picture each:
    // name-p1, name-p2, ...; with `most`, only the first most - 1 and the last.
    bool shotPages(const QString &name, int most = 0);

    KioskController *controller() const { return m_controller.get(); }
    SessionEngine *engine() const { return m_session->engine(); }
    bool failed() const { return m_failed; }

private:
    ScreenshotOptions m_options;
    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<WallChannel> m_channel;
    std::unique_ptr<KioskController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_qml;
    QQuickWindow *m_window = nullptr;
    QList<Actor> m_people;
    bool m_failed = false;
};

// The tour numbers its pictures in order; it starts again at 1.
void restartNumbering();

// The cycle step of the tour (cycleshots.cpp): meeting 1 of a cycle with a
// vote over 40 cards, then meeting 2 with its accent and last time's outcome.
bool cycleTour(const ScreenshotOptions &options);
// Every phase of the other two built-in formats (formatshots.cpp): the
// Draagvlak-intervisie with a full board of 40 cards, and the Intervisie
// voor leidinggevenden over participatie.
bool draagvlakTour(const ScreenshotOptions &options);
bool intervisieTour(const ScreenshotOptions &options);

} // namespace flipover::shots
