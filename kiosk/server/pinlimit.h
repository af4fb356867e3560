// PinLimiter: the PIN budget, in memory only (docs/security.md, "Guessing a
// PIN"). Wrong PINs (session and facilitator PIN together) are counted per
// source prefix (an IPv4 address, an IPv6 /64: privacy addresses of one
// network are one source) and kiosk-wide; both counts decay (half-lives
// below). Nothing is ever refused: an attempt from a source that guessed
// wrong waits, unchecked, until its time comes, and then is checked like any
// other, so a right PIN is never turned away. Each wrong PIN sets how long
// the next attempt on that connection waits:
//
//   step(f)  = 0 while f <= freeFailures and the kiosk has had <= kioskFree,
//              else min(baseDelay * 2^(f-1), maxStep)      f: the source's count
//   delay    = step(f) * (1 + W / kioskFree)                W: the kiosk's count
//
// times the number of the source's open connections that guessed wrong (so
// more connections do not guess faster). A connection that has not guessed
// wrong yet is checked at once, unless its source has had more than one
// wrong PIN from fresh connections lately: a guesser who opens a new
// connection per guess; then fresh connections of that source take turns,
// one per `delay`, in arrival order (KioskServer holds them). Times come
// from the caller (monotonic ms).
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

namespace flipover {

class PinLimiter
{
public:
    qint64 baseDelayMs = 1000;
    qint64 maxStepMs = 64'000;
    int freeFailures = 3;
    double kioskFree = 10;
    qint64 sourceHalfLifeMs = 120 * 60'000;
    qint64 kioskHalfLifeMs = 120 * 60'000;
    static constexpr qint64 MaxDelayMs = 24 * 3600'000LL;

    // The source an address counts for: IPv4 (also IPv4-mapped IPv6) as is,
    // IPv6 by its first 64 bits.
    static QString sourceOf(const QHostAddress &address);

    // When a fresh connection's attempt from this source may be checked.
    qint64 freshAt(const QString &source) const;
    // Records a wrong PIN from a connection of `source` (fresh: its first
    // wrong one); returns when that connection may be checked next.
    qint64 recordWrong(const QString &source, bool fresh, qint64 nowMs);
    // A connection that had guessed wrong closed.
    void dirtyConnectionClosed(const QString &source);

    double kioskFailures(qint64 nowMs) const;
    double sourceFailures(const QString &source, qint64 nowMs) const;
    // The delay a wrong PIN would cost now after f wrong ones of its source
    // and W of the kiosk (both including it).
    qint64 delayFor(double f, double w) const;
    void forgetExpired(qint64 nowMs);
    int trackedSources() const { return int(m_sources.size()); }

private:
    struct Source {
        double failures = 0;      // decayed, as of `at`
        double freshFailures = 0; // of those, from connections without an earlier wrong PIN
        qint64 at = 0;
        qint64 freshAt = 0;
        int dirtyConnections = 0;
    };
    static double decayed(double value, qint64 since, qint64 nowMs, qint64 halfLifeMs);
    QHash<QString, Source> m_sources;
    double m_kiosk = 0;
    qint64 m_kioskAt = 0;
};

} // namespace flipover
