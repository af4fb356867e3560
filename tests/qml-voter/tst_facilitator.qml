import QtQuick
import QtTest
import Flipover.Voter
import Flipover.Voter.Test

// The facilitator's controls on a tablet: timer minutes and the card
// controls send the commands of docs/protocol.md with the right arguments
// (a move is a step, counted by the kiosk), "Undo" names what the kiosk's
// undo section says and sends undo, a refused merge says why, and a
// participant sees none of it.
TestCase {
    id: testCase

    readonly property VoterClient voter: Fixture.client()
    readonly property SessionView sessionView: Fixture.view()

    function state(facilitator: bool, voteStatus: string): var {
        return {
            "mine": { "participantId": "p1", "role": "participant", "facilitator": facilitator },
            "phase": { "index": 1, "count": 3, "status": "running", "title": "ordenen" },
            "cards": [{ "id": 1, "text": "Eerst taal", "direction": "Taal eerst" },
                      { "id": 2, "text": "Verborgen", "hidden": true },
                      { "id": 3, "text": "Samen", "merged": [{ "id": 4, "text": "Samen leren" }] }],
            "vote": { "status": voteStatus, "mode": "dots", "dots": 3, "capPerCard": 2 }
        };
    }

    // The child with this objectName inside the row of this card.
    function find(item: Item, name: string, cardId: int): Item {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child.cardId === cardId && cardId !== 0)
                return testCase.find(child, name, 0);
            if (cardId === 0 && child.objectName === name && child.visible)
                return child;
            const found = testCase.find(child, name, cardId);
            if (found)
                return found;
        }
        return null;
    }

    function button(panel: Item, name: string, cardId: int): Item {
        const found = testCase.find(panel, name, cardId);
        verify(found, name + " of card " + cardId);
        return found;
    }

    // The buttons wait for a connection, which a test has not: a tap is
    // their clicked signal.
    function tap(panel: Item, name: string, cardId: int) {
        testCase.button(panel, name, cardId).clicked();
    }

    function init() {
        spy.clear();
    }

    function test_participantSeesNone() {
        Fixture.snapshot(sessionView, testCase.state(false, "idle"));
        const screen = createTemporaryObject(screenComponent, testCase);
        verify(screen);
        const found = findChild(screen, "facilitatorCards");
        verify(found);
        verify(!found.visible, "no card controls for a participant");
        verify(!findChild(screen, "facilitatorBar").visible);

        Fixture.snapshot(sessionView, testCase.state(true, "idle"));
        verify(found.visible, "the facilitator has them");
        verify(findChild(screen, "facilitatorBar").visible);
    }

    function test_timerMinutes() {
        Fixture.snapshot(sessionView, testCase.state(true, "idle"));
        const bar = createTemporaryObject(barComponent, testCase);
        barSpy.target = bar;
        barSpy.clear();
        testCase.tap(bar, "plusFive", 0);
        testCase.tap(bar, "plusOne", 0);
        testCase.tap(bar, "minusOne", 0);
        compare(barSpy.count, 3);
        const sent = barSpy.signalArguments.map(a => a[0] + JSON.stringify(a[1]));
        compare(sent, ['adjustTime{"minutes":5}', 'adjustTime{"minutes":1}',
                       'adjustTime{"minutes":-1}']);
    }

    function test_exportOutcome() {
        Fixture.snapshot(sessionView, testCase.state(true, "idle"));
        const bar = createTemporaryObject(barComponent, testCase);
        barSpy.target = bar;
        barSpy.clear();
        testCase.tap(bar, "exportButton", 0);
        const dialog = bar.exportDialog;
        tryCompare(dialog, "opened", true);
        const include = findChild(dialog.contentItem, "includeCase");
        const confirm = findChild(dialog.contentItem, "confirmExport");
        const status = findChild(dialog.contentItem, "exportStatus");
        verify(include && confirm && status);
        verify(!include.checked, "the case text only when chosen");

        include.checked = true;
        confirm.clicked();
        compare(barSpy.count, 1);
        compare(barSpy.signalArguments[0][0] + JSON.stringify(barSpy.signalArguments[0][1]),
                'exportOutcome{"includeCase":true}');
        const first = dialog.pendingId;
        verify(first !== "");
        compare(dialog.status, "sending");
        voter.acked(first, { "folder": "/srv/kiosk/Documents/Flipover/2026-11-23 Team",
                             "files": ["outcome.md", "outcome.pdf"] });
        compare(dialog.status, "saved");
        verify(status.visible);
        verify(status.text.indexOf("/srv/kiosk/Documents/Flipover/2026-11-23 Team") >= 0, status.text);
        verify(status.text.indexOf("outcome.pdf") >= 0, status.text);

        // Refused: the kiosk's own words on what failed.
        include.checked = false;
        confirm.clicked();
        compare(barSpy.count, 2);
        compare(JSON.stringify(barSpy.signalArguments[1][1]), '{"includeCase":false}');
        verify(dialog.pendingId !== first);
        voter.acked(first, { "folder": "/elders" }); // an old answer changes nothing
        compare(dialog.status, "sending");
        voter.rejected(dialog.pendingId, "export_failed", "Cannot write /srv/kiosk/outcome.md: disk full");
        compare(dialog.status, "failed");
        verify(status.text.indexOf("Cannot write /srv/kiosk/outcome.md: disk full") >= 0, status.text);
        dialog.close();
    }

    function test_cardCommands() {
        Fixture.snapshot(sessionView, testCase.state(true, "idle"));
        const panel = createTemporaryObject(cardsComponent, testCase);
        spy.target = panel;
        const before = voter.pendingCount;

        verify(!testCase.button(panel, "hide", 1).enabled, "nothing is queued offline");

        testCase.tap(panel, "moveUp", 3);
        testCase.tap(panel, "moveDown", 1);
        testCase.tap(panel, "hide", 2);
        testCase.tap(panel, "hide", 1);
        testCase.tap(panel, "unmerge", 3);

        testCase.tap(panel, "edit", 1);
        const editor = testCase.button(panel, "cardEditor", 1);
        editor.text = "  Eerst de taal  ";
        compare(testCase.button(panel, "directionEditor", 1).text, "Taal eerst", "the card's direction to edit");
        testCase.button(panel, "directionEditor", 1).text = " Taal voorop ";
        testCase.tap(panel, "saveEdit", 1);

        testCase.tap(panel, "merge", 1);
        compare(panel.mergingId, 1);
        testCase.tap(panel, "mergeHere", 3);
        compare(panel.mergingId, 0);

        const sent = spy.signalArguments.map(a => a[0] + JSON.stringify(a[1]));
        compare(sent, ['moveCardBy{"cardId":3,"delta":-1}',
                       'moveCardBy{"cardId":1,"delta":1}',
                       'hideCard{"cardId":2,"hidden":false}',
                       'hideCard{"cardId":1,"hidden":true}',
                       'unmergeCard{"cardId":4}',
                       'editCard{"cardId":1,"text":"Eerst de taal","direction":"Taal voorop"}',
                       'mergeCards{"cardId":1,"intoCardId":3}']);
        compare(voter.pendingCount, before + 7, "each waits in the outbox");
    }

    function test_undo() {
        const state = testCase.state(true, "idle");
        Fixture.snapshot(sessionView, state);
        const panel = createTemporaryObject(cardsComponent, testCase);
        spy.target = panel;
        verify(!testCase.find(panel, "undo", 0), "nothing to undo: no button");

        state.undo = { "kind": "hide", "cardId": 2, "text": "Verborgen" };
        Fixture.snapshot(sessionView, state);
        const description = testCase.button(panel, "undoDescription", 0);
        compare(description.text, panel.undoDescription("hide", "Verborgen"));
        verify(description.text.indexOf("Verborgen") >= 0, description.text);
        state.undo = { "kind": "merge", "cardId": 4, "text": "Samen leren" };
        Fixture.snapshot(sessionView, state);
        verify(description.text.indexOf("Samen leren") >= 0, description.text);
        verify(description.text !== panel.undoDescription("hide", "Samen leren"), "each kind says what it was");

        testCase.tap(panel, "undo", 0);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0] + JSON.stringify(spy.signalArguments[0][1]), 'undo{}');
        const status = findChild(panel, "cardsFeedback");
        voter.rejected(status.pendingId, "vote_open", "vote is open");
        compare(status.text, "⚠ " + Errors.text("vote_open"));

        state.undo = null;
        Fixture.snapshot(sessionView, state);
        verify(!testCase.find(panel, "undo", 0), "taken back: the button goes");
    }

    // "Groot op de wand": a card the room sees, in a phase that puts the
    // board on the wall, opens full screen there (focusCard); the kiosk's
    // phase.focusCardId says which is open, and both ways back close it.
    function test_showOnTheWall() {
        const state = testCase.state(true, "idle");
        state.session = { "format": { "phases": [{ "activities": ["case"] },
                                                 { "activities": ["considerations", "remarks"] }] } };
        state.phase.index = 0;
        Fixture.snapshot(sessionView, state);
        const panel = createTemporaryObject(cardsComponent, testCase);
        spy.target = panel;
        verify(testCase.find(panel, "edit", 1), "the row is there");
        verify(!testCase.find(panel, "showOnWall", 1), "no board on the wall in this phase");

        state.phase.index = 1;
        Fixture.snapshot(sessionView, state);
        verify(!testCase.find(panel, "showOnWall", 2), "a hidden card is not for the room");
        verify(!testCase.find(panel, "closeOnWall", 0), "nothing is open");
        testCase.tap(panel, "showOnWall", 3);

        state.phase.focusCardId = 3;
        Fixture.snapshot(sessionView, state);
        const shown = testCase.button(panel, "shownFull", 0);
        verify(shown.text.indexOf("Samen") >= 0, shown.text);
        testCase.tap(panel, "showOnWall", 3); // now: back to all cards
        testCase.tap(panel, "closeOnWall", 0);
        testCase.tap(panel, "showOnWall", 1); // another card replaces it

        const sent = spy.signalArguments.map(a => a[0] + JSON.stringify(a[1]));
        compare(sent, ['focusCard{"cardId":3}', 'focusCard{"cardId":null}', 'focusCard{"cardId":null}',
                       'focusCard{"cardId":1}']);

        state.phase.focusCardId = null;
        Fixture.snapshot(sessionView, state);
        verify(!testCase.find(panel, "closeOnWall", 0), "closed: the line goes");
    }

    function test_mergeRefusedWhileVoteOpen() {
        Fixture.snapshot(sessionView, testCase.state(true, "open"));
        const panel = createTemporaryObject(cardsComponent, testCase);
        spy.target = panel;
        panel.merge(1, 3);
        compare(spy.count, 1);
        const status = findChild(panel, "cardsFeedback");
        verify(status.pendingId !== "");
        voter.rejected(status.pendingId, "vote_open", "vote is open");
        compare(status.status, "refused");
        compare(status.text, "⚠ " + Errors.text("vote_open"));
    }

    name: "Facilitator"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Drafts {
        id: draftStore
    }
    SignalSpy {
        id: spy

        signalName: "commandSent"
    }
    SignalSpy {
        id: barSpy

        signalName: "commandSent"
    }
    Component {
        id: cardsComponent

        FacilitatorCards {
            width: 1000
            client: testCase.voter
            view: testCase.sessionView
        }
    }
    Component {
        id: barComponent

        FacilitatorBar {
            width: 1200
            client: testCase.voter
            view: testCase.sessionView
        }
    }
    Component {
        id: screenComponent

        MeetingScreen {
            width: 1280
            height: 800
            client: testCase.voter
            view: testCase.sessionView
            drafts: draftStore
        }
    }
}
