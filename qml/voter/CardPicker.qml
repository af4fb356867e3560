pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// The cards on the flipover as a list to pick one from.
ColumnLayout {
    id: root

    required property CardsModel cards
    property int selectedId: -1

    signal picked(int cardId)

    spacing: 8

    Label {
        Layout.fillWidth: true
        visible: root.cards.count === 0
        text: qsTr("There are no cards on the flipover yet.")
        font.pixelSize: Theme.fontBody
        font.italic: true
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Repeater {
        model: root.cards

        delegate: CardTile {
            Layout.fillWidth: true
            selected: model.id === root.selectedId
            onPicked: function(cardId) {
                root.picked(cardId);
            }
        }
    }
}
