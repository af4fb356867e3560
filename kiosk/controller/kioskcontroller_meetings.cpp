// KioskController: a new meeting and the past ones (see kioskcontroller.h).
#include "kioskcontroller.h"

#include "format.h"
#include "kiosksession.h"
#include "meetingarchive.h"
#include "sessionview.h"

#include <QFileInfo>
#include <QUrl>

namespace flipover {

void KioskController::setSession(KioskSession *session)
{
    m_session = session;
    Q_EMIT pastMeetingsChanged();
    refreshPreviousOutcome();
}

QVariantList KioskController::pastMeetings() const
{
    QVariantList out;
    if (!m_session)
        return out;
    const QList<PastMeeting> past = MeetingArchive(m_session->dataDir()).list();
    for (const PastMeeting &m : past) {
        out.append(QVariantMap{{QStringLiteral("fileName"), m.fileName},
                               {QStringLiteral("name"), m.name},
                               {QStringLiteral("formatTitle"), m.formatTitle},
                               {QStringLiteral("date"), m.date.toString(Qt::ISODate)},
                               {QStringLiteral("cycleMeeting"), m.cycleMeeting},
                               {QStringLiteral("cycleSize"), m.cycleSize}});
    }
    return out;
}

QVariantList KioskController::builtInFormats() const
{
    QVariantList out;
    const QString language = m_session ? m_session->options().language : QStringLiteral("nl");
    const QStringList ids = FormatLoader::builtInIds();
    for (const QString &id : ids) {
        const FormatResult f = FormatLoader::loadFile(FormatLoader::builtInPath(id), language);
        if (!f.ok())
            continue; // built in and tested (tst_format); cannot happen in a release
        out.append(QVariantMap{{QStringLiteral("id"), id},
                               {QStringLiteral("title"), f.format->title},
                               {QStringLiteral("description"), f.format->description},
                               {QStringLiteral("cycleSize"), int(f.format->cycle.size())}});
    }
    return out;
}

bool KioskController::newMeeting(const QString &format, int cycleMeeting)
{
    clearError();
    if (!m_session) {
        setError(QStringLiteral("no_session"), QStringLiteral("This kiosk cannot start another meeting."));
        return false;
    }
    SessionOptions options = m_session->options();
    const QUrl url(format);
    options.format = url.isLocalFile() ? url.toLocalFile() : format;
    options.cycleMeeting = cycleMeeting;
    options.name.clear(); // the new format's title
    options.demo = false;
    QString error;
    switch (m_session->startNew(options, &error)) {
    case KioskSession::Failure::None:
        break;
    case KioskSession::Failure::BadInput:
        setError(QStringLiteral("bad_format"), error);
        return false;
    case KioskSession::Failure::Runtime:
        setError(QStringLiteral("store_failed"), error);
        if (!m_session->engine())
            Q_EMIT sessionLost(error);
        return false;
    }
    // The old engine is gone: nothing may reach it, not even through the
    // view's clearing (the wall's lobby comes back and reads pin() at once).
    m_engine = m_session->engine();
    m_view->clear();
    attach(m_engine);
    Q_EMIT engineReplaced(m_engine);
    Q_EMIT addressChanged(); // the join link carries the new meeting code
    Q_EMIT pastMeetingsChanged();
    refreshPreviousOutcome();
    return true;
}

bool KioskController::deletePastMeeting(const QString &fileName)
{
    clearError();
    if (!m_session) {
        setError(QStringLiteral("no_session"), QStringLiteral("This kiosk keeps no past meetings."));
        return false;
    }
    QString error;
    if (!MeetingArchive(m_session->dataDir()).remove(fileName, &error)) {
        setError(QStringLiteral("not_found"), error);
        return false;
    }
    Q_EMIT pastMeetingsChanged();
    refreshPreviousOutcome();
    return true;
}

QVariantMap KioskController::checkFormat(const QString &format) const
{
    const QUrl url(format);
    const bool builtIn = !url.isLocalFile() && FormatLoader::builtInIds().contains(format);
    const QString path = builtIn ? FormatLoader::builtInPath(format) : url.isLocalFile() ? url.toLocalFile() : format;
    const QString language = m_session ? m_session->options().language : QStringLiteral("nl");
    const FormatResult loaded = FormatLoader::loadFile(path, language);
    if (!loaded.ok()) {
        const FormatError &e = loaded.error;
        return {{QStringLiteral("ok"), false}, {QStringLiteral("format"), format},
                {QStringLiteral("file"), e.file}, {QStringLiteral("line"), e.line},
                {QStringLiteral("field"), e.field}, {QStringLiteral("message"), e.message},
                {QStringLiteral("text"), e.toString()}};
    }
    const Format &f = *loaded.format;
    const int cycleSize = int(f.cycle.size());
    // As newMeeting(format, 0) counts: the live meeting is archived first
    // (when it holds any work), so it is then the latest of its format.
    int next = 0;
    if (cycleSize > 0) {
        const SessionState *live = m_engine ? &m_engine->state() : nullptr;
        if (live && live->holdsWork() && live->format.id == f.id && live->cycleMeeting > 0)
            next = live->cycleMeeting % cycleSize + 1;
        else
            next = m_session ? MeetingArchive(m_session->dataDir()).nextCycleMeeting(f.id, cycleSize) : 1;
    }
    return {{QStringLiteral("ok"), true}, {QStringLiteral("format"), format},
            {QStringLiteral("file"), builtIn ? QString() : QFileInfo(path).fileName()},
            {QStringLiteral("title"), f.title}, {QStringLiteral("description"), f.description},
            {QStringLiteral("minutes"), f.totalMinutes()}, {QStringLiteral("cycleSize"), cycleSize},
            {QStringLiteral("nextCycleMeeting"), next}};
}

} // namespace flipover
