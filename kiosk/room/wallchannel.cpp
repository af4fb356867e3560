#include "wallchannel.h"

#include "kioskcontroller.h"
#include "kiosksession.h"
#include "pdfexport.h"

#include <QDate>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QStandardPaths>

#include <utility>

namespace flipover {

namespace {
const QEvent::Type StepEvent = QEvent::Type(QEvent::registerEventType());
} // namespace

QString defaultExportFolder(const QString &sessionName)
{
    QString name = sessionName;
    for (const QChar bad : {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':')})
        name.replace(bad, QLatin1Char('-'));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).filePath(
            QStringLiteral("Flipover/%1 %2").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")), name.trimmed()));
}

WallChannel::WallChannel(SessionEngine *engine, KioskSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    attach(engine);
}

void WallChannel::attach(SessionEngine *engine)
{
    m_engine = engine;
    m_feed.forget();
    m_dirty = {};
    m_awaitingFrame = false;
    m_sentSeq = 0;
    m_storageFailed = false;
    connect(m_engine, &SessionEngine::changed, this, [this](quint64 seq, Sections sections, const QStringList &) {
        onChanged(seq, sections);
    });
    connect(m_engine, &SessionEngine::roomStopped, this, [this](const QString &code, const QString &message) {
        if (code == QLatin1String("storage_failed"))
            m_storageFailed = true;
        Q_EMIT roomAlert(code, message);
    });
    connect(m_engine, &SessionEngine::presentCountChanged, this, [this](int count) {
        if (m_feeding)
            Q_EMIT presence(count);
    });
    m_facts.meetingCode = m_engine->meetingCode(); // one per meeting
    m_facts.pin = m_engine->pin();
    m_facts.facilitatorPin = m_engine->facilitatorPin();
    m_facts.formatId = m_engine->state().format.id;
    m_facts.cycleMeeting = m_engine->state().cycleMeeting;
    m_factsSent = false;
    publishFacts();
}

void WallChannel::publishFacts()
{
    const SessionState &s = m_engine->state();
    if (m_factsSent && s.name == m_facts.name && s.holdsWork() == m_facts.holdsWork)
        return;
    m_facts.name = s.name;
    m_facts.holdsWork = s.holdsWork();
    m_factsSent = true;
    Q_EMIT factsChanged(m_facts);
}

void WallChannel::setFeeding(bool feeding)
{
    if (!m_engine)
        return; // the session is lost: the kiosk is stopping
    m_feeding = feeding;
    m_dirty = {};
    m_awaitingFrame = false;
    m_sentSeq = 0;
    m_feed.forget();
    m_factsSent = false;
    publishFacts();
    if (feeding)
        sendSnapshot(false);
}

// The wall is a public screen: it shows what the room may see (the wall's
// sections), never the facilitator's view (hidden cards, unshared insights,
// hidden tallies); only what undo would take back is the facilitator's.
void WallChannel::sendSnapshot(bool newMeeting)
{
    QJsonObject state = m_engine->projection(Actor::wallDisplay());
    state.insert(sectionName(Section::Undo), undoSection());
    m_feed.forget();
    m_feed.startFrom(m_engine->seq(), state);
    m_dirty = {};
    Q_EMIT snapshot(m_engine->seq(), state, newMeeting);
    Q_EMIT presence(m_engine->presentCount());
}

QJsonValue WallChannel::undoSection() const
{
    // The wall's keys are the kiosk's facilitator: what undo would take back
    // is theirs, without the card's text (the card may be hidden from the room).
    QJsonValue undo = m_engine->section(Section::Undo, Actor::localFacilitator());
    if (undo.isObject()) {
        QJsonObject o = undo.toObject();
        o.remove(QStringLiteral("text"));
        undo = o;
    }
    return undo;
}

void WallChannel::onChanged(quint64 seq, Sections sections)
{
    if (m_storageFailed) {
        m_storageFailed = false; // that change is saved: the disk works again
        Q_EMIT storageRecovered();
    }
    publishFacts();
    if (!m_feeding)
        return;
    m_dirty |= sections;
    m_dirtySeq = seq;
    // The step leaves after what this pass of the room's loop still has to
    // do: a change reaches the tablets first (the fan-out follows the commit
    // in the same pass, or in the next posted call), and only then does the
    // wall's thread wake to draw it, instead of drawing on the other core
    // while the tablets' updates are still being sent and read.
    if (!m_awaitingFrame && !m_stepPosted) {
        m_stepPosted = true;
        QCoreApplication::postEvent(this, new QEvent(StepEvent), Qt::LowEventPriority);
    }
}

bool WallChannel::event(QEvent *e)
{
    if (e->type() != StepEvent)
        return QObject::event(e);
    m_stepPosted = false;
    if (m_engine && m_feeding && !m_awaitingFrame && m_dirty.toInt() != 0)
        sendStep();
    return true;
}

void WallChannel::sendStep()
{
    const Sections sections = std::exchange(m_dirty, {});
    SectionFeed::Step next = m_feed.advance(*m_engine, Actor::wallDisplay(), m_dirtySeq, sections);
    if (next.current)
        return;
    if (next.prev == SectionFeed::NoBase) {
        sendSnapshot(false); // cannot happen (the base is held from setFeeding on); never guessed
        return;
    }
    if (sections.testFlag(Section::Undo))
        next.whole.insert(sectionName(Section::Undo), undoSection());
    if (next.isEmpty())
        return;
    m_awaitingFrame = true;
    m_sentSeq = m_dirtySeq;
    Q_EMIT step(m_dirtySeq, next.prev, next.whole, next.patches);
}

void WallChannel::frameDone(quint64 seq)
{
    if (!m_engine || seq < m_sentSeq)
        return; // an older frame: the last step is still on its way
    m_awaitingFrame = false;
    if (m_feeding && m_dirty.toInt() != 0)
        sendStep();
}

void WallChannel::run(quint64 request, const QString &type, const QJsonObject &args)
{
    if (!m_engine) {
        Q_EMIT done(request, Result::fail(QStringLiteral("no_session"), QStringLiteral("There is no meeting.")));
        return;
    }
    const Result r = m_engine->execute(Actor::localFacilitator(), type, args);
    // The wall's own action shows with its answer, whatever is on its way.
    if (m_feeding && m_dirty.toInt() != 0)
        sendStep();
    Q_EMIT done(request, r);
}

void WallChannel::startNew(quint64 request, const QString &format, int cycleMeeting)
{
    if (!m_session || !m_engine) {
        Q_EMIT startedNew(request, int(KioskSession::Failure::Runtime), QStringLiteral("This kiosk cannot start another meeting."));
        return;
    }
    SessionOptions options = m_session->options();
    options.format = format;
    options.cycleMeeting = cycleMeeting;
    options.name.clear(); // the new format's title
    options.demo = false;
    QString error;
    const KioskSession::Failure failure = m_session->startNew(options, &error);
    if (failure == KioskSession::Failure::None) {
        // The old engine is gone with its connections to this channel.
        attach(m_session->engine());
        Q_EMIT engineReplaced(m_engine);
        if (m_feeding)
            sendSnapshot(true);
    }
    Q_EMIT startedNew(request, int(failure), error);
    if (failure == KioskSession::Failure::Runtime && !m_session->engine()) {
        m_engine = nullptr; // gone with the old meeting
        Q_EMIT sessionLost(error);
    }
}

void WallChannel::sendState(quint64 request)
{
    Q_EMIT stateReady(request, m_engine ? m_engine->state() : SessionState());
}

void WallChannel::setExport(const QString &folder, const QString &language)
{
    m_exportFolder = folder;
    m_exportLanguage = language;
}

Result WallChannel::exportFromTablet(const QJsonObject &args)
{
    const QJsonValue includeCase = args.value(QLatin1String("includeCase"));
    if (!includeCase.isUndefined() && !includeCase.isBool())
        return Result::fail(QStringLiteral("invalid"), QStringLiteral("The field \"includeCase\" must be true or false."));
    if (!m_engine)
        return Result::fail(QStringLiteral("export_failed"), QStringLiteral("There is no meeting."));
    // The PDF needs fonts, so a QGuiApplication; a kiosk run with --no-gui has none.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result::fail(QStringLiteral("export_failed"),
                            QStringLiteral("This kiosk runs without a display and cannot write the PDF; "
                                           "export with flipover-kiosk --export instead."));
    const QString folder = m_exportFolder.isEmpty() ? defaultExportFolder(m_engine->state().name) : m_exportFolder;
    QString error;
    if (!writeOutcome(m_engine->state(), {includeCase.toBool(), m_exportLanguage}, folder, &error))
        return Result::fail(QStringLiteral("export_failed"),
                            error.isEmpty() ? QStringLiteral("The files could not be written.") : error);
    m_exportFolder = QDir::cleanPath(folder);
    Q_EMIT exportedFromTablet(m_exportFolder);
    return Result::success({{QStringLiteral("folder"), QDir::toNativeSeparators(m_exportFolder)},
                            {QStringLiteral("files"), QJsonArray::fromStringList(KioskController::outcomeFileNames())}});
}

} // namespace flipover
