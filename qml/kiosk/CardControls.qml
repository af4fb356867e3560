pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Kiosk

// The facilitator's card controls on the wall: which card is selected (by
// touch, mouse or Tab), and what to do with it. Every change is one command
// to the controller; the engine decides and the board shows the outcome.
// Selecting is the only thing kept here, and only for as long as the card
// is on the wall. Every change of a card can be undone (the engine keeps the
// history, Ctrl+Z takes back the newest); after a hide or a merge the wall
// offers it in a toast.
QtObject {
    id: root

    required property KioskController controller
    required property SessionView view
    // Whether a board of cards is on the wall now.
    property bool active: false
    property int selectedCardId: -1
    // The card being merged while the facilitator picks where it goes.
    property int mergeSourceId: -1

    // Bumped on every change of the cards, so that bindings that look cards
    // up by id (indexOfKey, get) follow moves, hides and merges.
    property int revision: 0
    readonly property int selectedRow: {
        root.revision;
        return root.active && root.selectedCardId >= 0 ? root.view.cards.indexOfKey(root.selectedCardId) : -1;
    }
    readonly property bool hasSelection: root.selectedRow >= 0
    readonly property bool merging: {
        root.revision;
        return root.active && root.mergeSourceId >= 0 && root.view.cards.indexOfKey(root.mergeSourceId) >= 0;
    }
    // The revision as an argument: the texts follow an edit of the card
    // (its row stays the same and notifies nothing).
    readonly property string selectedText: root.hasSelection ? root.textAt(root.selectedRow, root.revision) : ""
    readonly property string mergeSourceText: root.merging
                                              ? root.textAt(root.view.cards.indexOfKey(root.mergeSourceId), root.revision) : ""
    property Connections cardsWatch: Connections {
        target: root.view.cards

        function onRowsInserted() { root.revision++; }
        function onRowsRemoved() { root.revision++; }
        function onRowsMoved() { root.revision++; }
        function onModelReset() { root.revision++; }
        function onDataChanged() { root.revision++; }
        function onLayoutChanged() { root.revision++; }
    }
    // Cards for the room are added while the phase collects considerations.
    readonly property bool canAdd: root.view.phaseActivities.indexOf("considerations") >= 0 // qmllint disable type
                                   && (root.view.phaseStatus === "running" || root.view.phaseStatus === "paused")

    // Asks the wall for the card editor: a card's text (cardId > 0) or a new card (cardId -1).
    signal editorRequested(int cardId, string text, string direction)
    // A hide or merge went through; the wall offers to undo it.
    signal undoOffered(string kind)
    // Enter on the selected card (not merging): the focus view (CardFocus).
    signal openRequested(int cardId)

    // The card in that row, as a JS object ({id, text, direction, ...}).
    function cardAt(row: int): var {
        return root.view.cards.get(row);
    }
    function textAt(row: int, revision: int): string {
        return root.cardAt(row).text ?? "";
    }
    function select(delta: int) {
        const count = root.view.cards.count;
        if (!root.active || count === 0)
            return;
        let row = root.selectedCardId >= 0 ? root.view.cards.indexOfKey(root.selectedCardId) : -1;
        if (row < 0)
            row = delta > 0 ? 0 : count - 1;
        else
            row = ((row + delta) % count + count) % count;
        root.selectedCardId = root.cardAt(row).id;
    }
    function tap(cardId: int) {
        if (root.merging && cardId !== root.mergeSourceId) {
            root.selectedCardId = cardId;
            root.confirmMerge();
            return;
        }
        root.selectedCardId = root.selectedCardId === cardId ? -1 : cardId;
    }
    // Esc: first out of merging, then the selection. Returns whether it did something.
    function cancel(): bool {
        if (root.merging) {
            root.selectedCardId = root.mergeSourceId;
            root.mergeSourceId = -1;
            return true;
        }
        if (root.hasSelection) {
            root.selectedCardId = -1;
            return true;
        }
        return false;
    }
    function edit() {
        if (!root.hasSelection)
            return;
        const card = root.cardAt(root.selectedRow);
        root.editorRequested(card.id, card.text, card.direction);
    }
    function add() {
        if (root.canAdd)
            root.editorRequested(-1, "", "");
    }
    // What the editor hands back.
    function save(cardId: int, text: string, direction: string): bool {
        if (cardId < 0)
            return root.controller.addCard(text, direction);
        return root.controller.editCard(cardId, text, direction);
    }
    function hide() {
        if (!root.hasSelection)
            return;
        const row = root.selectedRow;
        if (!root.controller.hideCard(root.selectedCardId, true))
            return;
        // The selection moves on to the card that took its place.
        const count = root.view.cards.count;
        root.selectedCardId = count > 0 ? root.cardAt(Math.min(row, count - 1)).id : -1;
        root.undoOffered("hide");
    }
    // M: start merging the selected card; M or Enter again: merge it into the selected one.
    function merge() {
        if (root.merging)
            root.confirmMerge();
        else if (root.hasSelection && root.view.cards.count > 1)
            root.mergeSourceId = root.selectedCardId;
    }
    // Enter: merges while merging; otherwise opens (or closes) the selected card full size.
    function confirmMerge() {
        if (!root.merging && root.hasSelection)
            root.openRequested(root.selectedCardId);
        if (!root.merging || !root.hasSelection || root.selectedCardId === root.mergeSourceId)
            return;
        const source = root.mergeSourceId;
        root.mergeSourceId = -1;
        if (root.controller.mergeCards(source, root.selectedCardId))
            root.undoOffered("merge");
    }
    function move(delta: int) {
        if (root.hasSelection && !root.merging)
            root.controller.moveCardBy(root.selectedCardId, delta);
    }
    function undo() {
        root.mergeSourceId = -1;
        root.controller.undo();
    }
}
