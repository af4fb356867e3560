pragma ComponentBehavior: Bound
import QtQuick
import "Helpers.js" as Helpers

// A clarifying question in the queue. An answered one says so in words with
// a check mark (and shows the answer when there is one), not only in colour.
Rectangle {
    id: root

    required property string text
    required property bool answered
    required property string answer
    required property int index

    implicitHeight: column.implicitHeight + 2 * Theme.px(14)
    color: root.answered ? Theme.paper : Theme.surface
    radius: Theme.radius
    border.width: Theme.px(2)
    border.color: root.answered ? Theme.done : Theme.line

    Column {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.px(16)
        spacing: Theme.px(6)

        Text {
            objectName: "questionState"
            width: parent.width
            text: root.answered ? "\u2713 " + qsTr("Answered") : "? " + qsTr("Open question %1").arg(root.index + 1)
            color: root.answered ? Theme.done : Theme.navy
            font.pixelSize: Theme.small
            font.bold: true
        }
        Text {
            width: parent.width
            text: root.text
            color: Theme.ink
            font.pixelSize: Theme.body
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
