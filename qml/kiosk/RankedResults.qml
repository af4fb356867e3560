pragma ComponentBehavior: Bound
import QtQuick

// The results moment: the vote's ranking (SessionView.ranking, computed by
// the core: ties share a rank) as bars that grow in, one card a row, with its
// number and tally marks. The top choices carry a filled "1" badge and a
// thick frame, not only a colour. Everything is on one screen: the rows that
// fit are shown whole, a tie never split, the rest (the long tail, lowest
// first) is condensed into one line that says how many cards with how many
// dots, never cut.
Item {
    id: root

    // [{cardId, rank, dots, text, direction}], best first.
    property var ranking: []
    // 0 to 1: the bars grow to their length once, when the results appear.
    property real grown

    readonly property var rows: root.ranking ? Array.from(root.ranking) : []
    readonly property int maxDots: root.rows.length > 0 ? Math.max(1, root.rows[0].dots) : 1
    readonly property real spacing: Theme.px(8)
    // As many rows as fit whole above the tail line (which needs its own room,
    // as many lines as its words take, only when some rows are left out),
    // ending at a change of rank: cards tied with a shown row are shown too,
    // never folded into the tail as if they had fewer dots. When not even the
    // cards tied for first fit as rows, the tail line holds them all.
    readonly property int shownCount: {
        const count = Math.min(repeater.count, root.rows.length);
        let used = 0;
        let shown = 0;
        for (let i = 0; i < count; ++i) {
            const item = repeater.itemAt(i) as RankedRow;
            if (!item)
                return shown;
            used += item.implicitHeight + root.spacing;
            if (i < count - 1 && root.rows[i + 1].rank === root.rows[i].rank)
                continue; // a tie goes on: never cut inside it
            const reserve = i < count - 1 ? root.tailHeight(i + 1) : 0;
            if (used + reserve > root.height)
                return shown;
            shown = i + 1;
        }
        return shown;
    }
    // The height of the rows shown, with their spacing.
    readonly property real shownHeight: {
        let h = 0;
        for (let i = 0; i < root.shownCount; ++i) {
            const item = repeater.itemAt(i) as RankedRow;
            h += (item ? item.implicitHeight : 0) + root.spacing;
        }
        return h;
    }
    readonly property var tail: root.rows.slice(root.shownCount)
    readonly property string tailText: root.tailTextFrom(root.shownCount)

    // The height the tail line takes when the rows from `first` on are
    // condensed: its lines at the results' width (a word more per line, to
    // be safe with wrapping).
    function tailHeight(first: int): real {
        const width = tailMetrics.advanceWidth(root.tailTextFrom(first) + " ———");
        return Math.max(1, Math.ceil(width / Math.max(1, root.width))) * tailMetrics.lineSpacing + root.spacing;
    }
    // The tail line for the rows from `first` on.
    function tailTextFrom(first: int): string {
        const tail = root.rows.slice(first);
        if (tail.length === 0)
            return "";
        const groups = [];
        for (const row of tail) {
            const last = groups.length > 0 ? groups[groups.length - 1] : null;
            if (last && last.dots === row.dots)
                last.count++;
            else
                groups.push({ dots: row.dots, count: 1 });
        }
        // "cards" once: "Also: 3 cards with 1 dot, 4 without dots".
        return qsTr("Also: %1").arg(groups.map((g, i) => (i === 0 ? qsTr("%n card(s)", "", g.count) : "" + g.count) + " "
            + (g.dots > 0 ? qsTr("with %n dot(s)", "", g.dots) : qsTr("without dots"))).join(", "));
    }

    objectName: "rankedResults"

    NumberAnimation on grown {
        from: 0
        to: 1
        duration: 1200
        easing.type: Easing.OutCubic
    }

    FontMetrics {
        id: tailMetrics

        font.pixelSize: Theme.small
        font.bold: true
    }

    Column {
        anchors.fill: parent
        spacing: root.spacing

        Repeater {
            id: repeater

            model: root.rows

            delegate: RankedRow {
                required property var modelData
                required property int index

                width: parent ? parent.width : 0
                // Left out: unseen but laid out (made invisible its size
                // would not follow its width), below the shown rows.
                opacity: index < root.shownCount ? 1 : 0
                rank: modelData.rank
                dots: modelData.dots
                cardText: modelData.text
                fraction: root.grown * modelData.dots / root.maxDots
            }
        }
    }
    Text {
        objectName: "resultsTail"
        anchors.left: parent.left
        anchors.right: parent.right
        // Right below the rows shown.
        y: root.shownHeight
        visible: root.tail.length > 0
        text: root.tailText
        color: Theme.inkMuted
        font.pixelSize: Theme.small
        font.bold: true
        wrapMode: Text.Wrap
    }
}
