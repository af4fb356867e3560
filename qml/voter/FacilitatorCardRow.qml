pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One card in the facilitator's card list: its text (or a field to edit
// it), the buttons that tidy it, and the cards merged into it, each with a
// way back. It only asks; FacilitatorCards sends.
Rectangle {
    id: root

    required property var model // for the "id" and "mergedInto" roles
    required property int index
    required property string text
    required property string direction
    required property bool hidden
    required property var merged
    readonly property int cardId: root.model.id
    property bool editing: false
    property int mergingId: 0
    property bool last: false
    // Whether the wall shows the board now, and whether it shows this card full screen.
    property bool mayShowFull: false
    property bool shownFull: false

    signal moveRequested(int delta)
    signal hideRequested(bool hidden)
    signal showFullRequested(bool shown)
    signal editStarted
    signal editCancelled
    signal editSaved(string text, string direction)
    signal mergeStarted
    signal mergeCancelled
    signal mergeHere
    signal unmergeRequested(int mergedId)

    onEditingChanged: {
        if (!root.editing)
            return;
        editor.text = root.text;
        directionEditor.text = root.direction;
        editor.forceActiveFocus();
    }

    // A merged card lives in its target's list, not as a row of its own.
    visible: root.model.mergedInto === 0
    implicitHeight: column.implicitHeight + 24
    radius: 8
    color: root.hidden ? Theme.background : Theme.surfaceMuted
    border.color: root.mergingId === root.cardId ? Theme.accent : Theme.line
    border.width: root.mergingId === root.cardId ? 2 : 1

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 12
        spacing: 8

        Label {
            Layout.fillWidth: true
            visible: !root.editing
            text: root.hidden ? qsTr("%1 (hidden from the wall)").arg(root.text) : root.text
            font.pixelSize: Theme.fontBody
            font.italic: root.hidden
            color: root.hidden ? Theme.muted : Theme.ink
            wrapMode: Text.Wrap
        }
        LineBox {
            id: editor

            objectName: "cardEditor"
            visible: root.editing
            placeholderText: qsTr("The consideration")
            onAccepted: root.editSaved(editor.text, directionEditor.text)
        }
        LineBox {
            id: directionEditor

            objectName: "directionEditor"
            visible: root.editing
            placeholderText: qsTr("Its direction, in a few words")
            onAccepted: root.editSaved(editor.text, directionEditor.text)
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            visible: root.editing

            BarButton {
                objectName: "saveEdit"
                primary: true
                text: qsTr("Save")
                onClicked: root.editSaved(editor.text, directionEditor.text)
            }
            BarButton {
                text: qsTr("Cancel")
                onClicked: root.editCancelled()
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            visible: !root.editing

            BarButton {
                objectName: "mergeHere"
                visible: root.mergingId !== 0 && root.mergingId !== root.cardId
                primary: true
                text: qsTr("Merge here")
                onClicked: root.mergeHere()
            }
            BarButton {
                objectName: "moveUp"
                visible: root.mergingId === 0
                enabled: root.index > 0
                text: qsTr("▲ Up")
                Accessible.name: qsTr("Move up")
                onClicked: root.moveRequested(-1)
            }
            BarButton {
                objectName: "moveDown"
                visible: root.mergingId === 0
                enabled: !root.last
                text: qsTr("▼ Down")
                Accessible.name: qsTr("Move down")
                onClicked: root.moveRequested(1)
            }
            BarButton {
                objectName: "hide"
                visible: root.mergingId === 0
                text: root.hidden ? qsTr("Show again") : qsTr("Hide")
                onClicked: root.hideRequested(!root.hidden)
            }
            BarButton {
                objectName: "showOnWall"
                visible: root.mergingId === 0 && !root.hidden && (root.mayShowFull || root.shownFull)
                text: root.shownFull ? qsTr("Back to all cards") : qsTr("Show on the wall")
                onClicked: root.showFullRequested(!root.shownFull)
            }
            BarButton {
                objectName: "edit"
                visible: root.mergingId === 0
                text: qsTr("Edit")
                onClicked: root.editStarted()
            }
            BarButton {
                objectName: "merge"
                visible: root.mergingId === 0
                text: qsTr("Merge into…")
                onClicked: root.mergeStarted()
            }
            BarButton {
                visible: root.mergingId === root.cardId
                text: qsTr("Cancel merging")
                onClicked: root.mergeCancelled()
            }
        }
        Repeater {
            model: root.merged

            delegate: RowLayout {
                id: mergedRow

                required property var modelData

                Layout.fillWidth: true
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Merged in: %1").arg(mergedRow.modelData.text)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                BarButton {
                    objectName: "unmerge"
                    text: qsTr("Undo merge")
                    onClicked: root.unmergeRequested(mergedRow.modelData.id)
                }
            }
        }
    }
}
