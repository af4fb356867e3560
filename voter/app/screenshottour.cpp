#include "screenshottour.h"

#include "joinlink.h"
#include "kioskfinder.h"
#include "sessionview.h"
#include "voterclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>

namespace flipover {

namespace {
constexpr int StepTimeoutMs = 90000; // the overtime step waits out a minute
constexpr int SettleMs = 600; // lets bindings, layouts and the software renderer catch up
} // namespace

ScreenshotTour::ScreenshotTour(QQmlApplicationEngine *engine, VoterClient *client, KioskFinder *finder,
                               const VoterOptions &options, QObject *parent)
    : QObject(parent), m_engine(engine), m_client(client), m_finder(finder), m_options(options)
{
    m_url = parseJoinTarget(options.kiosk).url;
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTour::poll);
    if (!engine->rootObjects().isEmpty())
        m_window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
}

void ScreenshotTour::start()
{
    if (!m_window)
        return finish(1, QStringLiteral("the QML root is not a window"));
    if (!QDir().mkpath(m_options.screenshotsDir))
        return finish(1, QStringLiteral("cannot create %1").arg(m_options.screenshotsDir));
    m_window->resize(1280, 800);
    buildScript();
    QTimer::singleShot(0, this, &ScreenshotTour::runNext);
}

void ScreenshotTour::step(const QString &label, Action action, Condition until)
{
    m_steps.append({label, std::move(action), std::move(until), {}, {}});
}

void ScreenshotTour::shot(const QString &file, QSize size, bool upright)
{
    Q_ASSERT(!m_steps.isEmpty());
    m_steps.last().shot = file;
    m_steps.last().size = size;
    if (size != Landscape || !upright)
        return;
    // Every screen also upright (800x1280): the same state, another window size.
    QString portrait = file;
    portrait.replace(QLatin1String(".png"), QLatin1String("-portrait.png"));
    m_steps.append({QStringLiteral("%1 upright").arg(m_steps.last().label), {}, {}, portrait, Portrait});
}

void ScreenshotTour::pause(int ms)
{
    step(QStringLiteral("pause %1 ms").arg(ms), {}, [this, ms] { return m_waiting.elapsed() >= ms; });
}

SessionView *ScreenshotTour::view() const
{
    return m_client->view();
}

QObject *ScreenshotTour::item(const char *objectName) const
{
    QObject *root = m_window;
    if (root->objectName() == QLatin1String(objectName))
        return root;
    return root->findChild<QObject *>(QLatin1String(objectName));
}

void ScreenshotTour::setDraft(const char *name, const QVariant &value)
{
    QObject *drafts = m_window->property("drafts").value<QObject *>();
    if (!drafts || !drafts->setProperty(name, value))
        finish(1, QStringLiteral("no draft \"%1\"").arg(QLatin1String(name)));
}

void ScreenshotTour::setOn(const char *objectName, const char *property, const QVariant &value)
{
    QObject *target = item(objectName);
    if (!target || !target->setProperty(property, value))
        finish(1, QStringLiteral("cannot set %1.%2").arg(QLatin1String(objectName), QLatin1String(property)));
}

void ScreenshotTour::call(const char *objectName, const char *method)
{
    QObject *target = item(objectName);
    if (!target || !QMetaObject::invokeMethod(target, method))
        finish(1, QStringLiteral("cannot call %1.%2()").arg(QLatin1String(objectName), QLatin1String(method)));
}

void ScreenshotTour::askLeave(bool passing)
{
    if (!QMetaObject::invokeMethod(m_window, "askLeave", Q_ARG(bool, passing)))
        finish(1, QStringLiteral("cannot call root.askLeave(%1)").arg(passing));
}

void ScreenshotTour::hearWalls(const QString &realLink)
{
    // What a room with two meetings on its network looks like; the real kiosk
    // of the tour is one of them.
    auto beacon = [](const QString &name, const QString &link) {
        return QJsonDocument(QJsonObject{{QStringLiteral("magic"), QStringLiteral("flipover-kiosk")},
                                         {QStringLiteral("v"), 1},
                                         {QStringLiteral("name"), name},
                                         {QStringLiteral("join"), link}})
            .toJson(QJsonDocument::Compact);
    };
    m_finder->handleDatagram(beacon(QStringLiteral("Intervisie leidinggevenden (zaal 2.14)"),
                                    QStringLiteral("http://192.168.1.31:7700/?m=5e0c2a9b71")),
                             m_finder->now());
    m_finder->handleDatagram(beacon(QStringLiteral("Collegiale ontmoeting Werk en Inkomen"), realLink), m_finder->now());
}

void ScreenshotTour::reveal(const char *objectName)
{
    auto *flick = qobject_cast<QQuickItem *>(item("meetingFlick"));
    auto *target = qobject_cast<QQuickItem *>(item(objectName));
    QQuickItem *content = flick ? flick->property("contentItem").value<QQuickItem *>() : nullptr;
    if (!target || !content)
        return finish(1, QStringLiteral("cannot scroll to %1").arg(QLatin1String(objectName)));
    const qreal bottom = target->mapToItem(content, QPointF(0, target->height())).y() + 20;
    const qreal view = flick->height();
    const qreal maxY = qMax<qreal>(0, flick->property("contentHeight").toReal() - view);
    flick->setProperty("contentY", qBound<qreal>(0, bottom - view, maxY));
}

void ScreenshotTour::facilitate(const QString &type, const QJsonObject &fields)
{
    m_client->send(type, fields);
}

void ScreenshotTour::addColleagues(int count)
{
    for (int i = 0; i < count; ++i) {
        auto *c = new VoterClient(this);
        c->connectToKiosk(m_url, m_options.pin);
        m_colleagues.append(c);
    }
}

bool ScreenshotTour::settled() const
{
    if (m_client->pendingCount() > 0)
        return false;
    for (const VoterClient *c : m_colleagues) {
        if (c->pendingCount() > 0)
            return false;
    }
    return true;
}

int ScreenshotTour::cardId(const QString &textStart) const
{
    const CardsModel *cards = view()->cards();
    for (int row = 0; row < cards->count(); ++row) {
        const QVariantMap card = cards->get(row);
        if (card.value(QStringLiteral("text")).toString().startsWith(textStart))
            return card.value(QStringLiteral("id")).toInt();
    }
    return -1;
}

void ScreenshotTour::runNext()
{
    ++m_current;
    if (m_current >= m_steps.size())
        return finish(0);
    const Action action = m_steps.at(m_current).action; // a copy: finish() clears the steps
    if (action)
        action();
    if (m_current < 0) // finish() ran inside the action
        return;
    m_waiting.start();
    m_poll.start();
}

void ScreenshotTour::poll()
{
    const Step &s = m_steps.at(m_current);
    if (s.until && !s.until()) {
        if (m_waiting.elapsed() > StepTimeoutMs)
            finish(1, QStringLiteral("step \"%1\" timed out (state %2, last error \"%3\")")
                              .arg(s.label, m_client->state(), m_client->lastError()));
        return;
    }
    m_poll.stop();
    if (s.shot.isEmpty()) {
        QTimer::singleShot(50, this, &ScreenshotTour::runNext);
        return;
    }
    if (m_window->size() != s.size)
        m_window->resize(s.size);
    QTimer::singleShot(SettleMs, this, &ScreenshotTour::capture);
}

void ScreenshotTour::capture()
{
    const Step &s = m_steps.at(m_current);
    const QImage image = m_window->grabWindow();
    const QString path = QDir(m_options.screenshotsDir).filePath(s.shot);
    if (image.isNull() || !image.save(path))
        return finish(1, QStringLiteral("cannot save %1").arg(path));
    m_saved.append(s.shot);
    QTextStream(stdout) << "screenshot " << path << " (" << s.label << ")" << Qt::endl;
    QTimer::singleShot(0, this, &ScreenshotTour::runNext);
}

void ScreenshotTour::finish(int code, const QString &message)
{
    m_poll.stop();
    m_current = -2;
    m_steps.clear();
    if (code != 0)
        QTextStream(stderr) << "flipover-voter: screenshot tour failed: " << message << Qt::endl;
    else
        QTextStream(stdout) << "screenshot tour done: " << m_saved.size() << " screens" << Qt::endl;
    for (VoterClient *c : std::as_const(m_colleagues))
        c->disconnectFromKiosk();
    QCoreApplication::exit(code);
}

} // namespace flipover
