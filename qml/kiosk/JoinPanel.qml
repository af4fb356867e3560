import QtQuick
import QtQuick.Layouts
import Flipover.Kiosk
import "Helpers.js" as Helpers

// How to join, before the start: a QR code and the address it carries, the
// session PIN in very large digits, how many have joined (a count, never
// names) and the start button.
Rectangle {
    id: root

    property string pin
    property string joinLink
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
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.px(8)
            spacing: Theme.px(28)

            QrCode {
                objectName: "joinQr"
                Layout.preferredWidth: Theme.px(260)
                Layout.preferredHeight: Theme.px(260)
                text: root.joinLink
            }
            // A Column, not a ColumnLayout: its height follows the wrapped texts.
            Column {
                id: linkColumn

                Layout.fillWidth: true
                Layout.preferredHeight: linkColumn.implicitHeight
                Layout.alignment: Qt.AlignVCenter
                spacing: Theme.px(10)

                Text {
                    width: linkColumn.width
                    text: qsTr("1. Scan the code with your tablet's camera, or open this address:")
                    color: Theme.ink
                    font.pixelSize: Theme.body
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "joinLink"
                    width: linkColumn.width
                    text: root.joinLink
                    color: Theme.navy
                    font.pixelSize: Theme.body
                    font.bold: true
                    font.family: "monospace"
                    wrapMode: Text.WrapAnywhere
                }
            }
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
            // The PIN takes the height the panel has left, as large as fits.
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.px(110)
            // Groups apart by an en space: "482 913".
            text: Helpers.pinGroups(root.pin).join("\u2002")
            color: Theme.ink
            font.pixelSize: Theme.pin
            font.bold: true
            font.letterSpacing: Theme.px(6)
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.px(96)
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
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
