pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// The preference vote: one choice, or N dots with a cap per card. The ballot
// is composed here, sent whole under this tablet's random ballot token, and
// can be sent again (changed) until the facilitator closes the vote.
Panel {
    id: root

    required property VoterClient client
    required property SessionView view
    required property Drafts drafts
    readonly property bool single: root.view.voteMode !== "dots"
    readonly property bool open: root.view.voteStatus === "open"
    readonly property int total: root.single ? 1 : Math.max(1, root.view.voteDots)
    readonly property int cap: root.single ? 1 : root.view.voteCap
    readonly property var choices: root.cleaned(root.drafts.ballot, root.view.cards.count)
    readonly property int used: root.sum(root.choices)
    // After a restart the counted ballot is not known here (only that there
    // is one): any dots placed then count as a change.
    readonly property bool changed: root.drafts.sentBallot !== "" ? JSON.stringify(root.choices) !== root.drafts.sentBallot
                                                                 : root.used > 0
    // Once the vote is no longer open, what counts is the ballot last accepted.
    readonly property var shown: root.open || root.drafts.sentBallot === "" ? root.choices
                                                                          : JSON.parse(root.drafts.sentBallot)
    property string sending

    // The ballot without empty entries and without cards that left the
    // wall, keys in order: what is sent, and what "changed" compares.
    function cleaned(ballot: var, cardCount: int): var {
        const out = {};
        const keys = Object.keys(ballot).sort((a, b) => Number(a) - Number(b));
        for (const key of keys) {
            const row = cardCount > 0 ? root.view.cards.indexOfKey(Number(key)) : -1;
            if (ballot[key] > 0 && row >= 0 && root.view.cards.get(row).position >= 0)
                out[key] = ballot[key];
        }
        return out;
    }

    function sum(ballot: var): int {
        let n = 0;
        for (const key in ballot)
            n += ballot[key];
        return n;
    }

    function setDots(cardId: int, dots: int) {
        const ballot = root.single ? {} : Object.assign({}, root.drafts.ballot);
        if (dots > 0)
            ballot[String(cardId)] = dots;
        else
            delete ballot[String(cardId)];
        root.drafts.ballot = ballot;
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
    DotsLeft {
        Layout.fillWidth: true
        visible: root.open && !root.single
        total: root.total
        used: root.used
        cap: root.cap
    }
    // Send and its answer above the cards, where they stay in sight.
    RowLayout {
        Layout.fillWidth: true
        visible: root.open || status.visible
        spacing: Theme.gap

        AppButton {
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
            canAdd: root.used < root.total && (root.cap <= 0 || row.dots < root.cap)
            onDotsRequested: function(cardId, dots) {
                root.setDots(cardId, dots);
            }
        }
    }
}
