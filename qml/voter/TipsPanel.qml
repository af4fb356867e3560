pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// Tips and tops on the meeting itself: anonymous post-its on the wall.
Panel {
    id: root

    required property VoterClient client
    required property SessionView view
    required property Drafts drafts

    function submitTip() {
        const text = root.drafts.tip.trim();
        if (text === "")
            return;
        tipStatus.track(root.client.send("addTip", { "kind": "tip", "text": text }));
        root.drafts.tip = "";
    }

    function submitTop() {
        const text = root.drafts.top.trim();
        if (text === "")
            return;
        topStatus.track(root.client.send("addTip", { "kind": "top", "text": text }));
        root.drafts.top = "";
    }

    objectName: "tipsPanel"
    title: qsTr("Tips and tops")
    hint: qsTr("How could this meeting be even better? Each tip and top becomes a post-it on the wall, without your name.")

    GridLayout {
        Layout.fillWidth: true
        columns: root.width >= 900 ? 2 : 1
        columnSpacing: 24
        rowSpacing: 12

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: 10

            FieldLabel {
                Layout.topMargin: 0
                text: root.view.tipsPrompt !== "" ? root.view.tipsPrompt : qsTr("Tip: what could make this meeting better?")
            }
            TextBox {
                id: tipField

                text: root.drafts.tip
                onTextChanged: root.drafts.tip = tipField.text
            }
            AppButton {
                text: qsTr("Put the tip on the wall")
                primary: true
                enabled: root.drafts.tip.trim() !== ""
                onClicked: root.submitTip()
            }
            SendStatus {
                id: tipStatus

                client: root.client
                sentText: qsTr("Your tip is on the wall.")
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: 10

            FieldLabel {
                Layout.topMargin: 0
                text: root.view.topsPrompt !== "" ? root.view.topsPrompt : qsTr("Top: what made this meeting valuable?")
            }
            TextBox {
                id: topField

                text: root.drafts.top
                onTextChanged: root.drafts.top = topField.text
            }
            AppButton {
                text: qsTr("Put the top on the wall")
                primary: true
                enabled: root.drafts.top.trim() !== ""
                onClicked: root.submitTop()
            }
            SendStatus {
                id: topStatus

                client: root.client
                sentText: qsTr("Your top is on the wall.")
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.view.tips.count > 0
        text: qsTr("%n post-it(s) on the wall so far.", "", root.view.tips.count)
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
    }
}
