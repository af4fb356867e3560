// VoterClient's drafts, and the wipe at the meeting's end. Drafts live in the
// same stored memory as token and outbox, so leaving (forget) and the end of
// the meeting wipe them like everything else the tablet holds.
#include "voterclient.h"

#include "sessionview.h"

#include <QJsonArray>
#include <QJsonValue>

namespace flipover {

namespace {

bool isEmptyDraft(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())
           || (v.isObject() && v.toObject().isEmpty()) || (v.isArray() && v.toArray().isEmpty())
           || (v.isBool() && !v.toBool());
}

} // namespace

void VoterClient::setDraft(const QString &key, const QVariant &value)
{
    if (key.isEmpty() || m_memory.url.isEmpty() || m_ended)
        return;
    const QJsonValue v = QJsonValue::fromVariant(value);
    if (isEmptyDraft(v)) {
        if (!m_memory.drafts.contains(key))
            return;
        m_memory.drafts.remove(key);
    } else {
        if (m_memory.drafts.value(key) == v)
            return;
        m_memory.drafts.insert(key, v);
    }
    // Typing changes a draft at every key: write a moment after the last one.
    m_draftSave.start();
}

QVariant VoterClient::draft(const QString &key) const
{
    return m_memory.drafts.value(key).toVariant();
}

void VoterClient::flushDrafts()
{
    if (m_draftSave.isActive())
        save();
}

void VoterClient::onPhaseStatusChanged()
{
    const bool ended = m_view->phaseStatus() == QLatin1String("ended");
    if (!ended && m_ended) {
        // The facilitator went back from the end: the session goes on, so
        // the tablet keeps its memory again (drafts start afresh).
        m_ended = false;
        save();
        Q_EMIT hasStoredSessionChanged();
        return;
    }
    if (!ended || m_ended)
        return;
    // Shared tablets forget: nothing of this meeting stays on disk. The
    // connection and the view stay, so the end screen can still be read.
    m_memory.drafts = QJsonObject();
    m_memory.ballotToken.clear();
    m_draftSave.stop();
    if (!m_storagePath.isEmpty())
        ClientMemory::erase(m_storagePath);
    m_ended = true;
    Q_EMIT hasStoredSessionChanged();
    Q_EMIT meetingEnded();
}

} // namespace flipover
