pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// After the end: thanks, what the room gathered, and the way to wipe this
// tablet for the next person.
Panel {
    id: root

    required property SessionView view

    signal leaveRequested

    title: qsTr("Thank you for taking part!")
    hint: qsTr("The facilitator shares the outcome. The wall shows it for now.")

    Label {
        Layout.fillWidth: true
        text: qsTr("Together you gathered: %1, %2 and %3.")
              .arg(qsTr("%n card(s)", "", root.view.cards.count))
              .arg(qsTr("%n question(s)", "", root.view.questions.count))
              .arg(qsTr("%n tip(s) and top(s)", "", root.view.tips.count))
        font.pixelSize: Theme.fontBody
        color: Theme.ink
        wrapMode: Text.Wrap
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: 8
        implicitHeight: wipe.implicitHeight + 32
        radius: 8
        color: Theme.surfaceMuted
        border.color: Theme.line

        ColumnLayout {
            id: wipe

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 16
            spacing: 12

            Label {
                Layout.fillWidth: true
                text: qsTr("Is this a shared tablet? Then leave the meeting, so that the next person finds nothing of yours on it.")
                font.pixelSize: Theme.fontBody
                color: Theme.ink
                wrapMode: Text.Wrap
            }
            AppButton {
                text: qsTr("Leave and wipe this tablet")
                primary: true
                onClicked: root.leaveRequested()
            }
        }
    }
}
