pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The facilitator writes a card's text and direction on the wall: an
// existing card (edit) or a new one for what the room says aloud (add).
// Enter saves, Shift+Enter starts a new line, Esc cancels (the help overlay
// lists these keys; the editor itself names none). The editor only
// hands the texts to `saveRequested`; the engine checks them, and a refusal
// keeps the editor open with the texts as typed.
Rectangle {
    id: root

    objectName: "cardEditor"

    property int cardId: -1
    readonly property bool adding: root.cardId < 0

    signal saveRequested(int cardId, string text, string direction)
    signal closeRequested()
    signal closed()

    function open(cardId: int, text: string, direction: string) {
        root.cardId = cardId;
        textArea.text = text;
        directionField.text = direction;
        root.visible = true;
        textArea.forceActiveFocus();
        textArea.cursorPosition = textArea.length;
    }
    function close() {
        root.visible = false;
        root.closed();
    }
    function save() {
        root.saveRequested(root.cardId, textArea.text.trim(), directionField.text.trim());
    }
    function keyReturn(event: KeyEvent) {
        if (event.modifiers & Qt.ShiftModifier) {
            event.accepted = false;
            return;
        }
        event.accepted = true;
        root.save();
    }

    visible: false
    color: "#D9000000"

    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, Theme.px(1200))
        height: Math.min(parent.height - 2 * Theme.gap, column.implicitHeight + 2 * Theme.px(40))
        color: Theme.surface
        radius: Theme.radius
        border.width: Theme.px(3)
        border.color: Theme.navy

        ColumnLayout {
            id: column

            anchors.fill: parent
            anchors.margins: Theme.px(40)
            spacing: Theme.px(16)

            Text {
                Layout.fillWidth: true
                text: root.adding ? qsTr("A card for the room") : qsTr("Edit the card")
                color: Theme.ink
                font.pixelSize: Theme.chromeTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Consideration")
                color: Theme.ink
                font.pixelSize: Theme.chromeBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            TextArea {
                id: textArea

                objectName: "cardTextEdit"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.px(200)
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.chromeBody
                color: Theme.ink
                background: Rectangle {
                    color: Theme.paper
                    border.width: textArea.activeFocus ? Theme.px(4) : Theme.px(2)
                    border.color: Theme.navy
                    radius: Theme.px(8)
                }
                KeyNavigation.tab: directionField
                Keys.onReturnPressed: function(event) { root.keyReturn(event); }
                Keys.onEnterPressed: function(event) { root.keyReturn(event); }
                Keys.onEscapePressed: root.closeRequested()
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Direction (may stay empty)")
                color: Theme.ink
                font.pixelSize: Theme.chromeBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            TextField {
                id: directionField

                objectName: "cardDirectionEdit"
                Layout.fillWidth: true
                font.pixelSize: Theme.chromeBody
                color: Theme.ink
                background: Rectangle {
                    implicitHeight: Theme.px(64)
                    color: Theme.paper
                    border.width: directionField.activeFocus ? Theme.px(4) : Theme.px(2)
                    border.color: Theme.navy
                    radius: Theme.px(8)
                }
                KeyNavigation.tab: textArea
                onAccepted: root.save()
                Keys.onEscapePressed: root.closeRequested()
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap

                Item {
                    Layout.fillWidth: true
                }
                KioskButton {
                    kind: "primary"
                    text: qsTr("Cancel")
                    onClicked: root.closeRequested()
                }
                KioskButton {
                    kind: "primary"
                    text: root.adding ? qsTr("Add to the wall") : qsTr("Save")
                    onClicked: root.save()
                }
            }
        }
    }
}
