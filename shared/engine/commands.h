// Command handlers of the session engine. Each validates its fields, changes
// the state in the context and records what it touched; the engine has
// already checked the sender's role and the phase (see commandSpecs()).
#pragma once

#include "engine_p.h"
#include "protocolnames.h"

namespace flipover::commands {

// Field names and limits come from the protocol schema (protocolnames.h).
namespace key = protocol::key;

Result startMeeting(Ctx &c);
Result nextPhase(Ctx &c);
Result previousPhase(Ctx &c);
Result skipPhase(Ctx &c);
Result pause(Ctx &c);
Result resume(Ctx &c);
Result adjustTime(Ctx &c);
Result endMeeting(Ctx &c);
Result setPhaseMinutes(Ctx &c);
Result addPhase(Ctx &c);
Result claimCase(Ctx &c);
Result releaseCase(Ctx &c);
Result setCase(Ctx &c);
Result leave(Ctx &c);
Result unlock(Ctx &c);

Result addCard(Ctx &c);
Result editCard(Ctx &c);
Result hideCard(Ctx &c);
Result mergeCards(Ctx &c);
Result unmergeCard(Ctx &c);
Result moveCard(Ctx &c);
Result moveCardBy(Ctx &c);
Result undo(Ctx &c);
Result focusCard(Ctx &c);
// After every command: a focused card the room no longer sees (hidden,
// merged away) is closed on the wall.
void keepFocusShown(SessionState &s, Change &change);
Result addRemark(Ctx &c);
Result tagCard(Ctx &c);
Result askQuestion(Ctx &c);
Result answerQuestion(Ctx &c);
Result addThought(Ctx &c);
Result removeThought(Ctx &c);
Result submitSolution(Ctx &c);
Result addInsight(Ctx &c);
Result addTip(Ctx &c);

Result openVote(Ctx &c);
Result closeVote(Ctx &c);
Result revealTallies(Ctx &c);
Result vote(Ctx &c);

// Shared by the card commands (commands_board.cpp) and undo (commands_undo.cpp).
// findCard: the card named by `key`; participants only find cards on the board.
Result findCard(Ctx &c, const char *key, Card **out);
void touchCard(Ctx &c, const Card &card);
// The cards standing on their own (not merged away), hidden ones included,
// in the facilitator's order: what moveCard's `position` counts in.
QList<int> boardOrder(const SessionState &s);
// Puts the card at `position` of boardOrder (the others keep their order).
void placeCard(Ctx &c, int cardId, int position);
// placeCard, as a step the facilitator can undo.
void moveCardTo(Ctx &c, int cardId, int position);
// Keeps a facilitator's change of a card for `undo` (the newest MaxUndoSteps).
void recordUndo(Ctx &c, const QString &kind, const Card &card, UndoStep step = {});

} // namespace flipover::commands
