#include "ratelimit.h"

namespace flipover {

bool PinRateLimiter::isLocked(const QString &peer, qint64 nowMs)
{
    const auto it = m_peers.constFind(peer);
    return it != m_peers.cend() && it->lockedUntil > nowMs;
}

bool PinRateLimiter::recordFailure(const QString &peer, Kind kind, qint64 nowMs)
{
    Peer &p = m_peers[peer];
    Counter &c = kind == Kind::SessionPin ? p.session : p.facilitator;
    if (c.failures == 0 || nowMs - c.windowStart >= windowMs) {
        c.failures = 0;
        c.windowStart = nowMs;
    }
    ++c.failures;
    if (c.failures < maxFailures)
        return false;
    p.lockedUntil = nowMs + lockoutMs;
    p.session = {};
    p.facilitator = {};
    return true;
}

void PinRateLimiter::forgetExpired(qint64 nowMs)
{
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        const bool windowsOver = (it->session.failures == 0 || nowMs - it->session.windowStart >= windowMs)
            && (it->facilitator.failures == 0 || nowMs - it->facilitator.windowStart >= windowMs);
        if (windowsOver && it->lockedUntil <= nowMs)
            it = m_peers.erase(it);
        else
            ++it;
    }
}

} // namespace flipover
