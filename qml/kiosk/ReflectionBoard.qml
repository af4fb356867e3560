pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Flipover.Kiosk

// Insights (what enriched the view, what people take away) and tips/tops on
// the meeting, as anonymous post-its in one column per kind. Only insights
// their writers chose to share reach the wall.
Item {
    id: root

    required property SessionView view
    property bool showInsights: true
    property bool showTips: true

    // Pages turn by themselves only while the meeting runs.
    readonly property bool running: root.view.phaseStatus === "running"
    // Two columns at a time at the room's scale: with insights and tips
    // both, the wall shows the insights and the tips/tops in turn.
    readonly property bool both: root.showInsights && root.showTips
    property bool tipsTurn: false
    readonly property bool insightsShown: root.showInsights && !(root.both && root.tipsTurn)
    readonly property bool tipsShown: root.showTips && !(root.both && !root.tipsTurn)

    Timer {
        interval: 20000
        repeat: true
        running: root.both && root.running
        onTriggered: root.tipsTurn = !root.tipsTurn
    }

    function flipPage(delta: int) {
        if (root.both) {
            root.tipsTurn = !root.tipsTurn;
            return;
        }
        for (const column of [enriched, takeaway, tips, tops]) {
            if (column.visible)
                column.flipPage(delta);
        }
    }

    RowFilterModel {
        id: sharedInsights

        sourceModel: root.view.insights
        roleName: "shared"
        value: true
    }
    RowFilterModel {
        id: enrichedModel

        sourceModel: sharedInsights
        roleName: "question"
        value: "enriched"
    }
    RowFilterModel {
        id: takeawayModel

        sourceModel: sharedInsights
        roleName: "question"
        value: "takeaway"
    }
    RowFilterModel {
        id: tipsModel

        sourceModel: root.view.tips
        roleName: "kind"
        value: "tip"
    }
    RowFilterModel {
        id: topsModel

        sourceModel: root.view.tips
        roleName: "kind"
        value: "top"
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap * 1.5

        PostItColumn {
            id: enriched

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.insightsShown
            title: qsTr("What enriched our view")
            question: root.view.insightEnrichedPrompt
            label: qsTr("Enriched")
            paper: Theme.insightPaper
            model: enrichedModel
            autoFlip: root.running
        }
        PostItColumn {
            id: takeaway

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.insightsShown
            title: qsTr("What we take away")
            question: root.view.insightTakeawayPrompt
            label: qsTr("Takeaway")
            paper: Theme.takeawayPaper
            model: takeawayModel
            autoFlip: root.running
        }
        PostItColumn {
            id: tips

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.tipsShown
            title: qsTr("Tips")
            question: root.view.tipsPrompt
            label: qsTr("Tip")
            paper: Theme.tipPaper
            model: tipsModel
            autoFlip: root.running
        }
        PostItColumn {
            id: tops

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.tipsShown
            title: qsTr("Tops")
            question: root.view.topsPrompt
            label: qsTr("Top")
            paper: Theme.topPaper
            model: topsModel
            autoFlip: root.running
        }
    }
}
