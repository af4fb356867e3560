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

    implicitHeight: root.padding + labelText.implicitHeight + Theme.px(6) + noteText.implicitHeight + 2 * root.padding

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
        id: noteText

        objectName: "note"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: labelText.bottom
        anchors.margins: root.padding
        anchors.topMargin: Theme.px(6)
        text: root.note
        color: Theme.ink
        // Whole, at the room's body size; the post-it grows to hold it.
        font.pixelSize: Theme.body
        wrapMode: Text.Wrap
    }
}
