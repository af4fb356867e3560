// VoterClient: which meeting the tablet's memory belongs to. The kiosk's
// snapshot names it (session.meeting, a new code for every new meeting);
// nothing queued is sent before that snapshot has been compared with the
// meeting the outbox was filled for. A different one, or a kiosk that no
// longer knows the token, means the old meeting is over for this tablet:
// its unanswered commands are dropped, never re-sent into the new meeting.
#include "voterclient.h"

#include "protocol.h"
#include "sessionview.h"

namespace flipover {

namespace key = protocol::key;

void VoterClient::onSnapshot(const QJsonObject &message)
{
    const QJsonObject state = message.value(key::State).toObject();
    const QString code = state.value(protocol::section::Session).toObject().value(key::Meeting).toString();
    if (!code.isEmpty() && code != m_memory.meeting) {
        if (!m_memory.meeting.isEmpty())
            dropOldMeeting();
        m_memory.meeting = code;
        save();
        Q_EMIT urlChanged();
    }
    m_view->applySnapshot(quint64(message.value(key::Seq).toInteger()), state);
    m_synced = true;
    pump();
}

void VoterClient::dropOldMeeting()
{
    const QList<OutboxEntry> dropped = m_memory.outbox.entries();
    m_memory.outbox.clear();
    m_inFlight.clear();
    // The ballot token and the drafts that name cards belong to the old
    // meeting; texts typed and never sent stay as drafts.
    m_memory.ballotToken.clear();
    for (const char *draft : {"ballot", "sentBallot", "remarkCardId"})
        m_memory.drafts.remove(QLatin1String(draft));
    save();
    if (!dropped.isEmpty())
        Q_EMIT pendingCountChanged();
    for (const OutboxEntry &entry : dropped)
        Q_EMIT rejected(entry.id, protocol::code::NewMeeting,
                        QStringLiteral("A new meeting started before this arrived; it was not sent into it."));
    Q_EMIT oldMeetingDropped();
}

} // namespace flipover
