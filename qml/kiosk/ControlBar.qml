pragma ComponentBehavior: Bound
import QtQuick

// The facilitator's bar at the bottom of the wall, for mouse and touch:
// phases, pause, time, cards, the vote and the end. Main shows it on movement
// and hides it when idle; every button also has a key (see HelpOverlay). The
// buttons flow onto a second row where one row is not wide enough (the
// vote phase on a 1280x720 wall), so that none falls off the screen.
Rectangle {
    id: root

    required property Actions actions
    required property CardControls cards

    signal helpRequested()
    signal planRequested()
    signal exportRequested()
    signal endRequested()
    signal newMeetingRequested()

    implicitHeight: row.implicitHeight + 2 * Theme.px(14)
    color: Theme.navy

    Flow {
        id: row

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: Theme.px(12)

        KioskButton {
            text: "\u25C0 " + qsTr("Previous")
            enabled: root.actions.inPhase && root.actions.view.phaseIndex > 0
            onClicked: root.actions.previous()
        }
        KioskButton {
            text: root.actions.started ? qsTr("Next phase") + " \u25B6" : qsTr("Start") + " \u25B6"
            enabled: !root.actions.ended
            onClicked: root.actions.next()
        }
        KioskButton {
            text: root.actions.running ? "\u275A\u275A " + qsTr("Pause") : "\u25B6 " + qsTr("Resume")
            enabled: root.actions.inPhase
            onClicked: root.actions.togglePause()
        }
        // The phase's time: one label for the three steps keeps the bar short.
        Row {
            spacing: Theme.px(6)

            Repeater {
                model: [-1, 1, 5]

                delegate: KioskButton {
                    required property int modelData

                    // Never narrower than its text: at 1280x720 a fixed width left only "…".
                    width: Math.max(implicitWidth, Theme.px(76))
                    text: (modelData < 0 ? "\u2212" : "+") + Math.abs(modelData)
                    enabled: root.actions.inPhase
                    onClicked: root.actions.adjust(modelData)
                }
            }
        }
        Text {
            height: Theme.px(64)
            verticalAlignment: Text.AlignVCenter
            text: qsTr("min")
            color: Theme.inkOnNavy
            font.pixelSize: Theme.small
            font.bold: true
        }
        KioskButton {
            visible: root.cards.canAdd
            text: "+ " + qsTr("Card for the room")
            onClicked: root.cards.add()
        }
        KioskButton {
            visible: root.actions.voting
            text: root.actions.voteOpen ? qsTr("Close vote") : qsTr("Open vote")
            onClicked: root.actions.toggleVote()
        }
        KioskButton {
            visible: root.actions.voting
            text: root.actions.view.talliesRevealed ? qsTr("Hide results") : qsTr("Show results")
            onClicked: root.actions.toggleReveal()
        }
        KioskButton {
            text: qsTr("Plan")
            onClicked: root.planRequested()
        }
        KioskButton {
            text: qsTr("Export")
            onClicked: root.exportRequested()
        }
        // Before the start and after the end; during a meeting Ctrl+N (it asks first).
        KioskButton {
            objectName: "controlNewMeeting"
            visible: !root.actions.inPhase
            text: qsTr("New meeting…")
            onClicked: root.newMeetingRequested()
        }
        KioskButton {
            kind: "danger"
            text: qsTr("End meeting")
            enabled: root.actions.started && !root.actions.ended
            onClicked: root.endRequested()
        }
        KioskButton {
            text: "?"
            width: implicitHeight
            onClicked: root.helpRequested()
        }
    }
}
