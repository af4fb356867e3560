// The command table. Who may send each command and which activity the current
// phase must enable come from the protocol schema (shared/protocol/schema.json,
// protocol::Commands, the same table docs/protocol.md shows); this file adds
// each command's handler. A new command is an entry in the schema, its
// handler, and a line here.
#include "commands.h"

#include <QHash>

namespace flipover {

namespace {
static_assert(protocol::who::Facilitator == CapFacilitator && protocol::who::Participant == CapParticipant
                      && protocol::who::CaseOwner == CapCaseOwner,
              "the schema's sender bits are the engine's capabilities");
constexpr int None = -1;
} // namespace

const QList<CommandSpec> &commandSpecs()
{
    using namespace commands;
    namespace cmd = protocol::cmd;
    static const QHash<QString, Handler> handlers = {
        {cmd::Leave, leave},
        {cmd::Unlock, unlock},
        {cmd::StartMeeting, startMeeting},
        {cmd::NextPhase, nextPhase},
        {cmd::PreviousPhase, previousPhase},
        {cmd::SkipPhase, skipPhase},
        {cmd::Pause, pause},
        {cmd::Resume, resume},
        {cmd::AdjustTime, adjustTime},
        {cmd::EndMeeting, endMeeting},
        {cmd::SetPhaseMinutes, setPhaseMinutes},
        {cmd::AddPhase, addPhase},
        {cmd::ClaimCase, claimCase},
        {cmd::ReleaseCase, releaseCase},
        {cmd::SetCase, setCase},
        {cmd::AddThought, addThought},
        {cmd::RemoveThought, removeThought},
        {cmd::AskQuestion, askQuestion},
        {cmd::AnswerQuestion, answerQuestion},
        {cmd::AddCard, addCard},
        {cmd::EditCard, editCard},
        {cmd::HideCard, hideCard},
        {cmd::MergeCards, mergeCards},
        {cmd::UnmergeCard, unmergeCard},
        {cmd::MoveCard, moveCard},
        {cmd::MoveCardBy, moveCardBy},
        {cmd::Undo, undo},
        {cmd::FocusCard, focusCard},
        {cmd::AddRemark, addRemark},
        {cmd::TagCard, tagCard},
        {cmd::SubmitSolution, submitSolution},
        {cmd::OpenVote, openVote},
        {cmd::CloseVote, closeVote},
        {cmd::RevealTallies, revealTallies},
        {cmd::Vote, vote},
        {cmd::AddInsight, addInsight},
        {cmd::AddTip, addTip},
    };
    static const QList<CommandSpec> specs = [] {
        QList<CommandSpec> out;
        for (const protocol::CommandInfo &info : protocol::Commands) {
            if (info.kiosk)
                continue; // the kiosk answers it (KioskServer::setKioskCommand)
            const Handler handler = handlers.value(info.type);
            // tst_protocol_schema checks that the schema and the handlers name the same commands.
            Q_ASSERT_X(handler, "commandSpecs", "a command of the schema without a handler");
            if (!handler)
                continue;
            const std::optional<Activity> activity =
                    info.activity ? activityFromName(QLatin1String(info.activity)) : std::nullopt;
            out.append({info.type, handler, info.who, activity ? int(*activity) : None, info.anyPhase});
        }
        Q_ASSERT_X(out.size() == handlers.size(), "commandSpecs", "a handler for a command the schema does not have");
        return out;
    }();
    return specs;
}

} // namespace flipover
