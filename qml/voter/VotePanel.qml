pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// The preference vote: one choice, or N dots with a cap per card. The ballot
// is composed here by the kiosk's rule (SessionView.cleanBallot), sent whole
// under this tablet's random ballot token, and can be sent again (changed)
// until the facilitator closes the vote. Then the room's result, once shown.
Panel {
    id: root

    required property VoterClient client
    required property SessionView view
    required property Drafts drafts
    readonly property bool single: root.view.voteMode !== "dots"
    readonly property bool open: root.view.voteStatus === "open"
    // The ballot as it may be sent: {choices, used, left, canAdd}; the
    // cards that left the wall, dots beyond the cap or the total are out.
    readonly property var ballot: root.view.cleanBallot(root.view.ballotRules, root.drafts.ballot)
    readonly property var choices: root.ballot.choices
    readonly property int used: root.ballot.used
    readonly property int total: root.ballot.used + root.ballot.left
    readonly property int cap: root.view.voteCap
    // After a restart the counted ballot is not known here (only that there
    // is one): any dots placed then count as a change.
    readonly property bool changed: root.drafts.sentBallot !== "" ? JSON.stringify(root.choices) !== root.drafts.sentBallot
                                                                 : root.used > 0
    // Once the vote is no longer open, what counts is the ballot last accepted.
    readonly property var shown: root.open || root.drafts.sentBallot === "" ? root.choices
                                                                          : JSON.parse(root.drafts.sentBallot)
    property string sending

    function setDots(cardId: int, dots: int) {
        root.drafts.ballot = root.view.ballotWithDots(root.view.ballotRules, root.drafts.ballot, cardId, dots).choices; // qmllint disable type
    }

    function submit() {
        root.sending = JSON.stringify(root.choices);
        status.track(root.client.send("vote", { "ballot": root.client.ballotToken(), "choices": root.choices }));
    }

    objectName: "votePanel"
    title: qsTr("Your preference")
    hint: root.single ? qsTr("Choose the card you prefer. Anonymous: nobody can see what you chose.")
                      : qsTr("Spread your dots over the cards you prefer. Anonymous: nobody can see where you put them.")

    Label {
        Layout.fillWidth: true
        visible: !root.open
        text: root.view.voteStatus === "closed" ? qsTr("The vote is closed.")
                                                : qsTr("The vote is not open yet. The facilitator opens it; you can already read the cards.")
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.ink
        wrapMode: Text.Wrap
    }
    // The room's result, in the kiosk's ranking (ties share a rank).
    Label {
        Layout.fillWidth: true
        visible: root.view.rankingShown
        text: qsTr("The result")
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.ink
    }
    Repeater {
        model: root.view.rankingShown ? root.view.ranking : []

        delegate: Label {
            required property var modelData

            objectName: "resultRow"
            Layout.fillWidth: true
            text: modelData.rank + ". " + modelData.text + " \u00B7 "
                  + (root.single ? qsTr("chosen by %n", "", modelData.dots) : qsTr("%n dot(s)", "", modelData.dots))
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.Wrap
        }
    }
    // Send and its answer above the cards, where they stay in sight.
    RowLayout {
        Layout.fillWidth: true
        visible: root.open || status.visible
        spacing: Theme.gap

        AppButton {
            objectName: "sendVote"
            // Nothing to send while the ballot is the one already counted.
            visible: root.open && (root.changed || !root.view.hasVoted)
            text: root.view.hasVoted ? qsTr("Send my changed vote") : qsTr("Send my vote")
            primary: true
            enabled: root.used > 0
            onClicked: root.submit()
        }
        SendStatus {
            id: status

            client: root.client
            sentText: qsTr("Your vote has been counted.")
            onAccepted: root.drafts.sentBallot = root.sending
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.view.hasVoted && status.status !== "sent"
        text: {
            if (!root.open)
                return qsTr("✓ Your vote is in. Below is your vote as it was counted.");
            if (root.changed && root.used > 0)
                return qsTr("You changed your vote on this tablet. Send it to count the change.");
            return qsTr("✓ Your vote is in. You can change it until the vote closes.");
        }
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: root.open && root.changed && root.used > 0 ? Theme.warn : Theme.good
        wrapMode: Text.Wrap
    }
    Repeater {
        model: root.view.cards

        delegate: VoteRow {
            id: row

            Layout.fillWidth: true
            single: root.single
            editable: root.open
            showTally: root.view.talliesRevealed || root.view.liveTallies
            dots: root.shown[String(row.model.id)] || 0
            canAdd: root.ballot.canAdd.indexOf(row.model.id) >= 0
            onDotsRequested: function(cardId, dots) {
                root.setDots(cardId, dots);
            }
        }
    }
}
