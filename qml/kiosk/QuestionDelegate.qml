pragma ComponentBehavior: Bound
import QtQuick
import "Helpers.js" as Helpers

// A clarifying question in the queue, compact so that a page holds as many
// as fit: its number and state lead its text on the same line. An answered
// one says so in words with a check mark (and shows the answer when there is
// one), not only in colour.
Rectangle {
    id: root

    required property string text
    required property bool answered
    required property string answer
    required property int index

    implicitHeight: column.implicitHeight + 2 * Theme.px(10)
    color: root.answered ? Theme.paper : Theme.surface
    radius: Theme.radius
    border.width: Theme.px(2)
    border.color: root.answered ? Theme.done : Theme.line

    Column {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.px(16)
        anchors.rightMargin: Theme.px(16)
        spacing: Theme.px(4)

        Text {
            objectName: "questionText"
            width: parent.width
            // "? 2  Heeft de garage…", "✓ 1 Beantwoord: Hoeveel uur…".
            text: (root.answered
                   ? "<font color=\"" + Theme.done + "\"><b>\u2713 " + (root.index + 1) + " " + qsTr("Answered:") + "</b></font> "
                   : "<font color=\"" + Theme.navy + "\"><b>? " + (root.index + 1) + "</b></font>\u2002")
                  + Helpers.escapeHtml(root.text)
            textFormat: Text.StyledText
            color: Theme.ink
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            visible: root.answered && root.answer.length > 0
            text: "<b>" + qsTr("Answer:") + "</b> " + Helpers.escapeHtml(root.answer)
            textFormat: Text.StyledText
            color: Theme.ink
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
        }
    }
}
