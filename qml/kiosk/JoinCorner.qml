pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Kiosk
import "Helpers.js" as Helpers

// The way in for whoever comes late, kept small in the corner below the
// steps while the meeting runs (the lobby has the big one, JoinPanel): a QR
// code, the PIN, and the short address to type, at the room's scale.
Rectangle {
    id: root

    property string pin
    property string joinLink

    readonly property string shortAddress: Helpers.shortAddress(root.joinLink)

    implicitHeight: column.implicitHeight + 2 * Theme.px(12)
    color: Theme.surface
    radius: Theme.radius
    border.width: Theme.px(2)
    border.color: Theme.navy

    Column {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.px(12)
        spacing: Theme.px(6)

        Row {
            spacing: Theme.px(16)

            QrCode {
                objectName: "cornerQr"
                width: Theme.px(130)
                height: Theme.px(130)
                text: root.joinLink
            }
            Column {
                anchors.verticalCenter: parent.verticalCenter
                spacing: 0

                Text {
                    text: qsTr("Join in")
                    color: Theme.ink
                    font.pixelSize: Theme.body
                    font.bold: true
                }
                Text {
                    text: qsTr("PIN:")
                    color: Theme.ink
                    font.pixelSize: Theme.small
                }
                Text {
                    objectName: "cornerPin"
                    text: Helpers.pinGroups(root.pin).join("\u2002")
                    color: Theme.ink
                    font.pixelSize: Theme.large
                    font.bold: true
                }
            }
        }
        // One line, never broken inside: a long address gets a smaller font.
        Text {
            objectName: "cornerAddress"
            width: parent.width
            height: Theme.px(54)
            text: root.shortAddress
            color: Theme.navy
            font.pixelSize: Theme.body
            font.bold: true
            font.family: "monospace"
            wrapMode: Text.NoWrap
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.small
            verticalAlignment: Text.AlignVCenter
        }
    }
}
