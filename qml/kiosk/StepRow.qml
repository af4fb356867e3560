pragma ComponentBehavior: Bound
import QtQuick

// One numbered step of the phase (StepsPanel), wrapped in full.
Item {
    id: root

    property int number: 1
    property string step
    property real textSize: Theme.small

    implicitHeight: Math.max(stepText.implicitHeight, badge.height)

    Rectangle {
        id: badge

        width: Theme.px(56)
        height: Theme.px(56)
        radius: width / 2
        color: Theme.navy

        Text {
            anchors.centerIn: parent
            text: root.number
            color: Theme.inkOnNavy
            font.pixelSize: Theme.small
            font.bold: true
        }
    }
    Text {
        id: stepText

        anchors.left: badge.right
        anchors.leftMargin: Theme.px(14)
        anchors.right: parent.right
        text: root.step
        color: Theme.ink
        font.pixelSize: root.textSize
        wrapMode: Text.Wrap
    }
}
