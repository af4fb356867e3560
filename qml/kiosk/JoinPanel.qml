pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Flipover.Kiosk
import "Helpers.js" as Helpers

// How to join, before the start: a QR code large enough for the back row
// (at least a quarter of the screen's height) and a short address to type
// (the kiosk's host and port: the page asks for the PIN; the QR code also
// carries the meeting, ?m=, see docs/browser.md), the session PIN in large
// digits beside the code, how many have joined (a count, never names) and,
// while the facilitator steers, the start button.
Rectangle {
    id: root

    property string pin
    property string joinLink
    property int participantCount: 0
    // Whether the facilitator steers (the control bar is up).
    property bool steering: false
    // "192.168.1.20:7700" from "http://192.168.1.20:7700/?m=…" (Helpers.js).
    readonly property string shortAddress: Helpers.shortAddress(root.joinLink)

    signal startRequested()

    color: Theme.surface
    radius: Theme.radius
    border.width: Theme.px(3)
    border.color: Theme.navy

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(32)
        spacing: Theme.px(10)

        Text {
            objectName: "joinTitle"
            Layout.fillWidth: true
            text: qsTr("Join on your phone or tablet")
            color: Theme.ink
            font.pixelSize: Theme.large
            font.bold: true
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.px(28)

            // The code's modules are whole pixels: 390 of 1080 makes a code
            // (quiet zone aside) of more than a quarter of the screen's
            // height from 1280x720 up (tst_join).
            QrCode {
                objectName: "joinQr"
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: Theme.px(390)
                Layout.preferredHeight: Theme.px(390)
                text: root.joinLink
            }
            // A Column, not a ColumnLayout: its height follows the wrapped texts.
            Column {
                id: linkColumn

                Layout.fillWidth: true
                Layout.preferredHeight: linkColumn.implicitHeight
                Layout.alignment: Qt.AlignTop
                spacing: Theme.px(8)

                Text {
                    width: linkColumn.width
                    text: qsTr("1. Scan the code, or type in your browser:")
                    color: Theme.ink
                    font.pixelSize: Theme.body
                    wrapMode: Text.Wrap
                }
                // One line, never broken inside its host: a long address gets
                // a smaller font, down to the room's; with TLS "https://"
                // may take a line of its own (AddressText).
                AddressText {
                    objectName: "joinLink"
                    width: linkColumn.width
                    address: root.shortAddress
                    maxSize: Theme.title
                    minSize: Theme.small
                }
                Text {
                    width: linkColumn.width
                    topPadding: Theme.px(14)
                    text: qsTr("2. Enter the PIN:")
                    color: Theme.ink
                    font.pixelSize: Theme.body
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "pin"
                    width: linkColumn.width
                    height: Theme.px(140)
                    // Groups apart by an en space: "482 913".
                    text: Helpers.pinGroups(root.pin).join("\u2002")
                    color: Theme.ink
                    font.pixelSize: Theme.pin
                    font.bold: true
                    font.letterSpacing: Theme.px(4)
                    fontSizeMode: Text.Fit
                    minimumPixelSize: Theme.px(96)
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
        Item {
            Layout.fillHeight: true
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
        // The facilitator's, only while they steer (the control bar is up):
        // the room is not shown a button it cannot press.
        KioskButton {
            objectName: "startButton"
            visible: root.steering
            kind: "primary"
            text: qsTr("Start the meeting")
            onClicked: root.startRequested()
        }
    }
}
