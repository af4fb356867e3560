import QtQuick

// Everything typed but not yet sent, held outside the panels so that a phase
// change (which hides one panel and shows another) never loses a half-typed
// text. Cleared when the participant leaves: shared tablets forget.
QtObject {
    id: root

    property string thought
    property string question
    property string direction
    property string consideration
    property int remarkCardId: -1
    property string remarkKind: "dreamer"
    property string remark
    property string solution
    property string solutionArguments
    // The ballot being composed: {"<cardId>": dots}. Sent as a whole.
    property var ballot: ({})
    // The ballot as last accepted by the kiosk (JSON), to tell unsent changes.
    property string sentBallot
    property string insightEnriched
    property string insightTakeaway
    property bool insightShare: false
    property string tip
    property string top

    function clear() {
        thought = "";
        question = "";
        direction = "";
        consideration = "";
        remarkCardId = -1;
        remarkKind = "dreamer";
        remark = "";
        solution = "";
        solutionArguments = "";
        ballot = {};
        sentBallot = "";
        insightEnriched = "";
        insightTakeaway = "";
        insightShare = false;
        tip = "";
        top = "";
    }
}
