#include "pinlimit.h"

namespace flipover {

bool PinRateLimiter::isLocked(const QString &peer, qint64 nowMs) const
{
    const auto it = m_peers.constFind(peer);
    return it != m_peers.cend() && it->lockedUntil > nowMs;
}

void PinRateLimiter::prune(QList<qint64> &times, qint64 nowMs) const
{
    while (!times.isEmpty() && nowMs - times.first() >= windowMs)
        times.removeFirst();
}

bool PinRateLimiter::recordFailure(const QString &peer, Kind kind, qint64 nowMs)
{
    Peer &p = m_peers[peer];
    QList<qint64> &times = kind == Kind::SessionPin ? p.session : p.facilitator;
    prune(times, nowMs);
    times.append(nowMs);
    if (times.size() < maxFailures)
        return false;
    p.lockedUntil = nowMs + lockoutMs;
    p.session.clear();
    p.facilitator.clear();
    return true;
}

void PinRateLimiter::forgetExpired(qint64 nowMs)
{
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        prune(it->session, nowMs);
        prune(it->facilitator, nowMs);
        if (it->session.isEmpty() && it->facilitator.isEmpty() && it->lockedUntil <= nowMs)
            it = m_peers.erase(it);
        else
            ++it;
    }
}

} // namespace flipover
