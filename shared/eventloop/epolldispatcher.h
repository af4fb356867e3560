// EpollDispatcher: an event dispatcher for a thread that holds a thousand
// sockets. Qt 6.4 on Linux offers GLib's dispatcher (a socket notifier's
// switch searches a list of every socket) and its own poll() dispatcher,
// which rebuilds and scans an array of every descriptor on every pass of
// the loop: at a thousand tablets that was about a fifth of the room
// thread, whatever the pass had to do (docs/performance.md). This one keeps
// the descriptors in the kernel (epoll) and hears only from the ready ones.
//
// Everything else is Qt's UNIX dispatcher, step by step: posted events
// first, then a wait (woken by posted events through an eventfd, by the
// next timer, or by a ready socket), the ready notifiers activated in order,
// then the due timers (Qt's own timer list, QTimerInfoList, so the timer
// types and their rounding are Qt's). Linux only; it needs Qt's private
// headers (qt6-base-private-dev).
//
// Set it on a thread before it starts (QThread::setEventDispatcher) or on
// the main thread before QCoreApplication (QCoreApplication::setEventDispatcher).
#pragma once

#include <QAbstractEventDispatcher>
#include <QAtomicInt>
#include <QList>

#include <sys/epoll.h>

#include <memory>
#include <vector>

class QTimerInfoList;

namespace flipover {

class EpollDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollDispatcher(QObject *parent = nullptr);
    ~EpollDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

    // The descriptors epoll watches now (tests: a closed socket leaves none behind).
    int watchedCount() const { return m_watched; }

private:
    // The notifiers of one descriptor (read, write, exception: QSocketNotifier::Type).
    struct Watch {
        QSocketNotifier *notifiers[3] = {};
        quint32 events = 0;   // what epoll was last told to watch for
        bool dirty = false;   // in m_dirty: epoll is told before the next wait
    };
    Watch &watchOf(int fd);
    void changed(int fd, Watch &watch);
    void tellEpoll();
    int wait(qint64 timeoutNs, bool sockets, bool *woken);
    int activateSockets(int ready);
    void drainWakeUp();

    int m_epoll = -1;
    int m_wake = -1; // eventfd: wakeUp() from any other thread
    QAtomicPointer<void> m_owner; // the thread whose loop this is (set by processEvents)
    QAtomicInt m_wakeUps;
    QAtomicInt m_interrupt;
    std::vector<Watch> m_watches; // by descriptor
    std::vector<int> m_dirty;     // descriptors whose notifiers changed since the last wait
    int m_watched = 0;
    QList<QSocketNotifier *> m_pending;   // ready, to be activated this pass
    std::vector<epoll_event> m_ready;
    std::unique_ptr<QTimerInfoList> m_timers;
};

} // namespace flipover
