// KioskController: a new meeting and the past ones (see kioskcontroller.h).
#include "kioskcontroller.h"

#include "format.h"
#include "kiosksession.h"
#include "meetingarchive.h"
#include "sessionview.h"

#include <QFileInfo>
#include <QUrl>

namespace flipover {

void KioskController::setArchive(const QString &dataDir, const QString &language)
{
    m_dataDir = dataDir;
    m_language = language;
    Q_EMIT pastMeetingsChanged();
    refreshPreviousOutcome();
}

QVariantList KioskController::pastMeetings() const
{
    QVariantList out;
    if (m_dataDir.isEmpty())
        return out;
    const QList<PastMeeting> past = MeetingArchive(m_dataDir).list();
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
    const QString language = m_language;
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
    if (m_dataDir.isEmpty()) {
        answer(0, QStringLiteral("newMeeting"), false, QStringLiteral("no_session"),
               QStringLiteral("This kiosk cannot start another meeting."));
        return false;
    }
    // Checked here first, so that a format that does not load is refused at
    // once (the room checks again: the file may change meanwhile).
    const QVariantMap checked = checkFormat(format);
    if (!checked.value(QStringLiteral("ok")).toBool()) {
        answer(0, QStringLiteral("newMeeting"), false, QStringLiteral("bad_format"),
               checked.value(QStringLiteral("text")).toString());
        return false;
    }
    const QUrl url(format);
    const QString path = url.isLocalFile() ? url.toLocalFile() : format;
    bool ok = false;
    const bool answeredNow = post([&](quint64 request) { Q_EMIT newMeetingRequested(request, path, cycleMeeting); }, &ok);
    return answeredNow ? ok : true;
}

// The room has started the new meeting (its snapshot and facts came first)
// or refused it.
void KioskController::onStartedNew(quint64 request, int failure, const QString &error)
{
    const QString type = QStringLiteral("newMeeting");
    switch (KioskSession::Failure(failure)) {
    case KioskSession::Failure::None:
        break;
    case KioskSession::Failure::BadInput:
        answer(request, type, false, QStringLiteral("bad_format"), error);
        return;
    case KioskSession::Failure::Runtime:
        answer(request, type, false, QStringLiteral("store_failed"), error);
        return;
    }
    setRoomAlert(QString(), QString()); // a new meeting starts with room to spare
    Q_EMIT addressChanged(); // the join link carries the new meeting code
    Q_EMIT pastMeetingsChanged();
    refreshPreviousOutcome();
    answer(request, type, true, QString(), QString());
}

bool KioskController::deletePastMeeting(const QString &fileName)
{
    clearError();
    if (m_dataDir.isEmpty()) {
        setError(QStringLiteral("no_session"), QStringLiteral("This kiosk keeps no past meetings."));
        return false;
    }
    QString error;
    if (!MeetingArchive(m_dataDir).remove(fileName, &error)) {
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
    const QString language = m_language;
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
        if (m_facts.holdsWork && m_facts.formatId == f.id && m_facts.cycleMeeting > 0)
            next = m_facts.cycleMeeting % cycleSize + 1;
        else
            next = m_dataDir.isEmpty() ? 1 : MeetingArchive(m_dataDir).nextCycleMeeting(f.id, cycleSize);
    }
    return {{QStringLiteral("ok"), true}, {QStringLiteral("format"), format},
            {QStringLiteral("file"), builtIn ? QString() : QFileInfo(path).fileName()},
            {QStringLiteral("title"), f.title}, {QStringLiteral("description"), f.description},
            {QStringLiteral("minutes"), f.totalMinutes()}, {QStringLiteral("cycleSize"), cycleSize},
            {QStringLiteral("nextCycleMeeting"), next}};
}

} // namespace flipover
