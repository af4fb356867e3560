pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Flipover.Kiosk

// After the end: what the meeting produced, at a glance. The considerations
// (in the vote's ranking if the room saw the result; as many as fit), the phases
// as planned, the counts of questions, insights and tips/tops, and what
// people said they take away. Only what the room made: the facilitator's
// way on ("New meeting…") is in the control bar. A phase the meeting went
// past without holding it is shown as skipped, not as undone.
Item {
    id: root

    required property SessionView view

    readonly property bool talliesShown: root.view.rankingShown
    // Rows of about two lines each between the headings and the thanks; the rest is counted.
    // From the height the column gets (root's, less the margins), not from the
    // column's: that is set while the layout runs, and rows made then are never laid out.
    readonly property int rowsFitting: Math.max(1, Math.floor((root.height - 2 * Theme.gap - Theme.px(170)
                                                               - thanks.height - cardsColumn.spacing)
                                                              / Theme.px(142)))
    // The ranking as the kiosk computed it (SessionView.ranking: ties share a
    // rank), or without a result the cards in the facilitator's order.
    readonly property var ranked: {
        if (root.talliesShown)
            return root.view.ranking.slice(0, root.rowsFitting);
        const rows = [];
        for (let i = 0; i < Math.min(shownCards.count, root.rowsFitting); ++i) {
            const card = shownCards.get(i);
            rows.push({ rank: i + 1, text: card.text, direction: card.direction, dots: -1 });
        }
        return rows;
    }
    // A plan that grew during the meeting: six lines of phases at most (five
    // and "+ n more" beyond six), and then one takeaway, so all fits at 1280x720.
    readonly property int phasesShown: root.view.phaseCount <= 6 ? root.view.phaseCount : 5
    readonly property int takeawaysShown: root.view.phaseCount <= 5 ? 2 : 1

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
                text: root.talliesShown ? qsTr("Preferences of the group") : qsTr("Considerations")
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
            Repeater {
                model: root.ranked

                delegate: SummaryRow {
                    required property var modelData
                    required property int index

                    Layout.fillWidth: true
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
                visible: shownCards.count > root.ranked.length
                text: qsTr("+ %n more card(s)", "", shownCards.count - root.ranked.length)
                color: Theme.inkMuted
                font.pixelSize: Theme.small
            }
            Item {
                Layout.fillHeight: true
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
                text: qsTr("The phases")
                color: Theme.ink
                font.pixelSize: Theme.title
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Planned minutes, including changes during the meeting")
                color: Theme.inkMuted
                font.pixelSize: Theme.small
                font.bold: true
                wrapMode: Text.Wrap
            }
            Repeater {
                model: root.view.phases

                delegate: Text {
                    required property int index
                    required property string title
                    required property int minutes
                    required property string status

                    // Skipped by the facilitator, or not reached before the end.
                    readonly property bool skipped: status === "skipped" || status === "pending"

                    Layout.fillWidth: true
                    objectName: "summaryPhase" + index
                    visible: index < root.phasesShown
                    wrapMode: Text.Wrap
                    text: (skipped ? "\u2013 " : "\u2713 ") + title + " \u00B7 "
                          + (skipped ? qsTr("skipped") : qsTr("%1 min").arg(minutes))
                    color: skipped ? Theme.inkMuted : Theme.ink
                    font.pixelSize: Theme.body
                }
            }
            Text {
                Layout.fillWidth: true
                visible: root.view.phaseCount > root.phasesShown
                text: qsTr("+ %n more phase(s)", "", root.view.phaseCount - root.phasesShown)
                color: Theme.inkMuted
                font.pixelSize: Theme.body
                elide: Text.ElideRight
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.px(3)
                Layout.topMargin: Theme.px(10)
                color: Theme.line
            }
            Text {
                Layout.fillWidth: true
                text: [qsTr("%n question(s) asked", "", root.view.questions.count) + ", "
                       + qsTr("%n answered", "", answered.count),
                       qsTr("%n insight(s) shared", "", sharedInsights.count),
                       qsTr("%n tip(s) and top(s)", "", root.view.tips.count)].join("\n") // qmllint disable type
                color: Theme.ink
                font.pixelSize: Theme.body
                lineHeight: 1.2
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.px(10)
                visible: takeaways.count > 0
                text: qsTr("What we take away")
                color: Theme.ink
                font.pixelSize: Theme.large
                font.bold: true
            }
            Repeater {
                model: takeaways

                delegate: Text {
                    required property var model
                    required property int index

                    Layout.fillWidth: true
                    visible: index < root.takeawaysShown
                    text: "\u201C" + model.text + "\u201D"
                    color: Theme.ink
                    font.pixelSize: Theme.body
                    font.italic: true
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
    }
}
