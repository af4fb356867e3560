pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// The connection in two words, with a mark whose shape (not only its
// colour) differs: a filled dot when connected, a ring otherwise.
RowLayout {
    id: root

    required property VoterClient client
    required property SessionView view
    readonly property bool online: root.client.state === "online"

    spacing: 8

    Rectangle {
        implicitWidth: 14
        implicitHeight: 14
        radius: 7
        color: root.online ? Theme.good : "transparent"
        border.color: root.online ? Theme.good : Theme.warn
        border.width: 3
    }
    Label {
        text: {
            if (!root.online)
                return qsTr("Not connected");
            if (root.view.participantCount > 0)
                return qsTr("Connected · %n taking part", "", root.view.participantCount);
            return qsTr("Connected");
        }
        font.pixelSize: Theme.fontSmall
        font.bold: !root.online
        color: root.online ? Theme.good : Theme.warn
    }
}
