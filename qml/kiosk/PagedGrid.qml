pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import "Helpers.js" as Helpers

// A grid of equal cells that never clips or overlaps a cell: it picks as
// many columns and rows as fit cells of at least the minimum size and shows
// the rest on further pages, flipped by flip() (keys, buttons) and, on the
// wall, every flipIntervalMs while autoFlip is on and nobody flips by hand.
// The page ("Page 2 of 5 ●●○○○") is shown at the room's scale.
Item {
    id: root

    property alias model: grid.model
    property alias delegate: grid.delegate
    property real minCellWidth: Theme.px(300)
    property real minCellHeight: Theme.px(260)
    property real spacing: Theme.px(16)
    property int page: 0
    property bool autoFlip: true
    property int flipIntervalMs: 20000
    property string emptyText
    property string summary     // e.g. "8 cards", shown beside the page number

    // The model's own count where it has one: GridView's count can change
    // while the view re-lays out, which would feed back into the layout.
    readonly property int count: grid.model && grid.model.count !== undefined ? grid.model.count : grid.count
    readonly property var layout: Helpers.gridLayout(root.count, root.width, gridArea.height,
                                                     root.minCellWidth, root.minCellHeight, root.spacing)
    readonly property real cellWidth: Math.floor(root.layout.cellWidth)
    readonly property real cellHeight: Math.floor(root.layout.cellHeight)
    readonly property int pages: root.layout.pages
    readonly property GridView view: grid
    // The height of a page of cells (above the page line).
    readonly property real pageHeight: gridArea.height

    // Turns to the page that holds `row`.
    function showRow(row: int) {
        if (row < 0 || root.layout.perPage <= 0)
            return;
        const page = Math.floor(row / root.layout.perPage);
        if (page !== root.page) {
            root.page = page;
            flipTimer.restart();
        }
    }
    function flip(delta: int) {
        root.page = ((root.page + delta) % root.pages + root.pages) % root.pages;
        flipTimer.restart();
    }

    onPagesChanged: root.page = Math.min(root.page, root.pages - 1)

    Item {
        id: gridArea

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: footer.top
        anchors.bottomMargin: Theme.px(8)

        GridView {
            id: grid

            width: parent.width + root.spacing
            height: root.layout.rows * (root.cellHeight + root.spacing) - root.spacing
            cellWidth: root.cellWidth + root.spacing
            cellHeight: root.cellHeight + root.spacing
            contentY: root.page * root.layout.rows * grid.cellHeight
            interactive: false
            clip: true
        }

        Text {
            anchors.fill: parent
            visible: root.count === 0 && root.emptyText.length > 0
            text: root.emptyText
            color: Theme.inkMuted
            font.pixelSize: Theme.large
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }

    Text {
        id: footer

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        text: {
            const parts = [];
            if (root.summary.length > 0)
                parts.push(root.summary);
            if (root.pages > 1)
                parts.push(qsTr("Page %1 of %2").arg(root.page + 1).arg(root.pages)
                           + "  " + "\u25CF".repeat(root.page + 1) + "\u25CB".repeat(root.pages - root.page - 1));
            return parts.join("   \u00B7   ");
        }
        color: Theme.inkMuted
        font.pixelSize: Theme.small
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignRight
    }

    Timer {
        id: flipTimer

        interval: root.flipIntervalMs
        repeat: true
        running: root.autoFlip && root.pages > 1
        onTriggered: root.page = (root.page + 1) % root.pages
    }
}
