// SectionFeed: the one walk over the sections, for one reader (an audience:
// the wall, the facilitators, the participants). sectionsFor() gives the
// sections a reader may see of a set (SessionEngine::projection() is all of
// them); a SectionFeed turns each change the engine announces (changed(seq,
// sections, …)) into what its reader is sent: the small sections whole, the
// lists and the vote as patches (shared/protocol/patch.h) against what the
// reader holds, its base. Both ends of the kiosk use it: the server's fan-out
// keeps one per audience and writes each change as an `update`
// (kiosk/server/updates.cpp); the wall's controller keeps its own and hands
// the same sections and patches to its SessionView as they are, no wire text
// in between (kiosk/controller/kioskcontroller.cpp). `mine` is per
// participant and never part of the walk: the fan-out adds it per connection.
#pragma once

#include "engine.h"

#include <QJsonObject>

#include <limits>

namespace flipover {

// The sections of `which` that `reader` may see, by name, in the order a view
// applies them (allSections()); a section the reader may not see is left out.
QJsonObject sectionsFor(const SessionEngine &engine, Sections which, const Actor &reader);

class SectionFeed
{
public:
    // One change as the reader sees it.
    struct Step {
        // The base held this change already (a snapshot newer than it
        // started the base): nothing to send.
        bool current = false;
        // The base's seq before the change; NoBase when there was none (a
        // new base was started: whoever is behind it needs a snapshot).
        quint64 prev = 0;
        QJsonObject whole;   // sections that replace what is held
        QJsonObject patches; // patches against the base
        bool isEmpty() const { return whole.isEmpty() && patches.isEmpty(); }
    };
    static constexpr quint64 NoBase = std::numeric_limits<quint64>::max();

    bool isValid() const { return m_valid; }
    quint64 seq() const { return m_seq; }
    // Nobody holds the base any more (an audience without connections, a new
    // meeting): the next change or snapshot starts a new one.
    void forget();
    // The reader was sent this whole projection at seq: it is the base,
    // unless a base is held already (then those who hold the snapshot are
    // ahead of it, and skip the changes they have).
    void startFrom(quint64 seq, const QJsonObject &projection);
    // The change at seq, which touched `changed`: the sections the reader
    // sees of it, whole or patched against the base, which moves on to it.
    Step advance(const SessionEngine &engine, const Actor &reader, quint64 seq, Sections changed);

private:
    bool m_valid = false;
    quint64 m_seq = 0;
    QJsonObject m_base; // the patched sections as the reader holds them
};

} // namespace flipover
