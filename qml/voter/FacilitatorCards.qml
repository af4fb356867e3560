pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// For the facilitator: the cards as the wall keeps them, hidden ones
// included, with what the kiosk offers to tidy them (hide, move, edit,
// merge and undo a merge). The wall decides; a refusal (say, merging while
// the vote is open) shows in the facilitator's words under the title.
Panel {
    id: root

    required property VoterClient client
    required property SessionView view
    property int editingId: 0
    property int mergingId: 0

    // Every command, as it leaves: what the tests listen to.
    signal commandSent(string type, var fields)

    function command(type: string, fields: var) {
        feedback.track(root.client.send(type, fields));
        root.commandSent(type, fields);
    }

    // The place moveCard counts in: cards standing on their own, hidden
    // ones included, merged ones not (docs/protocol.md).
    function positionOf(cardId: int): int {
        let position = 0;
        for (let i = 0; i < root.view.cards.count; ++i) {
            const card = root.view.cards.get(i);
            if (card.mergedInto !== 0)
                continue;
            if (card.id === cardId)
                return position;
            ++position;
        }
        return -1;
    }

    function standingCount(): int {
        let n = 0;
        for (let i = 0; i < root.view.cards.count; ++i)
            if (root.view.cards.get(i).mergedInto === 0)
                ++n;
        return n;
    }

    function move(cardId: int, delta: int) {
        const position = root.positionOf(cardId) + delta;
        if (position < 0 || position >= root.standingCount())
            return;
        root.command("moveCard", { "cardId": cardId, "position": position });
    }

    function hide(cardId: int, hidden: bool) {
        root.command("hideCard", { "cardId": cardId, "hidden": hidden });
    }

    function edit(cardId: int, text: string, direction: string) {
        root.editingId = 0;
        const trimmed = text.trim();
        if (trimmed !== "")
            root.command("editCard", { "cardId": cardId, "text": trimmed, "direction": direction.trim() });
    }

    function merge(cardId: int, intoCardId: int) {
        root.mergingId = 0;
        if (cardId !== intoCardId)
            root.command("mergeCards", { "cardId": cardId, "intoCardId": intoCardId });
    }

    function unmerge(cardId: int) {
        root.command("unmergeCard", { "cardId": cardId });
    }

    title: qsTr("Cards (facilitator)")
    hint: root.mergingId !== 0 ? qsTr("Tap “Merge here” on the card it should join.")
                               : qsTr("Only you see these controls. Hidden cards stay here, the wall leaves them out.")

    SendStatus {
        id: feedback

        objectName: "cardsFeedback"
        client: root.client
        sentText: qsTr("Done.")
    }

    Repeater {
        model: root.view.cards

        delegate: FacilitatorCardRow {
            id: row

            Layout.fillWidth: true
            // As in the bar: a move queued offline would land on a wall
            // that has changed meanwhile.
            enabled: root.client.state === "online"
            editing: root.editingId === row.cardId
            mergingId: root.mergingId
            last: row.index === root.view.cards.count - 1
            onMoveRequested: function(delta) { root.move(row.cardId, delta); }
            onHideRequested: function(hidden) { root.hide(row.cardId, hidden); }
            onEditStarted: root.editingId = row.cardId
            onEditCancelled: root.editingId = 0
            onEditSaved: function(text, direction) { root.edit(row.cardId, text, direction); }
            onMergeStarted: root.mergingId = row.cardId
            onMergeCancelled: root.mergingId = 0
            onMergeHere: root.merge(root.mergingId, row.cardId)
            onUnmergeRequested: function(mergedId) { root.unmerge(mergedId); }
        }
    }
}
