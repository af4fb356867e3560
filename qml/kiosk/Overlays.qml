pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Kiosk

// What opens on top of the wall, one flag each: the help, last time's
// outcome, the plan, the export, the start screen, the card editor and the
// end confirmation. The control bar, the keys (Shortcuts.qml) and the
// screens open them; each closes itself. Closing gives the keys back to the
// wall (keysReturned).
Item {
    id: root

    required property KioskController controller
    required property SessionView view
    required property Actions actions
    required property CardControls cards
    property bool helpShown: false
    property bool confirmEndShown: false
    property bool planShown: false
    property bool exportShown: false
    // Last time's outcome (O), when the archive holds a previous meeting.
    property bool previousShown: false
    // The start screen (StartScreen.qml): Ctrl+N, the control bar, the end summary.
    property bool startShown: false
    readonly property bool editorOpen: editor.visible
    // Whether the archive holds a previous meeting to show (O).
    readonly property bool previousAvailable: previous.available
    readonly property alias startScreen: startScreen
    // The phase the plan's add form follows (-1: closed); for the screenshot tour.
    property alias planAddAfter: plan.addAfter

    signal keysReturned()
    signal meetingStarted(string title)
    signal planChanged(string notice)

    function closePlan() {
        root.planShown = false;
        root.keysReturned();
    }

    function closeExport() {
        root.exportShown = false;
        root.keysReturned();
    }

    function openStart() {
        root.cards.cancel();
        root.helpShown = false;
        root.startShown = true;
    }

    function closeStart() {
        root.startShown = false;
        root.keysReturned();
    }

    function endMeeting() {
        root.confirmEndShown = false;
        root.actions.end();
    }

    function openEditor(cardId: int, text: string, direction: string) {
        editor.open(cardId, text, direction);
    }

    HelpOverlay {
        anchors.fill: parent
        visible: root.helpShown
        startScreen: root.startShown
        facilitatorPin: root.controller.facilitatorPin
        onCloseRequested: root.helpShown = false
    }

    PreviousOutcome {
        id: previous

        anchors.fill: parent
        visible: root.previousShown
        outcome: root.controller.previousOutcome
        onCloseRequested: root.previousShown = false
        onAvailableChanged: {
            if (!previous.available)
                root.previousShown = false;
        }
    }

    PlanOverlay {
        id: plan

        anchors.fill: parent
        visible: root.planShown
        controller: root.controller
        view: root.view
        onCloseRequested: root.closePlan()
        onPlanChanged: function(notice) { root.planChanged(notice); }
    }

    ExportDialog {
        anchors.fill: parent
        visible: root.exportShown
        controller: root.controller
        onCloseRequested: root.closeExport()
    }

    StartScreen {
        id: startScreen

        objectName: "startScreen"
        anchors.fill: parent
        visible: root.startShown
        controller: root.controller
        meetingInProgress: root.actions.started && !root.actions.ended
        onCloseRequested: root.closeStart()
        onKeysReturned: root.keysReturned()
        onMeetingStarted: function(title) { root.meetingStarted(title); }
    }

    CardEditor {
        id: editor

        anchors.fill: parent
        onSaveRequested: function(cardId, text, direction) {
            if (root.cards.save(cardId, text, direction))
                editor.close();
        }
        onCloseRequested: editor.close()
        onClosed: root.keysReturned()
    }

    ConfirmDialog {
        objectName: "confirmEnd"
        anchors.fill: parent
        visible: root.confirmEndShown
        question: qsTr("End the meeting?")
        detail: qsTr("After this nobody can add anything, and the wall shows the summary.")
        confirmText: qsTr("End meeting")
        onAccepted: root.endMeeting()
        onRejected: root.confirmEndShown = false
    }
}
