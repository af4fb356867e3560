pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Kiosk

// The flipover: the cards the room may see (hidden ones stay off the wall),
// paged when they do not fit. In a vote phase the vote banner sits on top
// and the cards show their tallies once they are revealed (or live).
Item {
    id: root

    required property SessionView view
    property bool voting: false
    // The facilitator's selection (CardControls), marked on its card.
    property int selectedCardId: -1
    property int mergeSourceId: -1

    signal cardTapped(int cardId)

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
    }

    PagedGrid {
        id: grid

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: banner.visible ? banner.bottom : parent.top
        anchors.bottom: parent.bottom
        anchors.topMargin: banner.visible ? Theme.px(16) : 0
        model: shownCards
        // Pages turn by themselves only while the meeting runs.
        autoFlip: root.view.phaseStatus === "running"
        // Four columns on a 1080p wall; taller cards where remarks or tallies go.
        minCellWidth: Theme.px(320)
        minCellHeight: {
            if (root.talliesShown)
                return Theme.px(300);
            return root.view.phaseActivities.indexOf("remarks") >= 0 ? Theme.px(280) : Theme.px(240); // qmllint disable type
        }
        emptyText: qsTr("No considerations yet. Write them on your tablet: each one appears here on the flipover.")
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

            width: grid.cellWidth
            height: grid.cellHeight
            tagLabels: root.tagLabels
            showTally: root.talliesShown
            maxTally: root.view.maxTally
            selected: card.index === root.selectedRow
            mergeSource: card.cardId === root.mergeSourceId
            onTapped: root.cardTapped(card.cardId)
        }
    }
}
