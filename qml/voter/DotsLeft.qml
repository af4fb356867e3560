pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// How many of my dots are still free, as dots and in words.
RowLayout {
    id: root

    property int total: 0
    property int used: 0
    property int cap: 0

    spacing: 12

    Row {
        spacing: 6

        Repeater {
            model: root.total

            delegate: Rectangle {
                id: dot

                required property int index

                width: 26
                height: 26
                radius: 13
                color: dot.index < root.total - root.used ? Theme.accent : "transparent"
                border.color: Theme.accent
                border.width: 2
            }
        }
    }
    Label {
        objectName: "dotsText"
        Layout.fillWidth: true
        text: (root.used < root.total ? qsTr("%1 of your %2 dots left.").arg(root.total - root.used).arg(root.total)
                                      : qsTr("All your %1 dots are placed.").arg(root.total))
              + (root.cap > 0 ? " " + qsTr("At most %1 per card.").arg(root.cap) : "")
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.ink
        wrapMode: Text.Wrap
    }
}
