pragma ComponentBehavior: Bound
import QtQml
import QtQuick

// A column of blocks of text (ground rules, questions) that never cuts one:
// each delegate is as tall as its implicitHeight at the column's width, and
// blocks that do not fit below the others go on the next page, shown one at
// a time. The owner shows which page it is (shownPage, pages). Pages turn by
// flip() and, while autoFlip is on, every flipIntervalMs.
Item {
    id: root

    property alias model: repeater.model
    property alias delegate: repeater.delegate
    property real spacing: Theme.px(16)
    property int page: 0
    property bool autoFlip: false
    property int flipIntervalMs: 20000

    readonly property int count: repeater.count
    // Whether a block is on the page shown (for the tests).
    function shows(item: Item): bool {
        return item.x === 0;
    }
    // Where each block goes: [{page, y}], by row of the model.
    readonly property var layout: {
        const places = [];
        let page = 0, y = 0;
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i);
            const h = item ? Math.ceil(item.implicitHeight) : 0;
            if (y > 0 && y + h > root.height) {
                ++page;
                y = 0;
            }
            places.push({ page: page, y: y });
            y += h + root.spacing;
        }
        return places;
    }
    readonly property int pages: root.layout.length > 0 ? root.layout[root.layout.length - 1].page + 1 : 1
    // The page on screen: `page`, kept inside the pages there are (not
    // assigned, so that an owner may bind `page`).
    readonly property int shownPage: Math.max(0, Math.min(root.page, root.pages - 1))

    // The page that holds `row` (0 when there is none).
    function pageOf(row: int): int {
        return row >= 0 && row < root.layout.length ? root.layout[row].page : 0;
    }
    function flip(delta: int) {
        root.page = ((root.shownPage + delta) % root.pages + root.pages) % root.pages;
        flipTimer.restart();
    }
    function place() {
        const places = root.layout;
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i);
            if (!item || i >= places.length)
                continue;
            // Another page's blocks lie beside this one, outside the clip
            // (not made invisible: a layout inside them keeps its size).
            item.x = (places[i].page - root.shownPage) * (root.width + root.spacing);
            item.y = places[i].y;
        }
    }

    clip: true

    onLayoutChanged: root.place()
    onShownPageChanged: root.place()
    onWidthChanged: root.place()

    Repeater {
        id: repeater

        // Each block as wide as the column (a binding: its height follows).
        onItemAdded: function(index, item) {
            item.width = Qt.binding(() => root.width);
            item.x = -root.width - root.spacing;
        }
    }

    Timer {
        id: flipTimer

        interval: root.flipIntervalMs
        repeat: true
        running: root.autoFlip && root.pages > 1
        onTriggered: root.page = (root.shownPage + 1) % root.pages
    }
}
