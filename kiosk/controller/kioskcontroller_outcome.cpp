// KioskController: the previous meeting's outcome, shown at the start of the
// next one (see kioskcontroller.h). It is read from the archive through the
// Exporter, so it holds only what the export holds: no participant ids,
// tokens, first thoughts, ballots, solutions or unshared insights. Its cards
// come in the order of the archived meeting's ranking (projection/ranking.h,
// through Exporter::cards()), each with its rank: the wall does not sort.
#include "kioskcontroller.h"

#include "exporter.h"
#include "kiosksession.h"
#include "meetingarchive.h"

namespace flipover {

namespace {

// The meeting before this one: of the same format, in a cycle the one with
// the highest cycle meeting below this one's, else the latest archived.
QString previousMeetingFile(const QList<PastMeeting> &past, const QString &formatId, int cycleMeeting)
{
    const PastMeeting *latest = nullptr;
    const PastMeeting *before = nullptr;
    for (const PastMeeting &m : past) { // newest first
        if (m.formatId != formatId)
            continue;
        if (!latest)
            latest = &m;
        if (cycleMeeting > 0 && m.cycleMeeting > 0 && m.cycleMeeting < cycleMeeting
            && (!before || m.cycleMeeting > before->cycleMeeting))
            before = &m;
    }
    const PastMeeting *chosen = before ? before : latest;
    return chosen ? chosen->fileName : QString();
}

QVariantMap outcomeOf(const PastMeeting &meeting, const SessionState &state)
{
    const Exporter exporter(state);
    QVariantList cards;
    const QList<ExportCard> exported = exporter.cards();
    for (const ExportCard &c : exported)
        cards.append(QVariantMap{{QStringLiteral("position"), c.position},
                                 {QStringLiteral("rank"), c.rank},
                                 {QStringLiteral("direction"), c.direction},
                                 {QStringLiteral("text"), c.text},
                                 {QStringLiteral("tags"), c.tags},
                                 {QStringLiteral("dots"), c.dots}});
    QString cycleMeetingTitle;
    QString cycleAccent;
    if (meeting.cycleMeeting > 0 && meeting.cycleMeeting <= state.format.cycle.size()) {
        cycleMeetingTitle = state.format.cycle.at(meeting.cycleMeeting - 1).title;
        cycleAccent = state.format.cycle.at(meeting.cycleMeeting - 1).accent;
    }
    return {{QStringLiteral("fileName"), meeting.fileName},
            {QStringLiteral("name"), meeting.name},
            {QStringLiteral("formatTitle"), meeting.formatTitle},
            {QStringLiteral("date"), meeting.date.toString(Qt::ISODate)},
            {QStringLiteral("cycleMeeting"), meeting.cycleMeeting},
            {QStringLiteral("cycleSize"), meeting.cycleSize},
            {QStringLiteral("cycleMeetingTitle"), cycleMeetingTitle},
            {QStringLiteral("cycleAccent"), cycleAccent},
            {QStringLiteral("voted"), exporter.voted()},
            {QStringLiteral("cards"), cards},
            {QStringLiteral("enriched"), exporter.sharedInsights(QStringLiteral("enriched"))},
            {QStringLiteral("takeaway"), exporter.sharedInsights(QStringLiteral("takeaway"))},
            {QStringLiteral("tops"), exporter.tips(QStringLiteral("top"))},
            {QStringLiteral("tips"), exporter.tips(QStringLiteral("tip"))}};
}

} // namespace

void KioskController::refreshPreviousOutcome()
{
    QVariantMap outcome;
    if (!m_dataDir.isEmpty() && m_ready) {
        const MeetingArchive archive(m_dataDir);
        const QList<PastMeeting> past = archive.list();
        const QString fileName = previousMeetingFile(past, m_facts.formatId, m_facts.cycleMeeting);
        for (const PastMeeting &m : past) {
            SessionState state;
            // A file that cannot be read shows nothing rather than an error:
            // the past meetings list already leaves such files out.
            if (m.fileName == fileName && archive.load(fileName, &state, nullptr))
                outcome = outcomeOf(m, state);
        }
    }
    if (outcome == m_previousOutcome)
        return;
    m_previousOutcome = outcome;
    Q_EMIT previousOutcomeChanged();
}

} // namespace flipover
