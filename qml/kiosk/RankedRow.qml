pragma ComponentBehavior: Bound
import QtQuick

// One card in the results (RankedResults), compact so that the top five of
// a full board fit on one screen: its rank in a badge, its text in full over
// most of the row, and at the right its number with the tally marks above a
// bar of its dots against the winner's. A top choice (rank 1, shared by
// ties) has a filled badge, a thick frame and bold text, so that it reads
// without colour.
Rectangle {
    id: root

    property int rank: 0
    property int dots: 0
    property string cardText
    property real fraction: 0      // the bar's length, 0 to 1

    readonly property bool topChoice: root.rank === 1 && root.dots > 0
    readonly property real padding: Theme.px(6)

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
        anchors.leftMargin: Theme.px(12)
        width: Theme.px(68)
        height: Theme.px(68)
        radius: width / 2
        color: root.topChoice ? Theme.navy : Theme.surface
        border.width: Theme.px(4)
        border.color: Theme.navy

        Text {
            anchors.centerIn: parent
            text: root.rank
            color: root.topChoice ? Theme.inkOnNavy : Theme.navy
            font.pixelSize: Theme.small
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
        anchors.leftMargin: Theme.px(16)
        anchors.rightMargin: Theme.px(16)
        // The card's words alone: its direction would take a line more
        // than the top five of a full board leave (the board shows it).
        text: root.cardText
        color: Theme.ink
        font.pixelSize: Theme.small
        font.bold: root.topChoice
        wrapMode: Text.Wrap
    }
    Column {
        id: result

        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: root.padding
        anchors.rightMargin: Theme.px(14)
        width: Theme.px(200)
        spacing: Theme.px(6)

        Item {
            width: parent.width
            height: Math.max(number.implicitHeight, marks.implicitHeight)

            Text {
                id: number

                objectName: "resultDots"
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(58)
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
                markHeight: Theme.px(36)
            }
        }
        Rectangle {
            id: track

            width: parent.width
            height: Theme.px(16)
            radius: Theme.px(5)
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
