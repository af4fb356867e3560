// PinRateLimiter: counts wrong PINs per peer address, in memory only. After
// `maxFailures` wrong session PINs, or as many wrong facilitator PINs (the two
// are counted apart), within `window`, joins and unlocks from that address are
// refused for `lockout`. Times come from the caller (monotonic milliseconds).
#pragma once

#include <QHash>
#include <QString>

namespace flipover {

class PinRateLimiter
{
public:
    enum class Kind { SessionPin, FacilitatorPin };

    int maxFailures = 5;
    qint64 windowMs = 60'000;
    qint64 lockoutMs = 60'000;

    bool isLocked(const QString &peer, qint64 nowMs);
    // Returns true when this failure locked the peer out.
    bool recordFailure(const QString &peer, Kind kind, qint64 nowMs);
    void forgetExpired(qint64 nowMs);
    int trackedPeers() const { return int(m_peers.size()); }

private:
    struct Counter {
        int failures = 0;
        qint64 windowStart = 0;
    };
    struct Peer {
        Counter session;
        Counter facilitator;
        qint64 lockedUntil = 0;
    };
    QHash<QString, Peer> m_peers;
};

} // namespace flipover
