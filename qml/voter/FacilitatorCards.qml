pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// For the facilitator: the cards as the wall keeps them, hidden ones
// included, with what the kiosk offers to tidy them (hide, move, edit,
// merge and undo a merge, show full screen on the wall and close it again),
// and "Undo" for the last change of a card, named from the kiosk's undo
// section. The wall decides (moves count places on
// the kiosk too); a refusal (say, merging while the vote is open) shows in
// the facilitator's words under the title.
Panel {
    id: root

    required property VoterClient client
    required property SessionView view
    property int editingId: 0
    property int mergingId: 0
    // Only a phase that puts the board on the wall can show a card full screen.
    // (phaseActivities and seq are read so that the binding follows them.)
    readonly property bool boardOnWall: root.view.phaseActivities.length > 0
                                        && (root.view.hasActivity("vote") || root.view.hasActivity("considerations")
                                            || root.view.hasActivity("remarks") || root.view.hasActivity("tags"))
    readonly property string shownFullText: {
        const row = root.view.seq > 0 ? root.view.cards.indexOfKey(root.view.focusCardId) : -1;
        return row >= 0 ? root.view.cards.get(row).text : "";
    }

    // Every command, as it leaves: what the tests listen to.
    signal commandSent(string type, var fields)

    function command(type: string, fields: var) {
        feedback.track(root.client.send(type, fields));
        root.commandSent(type, fields);
    }

    // One place earlier (delta < 0) or later; the kiosk counts the places.
    function move(cardId: int, delta: int) {
        root.command("moveCardBy", { "cardId": cardId, "delta": delta });
    }

    // What the kiosk's undo would take back, in a few words.
    function undoDescription(kind: string, text: string): string {
        switch (kind) {
        case "hide": return qsTr("Last change: “%1” hidden from the wall").arg(text);
        case "show": return qsTr("Last change: “%1” shown again").arg(text);
        case "merge": return qsTr("Last change: “%1” merged").arg(text);
        case "unmerge": return qsTr("Last change: “%1” split off").arg(text);
        case "edit": return qsTr("Last change: “%1” edited").arg(text);
        case "move": return qsTr("Last change: “%1” moved").arg(text);
        default: return "";
        }
    }

    // Opens the card full screen on the wall (the focus view), or closes it.
    function showOnWall(cardId: int, shown: bool) {
        root.command("focusCard", { "cardId": shown ? cardId : null });
    }

    function undo() {
        root.command("undo", {});
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

    RowLayout {
        Layout.fillWidth: true
        visible: root.view.undoKind !== ""
        spacing: 12

        Label {
            objectName: "undoDescription"
            Layout.fillWidth: true
            text: root.undoDescription(root.view.undoKind, root.view.undoText)
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        BarButton {
            objectName: "undo"
            enabled: root.client.state === "online"
            text: qsTr("Undo")
            Accessible.name: root.undoDescription(root.view.undoKind, root.view.undoText)
            onClicked: root.undo()
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.view.focusCardId > 0
        spacing: 12

        Label {
            objectName: "shownFull"
            Layout.fillWidth: true
            text: qsTr("Full screen on the wall: “%1”").arg(root.shownFullText)
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        BarButton {
            objectName: "closeOnWall"
            enabled: root.client.state === "online"
            text: qsTr("Back to all cards")
            onClicked: root.showOnWall(root.view.focusCardId, false)
        }
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
            mayShowFull: root.boardOnWall
            shownFull: root.view.focusCardId === row.cardId
            last: row.index === root.view.cards.count - 1
            onMoveRequested: function(delta) { root.move(row.cardId, delta); }
            onHideRequested: function(hidden) { root.hide(row.cardId, hidden); }
            onShowFullRequested: function(shown) { root.showOnWall(row.cardId, shown); }
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
