pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// Tags from the format (e.g. HET / IK / WIJ) on a chosen card. A tap sets or
// clears the tag at once; the card on the wall shows it.
Panel {
    id: root

    required property VoterClient client
    required property SessionView view
    property int cardId: -1

    function toggle(tag: string, on: bool) {
        if (root.cardId >= 0)
            status.track(root.client.send("tagCard", { "cardId": root.cardId, "tag": tag, "on": on }));
    }

    objectName: "tagsPanel"
    title: root.view.tagsLabel !== "" ? root.view.tagsLabel : qsTr("Tags")
    hint: qsTr("Choose a card, then tap a tag to put it on the card or take it off.")

    CardPicker {
        Layout.fillWidth: true
        cards: root.view.cards
        selectedId: root.cardId
        onPicked: function(cardId) {
            root.cardId = cardId;
        }
    }
    // One row of tag buttons per card; only the chosen card's row shows, so
    // its buttons follow that card's tags as the wall changes them.
    Repeater {
        model: root.view.cards

        delegate: TagButtons {
            Layout.fillWidth: true
            visible: model.id === root.cardId
            choices: root.view.tags
            onToggled: function(tag, on) {
                root.toggle(tag, on);
            }
        }
    }
    SendStatus {
        id: status

        client: root.client
        sentText: qsTr("The card on the wall is updated.")
    }
}
