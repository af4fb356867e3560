pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One of the two roles for a remark: the dreamer or the critic, with the
// question that role asks.
Rectangle {
    id: root

    property string title
    property string question
    property color tone: Theme.accent
    property bool selected: false

    signal chosen

    implicitHeight: Math.max(Theme.touch + 16, column.implicitHeight + 24)
    radius: 8
    color: root.selected ? Qt.rgba(root.tone.r, root.tone.g, root.tone.b, 0.1) : Theme.surfaceMuted
    border.color: root.selected ? root.tone : Theme.line
    border.width: root.selected ? 3 : 1

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 14
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: (root.selected ? "✓ " : "") + root.title
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: root.tone
        }
        Label {
            Layout.fillWidth: true
            text: root.question
            font.pixelSize: Theme.fontSmall
            color: Theme.ink
            wrapMode: Text.Wrap
        }
    }
    MouseArea {
        anchors.fill: parent
        onClicked: root.chosen()
    }
}
