// The ranking of the vote: the one list, computed here only, that the room
// sees as the result (the `ranking` of the vote section, docs/protocol.md),
// that the wall's end summary and the tablets and the browser show, that the
// exports write and that the next meeting shows of this one.
//
// The tie rule: more dots first; equal dots in the board's order (the
// facilitator's order of the cards). Cards with equal dots share a rank, which
// is 1 + the number of cards with more dots (competition ranking: 1, 2, 2, 4).
// Cards without dots are ranked too, last. Only cards the room sees are
// ranked: a hidden card is left out, and a merged card's dots count for the
// card it joined.
#pragma once

#include "state.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

namespace flipover {

struct RankedCard {
    int cardId = 0;
    int rank = 0; // from 1, shared by ties
    int dots = 0;
    bool operator==(const RankedCard &o) const { return cardId == o.cardId && rank == o.rank && dots == o.dots; }
};

// The rule itself: `board` the card ids in the board's order, `dots` the
// totals by card id (missing: 0).
QList<RankedCard> rankCards(const QList<int> &board, const QHash<int, int> &dots);

// The cards the room sees (neither hidden nor merged into another), in the
// board's order.
QList<const Card *> roomCards(const SessionState &s);
// The dots on each card over all ballots; a merged card's count for the card
// it joined.
QHash<int, int> dotTotals(const SessionState &s);
// The ranking of the cards the room sees.
QList<RankedCard> ranking(const SessionState &s);

// As on the wire: [{"cardId", "rank", "dots"}] in rank order.
QJsonArray rankingJson(const QList<RankedCard> &ranking);

} // namespace flipover
