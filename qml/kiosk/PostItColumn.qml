pragma ComponentBehavior: Bound
import QtQuick

// One kind of post-it under its question, e.g. "Tips" or what enriched the
// view, paged when there are more than fit.
Item {
    id: root

    property string title
    property string question
    property string label
    property color paper: Theme.tipPaper
    property alias model: grid.model
    property alias autoFlip: grid.autoFlip
    readonly property int count: grid.count

    function flipPage(delta: int) {
        grid.flip(delta);
    }

    Column {
        id: heading

        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.px(4)

        Text {
            width: parent.width
            text: root.title
            color: Theme.ink
            font.pixelSize: Theme.large
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            visible: root.question.length > 0
            text: root.question
            color: Theme.inkMuted
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
        }
    }

    PagedGrid {
        id: grid

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: heading.bottom
        anchors.bottom: parent.bottom
        anchors.topMargin: Theme.px(16)
        // Wide enough that a word of the room's size never breaks inside.
        minCellWidth: Theme.px(440)
        minCellHeight: Theme.px(230)
        emptyText: qsTr("Nothing here yet.")
        summary: qsTr("%n post-it(s)", "", grid.count)

        delegate: PostIt {
            required property string text

            width: grid.cellWidth
            height: grid.cellHeight
            label: root.label
            note: text
            paper: root.paper
        }
    }
}
