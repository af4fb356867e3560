pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// The foot of the join form: what went wrong, if anything, and the Join
// button; while connecting, a spinner and Stop instead.
ColumnLayout {
    id: root

    required property string errorText
    required property bool busy
    required property bool canJoin

    signal joinClicked()
    signal stopClicked()

    spacing: 14

    Rectangle {
        Layout.fillWidth: true
        visible: root.errorText !== ""
        implicitHeight: errorLabel.implicitHeight + 24
        radius: 8
        color: Theme.badSoft

        Label {
            id: errorLabel

            anchors.fill: parent
            anchors.margins: 12
            text: "⚠ " + root.errorText
            font.pixelSize: Theme.fontBody
            color: Theme.bad
            wrapMode: Text.Wrap
        }
    }
    AppButton {
        Layout.fillWidth: true
        Layout.topMargin: 6
        implicitHeight: 68
        visible: !root.busy
        primary: true
        font.pixelSize: Theme.fontLarge
        text: qsTr("Join")
        enabled: root.canJoin
        onClicked: root.joinClicked()
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: 6
        visible: root.busy
        spacing: Theme.gap

        BusyIndicator {
            implicitWidth: Theme.touch
            implicitHeight: Theme.touch
            running: root.busy
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Connecting to the wall…")
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.Wrap
        }
        AppButton {
            text: qsTr("Stop")
            onClicked: root.stopClicked()
        }
    }
}
