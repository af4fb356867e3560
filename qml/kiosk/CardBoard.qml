pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Kiosk

// The flipover: the cards the room may see (hidden ones stay off the wall),
// each as tall as all of its text needs, paged when they do not fit. In a
// vote phase the vote banner sits on top; once the vote is closed and its
// result shown, the ranked results (RankedResults) take the board's place.
// Tapping the selected card opens it over the board (CardFocus). The meeting
// holds which card is open (phase.focusCardId, the `focusCard` command), so a
// facilitator's tablet opens and closes it too: the board shows what the view
// says and asks for a change with focusRequested.
Item {
    id: root

    required property SessionView view
    property bool voting: false
    // The facilitator steers: the pages stay where they are.
    property bool steering: false
    // The facilitator's selection (CardControls), marked on its card.
    property int selectedCardId: -1
    property int mergeSourceId: -1

    signal cardTapped(int cardId)
    // Open this card full screen for everyone, or close it (0).
    signal focusRequested(int cardId)

    objectName: "cardBoard"

    // The wall shows the facilitator's projection, which holds tallies even
    // while they are hidden from the room: show them only when revealed or live.
    readonly property bool talliesShown: root.voting && root.view.voteStatus !== "idle"
                                         && root.view.talliesVisible
                                         && (root.view.talliesRevealed || root.view.liveTallies)
    readonly property var tagLabels: {
        const labels = {};
        for (const tag of root.view.tags)
            labels[tag.id] = tag.label;
        return labels;
    }
    readonly property alias pagedGrid: grid
    readonly property bool resultsShown: root.voting && root.view.rankingShown
    // The card open in the focus view, -1 for none: the meeting's, or the one
    // just asked for until the meeting answers.
    property int focusedCardId: root.view.focusCardId > 0 ? root.view.focusCardId : -1
    readonly property int focusedRow: {
        root.revision;
        for (let row = 0; row < shownCards.count; ++row)
            if (shownCards.get(row).id === root.focusedCardId)
                return row;
        return -1;
    }
    // Each card is as tall as it needs (CardPages' columns). Unseen cards
    // measure every card at the width of one, two and three columns, of the
    // counts whose columns hold the longest word unbroken (minColumnWidth);
    // CardPages gives each page the count that needs the fewest pages
    // (`columns`: those of the page shown).
    readonly property int maxColumns: 3
    readonly property real minColumnWidth: {
        root.revision;
        return root.longestWord() + 2 * Theme.px(12);
    }
    readonly property var heightsByColumns: Array.from({ length: probeSets.count },
                                                       (_, i) => probeSets.itemAt(i) ? probeSets.itemAt(i).heights : null)
    readonly property int columns: grid.columns

    function columnWidth(columns: int): real {
        return Math.floor((grid.width - (columns - 1) * grid.spacing) / columns);
    }
    // The widest word on any shown card, as the card sets it, with what
    // surrounds it: the header's words bold (a tag with its tint's margins),
    // the card's text at its size, remarks (with their margins) and merged
    // cards at the small size.
    function longestWord(): real {
        let widest = 0;
        const measure = (metrics, text, extra) => {
            for (const word of ("" + text).split(/\s+/))
                if (word.length > 0)
                    widest = Math.max(widest, metrics.advanceWidth(word) + extra);
        };
        for (let row = 0; row < shownCards.count; ++row) {
            const card = shownCards.get(row);
            measure(textMetrics, card.text, 0);
            measure(boldMetrics, card.direction ? "\u2192\u00A0" + card.direction : "", 0);
            for (const tag of Array.from(card.tags || []))
                measure(boldMetrics, root.tagLabels[tag] || tag, 2 * boldMetrics.advanceWidth("\u00A0"));
            for (const remark of Array.from(card.remarks || []))
                measure(smallMetrics, remark.text, Theme.px(22));
            for (const merged of Array.from(card.merged || []))
                measure(smallMetrics, merged.text, 0);
        }
        return Math.ceil(widest);
    }
    // Bumped on every change of the shown cards, for the lookups below;
    // a change of tallies alone bumps only tallyRevision, for the open card.
    property int revision: 0
    property int tallyRevision: 0
    readonly property int selectedRow: {
        root.revision;
        for (let row = 0; row < shownCards.count; ++row)
            if (shownCards.get(row).id === root.selectedCardId)
                return row;
        return -1;
    }

    onSelectedRowChanged: grid.showRow(root.selectedRow)

    function shownCard(row: int, revision: int, tallyRevision: int): var {
        return shownCards.get(row);
    }

    function flipPage(delta: int) {
        grid.flip(delta);
    }
    function openCard(cardId: int) {
        root.focusedCardId = cardId;
        root.focusRequested(cardId);
    }
    function closeCard() {
        root.focusedCardId = -1;
        root.focusRequested(0);
    }
    function toggleCard(cardId: int) {
        if (root.focusedCardId === cardId)
            root.closeCard();
        else
            root.openCard(cardId);
    }

    Connections {
        target: root.view

        function onFocusCardIdChanged() {
            root.focusedCardId = root.view.focusCardId > 0 ? root.view.focusCardId : -1;
        }
    }

    RowFilterModel {
        id: shownCards

        sourceModel: root.view.cards
        roleName: "hidden"
        value: false
    }
    Connections {
        target: shownCards

        function onRowsInserted() { root.revision++; }
        function onRowsRemoved() { root.revision++; }
        function onRowsMoved() { root.revision++; }
        function onModelReset() { root.revision++; }
        // A tally moves no word and no card: the probes and the places
        // follow a tally through their bindings, without a new revision.
        function onDataChanged(topLeft, bottomRight, roles) {
            if (roles.length === 1 && roles[0] === shownCards.role("tally"))
                root.tallyRevision++;
            else
                root.revision++;
        }
        function onLayoutChanged() { root.revision++; }
    }

    VoteBanner {
        id: banner

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        visible: root.voting
        status: root.view.voteStatus
        mode: root.view.voteMode
        dots: root.view.voteDots
        cap: root.view.voteCap
        ballots: root.view.ballotCount
        talliesShown: root.talliesShown
        present: root.view.participantCount
    }

    FontMetrics {
        id: textMetrics

        font.pixelSize: Theme.body
    }
    FontMetrics {
        id: smallMetrics

        font.pixelSize: Theme.small
    }
    FontMetrics {
        id: boldMetrics

        font.pixelSize: Theme.small
        font.bold: true
    }

    // Unseen cards at one, two and three columns, measuring what each needs.
    component ProbeSet: Item {
        id: probeSet

        required property int index
        readonly property real cardWidth: root.columnWidth(probeSet.index + 1)
        // What each card needs at this many columns; null where a word would not fit.
        readonly property var heights: {
            root.revision;
            if (probeSet.index > 0 && probeSet.cardWidth < root.minColumnWidth)
                return null;
            const heights = [];
            for (let i = 0; i < probes.count; ++i) {
                const probe = probes.itemAt(i) as CardDelegate;
                heights.push(probe ? Math.ceil(probe.naturalHeight) : 0);
            }
            return heights;
        }

        visible: false

        Repeater {
            id: probes

            model: shownCards

            delegate: CardDelegate {
                width: probeSet.cardWidth
                height: 0
                tagLabels: root.tagLabels
                showTally: root.talliesShown
                maxTally: root.view.maxTally
            }
        }
    }
    Repeater {
        id: probeSets

        model: root.maxColumns

        delegate: ProbeSet {}
    }

    RankedResults {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: banner.bottom
        anchors.bottom: parent.bottom
        anchors.topMargin: Theme.px(16)
        visible: root.resultsShown
        ranking: root.resultsShown ? root.view.ranking : []
    }

    CardPages {
        id: grid

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: banner.visible ? banner.bottom : parent.top
        anchors.bottom: parent.bottom
        anchors.topMargin: banner.visible ? Theme.px(16) : 0
        visible: !root.resultsShown
        model: shownCards
        // Pages turn by themselves only while the meeting runs and nobody steers.
        autoFlip: root.view.phaseStatus === "running" && !root.steering
        heightsByColumns: root.heightsByColumns
        emptyText: qsTr("No considerations yet. Write them on your phone or tablet: each one appears here on the flipover.")
        summary: {
            const parts = [qsTr("%n card(s)", "", shownCards.count)];
            if (root.view.phaseActivities.indexOf("solutions") >= 0 && root.view.solutions.count > 0)
                parts.push(qsTr("%n solution(s) handed in to the facilitator", "", root.view.solutions.count));
            return parts.join("   \u00B7   ");
        }

        delegate: CardDelegate {
            id: card

            required property int index
            readonly property int cardId: {
                root.revision;
                const row = shownCards.get(card.index);
                return row.id !== undefined ? row.id : -1;
            }

            readonly property var place: grid.place(card.index)

            // Another page's cards lie beside this page, outside its clip.
            x: card.place.x + (card.place.page - grid.page) * (grid.width + grid.spacing)
            y: card.place.y
            width: card.place.width
            height: card.place.height
            tagLabels: root.tagLabels
            showTally: root.talliesShown
            maxTally: root.view.maxTally
            selected: card.index === root.selectedRow
            mergeSource: card.cardId === root.mergeSourceId
            onTapped: {
                if (card.selected)
                    root.openCard(card.cardId);
                else
                    root.cardTapped(card.cardId);
            }
        }
    }

    Repeater {
        model: root.focusedRow >= 0 ? 1 : 0

        CardFocus {
            anchors.fill: parent
            // The revisions as arguments: the open card follows its edits
            // and its tally (a row that stays the same notifies nothing).
            card: root.shownCard(root.focusedRow, root.revision, root.tallyRevision)
            tagLabels: root.tagLabels
            showTally: root.talliesShown
            maxTally: root.view.maxTally
            onClosed: root.closeCard()
        }
    }
}
