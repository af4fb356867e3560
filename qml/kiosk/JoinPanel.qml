pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Flipover.Kiosk
import "Helpers.js" as Helpers

// How to join, before the start: a QR code large enough for the back row
// (at least a quarter of the screen's height) and a short address to type
// (the kiosk's host and port: the page asks for the PIN; the QR code also
// carries the meeting, ?m=, see docs/browser.md), the session PIN in very
// large digits, how many have joined (a count, never names) and the start
// button.
Rectangle {
    id: root

    property string pin
    property string joinLink
    property int participantCount: 0
    // "192.168.1.20:7700" from "http://192.168.1.20:7700/?m=…"; with TLS the
    // scheme stays ("https://…"), since a browser would try http first.
    readonly property string shortAddress: {
        const tls = root.joinLink.startsWith("https://");
        const rest = root.joinLink.replace(/^https?:\/\//, "");
        const cut = rest.search(/[/?]/);
        const host = cut >= 0 ? rest.slice(0, cut) : rest;
        return tls ? "https://" + host : host;
    }

    signal startRequested()

    color: Theme.surface
    radius: Theme.radius
    border.width: Theme.px(3)
    border.color: Theme.navy

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(36)
        spacing: Theme.px(10)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.px(28)

            // The code's modules are whole pixels: 390 of 1080 makes a code
            // (quiet zone aside) of more than a quarter of the screen's
            // height from 1280x720 up (tst_join).
            QrCode {
                objectName: "joinQr"
                Layout.preferredWidth: Theme.px(390)
                Layout.preferredHeight: Theme.px(390)
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
                    text: qsTr("Join on your phone or tablet")
                    color: Theme.ink
                    font.pixelSize: Theme.title
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Text {
                    width: linkColumn.width
                    text: qsTr("1. Scan the code with your camera, or type this address in your browser:")
                    color: Theme.ink
                    font.pixelSize: Theme.body
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "joinLink"
                    width: linkColumn.width
                    // One line, never broken inside: a long address gets a smaller font.
                    height: Theme.px(60)
                    text: root.shortAddress
                    color: Theme.navy
                    font.pixelSize: Theme.title
                    font.bold: true
                    font.family: "monospace"
                    wrapMode: Text.NoWrap
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.small
                    verticalAlignment: Text.AlignVCenter
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
        KioskButton {
            kind: "primary"
            text: qsTr("Start the meeting")
            font.pixelSize: Theme.large
            onClicked: root.startRequested()
        }
    }
}
