pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Kiosk

// The screen for where the meeting is: joining before the start, the current
// phase, or the summary after the end. Only that one exists; the others are
// made when the meeting gets there. Repeaters of one item or none rather than
// a Loader: Qt 6.4's Loader refuses this file's bound components ("Cannot
// instantiate bound component outside its creation context", fixed in 6.5).
Item {
    id: root

    required property SessionView view
    required property KioskController controller
    // The facilitator's card selection, shown on the board.
    property int selectedCardId: -1
    property int mergeSourceId: -1
    // The facilitator steers (the control bar or a card's actions are up):
    // only then the wall shows their buttons, and pages stay put.
    property bool steering: false

    readonly property PhaseScreen phaseScreen: phase.count > 0 ? phase.itemAt(0) as PhaseScreen : null
    // Whether the board is on the wall, so that the card keys apply.
    readonly property bool showsBoard: root.phaseScreen !== null && root.phaseScreen.showsBoard

    signal startRequested()
    signal previousRequested()
    signal cardTapped(int cardId)

    function flipPage(delta: int) {
        if (root.phaseScreen)
            root.phaseScreen.flipPage(delta);
    }
    function toggleCard(cardId: int) {
        if (root.phaseScreen)
            root.phaseScreen.toggleCard(cardId);
    }

    Repeater {
        model: root.view.phaseStatus === "notStarted" ? 1 : 0

        JoinScreen {
            anchors.fill: parent
            view: root.view
            controller: root.controller
            steering: root.steering
            onStartRequested: root.startRequested()
            onPreviousRequested: root.previousRequested()
        }
    }
    Repeater {
        id: phase

        model: root.view.phaseStatus !== "notStarted" && root.view.phaseStatus !== "ended" ? 1 : 0

        PhaseScreen {
            anchors.fill: parent
            view: root.view
            selectedCardId: root.selectedCardId
            mergeSourceId: root.mergeSourceId
            steering: root.steering
            joinLink: root.controller ? root.controller.joinLink : ""
            pin: root.controller ? root.controller.pin : ""
            onCardTapped: function(cardId) { root.cardTapped(cardId); }
            onFocusRequested: function(cardId) {
                if (root.controller)
                    root.controller.execute("focusCard", {"cardId": cardId > 0 ? cardId : null});
            }
        }
    }
    Repeater {
        model: root.view.phaseStatus === "ended" ? 1 : 0

        EndSummary {
            anchors.fill: parent
            view: root.view
        }
    }
}
