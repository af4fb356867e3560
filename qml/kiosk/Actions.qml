pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Kiosk

// What the facilitator's buttons and keys do, in one place: each is one
// command to the controller (the engine decides; a refusal shows as a toast).
// Going past the last phase ends the meeting, so it asks first.
QtObject {
    id: root

    required property KioskController controller
    required property SessionView view

    readonly property bool started: root.view.phaseStatus !== "notStarted"
    readonly property bool ended: root.view.phaseStatus === "ended"
    readonly property bool running: root.view.phaseStatus === "running"
    readonly property bool paused: root.view.phaseStatus === "paused"
    readonly property bool inPhase: root.running || root.paused
    readonly property bool lastPhase: root.inPhase && root.view.phaseIndex === root.view.phaseCount - 1
    readonly property bool voting: root.view.phaseActivities.indexOf("vote") >= 0 // qmllint disable type
    readonly property bool voteOpen: root.view.voteStatus === "open"

    signal confirmEndRequested()

    function next() {
        if (!root.started)
            root.controller.startMeeting();
        else if (root.lastPhase)
            root.confirmEndRequested();
        else
            root.controller.nextPhase();
    }
    function previous() {
        root.controller.previousPhase();
    }
    function togglePause() {
        if (root.running)
            root.controller.pause();
        else
            root.controller.resume();
    }
    function adjust(minutes: int) {
        root.controller.adjustTime(minutes);
    }
    function toggleVote() {
        if (root.voteOpen)
            root.controller.closeVote();
        else
            root.controller.openVote();
    }
    function toggleReveal() {
        root.controller.revealTallies(!root.view.talliesRevealed);
    }
    function end() {
        root.controller.endMeeting();
    }
}
