#include "pinlimit.h"

#include "admission.h"

#include <cmath>

namespace flipover {

QString PinLimiter::sourceOf(const QHostAddress &address)
{
    return addressKey(address); // the same "address" as the connection limits: IPv4, or an IPv6 /64
}

double PinLimiter::decayed(double value, qint64 since, qint64 nowMs, qint64 halfLifeMs)
{
    if (value <= 0 || nowMs <= since)
        return value;
    return value * std::exp2(-double(nowMs - since) / double(halfLifeMs));
}

double PinLimiter::kioskFailures(qint64 nowMs) const
{
    return decayed(m_kiosk, m_kioskAt, nowMs, kioskHalfLifeMs);
}

double PinLimiter::sourceFailures(const QString &source, qint64 nowMs) const
{
    const auto it = m_sources.constFind(source);
    return it == m_sources.cend() ? 0 : decayed(it->failures, it->at, nowMs, sourceHalfLifeMs);
}

qint64 PinLimiter::delayFor(double f, double w) const
{
    if (f <= freeFailures + 1e-9 && w <= kioskFree + 1e-9)
        return 0;
    const double doublings = std::clamp(std::ceil(f) - 1, 0.0, 40.0);
    const double step = std::min(double(baseDelayMs) * std::exp2(doublings), double(maxStepMs));
    return qint64(std::min(step * (1 + w / kioskFree), double(MaxDelayMs)));
}

qint64 PinLimiter::freshAt(const QString &source) const
{
    const auto it = m_sources.constFind(source);
    return it == m_sources.cend() ? 0 : it->freshAt;
}

qint64 PinLimiter::recordWrong(const QString &source, bool fresh, qint64 nowMs)
{
    m_kiosk = kioskFailures(nowMs) + 1;
    m_kioskAt = nowMs;
    Source &s = m_sources[source];
    s.failures = decayed(s.failures, s.at, nowMs, sourceHalfLifeMs) + 1;
    s.freshFailures = decayed(s.freshFailures, s.at, nowMs, sourceHalfLifeMs) + (fresh ? 1 : 0);
    s.at = nowMs;
    if (fresh)
        ++s.dirtyConnections;
    const qint64 delay = delayFor(s.failures, m_kiosk);
    // One guesser on one connection leaves the source's other (fresh)
    // connections alone; a second wrong PIN from a fresh connection is
    // someone opening a connection per guess: fresh ones take turns too.
    if (fresh && s.freshFailures > 1.5)
        s.freshAt = std::max(s.freshAt, nowMs) + delay;
    return nowMs + std::min(delay * qint64(std::max(1, s.dirtyConnections)), MaxDelayMs);
}

void PinLimiter::dirtyConnectionClosed(const QString &source)
{
    const auto it = m_sources.find(source);
    if (it != m_sources.end() && it->dirtyConnections > 0)
        --it->dirtyConnections;
}

void PinLimiter::forgetExpired(qint64 nowMs)
{
    for (auto it = m_sources.begin(); it != m_sources.end();) {
        if (it->dirtyConnections == 0 && it->freshAt <= nowMs
            && decayed(it->failures, it->at, nowMs, sourceHalfLifeMs) < 0.05)
            it = m_sources.erase(it);
        else
            ++it;
    }
}

} // namespace flipover
