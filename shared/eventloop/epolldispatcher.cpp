#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>

#include <QtCore/private/qobject_p.h>
#include <QtCore/private/qthread_p.h>
#include <QtCore/private/qtimerinfo_unix_p.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace flipover {

namespace {

// epoll's event for each QSocketNotifier::Type, and what wakes that type:
// as in Qt's poll() dispatcher, a hang-up or an error wakes every notifier
// of the descriptor (its read or write then fails and says why).
constexpr quint32 Wanted[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};
constexpr quint32 Wakes[3] = {EPOLLIN | EPOLLHUP | EPOLLERR,
                              EPOLLOUT | EPOLLHUP | EPOLLERR,
                              EPOLLPRI | EPOLLHUP | EPOLLERR};
constexpr int ReadyPerPass = 256; // more wait for the next pass (epoll is level-triggered)

std::atomic<bool> epollWaitHasNs{true}; // epoll_pwait2 (Linux 5.11); else whole ms, rounded up

} // namespace

EpollDispatcher::EpollDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_ready(ReadyPerPass)
    , m_timers(std::make_unique<QTimerInfoList>())
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wake = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll < 0 || m_wake < 0)
        qFatal("EpollDispatcher: cannot create epoll or eventfd: %s", strerror(errno));
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_wake;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev) != 0)
        qFatal("EpollDispatcher: cannot watch its eventfd: %s", strerror(errno));
}

EpollDispatcher::~EpollDispatcher()
{
    qDeleteAll(*m_timers);
    ::close(m_wake);
    ::close(m_epoll);
}

// --- sockets

EpollDispatcher::Watch &EpollDispatcher::watchOf(int fd)
{
    if (size_t(fd) >= m_watches.size())
        m_watches.resize(std::max<size_t>(size_t(fd) + 1, m_watches.size() * 2));
    return m_watches[size_t(fd)];
}

void EpollDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    Q_ASSERT(notifier);
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    if (fd < 0 || notifier->thread() != thread() || thread() != QThread::currentThread()) {
        qWarning("EpollDispatcher: socket notifiers cannot be enabled from another thread");
        return;
    }
    Watch &watch = watchOf(fd);
    if (watch.notifiers[type] && watch.notifiers[type] != notifier)
        qWarning("EpollDispatcher: multiple socket notifiers for socket %d and type %d", fd, type);
    watch.notifiers[type] = notifier;
    changed(fd, watch);
}

void EpollDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    Q_ASSERT(notifier);
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    if (notifier->thread() != thread() || thread() != QThread::currentThread()) {
        qWarning("EpollDispatcher: socket notifier (fd %d) cannot be disabled from another thread", fd);
        return;
    }
    if (!m_pending.isEmpty())
        m_pending.removeOne(notifier);
    if (fd < 0 || size_t(fd) >= m_watches.size())
        return;
    Watch &watch = m_watches[size_t(fd)];
    if (watch.notifiers[type] != notifier)
        return;
    watch.notifiers[type] = nullptr;
    if (watch.notifiers[0] || watch.notifiers[1] || watch.notifiers[2]) {
        changed(fd, watch);
        return;
    }
    // The last one goes: epoll forgets the descriptor now, while it is still
    // open. Once it is closed, epoll_ctl can no longer name it, and if a
    // duplicate keeps its socket open (admission.cpp's Drain), epoll would
    // go on reporting that socket under the number, whoever has it next.
    if (watch.events != 0) {
        epoll_event ev{};
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &ev);
        watch.events = 0;
        --m_watched;
    }
}

// epoll hears of a change just before the next wait (tellEpoll), not at
// once: a socket's write notifier goes on and off around every write that
// is flushed at once, and a fan-out to a thousand tablets would otherwise
// cost two system calls per tablet for nothing.
void EpollDispatcher::changed(int fd, Watch &watch)
{
    if (!watch.dirty) {
        watch.dirty = true;
        m_dirty.push_back(fd);
    }
}

// Tells epoll what each changed descriptor's notifiers wait for now.
void EpollDispatcher::tellEpoll()
{
    for (const int fd : m_dirty) {
        Watch &watch = m_watches[size_t(fd)];
        watch.dirty = false;
        quint32 events = 0;
        for (int type = 0; type < 3; ++type)
            if (watch.notifiers[type])
                events |= Wanted[type];
        if (events == watch.events || events == 0)
            continue; // unchanged, or forgotten already (unregisterSocketNotifier)
        epoll_event ev{};
        ev.events = events;
        ev.data.fd = fd;
        if (watch.events == 0) {
            // EEXIST: a notifier of this number was never removed before
            // its descriptor closed (Qt's never are).
            if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) != 0 && errno == EEXIST)
                epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev);
            ++m_watched;
        } else if (epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev) != 0 && errno == ENOENT) {
            epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
        }
        watch.events = events;
    }
    m_dirty.clear();
}

// Every notifier of the ready descriptors is marked first and activated
// after, in order; a notifier switched off or deleted meanwhile (by an
// earlier one's slot) leaves the list as it goes (unregisterSocketNotifier).
int EpollDispatcher::activateSockets(int ready)
{
    // A descriptor is ready once per pass, so only a pass that finds some
    // still pending (a nested loop's) looks for duplicates.
    const bool fresh = m_pending.isEmpty();
    for (int i = 0; i < ready; ++i) {
        const epoll_event &ev = m_ready[size_t(i)];
        if (ev.data.fd == m_wake)
            continue;
        if (size_t(ev.data.fd) >= m_watches.size())
            continue;
        const Watch &watch = m_watches[size_t(ev.data.fd)];
        for (int type = 0; type < 3; ++type) {
            QSocketNotifier *n = watch.notifiers[type];
            if (n && (ev.events & Wakes[type]) && (fresh || !m_pending.contains(n)))
                m_pending.append(n);
        }
    }
    int activated = 0;
    QEvent event(QEvent::SockAct);
    while (!m_pending.isEmpty()) {
        QCoreApplication::sendEvent(m_pending.takeFirst(), &event);
        ++activated;
    }
    return activated;
}

// --- the pass

void EpollDispatcher::drainWakeUp()
{
    eventfd_t value;
    eventfd_read(m_wake, &value);
}

// Waits up to timeoutNs (-1: until something happens) for the sockets and
// the wake-up (sockets false: the wake-up alone); returns how many sockets
// are ready in m_ready, and whether the wake-up came (it is drained).
int EpollDispatcher::wait(qint64 timeoutNs, bool sockets, bool *woken)
{
    const timespec ts{time_t(timeoutNs / 1000000000), long(timeoutNs % 1000000000)};
    const timespec *until = timeoutNs < 0 ? nullptr : &ts;
    int ready = 0;
    *woken = false;
    if (sockets) {
        tellEpoll();
        if (epollWaitHasNs) {
            ready = epoll_pwait2(m_epoll, m_ready.data(), int(m_ready.size()), until, nullptr);
            // ENOSYS before Linux 5.11; EPERM under a seccomp profile that
            // does not know it: whole ms from now on.
            if (ready < 0 && errno != EINTR)
                epollWaitHasNs = false;
        }
        if (!epollWaitHasNs) {
            const qint64 ms = timeoutNs < 0 ? -1 : std::min<qint64>((timeoutNs + 999999) / 1000000, INT_MAX);
            ready = epoll_wait(m_epoll, m_ready.data(), int(m_ready.size()), int(ms));
        }
        if (ready < 0) {
            if (errno != EINTR)
                perror("EpollDispatcher: epoll_wait");
            ready = 0;
        }
        for (int i = 0; i < ready && !*woken; ++i)
            *woken = m_ready[size_t(i)].data.fd == m_wake;
    } else {
        pollfd pfd{m_wake, POLLIN, 0};
        *woken = ppoll(&pfd, 1, until, nullptr) > 0 && (pfd.revents & POLLIN);
    }
    if (*woken)
        drainWakeUp();
    m_wakeUps.storeRelease(0);
    return ready;
}

bool EpollDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_owner.storeRelaxed(QThread::currentThreadId());
    m_interrupt.storeRelaxed(0);
    emit awake();
    // This thread's posted events (QThreadData itself is not exported).
    QThreadData *data = QObjectPrivate::get(this)->threadData.loadRelaxed();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeSockets = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool canWait = data->canWaitLocked() && !m_interrupt.loadRelaxed()
        && (flags & QEventLoop::WaitForMoreEvents);
    if (canWait)
        emit aboutToBlock();
    if (m_interrupt.loadRelaxed())
        return false;

    qint64 timeoutNs = -1;
    timespec next{};
    if (!canWait)
        timeoutNs = 0;
    else if (includeTimers && m_timers->timerWait(next))
        timeoutNs = qint64(next.tv_sec) * 1000000000 + next.tv_nsec;

    bool woken = false;
    const int ready = wait(timeoutNs, includeSockets, &woken);
    int events = woken ? 1 : 0;
    if (includeSockets)
        events += activateSockets(ready);
    if (includeTimers)
        events += m_timers->activateTimers();
    return events > 0;
}

// From the loop's own thread there is nothing to wake: it is not waiting,
// and its next pass does not wait either. What it posted is in its event
// list (QThreadData::canWait, read before every wait), and an interrupt()
// is in m_interrupt. The eventfd's write, wait and read cost three system
// calls for each event a slot posts to its own thread (a queued call, a
// deleteLater); at a thousand tablets that is several a vote.
void EpollDispatcher::wakeUp()
{
    if (QThread::currentThreadId() == m_owner.loadRelaxed())
        return;
    if (m_wakeUps.testAndSetAcquire(0, 1))
        eventfd_write(m_wake, 1);
}

void EpollDispatcher::interrupt()
{
    m_interrupt.storeRelaxed(1);
    wakeUp();
}

// --- timers: Qt's own list (qtimerinfo_unix.cpp)

void EpollDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    if (timerId < 1 || interval < 0 || !object) {
        qWarning("EpollDispatcher::registerTimer: invalid arguments");
        return;
    }
    if (object->thread() != thread() || thread() != QThread::currentThread()) {
        qWarning("EpollDispatcher::registerTimer: timers cannot be started from another thread");
        return;
    }
    m_timers->registerTimer(timerId, interval, timerType, object);
}

bool EpollDispatcher::unregisterTimer(int timerId)
{
    if (timerId < 1 || thread() != QThread::currentThread()) {
        qWarning("EpollDispatcher::unregisterTimer: invalid argument or another thread");
        return false;
    }
    return m_timers->unregisterTimer(timerId);
}

bool EpollDispatcher::unregisterTimers(QObject *object)
{
    if (!object || object->thread() != thread() || thread() != QThread::currentThread()) {
        qWarning("EpollDispatcher::unregisterTimers: invalid argument or another thread");
        return false;
    }
    return m_timers->unregisterTimers(object);
}

QList<QAbstractEventDispatcher::TimerInfo> EpollDispatcher::registeredTimers(QObject *object) const
{
    if (!object)
        return {};
    return m_timers->registeredTimers(object);
}

int EpollDispatcher::remainingTime(int timerId)
{
    return timerId < 1 ? -1 : m_timers->timerRemainingTime(timerId);
}

} // namespace flipover
