// The phase clock's arithmetic over the state (elapsed and planned time of a
// phase, folding the running time in) and the wire name of a role: small pure
// functions the engine, the commands and the projection share.
#include "engine.h"
#include "engine_p.h"
#include "protocolnames.h"

namespace flipover {

qint64 phaseElapsedMs(const SessionState &s, int index, qint64 now)
{
    if (index < 0 || index >= s.runs.size())
        return 0;
    qint64 e = s.runs[index].elapsedMs;
    if (index == s.phaseIndex && s.running)
        e += qMax<qint64>(0, now - s.runningSinceMono);
    return e;
}

qint64 phasePlannedMs(const SessionState &s, int index)
{
    if (index < 0 || index >= s.format.phases.size())
        return 0;
    return qint64(s.format.phases[index].minutes) * 60000 + qint64(s.runs.value(index).adjustSeconds) * 1000;
}

void foldRunningTime(SessionState &s, qint64 now)
{
    if (s.running && s.phaseIndex >= 0 && s.phaseIndex < s.runs.size())
        s.runs[s.phaseIndex].elapsedMs += qMax<qint64>(0, now - s.runningSinceMono);
    s.runningSinceMono = now;
}

QString roleName(Role r)
{
    switch (r) {
    case Role::Wall: return protocol::role::Wall;
    case Role::Facilitator: return protocol::role::Facilitator;
    case Role::Participant: return protocol::role::Participant;
    case Role::CaseOwner: return protocol::role::CaseOwner;
    case Role::None: return protocol::role::None;
    }
    return {};
}

} // namespace flipover
