pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A card from the flipover that can be picked (for a remark or a tag).
Rectangle {
    id: root

    required property var model // for the "id" role
    required property string text
    required property string direction
    required property var remarks
    required property int position
    property bool selected: false

    signal picked(int cardId)

    visible: root.position >= 0 // hidden and merged-away cards are not on the wall
    implicitHeight: visible ? Math.max(Theme.touch, column.implicitHeight + 16) : 0
    radius: 8
    color: root.selected ? Theme.accentSoft : Theme.surfaceMuted
    border.color: root.selected ? Theme.accent : Theme.line
    border.width: root.selected ? 3 : 1

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: mark.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 14
        anchors.rightMargin: 8
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            visible: root.direction !== "" || root.remarks.length > 0
            spacing: 12

            Label {
                Layout.fillWidth: true
                text: root.direction
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.accent
                elide: Text.ElideRight
            }
            Label {
                visible: root.remarks.length > 0
                text: qsTr("%n remark(s)", "", root.remarks.length)
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
    Label {
        id: mark

        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.rightMargin: 14
        width: 40
        horizontalAlignment: Text.AlignRight
        text: root.selected ? "✓" : ""
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.accent
    }
    MouseArea {
        anchors.fill: parent
        onClicked: root.picked(root.model.id)
    }
}
