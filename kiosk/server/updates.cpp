// KioskServer's fan-out: one `update` per client and seq, carrying what
// changed (docs/protocol.md, "Patches"). The small sections go whole; the
// lists and the vote go as patches against what the audience was sent last,
// so a vote or a card edit costs the same at 6 cards as at 200.
//
// Each audience (wall, facilitator, participants) keeps a SectionFeed
// (shared/projection/sectionfeed.h, the one walk over the sections, which the
// wall's own view uses too): its base, the patched sections as its
// connections hold them, and the seq they hold them at. Every
// connection of the audience holds the base (stateSeq == base seq), or a
// newer snapshot (stateSeq above it: it skips the changes it already has).
// A change is diffed once per audience against the base and serialised once
// per `prev`; a connection whose state is not the base gets a snapshot
// instead of a patch it could not apply. An audience without connections
// forgets its base; the next snapshot into it starts a new one.
#include "kioskserver.h"

#include "protocol.h"

#include <QHash>
#include <QScopedValueRollback>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <limits>

#include <time.h>

namespace flipover {

void KioskServer::onChanged(quint64 seq, Sections sections, const QStringList &participants)
{
    // Presence is counted here, from the connections, and sent on its own
    // (presence.cpp); a new or departed participant may change it.
    if (sections.testFlag(Section::Presence)) {
        sections.setFlag(Section::Presence, false);
        m_presenceChanged = true;
        presenceMayHaveChanged();
    }
    // A shared snapshot holds what a change touches, but `mine` and `phase`,
    // which each snapshot writes anew (a join touches neither: its presence is
    // counted above, its `mine` is the joiner's).
    Sections shared = sections;
    shared.setFlag(Section::Mine, false);
    shared.setFlag(Section::Phase, false);
    if (shared)
        for (SharedSnapshot &s : m_snapshots)
            s = SharedSnapshot();
    wantFanout();
    m_deferred.append(Change{seq, sections, participants});
    flushChanges();
}

namespace {

// The calling thread's CPU time, user and system (µs).
qint64 roomThreadCpuUs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

} // namespace

// One fan-out per frame interval (and a spare after a quiet one:
// wantFanout): the first change after a quiet interval leaves at once
// (after a pass or a few ms: gather); the commands that arrive within it
// wait for its end, are committed then, and leave together, as one update
// per client (a burst of votes moves the tallies once per frame, not once
// per vote). Nothing is lost: the update carries the state at its seq,
// patched against what each client holds.
// Where one fan-out costs more than half the frame (a thousand tablets on
// two cores: its writes are flushed inside it, so the room thread's CPU time
// for it is what it costs), the interval is twice that cost instead, up to
// 200 ms. CPU time, not the time it took: a fan-out the kernel paused for the
// wall or the disk did not cost the room more, and the next tally should not
// wait twice that pause (at a thousand voters, one fan-out in ten took a
// fifth longer than its CPU time, one in a hundred nearly twice). Sending
// then takes at most half the room thread, and commands, commits and joins
// keep the rest, instead of a room that only sends and leaves every vote
// queued behind the last fan-out.
qint64 KioskServer::fanoutInterval(int frameMs, qint64 lastFanoutMs)
{
    constexpr qint64 CostShare = 2;
    constexpr qint64 MaxIntervalMs = 200;
    if (frameMs <= 0)
        return 0;
    return std::max<qint64>(frameMs, std::min(CostShare * lastFanoutMs, MaxIntervalMs));
}

// A fan-out that followed a quiet interval (nothing waited for a whole
// interval after the one before it) may be followed by one more at once: a
// vote that comes within the interval after a lone vote, while votes come
// slower than one a frame, leaves at once instead of waiting up to a frame
// (at two hundred voters, about half of them); a burst whose votes arrive
// over longer than the gather leaves in two fan-outs a few ms apart, not its
// rest a frame later. The one that left at once did not follow a quiet
// interval: what comes next waits for the interval, for as long as changes
// keep coming (a busy room, a thousand voters, never has the spare).
void KioskServer::wantFanout()
{
    if (m_wantedAfterMs < 0)
        m_wantedAfterMs = m_lastFanout.isValid() ? m_lastFanout.elapsed() : std::numeric_limits<qint64>::max();
}

// How long until the next fan-out may leave (0: now).
qint64 KioskServer::untilNextFanout() const
{
    if (m_spareFanout) // also before the first fan-out
        return 0;
    const qint64 interval = fanoutInterval(m_fanoutIntervalMs, m_lastFanoutCostMs);
    // Read once: a second reading could be past the interval (a timer
    // started with a negative time never fires, and the acks would wait).
    const qint64 since = m_lastFanout.elapsed();
    return std::max<qint64>(0, interval - since);
}

void KioskServer::flushChanges()
{
    if (m_executing > 0 || m_deferred.isEmpty())
        return;
    if (const qint64 wait = untilNextFanout(); wait > 0) {
        startFanoutTimer(wait);
        return;
    }
    if (m_fanoutIntervalMs > 0) {
        gather();
        return;
    }
    flushChangesNow();
}

// The first change after a quiet interval leaves once a pass of the event
// loop found no command waiting for its commit (gatherCheck), at most
// m_fanoutGatherMs (4) after it: the commands of a burst are read over a few
// passes and committed after the fold of the one before (a sealed commit),
// and they then move the tallies in one update, a few ms after the first,
// instead of one update at once and the next a frame later. A lone vote
// waits one pass.
void KioskServer::gather()
{
    if (!m_gathering) {
        m_gathering = true;
        startFanoutTimer(m_fanoutGatherMs); // the cap: flushChangesNow, whatever still waits
    }
    if (!m_gatherPosted) {
        m_gatherPosted = true;
        QMetaObject::invokeMethod(this, &KioskServer::gatherCheck, Qt::QueuedConnection);
    }
}

void KioskServer::gatherCheck()
{
    m_gatherPosted = false;
    if (!m_gathering)
        return; // fanned out meanwhile (a snapshot, the cap)
    // Commands read meanwhile wait for their commit: its change calls
    // flushChanges again, and the next pass looks again.
    if (!m_queue.isEmpty())
        return;
    flushChangesNow();
}

void KioskServer::startFanoutTimer(qint64 ms)
{
    if (!m_fanoutTimer) {
        m_fanoutTimer = new QTimer(this);
        m_fanoutTimer->setSingleShot(true);
        m_fanoutTimer->setTimerType(Qt::PreciseTimer);
        connect(m_fanoutTimer, &QTimer::timeout, this, &KioskServer::fanoutTick);
    }
    if (!m_fanoutTimer->isActive())
        m_fanoutTimer->start(int(ms));
}

// The commands that waited for this fan-out are committed now and leave with
// it (runQueueWhenReady); if the last commit's fold is still under way they
// follow it, in the next fan-out.
void KioskServer::fanoutTick()
{
    if (std::exchange(m_queueAtFanout, false) && !m_queue.isEmpty() && !queueWaitsForFold())
        runQueue();
    flushChangesNow();
}

// The changes waiting so far as one: the latest seq, every section any of
// them touched, every participant whose own section changed.
void KioskServer::flushChangesNow()
{
    if (m_executing > 0 || m_deferred.isEmpty())
        return;
    if (m_fanoutTimer)
        m_fanoutTimer->stop();
    m_gathering = false;
    Change merged = m_deferred.takeFirst();
    for (const Change &c : std::as_const(m_deferred)) {
        merged.seq = std::max(merged.seq, c.seq);
        merged.sections |= c.sections;
        merged.participants += c.participants;
    }
    m_deferred.clear();
    // The next may leave at once if this one followed a quiet interval
    // (wantFanout); commands still queued (behind a fold) wait from now on.
    m_spareFanout = m_wantedAfterMs >= fanoutInterval(m_fanoutIntervalMs, m_lastFanoutCostMs);
    m_wantedAfterMs = m_queue.isEmpty() ? -1 : 0;
    m_lastFanout.start();
    const qint64 cpuBefore = roomThreadCpuUs();
    broadcast(merged);
    m_lastFanoutCostMs = (roomThreadCpuUs() - cpuBefore + 500) / 1000;
    // The acks of what was just sent may follow it now (answerableSeq).
    const quint64 through = answerableSeq();
    const QList<Connection *> all = m_connections; // releasing may close one
    for (Connection *c : all)
        c->releaseAnswers(through);
    // Commands that waited for a fan-out (this one left early, for a
    // snapshot say) wait for the next.
    if (m_queueAtFanout)
        startFanoutTimer(untilNextFanout());
}

// An ack leaves once its seq is on the disk and every client was sent the
// update that carries it: a client sees its change before the ack, as when
// every change went out at once.
quint64 KioskServer::answerableSeq() const
{
    const quint64 durable = m_engine->durableSeq();
    return m_deferred.isEmpty() ? durable : std::min(durable, m_deferred.first().seq - 1);
}

void KioskServer::forgetBases()
{
    for (SectionFeed &f : m_feeds)
        f.forget();
    for (SharedSnapshot &s : m_snapshots)
        s = SharedSnapshot();
}

Actor KioskServer::readerFor(const Connection *c) const
{
    return c->audience == Audience::Wall          ? Actor::wallDisplay()
        : c->audience == Audience::Facilitator    ? Actor::localFacilitator()
                                                  : c->actor;
}

// A join changes nothing anyone sees (its presence goes on its own): every
// base and whoever holds it move on to its seq, as they are, in one cheap
// pass (no diff, no role lookup per connection: at a thousand joins that
// pass was paid a thousand times).
void KioskServer::skipUnseen(quint64 seq)
{
    bool present[3] = {};
    for (Connection *c : std::as_const(m_connections)) {
        if (!c->joined)
            continue;
        const SectionFeed &feed = m_feeds[int(c->audience)];
        present[int(c->audience)] = true;
        if (feed.isValid() && c->stateSeq == feed.seq() && c->stateSeq < seq)
            c->stateSeq = seq;
    }
    for (int a = 0; a < 3; ++a) {
        if (present[a])
            m_feeds[a].skipTo(seq);
        else
            m_feeds[a].forget();
    }
}

void KioskServer::broadcast(const Change &change)
{
    if (!change.sections && change.participants.isEmpty()) {
        skipUnseen(change.seq);
        return;
    }
    const QScopedValueRollback broadcasting(m_broadcasting, true);
    const QSet<QString> mine(change.participants.cbegin(), change.participants.cend());
    const QList<Connection *> targets = m_connections; // a slow client may be dropped while we send
    Group groups[3];
    // Only a change in who is present can make a participant leave (on
    // another device), and one who left never comes back: the roles are
    // looked up then, not for every connection on every fan-out.
    const bool presenceChanged = std::exchange(m_presenceChanged, false);

    for (Connection *c : targets) {
        if (!c->joined || !c->isOpen())
            continue;
        const QString &pid = c->actor.participantId;
        const bool ownChanged = !pid.isEmpty() && mine.contains(pid);
        if (ownChanged && c->stateSeq < change.seq) {
            // Whose `mine` changed may have changed role with it (claimCase, unlock).
            c->actor = m_engine->actorFor(pid, c->token);
            const Audience now = audienceFor(c->actor);
            if (now != c->audience) {
                c->audience = now;
                sendSnapshot(c);
                continue;
            }
        }
        if (c->audience == Audience::Participant && presenceChanged && !c->left)
            c->left = m_engine->roleOf(c->actor) == Role::None;
        if (c->left)
            continue; // its participant left (on another device): nothing more to see
        Group &g = groups[int(c->audience)];
        if (!g.built) {
            g.built = true;
            g.step = m_feeds[int(c->audience)].advance(*m_engine, readerFor(c), change.seq, change.sections);
        }
        const SectionFeed::Step &step = g.step;
        if (step.current || c->stateSeq >= change.seq)
            continue;
        if (c->stateSeq != step.prev) {
            sendSnapshot(c); // it holds no state the patches fit (cannot happen; never guessed)
            continue;
        }
        c->stateSeq = change.seq;
        if (ownChanged) {
            QJsonObject own = step.whole;
            const QJsonValue m = m_engine->section(Section::Mine, c->actor);
            if (!m.isUndefined() && !m.isNull())
                own.insert(sectionName(Section::Mine), m);
            if (own.isEmpty() && step.patches.isEmpty())
                continue;
            const quint64 prev = std::exchange(c->lastSeq, change.seq);
            c->send(protocol::update(change.seq, prev, own, step.patches));
            c->flush();
            continue;
        }
        if (step.isEmpty())
            continue; // nothing this audience sees changed: it holds the base as it is
        const quint64 prev = std::exchange(c->lastSeq, change.seq);
        auto it = g.messages.find(prev);
        if (it == g.messages.end())
            it = g.messages.insert(prev, Outgoing(protocol::update(change.seq, prev, step.whole, step.patches)));
        c->send(*it);
        c->flush();
    }
    // An audience nobody is in keeps no base (and costs no diff).
    for (int a = 0; a < 3; ++a)
        if (!groups[a].built)
            m_feeds[a].forget();
}

// The sections one audience sees apart from what differs by joiner and by
// the moment: every connection of the audience sees the same (audienceOf).
const KioskServer::SharedSnapshot &KioskServer::sharedSnapshot(const Connection *c)
{
    SharedSnapshot &shared = m_snapshots[int(c->audience)];
    if (shared.valid)
        return shared;
    shared.valid = true;
    for (Section s : allSections()) {
        if (s == Section::Mine || s == Section::Phase || s == Section::Presence)
            continue;
        const QJsonValue v = m_engine->section(s, c->actor);
        if (v.isUndefined())
            continue;
        shared.state.insert(sectionName(s), v);
        shared.texts.insert(sectionName(s), protocol::jsonText(v));
    }
    return shared;
}

void KioskServer::sendSnapshot(Connection *c, const QByteArray &before)
{
    // What waits for the next fan-out goes out first, so that everyone else
    // holds the base this snapshot is newer than (c skips it: not joined yet,
    // or its stateSeq is already past it).
    if (!m_deferred.isEmpty() && m_executing == 0 && !m_broadcasting) {
        const bool joined = std::exchange(c->joined, false); // c gets the snapshot instead
        flushChangesNow();
        c->joined = joined;
    }
    const quint64 seq = m_engine->seq();
    const SharedSnapshot &shared = sharedSnapshot(c);
    QMap<QString, QByteArray> texts = shared.texts;
    for (Section s : {Section::Mine, Section::Phase, Section::Presence}) {
        const QJsonValue v = m_engine->section(s, c->actor);
        if (!v.isUndefined())
            texts.insert(sectionName(s), protocol::jsonText(v));
    }
    c->lastSeq = c->stateSeq = seq;
    c->sentPresence = m_engine->presentCount();
    presenceMayHaveChanged(); // a join, or a participant back
    m_feeds[int(c->audience)].startFrom(seq, shared.state);
    const QByteArray snapshot = protocol::snapshot(seq, texts);
    if (before.isEmpty())
        c->send(snapshot);
    else
        c->sendTogether(Outgoing(before), Outgoing(snapshot));
}

} // namespace flipover
