#include "demo.h"

#include "sessionview.h"
#include "textcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QHostAddress>
#include <QImage>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

namespace flipover::shots {

namespace {

const char *const MainQml = "qrc:/Flipover/Kiosk/Main.qml";

// An item by its objectName, through the items' tree (a Repeater's
// delegates are not always QObject children of what shows them).
QObject *findItem(QQuickItem *item, const QString &name)
{
    if (!item)
        return nullptr;
    if (item->objectName() == name)
        return item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (QObject *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// The same, among the items on screen only (visible, with all their parents).
QQuickItem *findShown(QQuickItem *item, const QString &name)
{
    if (!item || !item->isVisible() || item->opacity() <= 0.0)
        return nullptr;
    if (item->objectName() == name)
        return item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findShown(child, name))
            return found;
    }
    return nullptr;
}

int shotNumber = 0;

} // namespace

void restartNumbering()
{
    shotNumber = 0;
}

QTextStream &out()
{
    static QTextStream s(stderr);
    return s;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool Demo::open(const QString &format, const QString &name)
{
    if (!m_dir.isValid()) {
        out() << "screenshots: cannot create a temporary directory" << Qt::endl;
        return false;
    }
    SessionOptions options;
    options.dataDir = m_dir.path();
    options.format = format;
    options.language = m_options.language;
    options.pin = QStringLiteral("482913");
    options.facilitatorPin = QStringLiteral("5127");
    options.name = name;
    m_session = std::make_unique<KioskSession>(&m_clock);
    QString error;
    if (m_session->start(options, &error) != KioskSession::Failure::None) {
        out() << "screenshots: " << error << Qt::endl;
        return false;
    }
    // The room on this thread: every change is on the wall before the next picture.
    m_channel = std::make_unique<WallChannel>(m_session->engine(), m_session.get());
    m_controller = std::make_unique<KioskController>(m_channel.get());
    m_controller->setFrameInterval(0);
    m_controller->setArchive(m_session->dataDir(), m_options.language); // the start screen's formats and past meetings
    // A typical meeting-room address, so that the pictures do not depend on this machine.
    m_controller->setEndpoint(QHostAddress(QStringLiteral("192.168.1.20")), 7700);

    m_qml = std::make_unique<QQmlApplicationEngine>();
    m_qml->setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(m_controller.get())},
                                 {QStringLiteral("view"), QVariant::fromValue(m_controller->view())}});
    m_qml->load(QUrl(QString::fromLatin1(MainQml)));
    if (m_qml->rootObjects().isEmpty()) {
        out() << "screenshots: the wall's QML could not be loaded" << Qt::endl;
        return false;
    }
    m_window = qobject_cast<QQuickWindow *>(m_qml->rootObjects().constFirst());
    if (!m_window) {
        out() << "screenshots: the wall's root is not a window" << Qt::endl;
        return false;
    }
    // The control bar only where a picture is about it.
    setWall("autoControls", false);
    setWall("controlsShown", false);
    m_window->resize(m_options.size);
    m_window->requestActivate();
    settle(300);
    return true;
}

bool Demo::join(int count)
{
    SessionEngine *engine = m_session->engine();
    for (int i = 0; i < count; ++i) {
        const Result r = engine->join(engine->pin(), QString(), QString());
        if (!check(r.ok, "join"))
            return false;
        const QString id = r.data.value(QLatin1String("participantId")).toString();
        const QString token = r.data.value(QLatin1String("token")).toString();
        m_people.append(engine->actorFor(id, token));
    }
    return true;
}

bool Demo::startNext(const QString &format)
{
    m_controller->setArchive(m_session->dataDir(), m_options.language);
    if (!check(m_controller->newMeeting(format), "newMeeting"))
        return false;
    m_people.clear();
    settle(300);
    return true;
}

// A participant's command; returns the new item's id when resultKey names it.
int Demo::run(int participant, const QString &type, const QJsonObject &args, const char *resultKey)
{
    const Result r = m_session->engine()->execute(m_people.value(participant), type, args);
    if (!r.ok) {
        out() << "screenshots: " << type << " refused: " << r.code << " " << r.message << Qt::endl;
        m_failed = true;
        return -1;
    }
    return resultKey ? r.data.value(QLatin1String(resultKey)).toInt() : 0;
}

bool Demo::check(bool accepted, const char *what)
{
    if (!accepted) {
        out() << "screenshots: " << what << " was refused: " << m_controller->lastErrorMessage() << Qt::endl;
        m_failed = true;
    }
    return accepted;
}

// Time passes in the meeting; pausing and resuming at once hands the wall
// the phase's new times, as any phase change does.
void Demo::advance(qint64 ms)
{
    m_clock.advance(ms);
    check(m_controller->pause(), "pause");
    check(m_controller->resume(), "resume");
}

void Demo::key(int key, const QString &text, Qt::KeyboardModifiers modifiers)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QCoreApplication::sendEvent(m_window, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QCoreApplication::sendEvent(m_window, &release);
}

QVariant Demo::wallItem(const char *objectName, const char *property) const
{
    const QObject *item = m_window->findChild<QObject *>(QString::fromLatin1(objectName));
    return item ? item->property(property) : QVariant();
}

void Demo::setWall(const char *property, const QVariant &value)
{
    m_window->setProperty(property, value);
}

bool Demo::callWall(const char *objectName, const char *function, const QJSValueList &args)
{
    QObject *item = m_window->findChild<QObject *>(QString::fromLatin1(objectName));
    if (!item)
        item = findItem(m_window->contentItem(), QString::fromLatin1(objectName));
    QJSValue self = m_qml->toScriptValue(item);
    const QJSValue result = item ? self.property(QString::fromLatin1(function)).callWithInstance(self, args) : QJSValue();
    if (!item || result.isError()) {
        out() << "screenshots: " << objectName << "." << function << " failed: " << (item ? result.toString() : QStringLiteral("no such item")) << Qt::endl;
        m_failed = true;
        return false;
    }
    return true;
}

bool Demo::shotPages(const QString &name, int most)
{
    settle(); // the pages as laid out for what just changed
    // The board's page line sits in its CardPages; the lobby's rules are a PagedColumn.
    QQuickItem *paged = findShown(m_window->contentItem(), QStringLiteral("pageLine"));
    paged = paged ? paged->parentItem() : findShown(m_window->contentItem(), QStringLiteral("rulePages"));
    const int pages = paged ? paged->property("pages").toInt() : 0;
    if (pages <= 1)
        return shot(name);
    bool ok = true;
    for (int page = 0; page < pages; ++page) {
        if (most > 0 && page >= most - 1 && page != pages - 1)
            continue;
        paged->setProperty("page", page);
        if (!check(paged->property("page").toInt() == page, "turning the page"))
            return false;
        ok = shot(QStringLiteral("%1-p%2").arg(name).arg(page + 1)) && ok;
    }
    paged->setProperty("page", 0);
    return ok;
}

bool Demo::shot(const QString &name)
{
    settle();
    const QImage image = m_window->grabWindow();
    const QString numbered = QStringLiteral("%1-%2").arg(++shotNumber, 2, 10, QLatin1Char('0')).arg(name);
    const QString path = QDir(m_options.outputDir).filePath(numbered + QStringLiteral(".png"));
    if (image.isNull() || !image.save(path)) {
        out() << "screenshots: could not save " << path << Qt::endl;
        m_failed = true;
        return false;
    }
    QTextStream(stdout) << path << Qt::endl;
    // No text on the wall may be clipped: each picture is checked as it is taken.
    const QStringList problems = findClippedText(m_window->contentItem());
    for (const QString &problem : problems)
        out() << "screenshots: " << numbered << " at " << m_options.size.width() << 'x' << m_options.size.height()
              << ": text " << problem << Qt::endl;
    // Every room-facing text is readable from the back row (the room's scale).
    const RoomTextReport room = checkRoomTextSize(m_window->contentItem());
    for (const QString &problem : room.problems)
        out() << "screenshots: " << numbered << " at " << m_options.size.width() << 'x' << m_options.size.height()
              << ": text " << problem << Qt::endl;
    if (room.smallestCap > 0)
        QTextStream(stdout) << "  smallest room text: cap " << QString::number(room.smallestCap, 'f', 1)
                            << " px at 1080p, " << room.smallestText << Qt::endl;
    if (!problems.isEmpty() || !room.problems.isEmpty())
        m_failed = true;
    return problems.isEmpty() && room.problems.isEmpty();
}

} // namespace flipover::shots
