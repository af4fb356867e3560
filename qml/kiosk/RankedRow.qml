pragma ComponentBehavior: Bound
import QtQuick

// One card in the results (RankedResults): its rank in a badge, its text in
// full, and beside it a bar of its dots against the winner's, with the number and the
// tally marks. A top choice (rank 1, shared by ties) has a filled badge and a
// thick frame, so that it reads without colour.
Rectangle {
    id: root

    property int rank: 0
    property int dots: 0
    property string cardText
    property string direction
    property real fraction: 0      // the bar's length, 0 to 1

    readonly property bool topChoice: root.rank === 1 && root.dots > 0
    readonly property real padding: Theme.px(12)

    objectName: root.topChoice ? "topChoice" : "rankedRow"
    implicitHeight: Math.max(badge.height, content.implicitHeight, result.implicitHeight) + 2 * root.padding
    radius: Theme.radius
    color: Theme.surface
    border.width: root.topChoice ? Theme.px(7) : Theme.px(2)
    border.color: root.topChoice ? Theme.navy : Theme.line

    Rectangle {
        id: badge

        objectName: "rankBadge"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: root.padding
        width: Theme.px(84)
        height: Theme.px(84)
        radius: width / 2
        color: root.topChoice ? Theme.navy : Theme.surface
        border.width: Theme.px(4)
        border.color: Theme.navy

        Text {
            anchors.centerIn: parent
            text: root.rank
            color: root.topChoice ? Theme.inkOnNavy : Theme.navy
            font.pixelSize: Theme.large
            font.bold: true
        }
    }

    // The card's text on the left, its result on the right.
    Text {
        id: content

        objectName: "rankedText"
        anchors.left: badge.right
        anchors.right: result.left
        anchors.top: parent.top
        anchors.margins: root.padding
        anchors.leftMargin: Theme.px(20)
        text: root.direction.length > 0 ? "\u2192 " + root.direction + "  " + root.cardText : root.cardText
        color: Theme.ink
        font.pixelSize: Theme.body
        font.bold: root.topChoice
        wrapMode: Text.Wrap
    }
    Column {
        id: result

        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: root.padding
        width: Math.round(parent.width * 0.36)
        spacing: Theme.px(4)

        Item {
            width: parent.width
            height: Math.max(number.implicitHeight, marks.implicitHeight)

            Text {
                id: number

                objectName: "resultDots"
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(70)
                text: root.dots
                color: Theme.ink
                font.pixelSize: Theme.large
                font.bold: true
            }
            TallyMarks {
                id: marks

                anchors.left: number.right
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                count: root.dots
                markHeight: Theme.px(40)
            }
        }
        Rectangle {
            id: track

            width: parent.width
            height: Theme.px(24)
            radius: Theme.px(6)
            color: Theme.navyLight
            border.width: 1
            border.color: Theme.line

            Rectangle {
                objectName: "resultBar"
                width: parent.width * Math.max(0, Math.min(1, root.fraction))
                height: parent.height
                radius: parent.radius
                color: Theme.bar
            }
        }
    }
}
