pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A check box sized for a finger.
CheckBox {
    id: root

    implicitHeight: Theme.touch
    font.pixelSize: Theme.fontBody
    spacing: 14

    indicator: Rectangle {
        x: root.leftPadding
        anchors.verticalCenter: parent.verticalCenter
        implicitWidth: 34
        implicitHeight: 34
        radius: 6
        color: root.checked ? Theme.accent : Theme.surfaceMuted
        border.color: root.checked ? Theme.accent : Theme.muted
        border.width: 2

        Text {
            anchors.centerIn: parent
            visible: root.checked
            text: "✓"
            font.pixelSize: 24
            font.bold: true
            color: Theme.textOnAccent
        }
    }
    contentItem: Text {
        leftPadding: root.indicator.width + root.spacing
        verticalAlignment: Text.AlignVCenter
        text: root.text
        font: root.font
        color: Theme.ink
        wrapMode: Text.Wrap
    }
}
