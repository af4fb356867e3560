// KioskServer's fan-out: one `update` per client and seq. Each audience's
// sections are read once and serialised once; only a client whose own `mine`
// changed gets a message of its own.
#include "kioskserver.h"

#include "protocol.h"

#include <QSet>
#include <optional>

namespace flipover {

void KioskServer::onChanged(quint64 seq, Sections sections, const QStringList &participants)
{
    m_deferred.append(Change{seq, sections, participants});
    flushChanges();
}

void KioskServer::flushChanges()
{
    if (m_executing > 0)
        return;
    while (!m_deferred.isEmpty())
        broadcast(m_deferred.takeFirst());
}

QJsonObject KioskServer::sectionsFor(const Actor &actor, Sections sections) const
{
    QJsonObject out;
    const QList<Section> all = allSections();
    for (Section s : all) {
        if (s == Section::Mine || !sections.testFlag(s))
            continue;
        const QJsonValue v = m_engine->section(s, actor);
        if (!v.isUndefined())
            out.insert(sectionName(s), v);
    }
    return out;
}

void KioskServer::broadcast(const Change &change)
{
    const QSet<QString> mine(change.participants.cbegin(), change.participants.cend());
    const QList<Connection *> targets = m_connections; // a slow client may be dropped while we send

    struct Group {
        bool built = false;
        QJsonObject sections;
        std::optional<Outgoing> message;
    };
    Group groups[3];

    for (Connection *c : targets) {
        if (!c->joined || !c->isOpen() || c->lastSeq >= change.seq)
            continue;
        const QString &pid = c->actor.participantId;
        const bool ownChanged = !pid.isEmpty() && mine.contains(pid);
        if (ownChanged) {
            // Whose `mine` changed may have changed role with it (claimCase, unlock).
            c->actor = m_engine->actorFor(pid, c->token);
            const Audience now = audienceFor(c->actor);
            if (now != c->audience) {
                c->audience = now;
                sendSnapshot(c);
                continue;
            }
        }
        Group &g = groups[int(c->audience)];
        if (c->audience == Audience::Participant && m_engine->roleOf(c->actor) == Role::None)
            continue; // its participant left (on another device): nothing more to see
        if (!g.built) {
            g.built = true;
            const Actor reader = c->audience == Audience::Wall ? Actor::wallDisplay()
                : c->audience == Audience::Facilitator         ? Actor::localFacilitator()
                                                               : c->actor;
            g.sections = sectionsFor(reader, change.sections);
        }
        if (ownChanged) {
            QJsonObject own = g.sections;
            const QJsonValue m = m_engine->section(Section::Mine, c->actor);
            if (!m.isUndefined() && !m.isNull())
                own.insert(sectionName(Section::Mine), m);
            if (own.isEmpty())
                continue;
            c->lastSeq = change.seq;
            c->send(protocol::update(change.seq, own));
            continue;
        }
        if (g.sections.isEmpty())
            continue;
        if (!g.message)
            g.message.emplace(protocol::update(change.seq, g.sections));
        c->lastSeq = change.seq;
        c->send(*g.message);
    }
}

} // namespace flipover
