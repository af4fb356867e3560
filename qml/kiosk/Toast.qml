pragma ComponentBehavior: Bound
import QtQml
import QtQuick

// A short message in the wall's bottom strip (Main.qml: below the room's
// content, so that it covers none of it) when the engine refuses an
// action of the wall, in the wall's language (by the refusal's code; the
// engine's English sentence only for codes this list does not know). It
// also confirms what the facilitator did and offers to take it back
// (offer(), with a button that emits actionTriggered).
Rectangle {
    id: root

    property string message
    property string actionText
    property bool warning: true
    property int showMs: 6000

    signal actionTriggered()

    function textFor(code: string, fallback: string): string {
        switch (code) {
        case "not_started": return qsTr("The meeting has not started yet.");
        case "already_started": return qsTr("The meeting has already started.");
        case "meeting_ended": return qsTr("The meeting has ended.");
        case "no_previous": return qsTr("This is the first phase; there is no previous one.");
        case "already_paused": return qsTr("The timer is already paused.");
        case "not_paused": return qsTr("The timer is not paused.");
        // From the wall only V (open the vote) can come in the wrong phase.
        case "wrong_phase": return qsTr("This phase has no vote.");
        case "vote_open": return qsTr("The vote is open; close it first.");
        case "vote_not_open": return qsTr("The vote is not open.");
        case "not_found": return qsTr("That item no longer exists.");
        case "not_allowed": return qsTr("This is not allowed from the wall.");
        // From the wall: a time change below one minute, or a card without text.
        case "invalid": return qsTr("That is not possible: a phase lasts at least one minute, and a card needs a text.");
        case "nothing_to_undo": return qsTr("There is nothing to undo.");
        case "undo_outdated": return qsTr("The card has changed since; nothing was undone.");
        case "cannot_move": return qsTr("The card cannot move further that way.");
        case "phase_past": return qsTr("That phase is over; only the current and later phases can change.");
        case "too_many_phases": return qsTr("The plan is full: a meeting has at most 50 phases.");
        case "export_failed": return qsTr("Could not export: %1").arg(fallback);
        case "storage_failed": return qsTr("Could not save; nothing was changed. Check the kiosk's disk.");
        case "meeting_full":
        case "too_many_cards":
        case "too_many_remarks":
        case "too_many_items":
        case "board_full": return qsTr("The meeting is full: nothing more can be added.");
        default: return fallback.length > 0 ? fallback : qsTr("That did not work.");
        }
    }

    function show(code: string, fallback: string) {
        root.message = root.textFor(code, fallback);
        root.actionText = "";
        root.warning = true;
        root.visible = true;
        hideTimer.restart();
    }
    function offer(message: string, actionText: string) {
        root.message = message;
        root.actionText = actionText;
        root.warning = false;
        root.visible = true;
        hideTimer.restart();
    }

    visible: false
    color: Theme.ink
    border.width: Theme.px(3)
    border.color: root.warning ? Theme.warning : Theme.inkOnNavy

    Text {
        id: toastText

        anchors.left: parent.left
        anchors.right: action.visible ? action.left : parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        anchors.topMargin: Theme.px(4)
        anchors.bottomMargin: Theme.px(4)
        text: (root.warning ? "\u26A0 " : "\u2713 ") + root.message
        color: Theme.inkOnNavy
        font.pixelSize: Theme.body
        font.bold: true
        wrapMode: Text.Wrap
        // The strip is one line high: a long message takes two smaller ones, never cut.
        fontSizeMode: Text.Fit
        minimumPixelSize: Theme.px(20)
        verticalAlignment: Text.AlignVCenter

        // A tap on the message puts it away at once (the bar comes back).
        TapHandler {
            onTapped: root.visible = false
        }
    }

    KioskButton {
        id: action

        anchors.right: parent.right
        anchors.rightMargin: Theme.px(20)
        anchors.verticalCenter: parent.verticalCenter
        visible: root.actionText.length > 0
        slim: true
        text: root.actionText
        onClicked: {
            root.visible = false;
            root.actionTriggered();
        }
    }

    Timer {
        id: hideTimer

        interval: root.showMs
        onTriggered: root.visible = false
    }
}
