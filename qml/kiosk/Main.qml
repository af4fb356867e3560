import QtQml
import QtQuick
import QtQuick.Window
import Flipover.Kiosk

// The wall. The header with the timer is always there; below it the screen
// for where the meeting is: joining before the start, the current phase, or
// the summary after the end. On top: the facilitator's control bar (shown on
// mouse or touch, hidden after a few idle seconds), the card controls (a
// selected card's actions, the card editor, undo in a toast), the keyboard
// shortcuts, the help, the end confirmation and the refusal toasts.
// Not "pragma ComponentBehavior: Bound": Qt 6.4's Loader refuses bound
// components ("Cannot instantiate bound component outside its creation context").
Window {
    id: root

    required property KioskController controller
    required property SessionView view
    property bool controlsShown: true
    // The bar follows the pointer; off, controlsShown is left to whoever sets it.
    property bool autoControls: true
    property int idleMs: 5000
    property bool helpShown: false
    property bool confirmEndShown: false
    property bool planShown: false
    property bool exportShown: false
    // Last time's outcome (O), when the archive holds a previous meeting.
    property bool previousShown: false
    // The start screen (StartScreen.qml): Ctrl+N, the control bar, the end summary.
    property bool startShown: false
    // The phase the plan's add form follows (-1: closed); for the screenshot tour.
    property alias planAddAfter: plan.addAfter

    function poke() {
        if (!root.autoControls)
            return;
        root.controlsShown = true;
        hideTimer.restart();
    }

    function clearToast() {
        toast.visible = false;
    }

    function closePlan() {
        root.planShown = false;
        content.forceActiveFocus();
    }

    function closeExport() {
        root.exportShown = false;
        content.forceActiveFocus();
    }

    function openStart() {
        cards.cancel();
        root.helpShown = false;
        root.startShown = true;
    }

    function closeStart() {
        root.startShown = false;
        content.forceActiveFocus();
    }

    function flipPage(delta: int) {
        if (screen.item && screen.item.flipPage)
            screen.item.flipPage(delta);
    }

    function handleKey(event: KeyEvent) {
        // The editor's fields take their own keys; what they leave is not a shortcut.
        if (editor.visible) {
            event.accepted = true;
            return;
        }
        if (root.startShown) {
            startScreen.handleKey(event);
            return;
        }
        if (root.exportShown) {
            if (event.key === Qt.Key_Escape)
                root.closeExport();
            event.accepted = true;
            return;
        }
        if (root.previousShown) {
            if (event.key === Qt.Key_Escape || event.key === Qt.Key_O)
                root.previousShown = false;
            event.accepted = true;
            return;
        }
        if (event.key === Qt.Key_E && (event.modifiers & Qt.ControlModifier)) {
            root.exportShown = true;
            event.accepted = true;
            return;
        }
        if (event.key === Qt.Key_N && (event.modifiers & Qt.ControlModifier)) {
            root.openStart();
            event.accepted = true;
            return;
        }
        // The plan takes the keys while it is open; P or Esc closes it.
        if (root.planShown) {
            if (event.key === Qt.Key_Escape || event.key === Qt.Key_P)
                root.closePlan();
            event.accepted = true;
            return;
        }
        if (root.confirmEndShown) {
            if (event.key === Qt.Key_Escape) {
                root.confirmEndShown = false;
            } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                root.confirmEndShown = false;
                actions.end();
            }
            event.accepted = true;
            return;
        }
        if (root.handleCardKey(event)) {
            event.accepted = true;
            return;
        }
        switch (event.key) {
        case Qt.Key_Right: actions.next(); break;
        case Qt.Key_Left: actions.previous(); break;
        case Qt.Key_Space: actions.togglePause(); break;
        case Qt.Key_Plus:
        case Qt.Key_Equal: actions.adjust(1); break;
        case Qt.Key_Minus:
        case Qt.Key_Underscore: actions.adjust(-1); break;
        case Qt.Key_V: actions.toggleVote(); break;
        case Qt.Key_R: actions.toggleReveal(); break;
        case Qt.Key_P: root.planShown = true; break;
        case Qt.Key_O:
            if (root.controller.previousOutcome.fileName === undefined)
                return;
            root.previousShown = true;
            break;
        case Qt.Key_PageDown: root.flipPage(1); break;
        case Qt.Key_PageUp: root.flipPage(-1); break;
        case Qt.Key_Question:
        case Qt.Key_F1: root.helpShown = !root.helpShown; break;
        case Qt.Key_Escape:
            if (root.helpShown)
                root.helpShown = false;
            else
                cards.cancel();
            break;
        case Qt.Key_F11:
            root.visibility = root.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen;
            break;
        default:
            return;
        }
        event.accepted = true;
    }

    // The card keys; returns whether the key was one of them.
    function handleCardKey(event: KeyEvent): bool {
        if (event.key === Qt.Key_Z && (event.modifiers & Qt.ControlModifier)) {
            cards.undo();
            return true;
        }
        if (event.key === Qt.Key_N) {
            cards.add();
            return true;
        }
        if (!cards.active || root.helpShown)
            return false;
        switch (event.key) {
        case Qt.Key_Tab: cards.select(1); return true;
        case Qt.Key_Backtab: cards.select(-1); return true;
        case Qt.Key_E: cards.edit(); return true;
        case Qt.Key_H:
        case Qt.Key_Delete: cards.hide(); return true;
        case Qt.Key_M: cards.merge(); return true;
        case Qt.Key_Up: cards.move(-1); return true;
        case Qt.Key_Down: cards.move(1); return true;
        case Qt.Key_Return:
        case Qt.Key_Enter: cards.confirmMerge(); return true;
        default: return false;
        }
    }

    width: 1920
    height: 1080
    visible: true
    title: qsTr("Flipover – %1").arg(root.view.sessionName)
    color: Theme.paper

    Component.onCompleted: root.poke()

    Binding {
        target: Theme
        property: "scale"
        value: Math.min(root.width / 1920, root.height / 1080)
    }

    Actions {
        id: actions

        controller: root.controller
        view: root.view
        onConfirmEndRequested: root.confirmEndShown = true
    }

    CardControls {
        id: cards

        controller: root.controller
        view: root.view
        active: screen.item !== null && screen.item.showsBoard === true
        onEditorRequested: function(cardId, text, direction) {
            editor.open(cardId, text, direction);
        }
        onUndoOffered: function(kind) {
            toast.offer(kind === "hide" ? qsTr("The card is hidden from the wall.") : qsTr("The cards are merged."),
                        qsTr("Undo") + " (Ctrl+Z)");
        }
    }

    Connections {
        target: root.controller

        function onRefused(code: string, message: string) {
            toast.show(code, message);
        }
        function onExported(folder: string) {
            toast.offer(qsTr("The outcome is saved in %1").arg(folder), "");
        }
        function onPreviousOutcomeChanged() {
            if (root.controller.previousOutcome.fileName === undefined)
                root.previousShown = false;
        }
    }

    Timer {
        id: hideTimer

        interval: root.idleMs
        onTriggered: root.controlsShown = false
    }

    Item {
        id: content

        anchors.fill: parent
        focus: true
        Keys.onPressed: function(event) { root.handleKey(event); }

        HoverHandler {
            onPointChanged: root.poke()
        }
        TapHandler {
            onTapped: root.poke()
        }

        HeaderBar {
            id: header

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            view: root.view
        }

        Loader {
            id: screen

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: header.bottom
            anchors.bottom: parent.bottom
            sourceComponent: {
                switch (root.view.phaseStatus) {
                case "notStarted": return joinComponent;
                case "ended": return endComponent;
                default: return phaseComponent;
                }
            }
        }

        Component {
            id: joinComponent

            JoinScreen {
                view: root.view
                controller: root.controller
                onStartRequested: actions.next()
                onPreviousRequested: root.previousShown = true
            }
        }
        Component {
            id: phaseComponent

            PhaseScreen {
                view: root.view
                selectedCardId: cards.selectedCardId
                mergeSourceId: cards.mergeSourceId
                onCardTapped: function(cardId) { cards.tap(cardId); }
            }
        }
        Component {
            id: endComponent

            EndSummary {
                view: root.view
                onNewMeetingRequested: root.openStart()
            }
        }

        CardActionsBar {
            id: cardBar

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: controlBar.visible ? controlBar.top : parent.bottom
            visible: cards.hasSelection || cards.merging
            cards: cards
        }

        ControlBar {
            id: controlBar

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            visible: root.controlsShown
            actions: actions
            cards: cards
            onHelpRequested: root.helpShown = !root.helpShown
            onPlanRequested: root.planShown = true
            onExportRequested: root.exportShown = true
            onEndRequested: root.confirmEndShown = true
            onNewMeetingRequested: root.openStart()
        }

        RoomAlert {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: header.bottom
            code: root.controller.roomAlert
            onDismissed: root.controller.dismissRoomAlert()
        }

        Toast {
            id: toast

            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            // Above whichever bars are shown, so that it covers none of their buttons.
            anchors.bottomMargin: Math.max(Theme.px(130), (controlBar.visible ? controlBar.height : 0)
                                           + (cardBar.visible ? cardBar.height : 0) + Theme.gap)
            onActionTriggered: cards.undo()
        }

        HelpOverlay {
            anchors.fill: parent
            visible: root.helpShown
            facilitatorPin: root.controller.facilitatorPin
            onCloseRequested: root.helpShown = false
        }

        PreviousOutcome {
            anchors.fill: parent
            visible: root.previousShown
            outcome: root.controller.previousOutcome
            onCloseRequested: root.previousShown = false
        }

        PlanOverlay {
            id: plan

            anchors.fill: parent
            visible: root.planShown
            controller: root.controller
            view: root.view
            onCloseRequested: root.closePlan()
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
            meetingInProgress: actions.started && !actions.ended
            onCloseRequested: root.closeStart()
            onKeysReturned: content.forceActiveFocus()
            onMeetingStarted: function(title) {
                toast.offer(qsTr("A new meeting has started: %1").arg(title), "");
            }
        }

        CardEditor {
            id: editor

            anchors.fill: parent
            onSaveRequested: function(cardId, text, direction) {
                if (cards.save(cardId, text, direction))
                    editor.close();
            }
            onCloseRequested: editor.close()
            onClosed: content.forceActiveFocus()
        }

        ConfirmDialog {
            anchors.fill: parent
            visible: root.confirmEndShown
            question: qsTr("End the meeting?")
            detail: qsTr("After this nobody can add anything, and the wall shows the summary. Enter ends the meeting, Esc goes back.")
            confirmText: qsTr("End meeting")
            onAccepted: {
                root.confirmEndShown = false;
                actions.end();
            }
            onRejected: root.confirmEndShown = false
        }
    }
}
