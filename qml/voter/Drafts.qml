pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Voter

// Everything typed but not yet sent, held outside the panels so that a phase
// change (which hides one panel and shows another) never loses a half-typed
// text. Each change is also kept by the client with the session (written to
// the tablet's storage a moment later), so an app restart finds the drafts
// and the participant's own ballot again. Cleared when the participant leaves
// or the meeting ends: shared tablets forget.
QtObject {
    id: root

    property VoterClient client
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
    // A new meeting on the kiosk: the client dropped what was queued for the
    // old one; the ballot and the card a remark was for go too (typed texts
    // stay, they were never sent).
    property Connections clientEvents: Connections {
        target: root.client

        function onOldMeetingDropped() {
            root.forgetMeetingItems();
        }
    }
    // The properties above that the client keeps.
    readonly property list<string> keys: ["thought", "question", "direction", "consideration", "remarkCardId",
        "remarkKind", "remark", "solution", "solutionArguments", "ballot", "sentBallot", "insightEnriched",
        "insightTakeaway", "insightShare", "tip", "top"]

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

    function forgetMeetingItems() {
        ballot = {};
        sentBallot = "";
        remarkCardId = -1;
    }

    // The ballot is kept as JSON text: the client stores plain values.
    function stored(key: string): var {
        if (key !== "ballot")
            return root[key];
        return Object.keys(root.ballot).length > 0 ? JSON.stringify(root.ballot) : "";
    }

    // Takes what the client has kept (after an app restart), then tells the
    // client every later change.
    function restore() {
        if (!root.client)
            return;
        for (const key of root.keys) {
            const value = root.client.draft(key);
            if (value === undefined || value === null)
                continue;
            if (key === "ballot") {
                try {
                    root.ballot = JSON.parse(value);
                } catch (e) {
                    root.ballot = {};
                }
            } else {
                root[key] = value;
            }
        }
    }

    Component.onCompleted: {
        root.restore();
        for (const key of root.keys) {
            const name = key;
            root[name + "Changed"].connect(function () {
                if (root.client)
                    root.client.setDraft(name, root.stored(name));
            });
        }
    }
}
