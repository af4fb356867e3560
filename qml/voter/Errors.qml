pragma ComponentBehavior: Bound
pragma Singleton

import QtQuick

// The kiosk's refusals in the participant's words. The kiosk sends a code
// and an English sentence; the tablet shows its own text for the code.
QtObject {
    id: root

    function text(code: string): string {
        switch (code) {
        case "bad_pin":
            return qsTr("This PIN is not right. Check the PIN on the wall and try again.");
        case "bad_facilitator_pin":
            return qsTr("The facilitator PIN is not right.");
        case "too_many_attempts":
            return qsTr("Too many wrong tries. Wait a minute and try again.");
        case "meeting_ended":
            return qsTr("This meeting has already ended.");
        case "bad_version":
            return qsTr("This app is too old or too new for this wall. Ask the facilitator.");
        case "wrong_phase":
            return qsTr("That is not possible in this phase any more. Nothing was lost: your text is still here.");
        case "vote_not_open":
            return qsTr("The vote is not open, so this was not counted.");
        case "vote_open":
            return qsTr("Not possible while the vote is open.");
        case "too_many_dots":
            return qsTr("You placed more dots than you have.");
        case "over_cap":
            return qsTr("Too many dots on one card.");
        case "not_found":
            return qsTr("That item is no longer on the wall.");
        case "cannot_move":
            return qsTr("The card cannot move further that way.");
        case "nothing_to_undo":
            return qsTr("There is nothing to undo.");
        case "undo_outdated":
            return qsTr("The card has changed since; nothing was undone.");
        case "not_allowed":
            return qsTr("You are not allowed to do that.");
        case "case_taken":
            return qsTr("Someone else has already brought in the case.");
        case "not_started":
            return qsTr("The meeting has not started yet.");
        case "already_started":
            return qsTr("The meeting has already started.");
        case "no_previous":
            return qsTr("This is the first phase.");
        case "already_paused":
            return qsTr("The timer is already paused.");
        case "not_paused":
            return qsTr("The timer is not paused.");
        case "certificate_mismatch":
            return qsTr("This is not the wall of the join link: its security certificate differs. Nothing was sent. Ask the facilitator.");
        case "rate_limited":
            return qsTr("Too many messages at once. The tablet reconnects by itself; nothing is lost.");
        case "new_meeting":
            return qsTr("A new meeting started on the wall before this arrived, so it was not sent into it.");
        case "storage_failed":
            return qsTr("The wall could not save this. Please try again.");
        case "meeting_full":
            return qsTr("This meeting is full: no more participants can join.");
        case "too_many_cards":
        case "too_many_remarks":
        case "too_many_items":
        case "board_full":
            return qsTr("This meeting is full: nothing more can be added.");
        case "too_large":
        case "invalid":
        case "bad_field":
            return qsTr("This could not be accepted. Check the text and try again.");
        default:
            return qsTr("This did not work (%1). Please try again.").arg(code);
        }
    }
}
