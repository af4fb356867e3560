pragma ComponentBehavior: Bound
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
    // The bar shows on input and hides when idle (ControlBar.qml); with
    // autoControls off, controlsShown is left to whoever sets it.
    property alias controlsShown: controlBar.shown
    property alias autoControls: controlBar.autoHide
    property alias idleMs: controlBar.idleMs
    // What is open on top (Overlays.qml), here for the screenshot tour and the tests.
    property alias helpShown: overlays.helpShown
    property alias confirmEndShown: overlays.confirmEndShown
    property alias planShown: overlays.planShown
    property alias exportShown: overlays.exportShown
    property alias previousShown: overlays.previousShown
    property alias startShown: overlays.startShown
    property alias planAddAfter: overlays.planAddAfter

    function poke() {
        controlBar.poke();
    }

    function clearToast() {
        toast.visible = false;
    }

    width: 1920
    height: 1080
    visible: true
    title: qsTr("Flipover – %1").arg(root.view.sessionName)
    color: Theme.paper

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
                        qsTr("Undo"));
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

    Item {
        id: content

        anchors.fill: parent
        focus: true
        Keys.onPressed: function(event) {
            root.poke();
            shortcuts.handleKey(event);
        }

        HoverHandler {
            id: hover

            onPointChanged: controlBar.pointerAt(hover.point.position.x, hover.point.position.y)
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
            anchors.bottom: strip.top
            view: root.view
            controller: root.controller
            selectedCardId: cards.selectedCardId
            mergeSourceId: cards.mergeSourceId
            steering: strip.barUp
            onStartRequested: actions.next()
            onPreviousRequested: overlays.previousShown = true
            onCardTapped: function(cardId) { cards.tap(cardId); }
        }

        // The facilitator's strip, below the room's content so that nothing
        // in it ever covers a card or a step: a selected card's actions or
        // the control bar, and a notice (toast). A notice while a bar is up
        // takes a second row, so that it hides none of its buttons. It takes
        // room only while it holds something: a wall nobody steers gives
        // all of its height to the room.
        Item {
            id: strip

            readonly property bool barUp: cardBar.visible || controlBar.visible
            readonly property int rows: (strip.barUp ? 1 : 0) + (toast.visible ? 1 : 0)

            objectName: "strip"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: controlBar.implicitHeight * strip.rows
        }

        CardActionsBar {
            id: cardBar

            anchors.left: strip.left
            anchors.right: strip.right
            anchors.bottom: strip.bottom
            visible: cards.hasSelection || cards.merging
            cards: cards
        }

        ControlBar {
            id: controlBar

            anchors.left: strip.left
            anchors.right: strip.right
            anchors.bottom: strip.bottom
            visible: controlBar.shown && !cardBar.visible
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

            anchors.left: strip.left
            anchors.right: strip.right
            anchors.top: strip.top
            height: controlBar.implicitHeight
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
            onPlanChanged: function(notice) { toast.offer(notice, ""); }
        }
    }
}
