#include "ranking.h"

#include <algorithm>

namespace flipover {

QList<RankedCard> rankCards(const QList<int> &board, const QHash<int, int> &dots)
{
    QList<RankedCard> out;
    out.reserve(board.size());
    for (int id : board)
        out.append({id, 0, dots.value(id)});
    // Stable: equal dots keep the board's order.
    std::stable_sort(out.begin(), out.end(), [](const RankedCard &a, const RankedCard &b) { return a.dots > b.dots; });
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].rank = i > 0 && out[i].dots == out[i - 1].dots ? out[i - 1].rank : int(i) + 1;
    return out;
}

QList<const Card *> roomCards(const SessionState &s)
{
    QList<const Card *> cards;
    for (const Card &c : s.cards)
        if (!c.mergedInto && !c.hidden)
            cards.append(&c);
    std::stable_sort(cards.begin(), cards.end(), [](const Card *a, const Card *b) { return a->order < b->order; });
    return cards;
}

namespace {

// The dots summed by the card voted for, kept under the ballots' generation
// (journalmap.h): every audience's vote section and the wall's ask for the
// same tallies on every fan-out, and only a vote (or a rollback) changes
// them. One per thread: the room thread and the wall's each keep their own.
const QHash<int, int> &votedTotals(const JournalMap<QString, Ballot> &ballots)
{
    thread_local struct {
        quint64 generation = 0; // no map has generation 0
        QHash<int, int> voted;
    } memo;
    if (memo.generation != ballots.generation()) {
        memo.voted.clear();
        for (const Ballot &b : ballots)
            for (auto it = b.choices.cbegin(); it != b.choices.cend(); ++it)
                memo.voted[it.key()] += it.value();
        memo.generation = ballots.generation();
    }
    return memo.voted;
}

} // namespace

QHash<int, int> dotTotals(const SessionState &s)
{
    // Summed by the card voted for first, then each card's sum moved to the
    // card it was merged into: a card is looked up once, not once per
    // ballot (a thousand ballots, every fan-out).
    const QHash<int, int> &voted = votedTotals(s.ballots);
    QHash<int, int> dots;
    for (auto it = voted.cbegin(); it != voted.cend(); ++it) {
        const auto card = s.cards.constFind(it.key());
        const int into = card == s.cards.cend() ? 0 : card->mergedInto;
        dots[into ? into : it.key()] += it.value();
    }
    return dots;
}

QList<RankedCard> ranking(const SessionState &s)
{
    QList<int> board;
    for (const Card *c : roomCards(s))
        board.append(c->id);
    return rankCards(board, dotTotals(s));
}

QJsonArray rankingJson(const QList<RankedCard> &ranking)
{
    QJsonArray out;
    for (const RankedCard &r : ranking)
        out.append(QJsonObject{{QStringLiteral("cardId"), r.cardId}, {QStringLiteral("rank"), r.rank},
                               {QStringLiteral("dots"), r.dots}});
    return out;
}

} // namespace flipover
