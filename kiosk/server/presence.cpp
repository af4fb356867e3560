// Presence (docs/protocol.md, "Presence"): how many participants have at
// least one connection open now, not how many ever joined. A join, a close or
// a leave only marks the count as possibly changed; at most once every
// m_presenceIntervalMs (250 ms), and no more often than one message per
// client per PresenceMsPerClient of all of them, the kiosk counts, tells the
// engine (for snapshots and the wall) and sends one `presence` message,
// serialised once, to each client whose count differs. A burst of joins
// costs each client one message, not one per join; and the room as a whole
// at most about a thousand presence messages a second, however full it is
// (each round goes to everyone: at 250 ms, a thousand tablets joining made
// four thousand a second, more than the joins themselves cost).
#include "kioskserver.h"

#include "protocol.h"

#include <QSet>
#include <QTimer>

namespace flipover {

void KioskServer::presenceMayHaveChanged()
{
    if (!m_presenceTimer) {
        m_presenceTimer = new QTimer(this);
        m_presenceTimer->setSingleShot(true);
        connect(m_presenceTimer, &QTimer::timeout, this, &KioskServer::sendPresence);
    }
    if (!m_presenceTimer->isActive())
        m_presenceTimer->start(qMax(m_presenceIntervalMs, clientCount() * PresenceMsPerClient));
}

void KioskServer::sendPresence()
{
    if (m_presenceTimer)
        m_presenceTimer->stop();
    QSet<QString> present;
    for (const Connection *c : std::as_const(m_connections)) {
        if (c->joined && c->isOpen() && !c->actor.participantId.isEmpty()
            && m_engine->roleOf(c->actor) != Role::None)
            present.insert(c->actor.participantId);
    }
    const int count = int(present.size());
    m_engine->setPresentCount(count);
    std::optional<Outgoing> message;
    const QList<Connection *> targets = m_connections; // a slow client may be dropped while we send
    for (Connection *c : targets) {
        if (!c->joined || !c->isOpen() || c->sentPresence == count)
            continue;
        if (!message)
            message.emplace(protocol::presence(count));
        c->sentPresence = count;
        c->send(*message);
    }
}

} // namespace flipover
