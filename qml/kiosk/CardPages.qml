pragma ComponentBehavior: Bound
import QtQml
import QtQuick

// The board's cards in rows of `columns`, in the board's order, each row as
// tall as its tallest card needs (the delegate's `naturalHeight`), so that
// no card is ever cut; rows that do not fit go on further pages, shown one
// at a time, with the page line ("Page 2 of 5 ●●○○○") at the room's scale.
// Pages turn by flip() and, on the wall, every flipIntervalMs while
// autoFlip is on and nobody flips by hand.
Item {
    id: root

    property alias model: repeater.model
    property alias delegate: repeater.delegate
    property int columns: 3
    property real minRowHeight: Theme.px(200)
    property real spacing: Theme.px(16)
    property int page: 0
    property bool autoFlip: true
    property int flipIntervalMs: 20000
    property string emptyText
    property string summary     // e.g. "8 cards", shown beside the page number

    readonly property int count: repeater.count
    readonly property real cellWidth: Math.floor((root.width - (root.columns - 1) * root.spacing) / root.columns)
    readonly property real pageHeight: area.height
    // Where each card goes: [{page, x, y, height}], by row of the model.
    readonly property var layout: {
        const places = [];
        const step = root.cellWidth + root.spacing;
        let page = 0, y = 0;
        for (let first = 0; first < repeater.count; first += root.columns) {
            const last = Math.min(repeater.count, first + root.columns);
            let h = root.minRowHeight;
            for (let i = first; i < last; ++i) {
                const item = repeater.itemAt(i) as CardDelegate;
                if (item)
                    h = Math.max(h, Math.ceil(item.naturalHeight));
            }
            if (y > 0 && y + h > area.height) {
                ++page;
                y = 0;
            }
            for (let i = first; i < last; ++i)
                places.push({ page: page, x: (i - first) * step, y: y, height: h });
            y += h + root.spacing;
        }
        return places;
    }
    readonly property int pages: root.layout.length > 0 ? root.layout[root.layout.length - 1].page + 1 : 1

    // Where a card goes, for the delegate's x, y, height and visible.
    function place(row: int): var {
        return row >= 0 && row < root.layout.length ? root.layout[row] : { page: -1, x: 0, y: 0, height: 0 };
    }
    // Turns to the page that holds `row`.
    function showRow(row: int) {
        const page = root.place(row).page;
        if (page >= 0 && page !== root.page) {
            root.page = page;
            flipTimer.restart();
        }
    }
    function flip(delta: int) {
        root.page = ((root.page + delta) % root.pages + root.pages) % root.pages;
        flipTimer.restart();
    }
    // The delegates on the page shown (for the tests).
    function shownItems(): list<Item> {
        const items = [];
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i);
            if (item && root.place(i).page === root.page)
                items.push(item);
        }
        return items;
    }

    onPagesChanged: root.page = Math.min(root.page, root.pages - 1)

    Item {
        id: area

        objectName: "cardPagesArea"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: footer.top
        anchors.bottomMargin: Theme.px(8)
        clip: true

        Repeater {
            id: repeater
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

        objectName: "pageLine"
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
