pragma ComponentBehavior: Bound
import QtQuick

// A card's result: the number, tally marks (turven) and a bar against the
// highest tally, so the count reads three ways and never by colour alone.
Item {
    id: root

    property int count: 0
    property int maxCount: 0

    implicitHeight: Math.max(number.implicitHeight, marks.implicitHeight) + Theme.px(8) + track.height

    Text {
        id: number

        objectName: "tallyNumber"
        width: Theme.px(64)
        text: root.count
        color: Theme.ink
        font.pixelSize: Theme.large + Theme.px(4)
        font.bold: true
    }

    TallyMarks {
        id: marks

        anchors.left: number.right
        anchors.right: parent.right
        anchors.verticalCenter: number.verticalCenter
        count: root.count
        markHeight: Theme.px(34)
    }

    Rectangle {
        id: track

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.px(12)
        radius: height / 2
        color: Theme.navyLight
        border.width: 1
        border.color: Theme.line

        Rectangle {
            width: root.maxCount > 0 ? parent.width * root.count / root.maxCount : 0
            height: parent.height
            radius: parent.radius
            color: Theme.bar
        }
    }
}
