// KioskServer: the commands the kiosk answers itself (see kioskserver.h).
// They reach this point like any command: after the join, the flood limit and
// the decoder's checks, and after what the same client queued before them.
#include "kioskserver.h"

#include "protocol.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace flipover {

void KioskServer::setKioskCommand(const QString &type, KioskCommand handler)
{
    // An engine command keeps its meaning: the kiosk never shadows one.
    Q_ASSERT(!SessionEngine::commandTypes().contains(type));
    if (handler) {
        m_kioskCommands.insert(type, std::move(handler));
        if (!m_knownTypes.contains(type))
            m_knownTypes.append(type);
    } else if (m_kioskCommands.remove(type) > 0) {
        m_knownTypes.removeOne(type);
    }
}

void KioskServer::handleKioskCommand(Connection *c, const QString &type, const QString &id, const QJsonObject &body)
{
    // The same rule and words as the engine's facilitator commands.
    if (m_engine->roleOf(c->actor) != Role::Facilitator) {
        answer(c, type, id,
               Result::fail(protocol::code::NotAllowed, QStringLiteral("Only the facilitator can do this.")));
        return;
    }
    const KioskCommand handler = m_kioskCommands.value(type); // a copy: the handler may reset the table
    qCInfo(lcServer, "a facilitator's %s", qPrintable(type));
    answer(c, type, id, handler(body));
}

} // namespace flipover
