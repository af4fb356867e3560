pragma ComponentBehavior: Bound
import QtQuick
import "Helpers.js" as Helpers

// The phase's instruction to the room ("what to do now"), above the steps:
// a slim box, its text at the steps' size and as tight (StepRow), set apart
// by its box, its bar and its bold "Nu:".
Rectangle {
    id: root

    property string prompt

    implicitHeight: promptText.implicitHeight + 2 * Theme.px(10)
    color: Theme.surface
    radius: Theme.radius
    border.width: Theme.px(2)
    border.color: Theme.line

    Rectangle {
        width: Theme.px(12)
        height: parent.height
        radius: Theme.radius
        color: Theme.navy
    }

    Text {
        id: promptText

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.px(26)
        anchors.rightMargin: Theme.px(16)
        text: "<b>" + qsTr("Now:") + "</b> " + Helpers.escapeHtml(root.prompt)
        textFormat: Text.StyledText
        color: Theme.ink
        font.pixelSize: Theme.small
        lineHeight: 0.95
        wrapMode: Text.Wrap
    }
}
