import QtQml
import QtQuick
import QtQuick.Window
import Flipover.Kiosk

// The wall. The header with the timer is always there; below it the screen
// for where the meeting is (ScreenSwitcher.qml). On top: the facilitator's
// control bar (shown on mouse or touch, hidden after a few idle seconds), a
// selected card's actions, the toasts (refusals, undo), and what opens over
// everything (Overlays.qml: help, plan, export, start screen, card editor,
// end confirmation). The keys are in Shortcuts.qml.
Window {
    id: root

    required property KioskController controller
    required property SessionView view
    property bool controlsShown: true
    // The bar follows the pointer; off, controlsShown is left to whoever sets it.
    property bool autoControls: true
    property int idleMs: 5000
    // What is open on top (Overlays.qml), here for the screenshot tour and the tests.
    property alias helpShown: overlays.helpShown
    property alias confirmEndShown: overlays.confirmEndShown
    property alias planShown: overlays.planShown
    property alias exportShown: overlays.exportShown
    property alias previousShown: overlays.previousShown
    property alias startShown: overlays.startShown
    property alias planAddAfter: overlays.planAddAfter

    function poke() {
        if (!root.autoControls)
            return;
        root.controlsShown = true;
        hideTimer.restart();
    }

    function clearToast() {
        toast.visible = false;
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
        onConfirmEndRequested: overlays.confirmEndShown = true
    }

    CardControls {
        id: cards

        controller: root.controller
        view: root.view
        active: screen.showsBoard
        onOpenRequested: function(cardId) { screen.toggleCard(cardId); }
        onEditorRequested: function(cardId, text, direction) {
            overlays.openEditor(cardId, text, direction);
        }
        onUndoOffered: function(kind) {
            toast.offer(kind === "hide" ? qsTr("The card is hidden from the wall.") : qsTr("The cards are merged."),
                        qsTr("Undo") + " (Ctrl+Z)");
        }
    }

    Shortcuts {
        id: shortcuts

        actions: actions
        cards: cards
        overlays: overlays
        onPageFlipRequested: function(delta) { screen.flipPage(delta); }
        onFullScreenToggled: {
            root.visibility = root.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen;
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
        Keys.onPressed: function(event) { shortcuts.handleKey(event); }

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

        ScreenSwitcher {
            id: screen

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: header.bottom
            anchors.bottom: parent.bottom
            view: root.view
            controller: root.controller
            selectedCardId: cards.selectedCardId
            mergeSourceId: cards.mergeSourceId
            onStartRequested: actions.next()
            onPreviousRequested: overlays.previousShown = true
            onCardTapped: function(cardId) { cards.tap(cardId); }
            onNewMeetingRequested: overlays.openStart()
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
            onHelpRequested: overlays.helpShown = !overlays.helpShown
            onPlanRequested: overlays.planShown = true
            onExportRequested: overlays.exportShown = true
            onEndRequested: overlays.confirmEndShown = true
            onNewMeetingRequested: overlays.openStart()
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

        Overlays {
            id: overlays

            anchors.fill: parent
            controller: root.controller
            view: root.view
            actions: actions
            cards: cards
            onKeysReturned: content.forceActiveFocus()
            onMeetingStarted: function(title) {
                toast.offer(qsTr("A new meeting has started: %1").arg(title), "");
            }
        }
    }
}
