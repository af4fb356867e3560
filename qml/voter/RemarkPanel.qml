pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// A remark on a card, as dreamer or as critic; it is added to the card on
// the wall without the author's name.
Panel {
    id: root

    required property VoterClient client
    required property SessionView view
    required property Drafts drafts

    // The format's prompt starts with the role's name ("Dromer: ..."); the
    // title already says it.
    function question(prompt: string, fallback: string): string {
        const rest = prompt.replace(/^[^:?]{1,24}:\s*/, "");
        return rest !== "" ? rest.charAt(0).toUpperCase() + rest.slice(1) : fallback;
    }

    function submit() {
        const text = root.drafts.remark.trim();
        if (text === "" || root.drafts.remarkCardId < 0)
            return;
        status.track(root.client.send("addRemark", {
            "cardId": root.drafts.remarkCardId,
            "kind": root.drafts.remarkKind,
            "text": text
        }));
        root.drafts.remark = "";
    }

    objectName: "remarkPanel"
    title: qsTr("Dreamer or critic")
    hint: qsTr("Your remark is added to the card on the wall, without your name.")

    FieldLabel {
        text: qsTr("1. Choose a card")
    }
    CardPicker {
        Layout.fillWidth: true
        cards: root.view.cards
        selectedId: root.drafts.remarkCardId
        onPicked: function(cardId) {
            root.drafts.remarkCardId = cardId;
        }
    }
    FieldLabel {
        text: qsTr("2. Choose your role")
    }
    GridLayout {
        Layout.fillWidth: true
        columns: root.width > 520 ? 2 : 1
        columnSpacing: 12
        rowSpacing: 12

        RoleChoice {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Dreamer")
            question: root.question(root.view.dreamerPrompt, qsTr("What would you do if you went one step further?"))
            tone: Theme.dreamer
            selected: root.drafts.remarkKind === "dreamer"
            onChosen: root.drafts.remarkKind = "dreamer"
        }
        RoleChoice {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Critic")
            question: root.question(root.view.criticPrompt, qsTr("What would an opponent say? What is a reason or a risk not to do it?"))
            tone: Theme.critic
            selected: root.drafts.remarkKind === "critic"
            onChosen: root.drafts.remarkKind = "critic"
        }
    }
    FieldLabel {
        text: qsTr("3. Your remark")
    }
    TextBox {
        id: field

        text: root.drafts.remark
        onTextChanged: root.drafts.remark = field.text
        placeholderText: root.drafts.remarkKind === "dreamer" ? qsTr("One step further would be…")
                                                              : qsTr("A risk is…")
    }
    AppButton {
        text: qsTr("Add to the card")
        primary: true
        enabled: root.drafts.remark.trim() !== "" && root.drafts.remarkCardId >= 0
        onClicked: root.submit()
    }
    Label {
        Layout.fillWidth: true
        visible: root.drafts.remarkCardId < 0 && root.drafts.remark.trim() !== ""
        text: qsTr("Choose a card first.")
        font.pixelSize: Theme.fontSmall
        color: Theme.warn
    }
    SendStatus {
        id: status

        client: root.client
        sentText: qsTr("Your remark is on the card.")
    }
}
