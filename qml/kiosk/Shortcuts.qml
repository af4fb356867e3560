pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Kiosk

// The wall's keys (HelpOverlay.qml lists them). What is open takes the keys
// first: the card editor's fields, the start screen, the export, last time's
// outcome, the plan, the end confirmation; then the card keys while the
// board is on the wall; then the meeting's keys.
QtObject {
    id: root

    required property Actions actions
    required property CardControls cards
    required property Overlays overlays

    signal pageFlipRequested(int delta)
    signal fullScreenToggled()

    function handleKey(event: KeyEvent) {
        const overlays = root.overlays;
        // The editor's fields take their own keys; what they leave is not a shortcut.
        if (overlays.editorOpen) {
            event.accepted = true;
            return;
        }
        if (overlays.startShown) {
            // The help opens over the start screen too; Esc closes it first.
            if (event.key === Qt.Key_Question || event.key === Qt.Key_F1
                    || (event.key === Qt.Key_Escape && overlays.helpShown)) {
                overlays.helpShown = event.key !== Qt.Key_Escape && !overlays.helpShown;
                event.accepted = true;
                return;
            }
            overlays.startScreen.handleKey(event);
            return;
        }
        if (overlays.exportShown) {
            if (event.key === Qt.Key_Escape)
                overlays.closeExport();
            event.accepted = true;
            return;
        }
        if (overlays.previousShown) {
            if (event.key === Qt.Key_Escape || event.key === Qt.Key_O)
                overlays.previousShown = false;
            event.accepted = true;
            return;
        }
        if (event.key === Qt.Key_E && (event.modifiers & Qt.ControlModifier)) {
            overlays.exportShown = true;
            event.accepted = true;
            return;
        }
        if (event.key === Qt.Key_N && (event.modifiers & Qt.ControlModifier)) {
            overlays.openStart();
            event.accepted = true;
            return;
        }
        // The plan takes the keys while it is open; P or Esc closes it.
        if (overlays.planShown) {
            if (event.key === Qt.Key_Escape || event.key === Qt.Key_P)
                overlays.closePlan();
            event.accepted = true;
            return;
        }
        if (overlays.confirmEndShown) {
            if (event.key === Qt.Key_Escape)
                overlays.confirmEndShown = false;
            else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                overlays.endMeeting();
            event.accepted = true;
            return;
        }
        if (root.handleCardKey(event)) {
            event.accepted = true;
            return;
        }
        switch (event.key) {
        case Qt.Key_Right: root.actions.next(); break;
        case Qt.Key_Left: root.actions.previous(); break;
        case Qt.Key_Space: root.actions.togglePause(); break;
        case Qt.Key_Plus:
        case Qt.Key_Equal: root.actions.adjust(1); break;
        case Qt.Key_Minus:
        case Qt.Key_Underscore: root.actions.adjust(-1); break;
        case Qt.Key_V: root.actions.toggleVote(); break;
        case Qt.Key_R: root.actions.toggleReveal(); break;
        case Qt.Key_P: overlays.planShown = true; break;
        case Qt.Key_O:
            if (!overlays.previousAvailable)
                return;
            overlays.previousShown = true;
            break;
        case Qt.Key_PageDown: root.pageFlipRequested(1); break;
        case Qt.Key_PageUp: root.pageFlipRequested(-1); break;
        case Qt.Key_Question:
        case Qt.Key_F1: overlays.helpShown = !overlays.helpShown; break;
        case Qt.Key_Escape:
            if (overlays.helpShown)
                overlays.helpShown = false;
            else
                root.cards.cancel();
            break;
        case Qt.Key_F11: root.fullScreenToggled(); break;
        default:
            return;
        }
        event.accepted = true;
    }

    // The card keys; returns whether the key was one of them.
    function handleCardKey(event: KeyEvent): bool {
        const cards = root.cards;
        if (event.key === Qt.Key_Z && (event.modifiers & Qt.ControlModifier)) {
            cards.undo();
            return true;
        }
        if (event.key === Qt.Key_N) {
            cards.add();
            return true;
        }
        if (!cards.active || root.overlays.helpShown)
            return false;
        switch (event.key) {
        case Qt.Key_Tab: cards.select(1); return true;
        case Qt.Key_Backtab: cards.select(-1); return true;
        case Qt.Key_E: cards.edit(); return true;
        case Qt.Key_H:
        case Qt.Key_Delete: cards.hide(); return true;
        case Qt.Key_M: cards.merge(); return true;
        case Qt.Key_Up: cards.move(-1); return true;
        case Qt.Key_Down: cards.move(1); return true;
        case Qt.Key_Return:
        case Qt.Key_Enter: cards.confirmMerge(); return true;
        default: return false;
        }
    }
}
