pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// Shown while the tablet is not connected: nothing typed is lost, and how
// much is still waiting to be sent.
Rectangle {
    id: root

    required property VoterClient client
    readonly property bool offline: root.client.state !== "online"

    visible: root.offline || root.client.pendingCount > 0
    implicitHeight: row.implicitHeight + 20
    radius: 8
    color: root.offline ? Theme.warnSoft : Theme.surfaceMuted
    border.color: root.offline ? Theme.warn : Theme.line

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: 10
        anchors.leftMargin: 14
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            text: {
                let t = root.offline ? "⚠ " + qsTr("Connection lost – your input is kept and sent later.") : "";
                if (root.client.pendingCount > 0)
                    t += (t === "" ? "" : " ") + qsTr("%n item(s) waiting to be sent.", "", root.client.pendingCount);
                return t;
            }
            font.pixelSize: Theme.fontBody
            font.bold: root.offline
            color: root.offline ? Theme.warn : Theme.muted
            wrapMode: Text.Wrap
        }
        BusyIndicator {
            visible: root.client.state === "connecting" || root.client.state === "reconnecting"
            running: visible
            implicitWidth: 40
            implicitHeight: 40
        }
        AppButton {
            visible: root.client.state === "offline"
            text: qsTr("Reconnect")
            onClicked: root.client.resumeStored()
        }
    }
}
