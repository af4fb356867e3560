pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// New insights: the participant's own first thoughts shown back, then the
// format's two questions, and a choice to show the answers on the wall.
Panel {
    id: root

    required property VoterClient client
    required property SessionView view
    required property Drafts drafts

    function submit() {
        const share = root.drafts.insightShare;
        let id = "";
        const enriched = root.drafts.insightEnriched.trim();
        if (enriched !== "")
            id = root.client.send("addInsight", { "question": "enriched", "text": enriched, "share": share });
        const takeaway = root.drafts.insightTakeaway.trim();
        if (takeaway !== "")
            id = root.client.send("addInsight", { "question": "takeaway", "text": takeaway, "share": share });
        if (id === "")
            return;
        status.sentText = share ? qsTr("Sent. It appears on the wall without your name.")
                                : qsTr("Sent. Only the facilitator sees it, without your name.");
        status.track(id);
        root.drafts.insightEnriched = "";
        root.drafts.insightTakeaway = "";
    }

    objectName: "insightsPanel"
    title: qsTr("New insights")
    hint: qsTr("Look back at your first thoughts, then write down what you take away from this meeting.")

    GridLayout {
        Layout.fillWidth: true
        columns: root.width >= 900 ? 2 : 1
        columnSpacing: 24
        rowSpacing: 12

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            implicitHeight: mine.implicitHeight + 28
            radius: 8
            color: Theme.surfaceMuted
            border.color: Theme.line

            ColumnLayout {
                id: mine

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 14
                spacing: 6

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Your first thoughts")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.ink
                }
                Label {
                    Layout.fillWidth: true
                    text: root.view.thoughts.count > 0 ? qsTr("Only you see these.")
                                                       : qsTr("You did not write down any first thoughts.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: root.view.thoughts

                    delegate: Label {
                        required property var model

                        Layout.fillWidth: true
                        text: "• " + model.text
                        font.pixelSize: Theme.fontBody
                        color: Theme.ink
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: 10

            FieldLabel {
                Layout.topMargin: 0
                text: root.view.insightEnrichedPrompt !== "" ? root.view.insightEnrichedPrompt
                                                             : qsTr("What has enriched your view?")
            }
            TextBox {
                id: enriched

                text: root.drafts.insightEnriched
                onTextChanged: root.drafts.insightEnriched = enriched.text
            }
            FieldLabel {
                text: root.view.insightTakeawayPrompt !== "" ? root.view.insightTakeawayPrompt
                                                             : qsTr("Which insights do you take away?")
            }
            TextBox {
                id: takeaway

                text: root.drafts.insightTakeaway
                onTextChanged: root.drafts.insightTakeaway = takeaway.text
            }
            BigSwitch {
                id: share

                Layout.fillWidth: true
                checked: root.drafts.insightShare
                onToggled: root.drafts.insightShare = share.checked
                text: qsTr("Show on the wall, without my name")
            }
            Label {
                Layout.fillWidth: true
                text: root.drafts.insightShare ? qsTr("Everyone in the room can read it on the wall.")
                                               : qsTr("Off: only the facilitator sees it, without your name.")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            AppButton {
                text: qsTr("Send my insights")
                primary: true
                enabled: root.drafts.insightEnriched.trim() !== "" || root.drafts.insightTakeaway.trim() !== ""
                onClicked: root.submit()
            }
            SendStatus {
                id: status

                client: root.client
            }
        }
    }
}
