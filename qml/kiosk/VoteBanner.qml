pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The vote's state above the board: open or not, how many ballots are in
// (always), whether the tallies are hidden, and the rule for the dots.
Rectangle {
    id: root

    property string status: "idle"   // SessionView.voteStatus
    property string mode: "single"
    property int dots: 0
    property int cap: 0
    property int ballots: 0
    property bool talliesShown: false

    readonly property string statusText: {
        switch (root.status) {
        case "open": return "\u25CF " + qsTr("Voting is open");
        case "closed": return "\u25A0 " + qsTr("Voting is closed");
        default: return "\u25CB " + qsTr("Voting has not started");
        }
    }
    readonly property string countText: root.talliesShown
        ? qsTr("Results shown \u2013 %n ballot(s) in", "", root.ballots)
        : qsTr("Votes hidden \u2013 %n ballot(s) in", "", root.ballots)
    readonly property string ruleText: {
        if (root.mode !== "dots")
            return qsTr("One vote each");
        if (root.cap > 0)
            return qsTr("Spread %1 dots, at most %2 per card").arg(root.dots).arg(root.cap);
        return qsTr("Spread %1 dots over the cards").arg(root.dots);
    }

    implicitHeight: row.implicitHeight + 2 * Theme.px(12)
    color: root.talliesShown ? Theme.surface : Theme.navyLight
    radius: Theme.radius
    border.width: Theme.px(2)
    border.color: Theme.navy

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.px(20)
        anchors.rightMargin: Theme.px(20)
        spacing: Theme.px(32)

        ColumnLayout {
            spacing: 0

            Text {
                objectName: "voteStatus"
                text: root.statusText
                color: Theme.ink
                font.pixelSize: Theme.body
                font.bold: true
            }
            Text {
                text: root.ruleText
                color: Theme.inkMuted
                font.pixelSize: Theme.small
            }
        }
        Text {
            objectName: "ballotCount"
            Layout.fillWidth: true
            text: root.countText
            color: Theme.ink
            font.pixelSize: Theme.large
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.body
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignRight
        }
    }
}
