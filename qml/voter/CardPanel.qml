pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// A direction and consideration for the flipover: it becomes a card on the
// wall, without the author's name.
Panel {
    id: root

    required property VoterClient client
    required property SessionView view
    required property Drafts drafts

    function submit() {
        const text = root.drafts.consideration.trim();
        if (text === "")
            return;
        const fields = { "text": text };
        const direction = root.drafts.direction.trim();
        if (direction !== "")
            fields.direction = direction;
        status.track(root.client.send("addCard", fields));
        root.drafts.consideration = "";
        root.drafts.direction = "";
    }

    objectName: "cardPanel"
    title: qsTr("A consideration for the flipover")
    hint: qsTr("Each consideration becomes a card on the wall, without your name.")

    FieldLabel {
        text: qsTr("Direction, in a few words")
    }
    LineBox {
        id: direction

        text: root.drafts.direction
        onTextChanged: root.drafts.direction = direction.text
        placeholderText: qsTr("e.g. Work first")
    }
    FieldLabel {
        text: qsTr("Your consideration")
    }
    TextBox {
        id: consideration

        text: root.drafts.consideration
        onTextChanged: root.drafts.consideration = consideration.text
        placeholderText: qsTr("What would you do, and why?")
    }
    AppButton {
        text: qsTr("Put it on the flipover")
        primary: true
        enabled: root.drafts.consideration.trim() !== ""
        onClicked: root.submit()
    }
    SendStatus {
        id: status

        client: root.client
        sentText: qsTr("Your card is on the wall.")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("%n card(s) on the flipover so far.", "", root.view.cards.count)
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
    }
}
