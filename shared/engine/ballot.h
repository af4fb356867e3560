// Composing a ballot (docs/protocol.md, `vote`): what a voter may put on the
// cards, applied to what a tablet wants to send, so that what it sends is
// always accepted. The tablets use it through SessionView; the browser,
// which cannot run this, has the same rule in web/pickers.js. Both pass the
// vectors in tests/data/ballot-vectors.json, and the engine accepts every
// ballot that comes out of it with a dot on it (tests/tst_ballotrules.cpp).
//
// The rule: only cards one can vote for (on the board, not hidden, not
// merged), only whole numbers of dots above 0; at most the cap on a card
// (single choice: 1) and at most the voter's dots in all (single choice: 1),
// taken in the order of the card ids when a ballot holds more.
#pragma once

#include "format.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace flipover {

struct BallotRules {
    bool single = false;
    int dots = 1;       // the dots of one voter (1 for a single choice)
    int capPerCard = 0; // 0: no cap (1 for a single choice)
    QList<int> cards;   // the card ids one can vote for, in the board's order

    static BallotRules of(const VoteSettings &settings, const QList<int> &cards);
    static BallotRules fromJson(const QJsonObject &settings, const QList<int> &cards);
};

struct CleanBallot {
    QMap<int, int> choices; // card id -> dots, each above 0
    int used = 0;
    int left = 0;
    QList<int> canAdd; // the cards that can take one more dot (single: be chosen), in the board's order
    QJsonObject choicesJson() const; // {"<cardId>": dots}, as the `vote` command takes it
};

// A ballot from JSON: keys the decimal card ids, values the dots. Anything
// else (other keys, values that are not whole numbers) stays out.
QMap<int, int> ballotFromJson(const QJsonObject &ballot);

// The wanted ballot as it may be sent.
CleanBallot cleanBallot(const BallotRules &rules, const QMap<int, int> &wanted);
// `ballot` (cleaned first) with `dots` on one card: as many as fit beside the
// others (a single choice replaces the one before; 0 takes the card off).
CleanBallot setBallotDots(const BallotRules &rules, const QMap<int, int> &ballot, int cardId, int dots);

} // namespace flipover
