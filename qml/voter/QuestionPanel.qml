pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// A clarifying question for the person who brought in the case; the
// questions on the wall are listed below, with their answers.
Panel {
    id: root

    required property VoterClient client
    required property SessionView view
    required property Drafts drafts

    function submit() {
        const text = root.drafts.question.trim();
        if (text === "")
            return;
        status.track(root.client.send("askQuestion", { "text": text }));
        root.drafts.question = "";
    }

    objectName: "questionPanel"
    title: qsTr("Clarifying question")
    hint: qsTr("Goes on the wall without your name. The colleague who brought in the case answers it.")

    TextBox {
        id: field

        text: root.drafts.question
        onTextChanged: root.drafts.question = field.text
        placeholderText: qsTr("What would you like to know about the case?")
    }
    AppButton {
        text: qsTr("Ask the question")
        primary: true
        enabled: root.drafts.question.trim() !== ""
        onClicked: root.submit()
    }
    SendStatus {
        id: status

        client: root.client
        sentText: qsTr("Your question is on the wall.")
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: 8
        visible: root.view.questions.count > 0
        text: qsTr("Questions on the wall")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.muted
    }
    Repeater {
        model: root.view.questions

        delegate: QuestionRow {
            Layout.fillWidth: true
        }
    }
}
