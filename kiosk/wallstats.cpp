#include "wallstats.h"

#include "sessionview.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
#include <QThread>
#include <cmath>
#include <ctime>

namespace flipover {

namespace {

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

// The second the wall's timer shows (qml/kiosk/Helpers.js displaySeconds).
qint64 displaySeconds(qint64 ms)
{
    return ms >= 0 ? (ms + 999) / 1000 : -ms / 1000;
}

} // namespace

QString WallStats::pathFromEnvironment()
{
    return qEnvironmentVariable("FLIPOVER_WALL_STATS");
}

WallStats::~WallStats()
{
    if (m_file.isOpen())
        write();
}

bool WallStats::start(QQuickWindow *window, SessionView *view, const QString &path, QString *error)
{
    if (!window || !view) {
        *error = QStringLiteral("FLIPOVER_WALL_STATS: the wall has no window to watch");
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("FLIPOVER_WALL_STATS: cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_view = view;
    window->installEventFilter(this);
    // Measured where it happens: with a threaded render loop the swap is
    // reported on the render thread, and handed over with its time.
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        const double at = nowMs();
        if (QThread::currentThread() == thread())
            swapped(at);
        else
            QMetaObject::invokeMethod(this, [this, at] { swapped(at); }, Qt::QueuedConnection);
    }, Qt::DirectConnection);
    const QAbstractItemModel *cards = view->cards();
    connect(cards, &QAbstractItemModel::dataChanged, this, &WallStats::changed);
    connect(cards, &QAbstractItemModel::rowsInserted, this, &WallStats::changed);
    connect(cards, &QAbstractItemModel::rowsRemoved, this, &WallStats::changed);
    connect(cards, &QAbstractItemModel::modelReset, this, &WallStats::changed);
    connect(view, &SessionView::ballotCountChanged, this, &WallStats::changed);
    connect(view, &SessionView::remainingMsChanged, this, &WallStats::secondMaybeChanged);
    connect(&m_writer, &QTimer::timeout, this, &WallStats::write);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &WallStats::write);
    m_writer.start(1000);
    return true;
}

bool WallStats::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::UpdateRequest && m_frameBegan < 0)
        m_frameBegan = nowMs();
    return QObject::eventFilter(watched, event);
}

void WallStats::changed()
{
    if (m_changedAt < 0)
        m_changedAt = nowMs();
}

void WallStats::secondMaybeChanged()
{
    const qint64 second = displaySeconds(m_view->remainingMs());
    if (m_secondKnown && second == m_second)
        return;
    m_second = second;
    m_secondKnown = true;
    m_tickPending = true;
    changed();
}

void WallStats::swapped(double at)
{
    m_frames.append(QJsonArray{round3(at), m_changedAt < 0 ? -1.0 : round3(at - m_changedAt),
                               m_frameBegan < 0 ? -1.0 : round3(at - m_frameBegan)});
    if (m_tickPending)
        m_ticks.append(QJsonArray{round3(at), double(m_second)});
    m_changedAt = -1;
    m_frameBegan = -1;
    m_tickPending = false;
}

void WallStats::write()
{
    if (m_frames.isEmpty() && m_ticks.isEmpty())
        return;
    const QJsonObject line{{QStringLiteral("at"), round3(nowMs())}, {QStringLiteral("frames"), m_frames},
                           {QStringLiteral("ticks"), m_ticks}};
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
    m_frames = {};
    m_ticks = {};
}

} // namespace flipover
