// WallStats: the wall's drawing as the room sees it, for the benchmark
// (docs/performance.md, "The wall"). Opt-in: only when the environment holds
// FLIPOVER_WALL_STATS=PATH does the GUI kiosk write, once a second and at
// exit, one JSON line to PATH (created anew):
//   {"at": ms, "frames": [[swapped, waited, drawn], ...], "ticks": [[shown, second], ...]}
// Every time is CLOCK_MONOTONIC in milliseconds, the benchmark's own clock.
// - A frame: `swapped`, when QQuickWindow::frameSwapped said it is on screen;
//   `drawn`, ms from the UpdateRequest that began it (polish, sync, render,
//   flush); `waited`, ms from the first change it shows (a card's tally or
//   text, the ballot count, a new second on the phase timer) reaching the
//   wall's SessionView until `swapped`, or -1 when it shows none of those.
// - A tick: when the frame with a new second of the phase timer (as the wall
//   shows it, qml/kiosk/Helpers.js displaySeconds) was swapped, and that second.
// Without the variable nothing is watched and nothing is written.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

class QQuickWindow;

namespace flipover {

class SessionView;

class WallStats : public QObject
{
public:
    // The path from FLIPOVER_WALL_STATS; empty when the figures are off.
    static QString pathFromEnvironment();

    WallStats() = default;
    ~WallStats() override; // writes what is left

    // Watches the wall's window and view from now on and opens path.
    bool start(QQuickWindow *window, SessionView *view, const QString &path, QString *error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed();
    void secondMaybeChanged();
    void swapped(double at);
    void write();

    SessionView *m_view = nullptr;
    QFile m_file;
    QTimer m_writer;
    double m_changedAt = -1;     // the first change not yet on screen
    double m_frameBegan = -1;    // the UpdateRequest of the frame being drawn
    qint64 m_second = 0;         // the timer's second as the view holds it
    bool m_secondKnown = false;
    bool m_tickPending = false;  // a new second waits for its frame
    QJsonArray m_frames;
    QJsonArray m_ticks;
};

} // namespace flipover
