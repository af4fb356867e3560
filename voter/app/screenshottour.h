// ScreenshotTour: `flipover-voter --screenshots DIR` walks a whole meeting on
// a real kiosk and saves a PNG of every screen a participant meets. The
// tablet on screen joins with the facilitator PIN (it moves the phases);
// three colleagues join off screen so the wall has other people's questions,
// cards, remarks and ballots. Everything goes through the real protocol and,
// for the tablet on screen, through the panels' own submit functions.
#pragma once

#include "options.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSize>
#include <QTimer>
#include <QUrl>
#include <QVariant>
#include <functional>

class QQmlApplicationEngine;
class QQuickWindow;

namespace flipover {

class KioskFinder;
class SessionView;
class VoterClient;

class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(QQmlApplicationEngine *engine, VoterClient *client, KioskFinder *finder,
                   const VoterOptions &options, QObject *parent = nullptr);
    void start();

private:
    using Action = std::function<void()>;
    using Condition = std::function<bool()>;
    struct Step {
        QString label;
        Action action;
        Condition until;
        QString shot;    // file name, or empty
        QSize size;      // window size for the shot
    };

    void buildScript(); // tourscript.cpp: the meeting, step by step

    // Script vocabulary.
    void step(const QString &label, Action action, Condition until = {});
    // Saves the screen after this step; a landscape shot is followed by the
    // same screen upright (name-portrait.png).
    static constexpr QSize Landscape{1280, 800};
    static constexpr QSize Portrait{800, 1280};
    // upright false: no automatic 800x1280 copy (for a screen that must be
    // framed again once upright).
    void shot(const QString &file, QSize size = Landscape, bool upright = true);
    void pause(int ms); // a step that only lets layouts and timers run
    SessionView *view() const;
    QObject *item(const char *objectName) const;
    void setDraft(const char *name, const QVariant &value);
    void setOn(const char *objectName, const char *property, const QVariant &value);
    void call(const char *objectName, const char *method);
    void askLeave(bool passing);
    // Feeds the wall finder beacons: an example meeting and the real kiosk.
    void hearWalls(const QString &realLink);
    // Scrolls the meeting screen so that the item's end is in view.
    void reveal(const char *objectName);
    void facilitate(const QString &type, const QJsonObject &fields = {});
    VoterClient *colleague(int i) const { return m_colleagues.at(i); }
    void addColleagues(int count);
    bool settled() const; // nothing waits for an answer, on any tablet
    int cardId(const QString &textStart) const;

    void runNext();
    void poll();
    void capture();
    void finish(int code, const QString &message = {});

    QQmlApplicationEngine *m_engine;
    VoterClient *m_client;
    KioskFinder *m_finder;
    VoterOptions m_options;
    QUrl m_url;
    QQuickWindow *m_window = nullptr;
    QList<VoterClient *> m_colleagues;
    QList<Step> m_steps;
    int m_current = -1;
    QTimer m_poll;
    QElapsedTimer m_waiting;
    QStringList m_saved;
};

} // namespace flipover
