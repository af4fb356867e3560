pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// One panel per activity the current phase enables. On a wide screen the
// writing side (case, solution, cards, questions, insights, tips) is on the
// left and the picking side (thoughts, remarks, tags, vote) on the right; a
// phase with only one side uses the full width. Panels stay alive when they
// are hidden; the texts typed into them live in the drafts anyway.
Item {
    id: root

    required property VoterClient client
    required property SessionView view
    required property Drafts drafts
    readonly property bool leftUsed: root.has("case") || root.has("questions") || root.has("considerations")
                                     || root.has("solutions") || root.has("insights") || root.has("tipsTops")
    readonly property bool rightUsed: root.has("firstThoughts") || root.has("remarks") || root.has("tags")
                                      || root.has("vote")
    readonly property bool twoColumns: root.width >= 960 && root.leftUsed && root.rightUsed
    readonly property real columnWidth: root.twoColumns ? (root.width - Theme.gap) / 2 : root.width

    // Reading phaseActivities (a property) makes the bindings that call this
    // follow phase changes; hasActivity() alone has no notify signal.
    function has(activity: string): bool {
        return root.view.phaseActivities.length > 0 && root.view.hasActivity(activity);
    }

    implicitHeight: {
        if (!root.leftUsed && !root.rightUsed)
            return quiet.implicitHeight;
        if (root.twoColumns)
            return Math.max(left.implicitHeight, right.implicitHeight);
        return (root.leftUsed ? left.implicitHeight : 0) + (root.rightUsed ? right.implicitHeight : 0)
                + (root.leftUsed && root.rightUsed ? Theme.gap : 0);
    }

    QuietPhase {
        id: quiet

        width: root.width
        visible: !root.leftUsed && !root.rightUsed
        view: root.view
    }

    ColumnLayout {
        id: left

        width: root.columnWidth
        visible: root.leftUsed
        spacing: Theme.gap

        CasePanel {
            Layout.fillWidth: true
            visible: root.has("case")
            view: root.view
        }
        SolutionPanel {
            Layout.fillWidth: true
            visible: root.has("solutions")
            client: root.client
            drafts: root.drafts
        }
        CardPanel {
            Layout.fillWidth: true
            visible: root.has("considerations")
            client: root.client
            view: root.view
            drafts: root.drafts
        }
        QuestionPanel {
            Layout.fillWidth: true
            visible: root.has("questions")
            client: root.client
            view: root.view
            drafts: root.drafts
        }
        InsightsPanel {
            Layout.fillWidth: true
            visible: root.has("insights")
            client: root.client
            view: root.view
            drafts: root.drafts
        }
        TipsPanel {
            Layout.fillWidth: true
            visible: root.has("tipsTops")
            client: root.client
            view: root.view
            drafts: root.drafts
        }
    }

    ColumnLayout {
        id: right

        x: root.twoColumns ? root.columnWidth + Theme.gap : 0
        y: root.twoColumns || !root.leftUsed ? 0 : left.implicitHeight + Theme.gap
        width: root.columnWidth
        visible: root.rightUsed
        spacing: Theme.gap

        ThoughtsPanel {
            Layout.fillWidth: true
            visible: root.has("firstThoughts")
            client: root.client
            view: root.view
            drafts: root.drafts
        }
        VotePanel {
            Layout.fillWidth: true
            visible: root.has("vote")
            client: root.client
            view: root.view
            drafts: root.drafts
        }
        RemarkPanel {
            Layout.fillWidth: true
            visible: root.has("remarks")
            client: root.client
            view: root.view
            drafts: root.drafts
        }
        TagsPanel {
            Layout.fillWidth: true
            visible: root.has("tags")
            client: root.client
            view: root.view
        }
    }
}
