// Content commands: cards on the flipover and what hangs on them, questions,
// and the participants' own items.
#include "commands.h"
#include "meetinglimits.h"

#include <algorithm>

namespace flipover::commands {

namespace {

constexpr int MaxText = protocol::MaxTextLength;
constexpr int MaxDirection = protocol::MaxDirectionLength;

int nextId(SessionState &s, const char *kind)
{
    return s.takeId(QLatin1String(kind));
}

QJsonObject idResult(const char *key, int id)
{
    return {{QLatin1String(key), id}};
}

} // namespace

// Finds a card by the "cardId" field; participants only see cards on the board.
Result findCard(Ctx &c, const char *key, Card **out)
{
    int id = 0;
    if (Result r = intArg(c.args, key, 1, std::numeric_limits<int>::max(), &id); !r.ok)
        return r;
    const auto it = c.s.cards.constFind(id);
    if (it == c.s.cards.cend() || (!c.isFacilitator() && (it->hidden || it->mergedInto)))
        return c.fail(QStringLiteral("not_found"), QStringLiteral("There is no card %1.").arg(id));
    *out = c.s.cards.edit(id);
    return Result::success();
}

void touchCard(Ctx &c, const Card &card)
{
    c.change.touch(QStringLiteral("card"), QString::number(card.id), Section::Cards | Section::Vote);
}

// Top-level cards (not merged away) in the facilitator's order.
QList<int> boardOrder(const SessionState &s)
{
    QList<const Card *> cards;
    for (const Card &card : s.cards)
        if (!card.mergedInto)
            cards.append(&card);
    std::stable_sort(cards.begin(), cards.end(), [](const Card *a, const Card *b) { return a->order < b->order; });
    QList<int> ids;
    for (const Card *card : cards)
        ids.append(card->id);
    return ids;
}

void placeCard(Ctx &c, int cardId, int position)
{
    QList<int> order = boardOrder(c.s);
    order.removeOne(cardId);
    order.insert(position, cardId);
    for (int i = 0; i < order.size(); ++i) {
        if (c.s.cards.constFind(order[i])->order == i)
            continue;
        Card &other = c.s.cards[order[i]];
        other.order = i;
        touchCard(c, other);
    }
}

void moveCardTo(Ctx &c, int cardId, int position)
{
    UndoStep step;
    step.from = int(boardOrder(c.s).indexOf(cardId));
    step.to = position;
    if (step.from != step.to)
        recordUndo(c, QStringLiteral("move"), c.s.cards[cardId], step);
    placeCard(c, cardId, position);
}

Result addCard(Ctx &c)
{
    QString text, direction;
    if (Result r = textArg(c.args, key::Text, true, MaxText, &text); !r.ok)
        return r;
    if (Result r = textArg(c.args, key::Direction, false, MaxDirection, &direction); !r.ok)
        return r;
    if (c.s.ended())
        return c.fail(QStringLiteral("meeting_ended"), QStringLiteral("The meeting has ended."));
    if (Result r = limits::room(c.s.cards.size(), limits::MaxCards, "too_many_cards", QStringLiteral("cards")); !r.ok)
        return r;
    if (Result r = limits::roomForText(c.s, text.size() + direction.size()); !r.ok)
        return r;
    Card card;
    card.id = nextId(c.s, "card");
    card.text = text;
    card.direction = direction;
    if (const Phase *phase = c.s.currentPhase())
        card.tags = phase->defaultTags; // e.g. IK during the meeting on the IK factor
    int maxOrder = -1;
    for (const Card &other : std::as_const(c.s.cards))
        maxOrder = qMax(maxOrder, other.order);
    card.order = maxOrder + 1;
    c.s.cards.insert(card.id, card);
    touchCard(c, card);
    return Result::success(idResult(key::CardId, card.id));
}

Result editCard(Ctx &c)
{
    Card *card = nullptr;
    if (Result r = findCard(c, key::CardId, &card); !r.ok)
        return r;
    const bool hasText = c.args.contains(key::Text);
    const bool hasDirection = c.args.contains(key::Direction);
    if (!hasText && !hasDirection)
        return c.fail(QStringLiteral("invalid"), QStringLiteral("Give \"text\" or \"direction\" to change."));
    UndoStep before;
    before.text = card->text;
    before.direction = card->direction;
    if (hasText) {
        if (Result r = textArg(c.args, key::Text, true, MaxText, &card->text); !r.ok)
            return r;
    }
    if (hasDirection) {
        if (Result r = textArg(c.args, key::Direction, false, MaxDirection, &card->direction); !r.ok)
            return r;
    }
    // The edit is in the state already; the engine undoes a refused command.
    if (Result r = limits::roomForText(c.s, 0); !r.ok)
        return r;
    if (card->text != before.text || card->direction != before.direction)
        recordUndo(c, QStringLiteral("edit"), *card, before);
    touchCard(c, *card);
    return Result::success();
}

Result hideCard(Ctx &c)
{
    Card *card = nullptr;
    bool hidden = false;
    if (Result r = findCard(c, key::CardId, &card); !r.ok)
        return r;
    if (Result r = boolArg(c.args, key::Hidden, &hidden); !r.ok)
        return r;
    if (card->hidden != hidden)
        recordUndo(c, hidden ? QStringLiteral("hide") : QStringLiteral("show"), *card);
    card->hidden = hidden;
    touchCard(c, *card);
    return Result::success();
}

// The focus view (docs/protocol.md, `focusCard`): the facilitator opens a
// card the room sees full screen on the wall, from the wall or a tablet.
Result focusCard(Ctx &c)
{
    int id = 0;
    if (!c.args.value(QLatin1String(key::CardId)).isNull()) { // null closes it, whenever
        if (c.s.phaseIndex < 0)
            return c.fail(QStringLiteral("not_started"), QStringLiteral("The meeting has not started yet."));
        if (c.s.ended())
            return c.fail(QStringLiteral("meeting_ended"), QStringLiteral("The meeting has ended."));
        if (!c.s.boardOnWall())
            return c.fail(QStringLiteral("wrong_phase"), QStringLiteral("The wall shows no cards in this phase."));
        Card *card = nullptr;
        if (Result r = findCard(c, key::CardId, &card); !r.ok)
            return r;
        if (card->hidden || card->mergedInto)
            return c.fail(QStringLiteral("invalid"),
                          QStringLiteral("Card %1 is hidden or merged: the room does not see it.").arg(card->id));
        id = card->id;
    }
    if (c.s.focusCardId != id) {
        c.s.focusCardId = id;
        c.change.sections |= Section::Phase;
    }
    return Result::success();
}

void keepFocusShown(SessionState &s, Change &change)
{
    if (s.focusCardId == 0)
        return;
    const auto it = s.cards.constFind(s.focusCardId);
    if (it != s.cards.cend() && !it->hidden && !it->mergedInto && s.boardOnWall())
        return;
    s.focusCardId = 0;
    change.sections |= Section::Phase;
}

Result mergeCards(Ctx &c)
{
    if (c.s.vote == VoteStatus::Open)
        return c.fail(QStringLiteral("vote_open"), QStringLiteral("Cards cannot be merged while the vote is open."));
    Card *source = nullptr, *target = nullptr;
    if (Result r = findCard(c, key::CardId, &source); !r.ok)
        return r;
    if (Result r = findCard(c, key::IntoCardId, &target); !r.ok)
        return r;
    while (target->mergedInto)
        target = &c.s.cards[target->mergedInto];
    if (source->id == target->id || source->mergedInto)
        return c.fail(QStringLiteral("invalid"), QStringLiteral("A card cannot be merged into itself or merged twice."));
    UndoStep step;
    step.intoCardId = target->id;
    step.from = int(boardOrder(c.s).indexOf(source->id));
    source->mergedInto = target->id;
    touchCard(c, *source);
    // Cards merged into the source follow it, so merges stay one level deep.
    QList<int> followers;
    for (const Card &other : c.s.cards)
        if (other.mergedInto == source->id)
            followers.append(other.id);
    for (int id : std::as_const(followers)) {
        Card &other = c.s.cards[id];
        other.mergedInto = target->id;
        step.followers.append(other.id);
        touchCard(c, other);
    }
    recordUndo(c, QStringLiteral("merge"), *source, step);
    return Result::success();
}

Result unmergeCard(Ctx &c)
{
    if (c.s.vote == VoteStatus::Open)
        return c.fail(QStringLiteral("vote_open"), QStringLiteral("Cards cannot be split while the vote is open."));
    Card *card = nullptr;
    if (Result r = findCard(c, key::CardId, &card); !r.ok)
        return r;
    if (!card->mergedInto)
        return c.fail(QStringLiteral("invalid"), QStringLiteral("This card is not merged."));
    UndoStep step;
    step.intoCardId = card->mergedInto;
    recordUndo(c, QStringLiteral("unmerge"), *card, step);
    card->mergedInto = 0;
    touchCard(c, *card);
    return Result::success();
}

Result moveCard(Ctx &c)
{
    Card *card = nullptr;
    int position = 0;
    if (Result r = findCard(c, key::CardId, &card); !r.ok)
        return r;
    if (card->mergedInto)
        return c.fail(QStringLiteral("invalid"), QStringLiteral("A merged card moves with the card it is merged into."));
    if (Result r = intArg(c.args, key::Position, 0, int(boardOrder(c.s).size()) - 1, &position); !r.ok)
        return r;
    moveCardTo(c, card->id, position);
    return Result::success();
}

Result addRemark(Ctx &c)
{
    Card *card = nullptr;
    QString kind, text;
    if (Result r = findCard(c, key::CardId, &card); !r.ok)
        return r;
    if (Result r = textArg(c.args, key::Kind, true, 16, &kind); !r.ok)
        return r;
    if (kind != QLatin1String("dreamer") && kind != QLatin1String("critic"))
        return c.fail(QStringLiteral("invalid"), QStringLiteral("The field \"kind\" must be \"dreamer\" or \"critic\"."));
    if (Result r = textArg(c.args, key::Text, true, MaxText, &text); !r.ok)
        return r;
    qsizetype remarks = 0;
    for (const Card &other : std::as_const(c.s.cards))
        remarks += other.remarks.size();
    if (Result r = limits::room(card->remarks.size(), limits::MaxRemarksPerCard, "too_many_remarks",
                                QStringLiteral("remarks on one card"));
        !r.ok)
        return r;
    if (Result r = limits::room(remarks, limits::MaxRemarks, "too_many_remarks", QStringLiteral("remarks")); !r.ok)
        return r;
    if (Result r = limits::roomForText(c.s, text.size()); !r.ok)
        return r;
    Remark remark{nextId(c.s, "remark"), kind, text};
    card->remarks.append(remark);
    touchCard(c, *card);
    return Result::success(idResult(key::RemarkId, remark.id));
}

Result tagCard(Ctx &c)
{
    Card *card = nullptr;
    QString tag;
    bool on = false;
    if (Result r = findCard(c, key::CardId, &card); !r.ok)
        return r;
    if (Result r = textArg(c.args, key::Tag, true, 64, &tag); !r.ok)
        return r;
    if (!c.s.format.hasTag(tag))
        return c.fail(QStringLiteral("invalid"), QStringLiteral("This meeting has no tag \"%1\".").arg(tag));
    if (Result r = boolArg(c.args, key::On, &on); !r.ok)
        return r;
    card->tags.removeAll(tag);
    if (on)
        card->tags.append(tag);
    touchCard(c, *card);
    return Result::success();
}

Result askQuestion(Ctx &c)
{
    QString text;
    if (Result r = textArg(c.args, key::Text, true, MaxText, &text); !r.ok)
        return r;
    if (Result r = limits::room(c.s.questions.size(), limits::MaxQuestions, "too_many_items", QStringLiteral("questions"));
        !r.ok)
        return r;
    if (Result r = limits::roomForText(c.s, text.size()); !r.ok)
        return r;
    Question q{nextId(c.s, "question"), text, false, {}};
    c.s.questions.insert(q.id, q);
    c.change.touch(QStringLiteral("question"), QString::number(q.id), Section::Questions);
    return Result::success(idResult(key::QuestionId, q.id));
}

Result answerQuestion(Ctx &c)
{
    int id = 0;
    bool answered = false;
    QString answer;
    if (Result r = intArg(c.args, key::QuestionId, 1, std::numeric_limits<int>::max(), &id); !r.ok)
        return r;
    if (Result r = boolArg(c.args, key::Answered, &answered); !r.ok)
        return r;
    if (Result r = textArg(c.args, key::Answer, false, MaxText, &answer); !r.ok)
        return r;
    Question *q = c.s.questions.edit(id);
    if (!q)
        return c.fail(QStringLiteral("not_found"), QStringLiteral("There is no question %1.").arg(id));
    if (c.args.contains(key::Answer)) {
        if (Result r = limits::roomForText(c.s, answer.size() - q->answer.size()); !r.ok)
            return r;
        q->answer = answer;
    }
    q->answered = answered;
    c.change.touch(QStringLiteral("question"), QString::number(id), Section::Questions);
    return Result::success();
}

Result addThought(Ctx &c)
{
    QString text;
    if (Result r = textArg(c.args, key::Text, true, MaxText, &text); !r.ok)
        return r;
    const auto own = std::count_if(c.s.thoughts.cbegin(), c.s.thoughts.cend(),
                                   [&](const Thought &t) { return t.owner == c.actor.participantId; });
    if (Result r = limits::room(own, limits::MaxThoughtsPerParticipant, "too_many_items",
                                QStringLiteral("first thoughts of one participant"));
        !r.ok)
        return r;
    const int id = nextId(c.s, "thought");
    Thought t{id, c.actor.participantId, text, authorTag(c.s.salt, c.actor.secret, id)}; // on disk: the tag, not the owner
    c.s.thoughts.insert(t.id, t);
    c.change.touch(QStringLiteral("thought"), QString::number(t.id), {});
    c.change.touchMine(t.owner);
    return Result::success(idResult(key::ThoughtId, t.id));
}

Result removeThought(Ctx &c)
{
    int id = 0;
    if (Result r = intArg(c.args, key::ThoughtId, 1, std::numeric_limits<int>::max(), &id); !r.ok)
        return r;
    const auto it = c.s.thoughts.constFind(id);
    // Someone else's thought is reported as absent: its existence is private too.
    if (it == c.s.thoughts.cend() || it->owner != c.actor.participantId)
        return c.fail(QStringLiteral("not_found"), QStringLiteral("There is no thought %1 of yours.").arg(id));
    c.s.thoughts.remove(id);
    c.change.remove(QStringLiteral("thought"), QString::number(id), {});
    c.change.touchMine(c.actor.participantId);
    return Result::success();
}

Result submitSolution(Ctx &c)
{
    QString text, arguments;
    if (Result r = textArg(c.args, key::Text, true, MaxText, &text); !r.ok)
        return r;
    if (Result r = textArg(c.args, key::Arguments, false, MaxText, &arguments); !r.ok)
        return r;
    if (Result r = limits::room(c.s.solutions.size(), limits::MaxSolutions, "too_many_items", QStringLiteral("solutions"));
        !r.ok)
        return r;
    if (Result r = limits::roomForText(c.s, text.size() + arguments.size()); !r.ok)
        return r;
    Solution x{nextId(c.s, "solution"), text, arguments};
    c.s.solutions.insert(x.id, x);
    c.change.touch(QStringLiteral("solution"), QString::number(x.id), Section::Solutions);
    return Result::success(idResult(key::SolutionId, x.id));
}

Result addInsight(Ctx &c)
{
    QString question, text;
    bool share = false;
    if (Result r = textArg(c.args, key::Question, true, 16, &question); !r.ok)
        return r;
    if (question != QLatin1String("enriched") && question != QLatin1String("takeaway"))
        return c.fail(QStringLiteral("invalid"), QStringLiteral("The field \"question\" must be \"enriched\" or \"takeaway\"."));
    if (Result r = textArg(c.args, key::Text, true, MaxText, &text); !r.ok)
        return r;
    if (Result r = boolArg(c.args, key::Share, &share); !r.ok)
        return r;
    if (Result r = limits::room(c.s.insights.size(), limits::MaxInsights, "too_many_items", QStringLiteral("insights"));
        !r.ok)
        return r;
    if (Result r = limits::roomForText(c.s, text.size()); !r.ok)
        return r;
    Insight x{nextId(c.s, "insight"), question, text, share};
    c.s.insights.insert(x.id, x);
    c.change.touch(QStringLiteral("insight"), QString::number(x.id), Section::Insights);
    return Result::success(idResult(key::InsightId, x.id));
}

Result addTip(Ctx &c)
{
    QString kind, text;
    if (Result r = textArg(c.args, key::Kind, true, 8, &kind); !r.ok)
        return r;
    if (kind != QLatin1String("tip") && kind != QLatin1String("top"))
        return c.fail(QStringLiteral("invalid"), QStringLiteral("The field \"kind\" must be \"tip\" or \"top\"."));
    if (Result r = textArg(c.args, key::Text, true, MaxText, &text); !r.ok)
        return r;
    if (Result r = limits::room(c.s.tips.size(), limits::MaxTips, "too_many_items", QStringLiteral("tips and tops"));
        !r.ok)
        return r;
    if (Result r = limits::roomForText(c.s, text.size()); !r.ok)
        return r;
    Tip x{nextId(c.s, "tip"), kind, text};
    c.s.tips.insert(x.id, x);
    c.change.touch(QStringLiteral("tip"), QString::number(x.id), Section::Tips);
    return Result::success(idResult(key::TipId, x.id));
}

} // namespace flipover::commands
