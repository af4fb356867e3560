pragma ComponentBehavior: Bound
import QtQuick

// One kind of post-it under its question, e.g. "Tips" or what enriched the
// view: each post-it as tall as its text, paged when there are more than fit.
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

    // The post-its whole, each as tall as its text, a page at a time.
    PagedColumn {
        id: grid

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: heading.bottom
        anchors.bottom: footer.top
        anchors.topMargin: Theme.px(16)
        anchors.bottomMargin: Theme.px(8)
        autoFlip: true

        delegate: PostIt {
            required property string text

            label: root.label
            note: text
            paper: root.paper
        }
    }
    Text {
        anchors.fill: grid
        visible: grid.count === 0
        text: qsTr("Nothing here yet.")
        color: Theme.inkMuted
        font.pixelSize: Theme.small
        wrapMode: Text.Wrap
    }
    // "3 post-its · 1/2", on one line of a fixed height: turning a page never moves the post-its.
    Text {
        id: footer

        objectName: "postItPages"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.px(56)
        text: qsTr("%n post-it(s)", "", grid.count)
              + (grid.pages > 1 ? "  \u00B7  " + (grid.shownPage + 1) + "/" + grid.pages : "")
        color: Theme.inkMuted
        font.pixelSize: Theme.small
        font.bold: true
        horizontalAlignment: Text.AlignRight
        verticalAlignment: Text.AlignBottom
    }
}
