// PinRateLimiter: counts wrong PINs per peer address, in memory only. After
// `maxFailures` wrong session PINs, or as many wrong facilitator PINs (the two
// are counted apart), within a sliding `window`, joins and unlocks from that
// address are refused for `lockout`. Times come from the caller (monotonic ms).
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace flipover {

class PinRateLimiter
{
public:
    enum class Kind { SessionPin, FacilitatorPin };

    int maxFailures = 5;
    qint64 windowMs = 60'000;
    qint64 lockoutMs = 60'000;

    bool isLocked(const QString &peer, qint64 nowMs) const;
    // Returns true when this failure locked the peer out.
    bool recordFailure(const QString &peer, Kind kind, qint64 nowMs);
    void forgetExpired(qint64 nowMs);
    int trackedPeers() const { return int(m_peers.size()); }

private:
    struct Peer {
        QList<qint64> session;     // times of recent failures, oldest first
        QList<qint64> facilitator;
        qint64 lockedUntil = 0;
    };
    void prune(QList<qint64> &times, qint64 nowMs) const;
    QHash<QString, Peer> m_peers;
};

} // namespace flipover
