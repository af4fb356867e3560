pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// At the bottom of a tablet that is passed around: "Done, pass it on". It
// waits until everything this person sent has arrived, so nothing is lost.
Rectangle {
    id: root

    required property VoterClient client
    readonly property bool sending: root.client.pendingCount > 0

    signal passRequested

    implicitHeight: row.implicitHeight + 24
    color: Theme.surface

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: 1
        color: Theme.line
    }

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            text: root.sending ? qsTr("Still sending what you wrote; pass the tablet on in a moment.")
                               : qsTr("Finished? Pass the tablet on to the next person.")
            font.pixelSize: Theme.fontBody
            color: root.sending ? Theme.warn : Theme.ink
            wrapMode: Text.Wrap
        }
        AppButton {
            objectName: "passOn"
            primary: true
            enabled: !root.sending
            text: qsTr("Done, pass it on")
            onClicked: root.passRequested()
        }
    }
}
