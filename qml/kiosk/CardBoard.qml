pragma ComponentBehavior: Bound
import QtQuick
import "Helpers.js" as Helpers
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
    // measure every card at the width of three columns and of two (wider
    // cards need less height, so the two-column measure holds for one too).
    readonly property real threeWide: root.columnWidth(3)
    readonly property real twoWide: root.columnWidth(2)
    readonly property real tallestAtThree: root.tallest(probesThree)
    readonly property real tallestAtTwo: root.tallest(probesTwo)
    // Of three columns and two, the one with fewer pages (three when even),
    // as long as every card fits a page at that width; else one.
    readonly property int columns: {
        const three = root.tallestAtThree <= grid.pageHeight ? root.pagesAt(probesThree, 3) : -1;
        const two = root.tallestAtTwo <= grid.pageHeight ? root.pagesAt(probesTwo, 2) : -1;
        if (three > 0 && (two < 0 || three <= two))
            return 3;
        return two > 0 ? 2 : 1;
    }

    function columnWidth(columns: int): real {
        return Math.floor((grid.width - (columns - 1) * grid.spacing) / columns);
    }
    function pagesAt(probes: Repeater, columns: int): int {
        root.revision;
        const heights = [];
        for (let i = 0; i < probes.count; ++i) {
            const probe = probes.itemAt(i) as CardDelegate;
            heights.push(Math.max(grid.minCardHeight, probe ? Math.ceil(probe.naturalHeight) : 0));
        }
        return Helpers.packColumns(heights, columns, grid.pageHeight, grid.spacing).pages;
    }
    function tallest(probes: Repeater): real {
        root.revision;
        let tallest = 0;
        for (let i = 0; i < probes.count; ++i) {
            const probe = probes.itemAt(i) as CardDelegate;
            if (probe)
                tallest = Math.max(tallest, probe.naturalHeight);
        }
        return Math.ceil(tallest);
    }
    // Bumped on every change of the shown cards, for the lookups below.
    property int revision: 0
    readonly property int selectedRow: {
        root.revision;
        for (let row = 0; row < shownCards.count; ++row)
            if (shownCards.get(row).id === root.selectedCardId)
                return row;
        return -1;
    }

    onSelectedRowChanged: grid.showRow(root.selectedRow)

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
        function onDataChanged() { root.revision++; }
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

    // Unseen cards at three and at two columns, measuring what each needs.
    Item {
        visible: false

        Repeater {
            id: probesThree

            model: shownCards

            delegate: CardDelegate {
                width: root.threeWide
                height: 0
                tagLabels: root.tagLabels
                showTally: root.talliesShown
                maxTally: root.view.maxTally
            }
        }
        Repeater {
            id: probesTwo

            model: shownCards

            delegate: CardDelegate {
                width: root.twoWide
                height: 0
                tagLabels: root.tagLabels
                showTally: root.talliesShown
                maxTally: root.view.maxTally
            }
        }
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
        columns: root.columns
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
            width: grid.cellWidth
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
            card: shownCards.get(root.focusedRow)
            tagLabels: root.tagLabels
            showTally: root.talliesShown
            maxTally: root.view.maxTally
            onClosed: root.closeCard()
        }
    }
}
