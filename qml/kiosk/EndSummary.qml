pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Flipover.Kiosk

// After the end: what the meeting produced, at a glance. The considerations
// (in the vote's ranking if the room saw the result), and beside them, over pages that turn by
// themselves, the phases as planned, the counts of questions, insights and
// tips/tops, and what people said they take away. Only what the room made: the facilitator's
// way on ("New meeting…") is in the control bar. A phase the meeting went
// past without holding it is shown as skipped, not as undone.
Item {
    id: root

    required property SessionView view

    readonly property bool talliesShown: root.view.rankingShown
    // The ranking as the kiosk computed it (SessionView.ranking: ties share a
    // rank), or without a result the cards in the facilitator's order: whole
    // rows, over pages that turn by themselves (up to rowsMade; the rest is counted).
    readonly property var ranked: {
        if (root.talliesShown)
            return root.view.ranking.slice(0, root.rowsMade);
        const rows = [];
        for (let i = 0; i < Math.min(shownCards.count, root.rowsMade); ++i) {
            const card = shownCards.get(i);
            rows.push({ rank: i + 1, text: card.text, direction: card.direction, dots: -1 });
        }
        return rows;
    }
    // More rows than a wall's column holds are never made.
    readonly property int rowsMade: 20
    // The right column, block by block: the phases as they ran (a skipped
    // one or one not reached says "skipped"), the counts, and what people
    // take away. Whole blocks over pages that turn by themselves.
    readonly property var sideBlocks: {
        root.view.phaseCount;
        root.view.phaseIndex;
        const blocks = [{ kind: "note", name: "", muted: true,
                          text: qsTr("Planned minutes, including changes during the meeting") }];
        for (let i = 0; i < root.view.phases.count; ++i) {
            const phase = root.view.phases.get(i);
            // Skipped by the facilitator, or not reached before the end.
            const skipped = phase.status === "skipped" || phase.status === "pending";
            blocks.push({ kind: "phase", name: "summaryPhase" + i, muted: skipped,
                          text: (skipped ? "\u2013 " : "\u2713 ") + phase.title + " \u00B7 "
                                + (skipped ? qsTr("skipped") : qsTr("%1 min").arg(phase.minutes)) });
        }
        blocks.push({ kind: "counts", name: "summaryCounts", muted: false,
                      text: [qsTr("%n question(s) asked", "", root.view.questions.count) + ", "
                             + qsTr("%n answered", "", answered.count),
                             qsTr("%n insight(s) shared", "", sharedInsights.count),
                             qsTr("%n tip(s) and top(s)", "", root.view.tips.count)].join("\n") }); // qmllint disable type
        if (takeaways.count > 0)
            blocks.push({ kind: "heading", name: "", muted: false, text: qsTr("What we take away") });
        for (let i = 0; i < takeaways.count; ++i)
            blocks.push({ kind: "quote", name: "", muted: false, text: "\u201C" + takeaways.get(i).text + "\u201D" });
        return blocks;
    }

    RowFilterModel {
        id: shownCards

        sourceModel: root.view.cards
        roleName: "hidden"
        value: false
    }
    RowFilterModel {
        id: answered

        sourceModel: root.view.questions
        roleName: "answered"
        value: true
    }
    RowFilterModel {
        id: sharedInsights

        sourceModel: root.view.insights
        roleName: "shared"
        value: true
    }
    RowFilterModel {
        id: takeaways

        sourceModel: sharedInsights
        roleName: "question"
        value: "takeaway"
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap * 2

        ColumnLayout {
            id: cardsColumn

            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.px(14)

            Text {
                Layout.fillWidth: true
                text: (root.talliesShown ? qsTr("Preferences of the group") : qsTr("Considerations"))
                      + (rankedRows.pages > 1 ? "  " + (rankedRows.shownPage + 1) + "/" + rankedRows.pages : "")
                color: Theme.ink
                font.pixelSize: Theme.title
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                text: root.talliesShown
                      ? qsTr("%n card(s) on the flipover", "", shownCards.count) + " \u00B7 "
                        + qsTr("%n ballot(s)", "", root.view.ballotCount)
                      : qsTr("%n card(s) on the flipover", "", shownCards.count)
                color: Theme.inkMuted
                font.pixelSize: Theme.small
                font.bold: true
            }
            // Whole rows only: those that do not fit the column are counted below.
            PagedColumn {
                id: rankedRows

                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.px(14)
                autoFlip: true
                model: root.ranked

                delegate: SummaryRow {
                    required property var modelData
                    required property int index

                    objectName: "summaryRow" + index
                    rank: modelData.rank
                    text: modelData.text
                    direction: modelData.direction
                    tally: modelData.dots
                    maxTally: root.view.maxTally
                }
            }
            Text {
                Layout.fillWidth: true
                visible: shownCards.count > root.rowsMade
                text: qsTr("+ %n more card(s)", "", shownCards.count - root.rowsMade)
                color: Theme.inkMuted
                font.pixelSize: Theme.small
            }
            Text {
                id: thanks

                Layout.fillWidth: true
                text: qsTr("Thank you all for taking part.")
                color: Theme.navy
                font.pixelSize: Theme.body
                font.bold: true
                wrapMode: Text.Wrap
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: Theme.px(14)

            Text {
                Layout.fillWidth: true
                text: qsTr("The phases") + (sidePages.pages > 1 ? "  " + (sidePages.shownPage + 1) + "/" + sidePages.pages : "")
                color: Theme.ink
                font.pixelSize: Theme.title
                font.bold: true
            }
            PagedColumn {
                id: sidePages

                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.px(10)
                autoFlip: true
                model: root.sideBlocks

                delegate: Text {
                    id: block

                    required property var modelData

                    objectName: block.modelData.name
                    topPadding: block.modelData.kind === "heading" || block.modelData.kind === "counts" ? Theme.px(14) : 0
                    text: block.modelData.text
                    color: block.modelData.muted ? Theme.inkMuted : Theme.ink
                    font.pixelSize: block.modelData.kind === "heading" ? Theme.large
                                    : block.modelData.kind === "note" ? Theme.small : Theme.body
                    font.bold: block.modelData.kind === "heading" || block.modelData.kind === "note"
                    font.italic: block.modelData.kind === "quote"
                    lineHeight: block.modelData.kind === "counts" ? 1.2 : 1.0
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
