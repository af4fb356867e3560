// What each role may see: the engine's state projected into the sections of
// docs/protocol.md. Nothing here names who wrote a card or cast a ballot.
#include "engine.h"
#include "engine_p.h"
#include "ranking.h"
#include "sectionfeed.h"
#include "protocolnames.h"

#include <QJsonArray>
#include <algorithm>

namespace flipover {

namespace {

QString phaseStatus(const SessionState &s)
{
    if (s.phaseIndex < 0)
        return QStringLiteral("notStarted");
    if (s.ended())
        return QStringLiteral("ended");
    return s.running ? QStringLiteral("running") : QStringLiteral("paused");
}

QJsonObject phaseSection(const SessionState &s, qint64 now)
{
    const int i = s.phaseIndex;
    const Phase *phase = s.currentPhase();
    const qint64 planned = phasePlannedMs(s, i);
    const qint64 remaining = phase ? planned - phaseElapsedMs(s, i, now) : 0;
    qint64 meeting = remaining;
    QJsonArray runs;
    for (int j = 0; j < s.runs.size(); ++j) {
        runs.append(QJsonObject{{QStringLiteral("status"), s.runs[j].status},
                                {QStringLiteral("adjustSeconds"), s.runs[j].adjustSeconds}});
        if (j > i && s.runs[j].status == QLatin1String("pending"))
            meeting += phasePlannedMs(s, j);
    }
    return {{QStringLiteral("index"), i},
            {QStringLiteral("count"), int(s.format.phases.size())},
            {QStringLiteral("status"), phaseStatus(s)},
            {QStringLiteral("title"), phase ? phase->title : QString()},
            {QStringLiteral("plannedMs"), double(planned)},
            {QStringLiteral("remainingMs"), double(remaining)},
            {QStringLiteral("meetingRemainingMs"), double(s.ended() ? 0 : meeting)},
            {QStringLiteral("runs"), runs}};
}

// Where this meeting stands in its format's cycle, or null without a cycle.
QJsonValue cycleJson(const SessionState &s)
{
    const int size = int(s.format.cycle.size());
    if (size == 0 || s.cycleMeeting < 1 || s.cycleMeeting > size)
        return QJsonValue::Null;
    const Meeting &m = s.format.cycle.at(s.cycleMeeting - 1);
    return QJsonObject{{QStringLiteral("meeting"), s.cycleMeeting},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("title"), s.format.cycleTitle},
                       {QStringLiteral("meetingTitle"), m.title},
                       {QStringLiteral("accent"), m.accent}};
}

QJsonObject cardJson(const Card &c, bool withHidden)
{
    QJsonArray remarks;
    for (const Remark &r : c.remarks)
        remarks.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("kind"), r.kind},
                                   {QStringLiteral("text"), r.text}});
    QJsonObject o{{QStringLiteral("id"), c.id}, {QStringLiteral("text"), c.text},
                  {QStringLiteral("direction"), c.direction},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
                  {QStringLiteral("remarks"), remarks}, {QStringLiteral("merged"), QJsonArray()}};
    if (withHidden)
        o.insert(QStringLiteral("hidden"), c.hidden);
    return o;
}

QList<const Card *> shownCards(const SessionState &s, bool facilitator)
{
    QList<const Card *> cards;
    for (const Card &c : s.cards)
        if (!c.mergedInto && (facilitator || !c.hidden))
            cards.append(&c);
    std::stable_sort(cards.begin(), cards.end(), [](const Card *a, const Card *b) { return a->order < b->order; });
    return cards;
}

QJsonArray cardsSection(const SessionState &s, bool facilitator)
{
    QJsonArray out;
    for (const Card *c : shownCards(s, facilitator)) {
        QJsonObject o = cardJson(*c, facilitator);
        QJsonArray merged;
        for (const Card &m : s.cards) {
            if (m.mergedInto == c->id) {
                merged.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("text"), m.text},
                                          {QStringLiteral("direction"), m.direction}});
                // Remarks and tags of merged cards show on the card they joined.
                QJsonArray remarks = o.value(QLatin1String("remarks")).toArray();
                for (const Remark &r : m.remarks)
                    remarks.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("kind"), r.kind},
                                               {QStringLiteral("text"), r.text}});
                o.insert(QStringLiteral("remarks"), remarks);
            }
        }
        o.insert(QStringLiteral("merged"), merged);
        out.append(o);
    }
    return out;
}

QJsonObject voteSection(const SessionState &s, bool facilitator)
{
    const int i = s.votePhase >= 0 ? s.votePhase : s.phaseIndex;
    const VoteSettings vs = i >= 0 && i < s.format.phases.size() ? s.format.phases[i].vote : VoteSettings();
    QJsonObject o{{QStringLiteral("mode"), vs.mode == VoteMode::Single ? QStringLiteral("single") : QStringLiteral("dots")},
                  {QStringLiteral("dots"), vs.dots},
                  {QStringLiteral("capPerCard"), vs.capPerCard},
                  {QStringLiteral("liveTallies"), vs.liveTallies}};
    o.insert(QStringLiteral("status"), s.vote == VoteStatus::Open ? QStringLiteral("open")
                                       : s.vote == VoteStatus::Closed ? QStringLiteral("closed")
                                                                      : QStringLiteral("idle"));
    o.insert(QStringLiteral("revealed"), s.talliesRevealed);
    o.insert(QStringLiteral("ballots"), int(s.ballots.size()));
    // The result, the same for every role: only once the vote is closed (no
    // ranking churns while ballots come in) and only while the room sees the
    // tallies, so it never tells what hidden tallies hold.
    const bool roomSees = vs.liveTallies || s.talliesRevealed;
    o.insert(QStringLiteral("ranking"), roomSees && s.vote == VoteStatus::Closed ? QJsonValue(rankingJson(ranking(s)))
                                                                               : QJsonValue(QJsonValue::Null));
    if (!(facilitator || roomSees)) {
        o.insert(QStringLiteral("tallies"), QJsonValue::Null);
        return o;
    }
    const QHash<int, int> dots = dotTotals(s);
    QJsonArray tallies;
    for (const Card *c : shownCards(s, facilitator))
        tallies.append(QJsonObject{{QStringLiteral("cardId"), c->id}, {QStringLiteral("dots"), dots.value(c->id)}});
    o.insert(QStringLiteral("tallies"), tallies);
    return o;
}

} // namespace

QString sectionName(Section s)
{
    switch (s) {
    case Section::Session: return protocol::section::Session;
    case Section::Phase: return protocol::section::Phase;
    case Section::Case: return protocol::section::Case;
    case Section::Questions: return protocol::section::Questions;
    case Section::Cards: return protocol::section::Cards;
    case Section::Vote: return protocol::section::Vote;
    case Section::Insights: return protocol::section::Insights;
    case Section::Tips: return protocol::section::Tips;
    case Section::Solutions: return protocol::section::Solutions;
    case Section::Presence: return protocol::section::Presence;
    case Section::Mine: return protocol::section::Mine;
    case Section::Undo: return protocol::section::Undo;
    }
    return {};
}

QList<Section> allSections()
{
    return {Section::Session, Section::Phase, Section::Case, Section::Questions, Section::Cards, Section::Vote,
            Section::Insights, Section::Tips, Section::Solutions, Section::Presence, Section::Mine, Section::Undo};
}

QString SessionEngine::meetingCode() const
{
    if (m_state.salt.isEmpty())
        return {};
    return hashHex(QByteArrayLiteral("meeting|") + m_state.salt.toUtf8()).left(10);
}

QJsonValue SessionEngine::section(Section which, const Actor &actor) const
{
    const SessionState &s = m_state;
    const Role role = roleOf(actor);
    const bool facilitator = role == Role::Facilitator;
    const bool participant = !actor.wall && !actor.participantId.isEmpty() && s.participants.contains(actor.participantId);
    switch (which) {
    case Section::Session: {
        QJsonObject o{{QStringLiteral("name"), s.name},
                      {QStringLiteral("meeting"), meetingCode()},
                      {QStringLiteral("format"), s.format.toJson()},
                      {QStringLiteral("cycle"), cycleJson(s)}};
        if (role == Role::Wall || facilitator)
            o.insert(QStringLiteral("pin"), s.pin);
        return o;
    }
    case Section::Phase:
        return phaseSection(s, m_clock->monotonicMs());
    case Section::Case:
        return QJsonObject{{QStringLiteral("text"), s.caseText}, {QStringLiteral("hasOwner"), !s.caseOwner.isEmpty()}};
    case Section::Questions: {
        QJsonArray out;
        for (const Question &q : s.questions)
            out.append(QJsonObject{{QStringLiteral("id"), q.id}, {QStringLiteral("text"), q.text},
                                   {QStringLiteral("answered"), q.answered}, {QStringLiteral("answer"), q.answer}});
        return out;
    }
    case Section::Cards:
        return cardsSection(s, facilitator);
    case Section::Vote:
        return voteSection(s, facilitator);
    case Section::Insights: {
        QJsonArray out;
        for (const Insight &x : s.insights)
            if (x.shared || facilitator)
                out.append(QJsonObject{{QStringLiteral("id"), x.id}, {QStringLiteral("question"), x.question},
                                       {QStringLiteral("text"), x.text}, {QStringLiteral("shared"), x.shared}});
        return out;
    }
    case Section::Tips: {
        QJsonArray out;
        for (const Tip &x : s.tips)
            out.append(QJsonObject{{QStringLiteral("id"), x.id}, {QStringLiteral("kind"), x.kind},
                                   {QStringLiteral("text"), x.text}});
        return out;
    }
    case Section::Solutions: {
        if (!facilitator)
            return QJsonValue::Undefined;
        QJsonArray out;
        for (const Solution &x : s.solutions)
            out.append(QJsonObject{{QStringLiteral("id"), x.id}, {QStringLiteral("text"), x.text},
                                   {QStringLiteral("arguments"), x.arguments}});
        return out;
    }
    case Section::Presence:
        return QJsonObject{{QStringLiteral("participants"), m_present}};
    case Section::Mine: {
        if (!participant)
            return QJsonValue::Undefined;
        const Participant &p = s.participants[actor.participantId];
        QJsonArray thoughts;
        for (const Thought &t : s.thoughts)
            if (t.owner == p.id)
                thoughts.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("text"), t.text}});
        return QJsonObject{{QStringLiteral("participantId"), p.id}, {QStringLiteral("role"), roleName(role)},
                           {QStringLiteral("facilitator"), p.facilitator},
                           {QStringLiteral("caseOwner"), s.caseOwner == p.id},
                           {QStringLiteral("hasVoted"), p.hasVoted}, {QStringLiteral("thoughts"), thoughts}};
    }
    case Section::Undo: {
        // What `undo` would take back: the newest step of the history, with
        // the card's text as it is now so that a screen can name it.
        if (!facilitator)
            return QJsonValue::Undefined;
        if (s.undo.isEmpty())
            return QJsonValue::Null;
        const UndoStep &u = s.undo.last();
        return QJsonObject{{QStringLiteral("kind"), u.kind}, {QStringLiteral("cardId"), u.cardId},
                           {QStringLiteral("text"), s.cards.value(u.cardId).text}};
    }
    }
    return QJsonValue::Undefined;
}

void SessionEngine::setPresentCount(int count)
{
    if (m_present == count)
        return;
    m_present = count;
    Q_EMIT presentCountChanged(count);
}

QJsonObject SessionEngine::projection(const Actor &actor) const
{
    Sections all;
    for (Section s : allSections())
        all |= s;
    return sectionsFor(*this, all, actor);
}

} // namespace flipover
