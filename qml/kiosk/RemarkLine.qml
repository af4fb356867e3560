pragma ComponentBehavior: Bound
import QtQuick
import "Helpers.js" as Helpers

// A dreamer or critic remark on a card, labelled with its word (Dromer /
// Criticus) as well as its tint, in full (the card grows to hold it).
Rectangle {
    id: root

    property string kind     // "dreamer" or "critic"
    property string remark

    readonly property bool dreamer: root.kind === "dreamer"

    implicitHeight: remarkText.implicitHeight + 2 * Theme.px(4)
    radius: Theme.px(6)
    color: root.dreamer ? Theme.dreamerTint : Theme.criticTint

    Rectangle {
        width: Theme.px(6)
        height: parent.height
        radius: width / 2
        color: root.dreamer ? Theme.dreamerInk : Theme.criticInk
    }

    Text {
        id: remarkText

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.px(14)
        anchors.rightMargin: Theme.px(8)
        text: "<b>" + (root.dreamer ? qsTr("Dreamer") : qsTr("Critic")) + ":</b> "
              + Helpers.escapeHtml(root.remark)
        textFormat: Text.StyledText
        color: root.dreamer ? Theme.dreamerInk : Theme.criticInk
        font.pixelSize: Theme.small
        wrapMode: Text.Wrap
    }
}
