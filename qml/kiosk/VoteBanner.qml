pragma ComponentBehavior: Bound
import QtQuick

// The vote's state above the board: open or not and the rule for the dots
// (wrapping if need be), and on a line of its own how many of those present
// have voted, shrinking rather than clipping (never below the room's scale).
Rectangle {
    id: root

    property string status: "idle"   // SessionView.voteStatus
    property string mode: "single"
    property int dots: 0
    property int cap: 0
    property int ballots: 0
    property int present: 0          // participants connected now
    property bool talliesShown: false

    readonly property string statusText: {
        switch (root.status) {
        case "open": return "\u25CF " + qsTr("Voting is open");
        case "closed": return "\u25A0 " + qsTr("Voting is closed");
        default: return "\u25CB " + qsTr("Voting has not started");
        }
    }
    readonly property string countText: {
        if (root.talliesShown)
            return qsTr("Results shown \u2013 %n ballot(s) in", "", root.ballots);
        if (root.present >= root.ballots && root.present > 0)
            return qsTr("%1 of %n present have voted", "", root.present).arg(root.ballots);
        return qsTr("Votes hidden \u2013 %n ballot(s) in", "", root.ballots);
    }
    readonly property string ruleText: {
        if (root.mode !== "dots")
            return qsTr("One vote each");
        if (root.cap > 0)
            return qsTr("Spread %1 dots, at most %2 per card").arg(root.dots).arg(root.cap);
        return qsTr("Spread %1 dots over the cards").arg(root.dots);
    }

    implicitHeight: column.implicitHeight + 2 * Theme.px(10)
    color: root.talliesShown ? Theme.surface : Theme.navyLight
    radius: Theme.radius
    border.width: Theme.px(2)
    border.color: Theme.navy

    Column {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.px(20)
        anchors.rightMargin: Theme.px(20)
        spacing: Theme.px(4)

        Text {
            objectName: "voteStatus"
            width: parent.width
            // Once the result is shown, its line says it all: more room for the ranking.
            visible: !root.talliesShown
            text: root.statusText + "  \u00B7  " + root.ruleText
            color: Theme.ink
            font.pixelSize: Theme.small
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "ballotCount"
            width: parent.width
            text: root.countText
            color: Theme.ink
            font.pixelSize: Theme.large
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.small
        }
    }
}
