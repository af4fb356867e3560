// The command table: who may send each command and which activity the
// current phase must enable. docs/protocol.md lists the same table.
#include "commands.h"

namespace flipover {

namespace {
constexpr int F = CapFacilitator;
constexpr int P = CapParticipant;
constexpr int C = CapCaseOwner;
constexpr int None = -1;
constexpr int act(Activity a) { return int(a); }
} // namespace

const QList<CommandSpec> &commandSpecs()
{
    using namespace commands;
    static const QList<CommandSpec> specs = {
        {"leave", leave, P, None, false},
        {"unlock", unlock, P, None, false},
        {"startMeeting", startMeeting, F, None, false},
        {"nextPhase", nextPhase, F, None, false},
        {"previousPhase", previousPhase, F, None, false},
        {"skipPhase", skipPhase, F, None, false},
        {"pause", pause, F, None, false},
        {"resume", resume, F, None, false},
        {"adjustTime", adjustTime, F, None, false},
        {"endMeeting", endMeeting, F, None, false},
        {"setPhaseMinutes", setPhaseMinutes, F, None, false},
        {"addPhase", addPhase, F, None, false},
        {"claimCase", claimCase, P, None, false},
        {"releaseCase", releaseCase, C | F, None, false},
        {"setCase", setCase, C | F, act(Activity::Case), true},
        {"addThought", addThought, P, act(Activity::FirstThoughts), false},
        {"removeThought", removeThought, P, act(Activity::FirstThoughts), false},
        {"askQuestion", askQuestion, P, act(Activity::Questions), false},
        {"answerQuestion", answerQuestion, C | F, act(Activity::Questions), true},
        {"addCard", addCard, P | F, act(Activity::Considerations), true},
        {"editCard", editCard, F, None, false},
        {"hideCard", hideCard, F, None, false},
        {"mergeCards", mergeCards, F, None, false},
        {"unmergeCard", unmergeCard, F, None, false},
        {"moveCard", moveCard, F, None, false},
        {"moveCardBy", moveCardBy, F, None, false},
        {"undo", undo, F, None, false},
        {"addRemark", addRemark, P | F, act(Activity::Remarks), true},
        {"tagCard", tagCard, P | F, act(Activity::Tags), true},
        {"submitSolution", submitSolution, P, act(Activity::Solutions), false},
        {"openVote", openVote, F, act(Activity::Vote), false},
        {"closeVote", closeVote, F, None, false},
        {"revealTallies", revealTallies, F, None, false},
        {"vote", vote, P, act(Activity::Vote), false},
        {"addInsight", addInsight, P, act(Activity::Insights), false},
        {"addTip", addTip, P, act(Activity::TipsTops), false},
    };
    return specs;
}

} // namespace flipover
