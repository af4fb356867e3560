pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// The individual preferred solution with its arguments: handed in to the
// facilitator only, without a name (the paper sheet of the format).
Panel {
    id: root

    required property VoterClient client
    required property Drafts drafts

    function submit() {
        const text = root.drafts.solution.trim();
        if (text === "")
            return;
        const fields = { "text": text };
        const args = root.drafts.solutionArguments.trim();
        if (args !== "")
            fields.arguments = args;
        status.track(root.client.send("submitSolution", fields));
        root.drafts.solution = "";
        root.drafts.solutionArguments = "";
    }

    objectName: "solutionPanel"
    title: qsTr("My preferred solution")
    hint: qsTr("Only the facilitator sees this, without your name.")

    FieldLabel {
        text: qsTr("What would you do?")
    }
    TextBox {
        id: solution

        text: root.drafts.solution
        onTextChanged: root.drafts.solution = solution.text
        placeholderText: qsTr("My solution is…")
    }
    FieldLabel {
        text: qsTr("Your arguments")
    }
    TextBox {
        id: args

        text: root.drafts.solutionArguments
        onTextChanged: root.drafts.solutionArguments = args.text
        placeholderText: qsTr("Because…")
    }
    AppButton {
        text: qsTr("Hand in to the facilitator")
        primary: true
        enabled: root.drafts.solution.trim() !== ""
        onClicked: root.submit()
    }
    SendStatus {
        id: status

        client: root.client
        sentText: qsTr("Handed in. You can hand in another one.")
    }
}
