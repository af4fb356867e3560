import QtQuick
import QtQuick.Layouts
import "Helpers.js" as Helpers

// How to join, before the start: the address, the session PIN in very large
// digits, how many have joined (a count, never names) and the start button.
Rectangle {
    id: root

    property string pin
    property string joinUrl
    property int participantCount: 0

    signal startRequested()

    color: Theme.surface
    radius: Theme.radius
    border.width: Theme.px(3)
    border.color: Theme.navy

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(36)
        spacing: Theme.px(10)

        Text {
            Layout.fillWidth: true
            text: qsTr("Join on your tablet")
            color: Theme.ink
            font.pixelSize: Theme.title
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.px(8)
            text: qsTr("1. Open the Flipover app and enter this address:")
            color: Theme.ink
            font.pixelSize: Theme.body
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "joinUrl"
            Layout.fillWidth: true
            text: root.joinUrl
            color: Theme.navy
            font.pixelSize: Theme.large
            font.bold: true
            font.family: "monospace"
            wrapMode: Text.WrapAnywhere
        }
        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.px(12)
            text: qsTr("2. Enter the PIN:")
            color: Theme.ink
            font.pixelSize: Theme.body
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "pin"
            Layout.fillWidth: true
            // Groups apart by an en space: "482 913".
            text: Helpers.pinGroups(root.pin).join("\u2002")
            color: Theme.ink
            font.pixelSize: Theme.pin
            font.bold: true
            font.letterSpacing: Theme.px(6)
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.px(96)
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "participants"
            Layout.fillWidth: true
            text: root.participantCount > 0
                  ? "\u25CF " + qsTr("%n participant(s) joined", "", root.participantCount)
                  : "\u25CB " + qsTr("Nobody has joined yet")
            color: Theme.ink
            font.pixelSize: Theme.large
            font.bold: true
            wrapMode: Text.Wrap
        }
        Item {
            Layout.fillHeight: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            KioskButton {
                kind: "primary"
                text: qsTr("Start the meeting")
                font.pixelSize: Theme.large
                onClicked: root.startRequested()
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("or press \u2192 on the keyboard")
                color: Theme.inkMuted
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
            }
        }
    }
}
