pragma ComponentBehavior: Bound
import QtQuick

// The facilitator's slim bar at the bottom of the wall, for mouse and touch:
// phases, pause, time, cards, the vote; the plan, the export and the help on
// the right, and apart from them, at the far right edge, the end of the
// meeting (it asks first). One row that fits a 1280x720 wall in every phase;
// the keys are on the help (?), never in the labels.
//
// It shows itself on input (poke(): a key, a tap; pointerAt(): a pointer
// that really moved) and hides after idleMs without any, also when no input
// ever came: a wall steered from a tablet shows the room, not the bar.
Rectangle {
    id: root

    required property Actions actions
    required property CardControls cards
    // Off: `shown` is left to whoever sets it (the screenshot tour, tests).
    property bool autoHide: true
    property int idleMs: 5000
    property bool shown: true
    // Where the pointer was last; Qt Quick sends hover events again at the
    // same place whenever the scene under a still pointer changes (every
    // second of the timer), and those are not input.
    property point lastPointer: Qt.point(-1, -1)
    readonly property real contentWidth: row.implicitWidth + end.implicitWidth + 3 * Theme.smallGap

    signal helpRequested()
    signal planRequested()
    signal exportRequested()
    signal endRequested()
    signal newMeetingRequested()

    function poke() {
        if (!root.autoHide)
            return;
        root.shown = true;
        hideTimer.restart();
    }
    function pointerAt(x: real, y: real) {
        const moved = Math.abs(x - root.lastPointer.x) + Math.abs(y - root.lastPointer.y) > Theme.px(3);
        const first = root.lastPointer.x < 0;
        root.lastPointer = Qt.point(x, y);
        if (moved && !first)
            root.poke();
    }

    implicitHeight: Theme.px(72)
    color: Theme.navy

    Component.onCompleted: root.poke()

    Timer {
        id: hideTimer

        interval: root.idleMs
        onTriggered: {
            if (root.autoHide)
                root.shown = false;
        }
    }

    Row {
        id: row

        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.smallGap
        spacing: Theme.px(8)

        KioskButton {
            slim: true
            text: "\u25C0 " + qsTr("Previous")
            enabled: root.actions.inPhase && root.actions.view.phaseIndex > 0
            onClicked: root.actions.previous()
        }
        KioskButton {
            slim: true
            text: root.actions.running ? "\u275A\u275A " + qsTr("Pause") : "\u25B6 " + qsTr("Resume")
            enabled: root.actions.inPhase
            onClicked: root.actions.togglePause()
        }
        // The phase's time: a minute less or more; bigger changes in the plan.
        KioskButton {
            slim: true
            text: "\u2212"
            width: Math.max(implicitWidth, height)
            enabled: root.actions.inPhase
            onClicked: root.actions.adjust(-1)
        }
        Text {
            height: Theme.px(54)
            verticalAlignment: Text.AlignVCenter
            text: qsTr("1 min")
            color: Theme.inkOnNavy
            font.pixelSize: Theme.px(24)
            font.bold: true
        }
        KioskButton {
            slim: true
            text: "+"
            width: Math.max(implicitWidth, height)
            enabled: root.actions.inPhase
            onClicked: root.actions.adjust(1)
        }
        Item {
            width: Theme.smallGap
            height: 1
        }
        KioskButton {
            slim: true
            visible: root.cards.canAdd
            text: "+ " + qsTr("Card")
            onClicked: root.cards.add()
        }
        KioskButton {
            slim: true
            visible: root.actions.voting
            text: root.actions.voteOpen ? qsTr("Close vote") : qsTr("Open vote")
            onClicked: root.actions.toggleVote()
        }
        KioskButton {
            slim: true
            visible: root.actions.voting
            text: root.actions.view.talliesRevealed ? qsTr("Hide results") : qsTr("Show results")
            onClicked: root.actions.toggleReveal()
        }
        KioskButton {
            slim: true
            kind: "primary"
            text: root.actions.started ? qsTr("Next phase") + " \u25B6" : qsTr("Start") + " \u25B6"
            enabled: !root.actions.ended
            onClicked: root.actions.next()
        }
        Item {
            width: Theme.smallGap
            height: 1
        }
        KioskButton {
            slim: true
            text: qsTr("Plan")
            onClicked: root.planRequested()
        }
        KioskButton {
            slim: true
            text: qsTr("Export")
            onClicked: root.exportRequested()
        }
        // Before the start and after the end; during a meeting Ctrl+N (it asks first).
        KioskButton {
            slim: true
            objectName: "controlNewMeeting"
            visible: !root.actions.inPhase
            text: qsTr("New meeting…")
            onClicked: root.newMeetingRequested()
        }
        KioskButton {
            slim: true
            objectName: "controlHelp"
            text: "?"
            width: Math.max(implicitWidth, height)
            onClicked: root.helpRequested()
        }
    }

    // Apart from the rest, at the far edge, quiet until hovered; it asks first.
    KioskButton {
        id: end

        objectName: "controlEnd"
        slim: true
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.rightMargin: Theme.smallGap
        kind: "outline"
        text: qsTr("End meeting")
        enabled: root.actions.started && !root.actions.ended
        onClicked: root.endRequested()
    }
}
