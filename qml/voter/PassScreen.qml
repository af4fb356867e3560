pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// "Pass the tablet": the neutral start between two people. It shows nothing
// of the person before (the client has left and wiped by now), only how the
// next person joins: one tap, as a new anonymous participant.
Rectangle {
    id: root

    required property VoterClient client
    readonly property bool busy: root.client.state === "connecting" || root.client.state === "reconnecting"

    signal joinRequested
    signal stopRequested

    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(680, root.width - 2 * Theme.padding)
        spacing: 24

        Label {
            Layout.fillWidth: true
            text: qsTr("This tablet is passed around")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.ink
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Is it your turn? Tap the button to take part. You take part without your name, and nobody before or after you sees what you write here.")
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        AppButton {
            objectName: "passJoin"
            Layout.fillWidth: true
            implicitHeight: 76
            primary: true
            enabled: !root.busy
            font.pixelSize: Theme.fontLarge
            text: root.busy ? qsTr("Connecting to the wall…") : qsTr("It's my turn: take part")
            onClicked: root.joinRequested()
        }
        Label {
            Layout.fillWidth: true
            visible: root.client.lastError !== ""
            text: "⚠ " + Errors.text(root.client.lastError)
            font.pixelSize: Theme.fontBody
            color: Theme.bad
            wrapMode: Text.Wrap
        }
        AppButton {
            objectName: "passStop"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Stop passing this tablet around")
            onClicked: root.stopRequested()
        }
    }
}
