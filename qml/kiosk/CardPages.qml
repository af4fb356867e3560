pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import "Helpers.js" as Helpers

// The board's cards in one, two or three columns, each card as tall as all
// of its text needs at its column's width, so that no card is ever cut:
// heightsByColumns[c - 1] holds what each card needs at c columns (null
// where c columns would break a word; the board measures them on unseen
// cards). Each page takes its own column count where that saves pages
// (Helpers.packPages): a card too tall for two columns waits for a page of
// one while the others fill pages of two; a card that fits in none waits for
// the next page while later ones fill this one: as many whole cards a page
// as fit. Pages are shown one at a time, with the page line ("Page 2 of 5
// ●●○○○") at the room's scale. Pages turn by flip() and, on the wall, every
// flipIntervalMs while autoFlip is on (nobody steers).
Item {
    id: root

    property alias model: repeater.model
    property alias delegate: repeater.delegate
    property var heightsByColumns: []
    property real minCardHeight: Theme.px(120)
    property real spacing: Theme.px(16)
    property int page: 0
    property bool autoFlip: true
    property int flipIntervalMs: 20000
    property string emptyText
    property string summary     // e.g. "8 cards", shown beside the page number

    readonly property int count: repeater.count
    // The columns of the page shown, and their width.
    readonly property int columns: {
        for (const place of root.layout)
            if (place.page === root.page)
                return place.columns;
        return 1;
    }
    readonly property real cellWidth: root.columnWidth(root.columns)
    readonly property real pageHeight: area.height
    // Whether the pages turn by themselves now.
    readonly property bool turning: flipTimer.running
    // Where each card goes: [{page, columns, x, y, width, height}], by row
    // of the model.
    readonly property var layout: {
        const byColumns = [];
        for (const heights of root.heightsByColumns)
            byColumns.push(heights && heights.length === repeater.count
                           ? heights.map(h => Math.max(root.minCardHeight, Math.ceil(h))) : null);
        if (byColumns.length === 0 || !byColumns[0])
            return [];
        const packed = Helpers.packPages(byColumns, area.height, root.spacing);
        const places = [];
        for (let i = 0; i < repeater.count; ++i) {
            const p = packed.places[i];
            const width = root.columnWidth(p.columns);
            places.push({ page: p.page, columns: p.columns, x: p.column * (width + root.spacing), y: p.y,
                          width: width, height: byColumns[p.columns - 1][i] });
        }
        return places;
    }
    readonly property int pages: {
        let pages = 1;
        for (const place of root.layout)
            pages = Math.max(pages, place.page + 1);
        return pages;
    }

    function columnWidth(columns: int): real {
        return Math.floor((root.width - (columns - 1) * root.spacing) / columns);
    }
    // "8 cards · Page 2 of 5 ●●○○○" (the dots up to eight pages).
    function footerText(page: int, pages: int): string {
        if (pages <= 1)
            return root.summary;
        const dots = pages <= 8 ? "  " + "\u25CF".repeat(page + 1) + "\u25CB".repeat(pages - page - 1) : "";
        const pageText = qsTr("Page %1 of %2").arg(page + 1).arg(pages) + dots;
        return root.summary.length > 0 ? root.summary + "   \u00B7   " + pageText : pageText;
    }
    // Where a card goes, for the delegate's x, y and height; a card of
    // another page lies beside this one, outside the clipped area (not made
    // invisible: its size stays measured, and the page line never moves).
    function place(row: int): var {
        return row >= 0 && row < root.layout.length ? root.layout[row] : { page: -1, columns: 1, x: 0, y: 0, width: 0, height: 0 };
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

    // The page line's height, from its longest form (the page part at 99 of
    // 99 with eight dots), so that turning to another page or a new page
    // count never moves the cards.
    Text {
        id: footerMeasure

        visible: false
        width: root.width
        text: root.footerText(98, 99)
        font: footer.font
        wrapMode: Text.Wrap
    }
    Text {
        id: footer

        objectName: "pageLine"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: footerMeasure.implicitHeight
        text: root.footerText(root.page, root.pages)
        color: Theme.inkMuted
        font.pixelSize: Theme.small
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignRight
        verticalAlignment: Text.AlignBottom
    }

    Timer {
        id: flipTimer

        interval: root.flipIntervalMs
        repeat: true
        running: root.autoFlip && root.pages > 1
        onTriggered: root.page = (root.page + 1) % root.pages
    }
}
