// Undo: the facilitator takes back the last change of a card (hide or show,
// merge or unmerge, edit, move), whoever of the facilitators made it, on the
// wall or a tablet. The history is part of the state: each step is a record
// "undo/<id>" in the store, so it survives a kill -9 and a restart. A step
// holds card ids and what the card was before, never who changed it or when.
// Also the relative move the wall's arrow keys and the tablet's buttons send.
#include "commands.h"
#include "meetinglimits.h"

namespace flipover::commands {

namespace {

bool isMerge(const UndoStep &u)
{
    return u.kind == QLatin1String("merge") || u.kind == QLatin1String("unmerge");
}

// Whether the card is still as the step left it. Every change of a card that
// undo can take back goes on the same history, so the newest step fits the
// card unless the history and the cards disagree (a store of another build).
bool stillAsLeft(const SessionState &s, const UndoStep &u)
{
    const auto card = s.cards.constFind(u.cardId);
    if (card == s.cards.cend())
        return false;
    if (u.kind == QLatin1String("hide"))
        return card->hidden;
    if (u.kind == QLatin1String("show"))
        return !card->hidden;
    if (u.kind == QLatin1String("edit"))
        return true;
    if (u.kind == QLatin1String("move"))
        return !card->mergedInto && boardOrder(s).indexOf(u.cardId) == u.to && u.from >= 0
            && u.from < boardOrder(s).size();
    if (u.kind == QLatin1String("merge")) {
        if (card->mergedInto != u.intoCardId || u.from < 0)
            return false;
        return std::all_of(u.followers.cbegin(), u.followers.cend(),
                           [&](int id) { return s.cards.value(id).mergedInto == u.intoCardId; });
    }
    if (u.kind == QLatin1String("unmerge")) {
        const auto into = s.cards.constFind(u.intoCardId);
        if (card->mergedInto || into == s.cards.cend() || into->mergedInto || u.intoCardId == u.cardId)
            return false;
        // Merges stay one level deep: nothing may hang on the card now.
        return std::none_of(s.cards.cbegin(), s.cards.cend(), [&](const Card &c) { return c.mergedInto == u.cardId; });
    }
    return false;
}

} // namespace

void recordUndo(Ctx &c, const QString &kind, const Card &card, UndoStep step)
{
    step.kind = kind;
    step.cardId = card.id;
    step.id = c.s.takeId(QStringLiteral("undo"));
    c.s.undo.insert(step.id, step);
    c.change.touch(QStringLiteral("undo"), QString::number(step.id), Section::Undo);
    while (c.s.undo.size() > MaxUndoSteps) {
        const int oldest = c.s.undo.firstKey();
        c.s.undo.remove(oldest);
        c.change.remove(QStringLiteral("undo"), QString::number(oldest), Section::Undo);
    }
}

Result undo(Ctx &c)
{
    if (c.s.undo.isEmpty())
        return c.fail(QStringLiteral("nothing_to_undo"), QStringLiteral("There is nothing to undo."));
    const UndoStep u = c.s.undo.last();
    if (isMerge(u) && c.s.vote == VoteStatus::Open)
        return c.fail(QStringLiteral("vote_open"), QStringLiteral("Cards cannot be merged or split while the vote is open."));
    if (!stillAsLeft(c.s, u))
        return c.fail(QStringLiteral("undo_outdated"),
                      QStringLiteral("Card %1 is no longer as the last change left it; nothing was undone.").arg(u.cardId));
    Card &card = c.s.cards[u.cardId];
    if (u.kind == QLatin1String("hide") || u.kind == QLatin1String("show")) {
        card.hidden = u.kind == QLatin1String("show");
    } else if (u.kind == QLatin1String("edit")) {
        card.text = u.text;
        card.direction = u.direction;
        // The edit is in the state already; the engine undoes a refused command.
        if (Result r = limits::roomForText(c.s, 0); !r.ok)
            return r;
    } else if (u.kind == QLatin1String("unmerge")) {
        card.mergedInto = u.intoCardId;
    } else if (u.kind == QLatin1String("merge")) {
        card.mergedInto = 0;
        for (int id : u.followers) {
            Card &follower = c.s.cards[id];
            follower.mergedInto = u.cardId;
            touchCard(c, follower);
        }
        placeCard(c, u.cardId, qMin(u.from, int(boardOrder(c.s).size()) - 1));
    } else if (u.kind == QLatin1String("move")) {
        placeCard(c, u.cardId, u.from);
    }
    touchCard(c, card);
    c.s.undo.remove(u.id);
    c.change.remove(QStringLiteral("undo"), QString::number(u.id), Section::Undo);
    return Result::success({{QStringLiteral("kind"), u.kind}, {QStringLiteral("cardId"), u.cardId}});
}

Result moveCardBy(Ctx &c)
{
    Card *card = nullptr;
    int delta = 0;
    if (Result r = findCard(c, "cardId", &card); !r.ok)
        return r;
    if (Result r = intArg(c.args, "delta", -limits::MaxCards, limits::MaxCards, &delta); !r.ok)
        return r;
    if (card->mergedInto)
        return c.fail(QStringLiteral("invalid"), QStringLiteral("A merged card moves with the card it is merged into."));
    // A card the room sees moves among the cards the room sees, stepping over
    // hidden ones; a hidden card (the facilitator's list only) among all.
    const QList<int> order = boardOrder(c.s);
    QList<int> steps;
    for (int id : order)
        if (card->hidden || !c.s.cards.value(id).hidden)
            steps.append(id);
    const qsizetype to = steps.indexOf(card->id) + delta;
    if (delta == 0 || to < 0 || to >= steps.size())
        return c.fail(QStringLiteral("cannot_move"), QStringLiteral("The card cannot move further that way."));
    moveCardTo(c, card->id, int(order.indexOf(steps.at(to))));
    return Result::success();
}

} // namespace flipover::commands
