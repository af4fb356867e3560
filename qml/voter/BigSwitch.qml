pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A switch sized for a finger, that also says "on" or "off" in words.
Switch {
    id: root

    implicitHeight: Theme.touch
    font.pixelSize: Theme.fontBody
    spacing: 14

    indicator: Rectangle {
        x: root.leftPadding
        anchors.verticalCenter: parent.verticalCenter
        implicitWidth: 64
        implicitHeight: 34
        radius: 17
        color: root.checked ? Theme.accent : Theme.surfaceMuted
        border.color: root.checked ? Theme.accent : Theme.muted
        border.width: 2

        Rectangle {
            x: root.checked ? parent.width - width - 4 : 4
            anchors.verticalCenter: parent.verticalCenter
            width: 26
            height: 26
            radius: 13
            color: root.checked ? Theme.surface : Theme.muted
        }
    }
    contentItem: Text {
        leftPadding: root.indicator.width + root.spacing
        verticalAlignment: Text.AlignVCenter
        text: root.text + "  (" + (root.checked ? qsTr("on") : qsTr("off")) + ")"
        font: root.font
        color: Theme.ink
        wrapMode: Text.Wrap
    }
}
