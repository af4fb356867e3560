pragma ComponentBehavior: Bound
import QtQuick

// An anonymous post-it (insight, tip or top): its label in words on top,
// the text below, on a light paper colour with dark ink.
Rectangle {
    id: root

    property string label
    property string note
    property color paper: Theme.tipPaper

    readonly property real padding: Theme.px(16)

    color: root.paper
    radius: Theme.px(6)
    border.width: Theme.px(2)
    border.color: Theme.line

    // A folded corner, like a paper note.
    Rectangle {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: Theme.px(26)
        height: Theme.px(26)
        color: Qt.darker(root.paper, 1.12)
        radius: Theme.px(4)
    }

    Text {
        id: labelText

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: root.padding
        text: root.label
        color: Theme.ink
        font.pixelSize: Theme.small
        font.bold: true
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "note"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: labelText.bottom
        anchors.bottom: parent.bottom
        anchors.margins: root.padding
        anchors.topMargin: Theme.px(6)
        text: root.note
        color: Theme.ink
        // Large when there is room, never below the room's scale.
        font.pixelSize: Theme.card
        fontSizeMode: Text.Fit
        minimumPixelSize: Theme.small
        wrapMode: Text.Wrap
        elide: Text.ElideRight
    }
}
