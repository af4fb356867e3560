pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// A card in the end summary: rank, text and direction, and its tally
// (number, marks and bar) when the room has seen the tallies.
Rectangle {
    id: root

    property int rank
    property string text
    property string direction
    property int tally: -1
    property int maxTally: 0

    implicitHeight: row.implicitHeight + 2 * Theme.px(12)
    color: Theme.surface
    radius: Theme.radius
    border.width: Theme.px(2)
    border.color: Theme.line

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.px(12)
        anchors.leftMargin: Theme.px(18)
        spacing: Theme.px(18)

        Text {
            Layout.alignment: Qt.AlignTop
            text: root.rank + "."
            color: Theme.navy
            font.pixelSize: Theme.large
            font.bold: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.px(2)

            Text {
                Layout.fillWidth: true
                text: root.text
                color: Theme.ink
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: root.direction.length > 0
                text: "\u2192 " + root.direction
                color: Theme.navy
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
            }
        }
        VoteTally {
            Layout.preferredWidth: Theme.px(280)
            Layout.alignment: Qt.AlignVCenter
            visible: root.tally >= 0
            count: Math.max(0, root.tally)
            maxCount: root.maxTally
        }
    }
}
