pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// First thoughts in keywords: private to the participant, listed here with a
// way to remove each one, and shown back in the insights phase.
Panel {
    id: root

    required property VoterClient client
    required property SessionView view
    required property Drafts drafts

    function submit() {
        const text = root.drafts.thought.trim();
        if (text === "")
            return;
        status.sentText = qsTr("Added to your list.");
        status.track(root.client.send("addThought", { "text": text }));
        root.drafts.thought = "";
    }

    function remove(thoughtId: int) {
        status.sentText = qsTr("Removed.");
        status.track(root.client.send("removeThought", { "thoughtId": thoughtId }));
    }

    objectName: "thoughtsPanel"
    title: qsTr("My first thoughts")
    hint: qsTr("Only you see these. A few keywords at a time; you get them back in the insights phase.")

    RowLayout {
        Layout.fillWidth: true
        spacing: 12

        LineBox {
            id: field

            text: root.drafts.thought
            onTextChanged: root.drafts.thought = field.text
            placeholderText: qsTr("A keyword or two")
            onAccepted: root.submit()
        }
        AppButton {
            text: qsTr("Add")
            primary: true
            enabled: root.drafts.thought.trim() !== ""
            onClicked: root.submit()
        }
    }

    SendStatus {
        id: status

        client: root.client
    }

    Repeater {
        model: root.view.thoughts

        delegate: ThoughtRow {
            Layout.fillWidth: true
            onRemoveRequested: function(thoughtId) {
                root.remove(thoughtId);
            }
        }
    }
}
