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

} // namespace flipover::commands
