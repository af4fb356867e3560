import QtQuick
import QtTest
import Flipover.Kiosk
import Flipover.Test

// The facilitator's control bar: it hides itself without input, also when
// no input ever came (a wall steered from a tablet); a pointer that stands
// still is no input, one that moves is; and in the fullest phase (cards for
// the room and a vote) it keeps to one row on a 1280x720 wall.
TestCase {
    id: testCase

    name: "ControlBar"
    when: windowShown
    visible: true
    width: 1280
    height: 720

    Component {
        id: barComponent

        ControlBar {}
    }
    Component {
        id: actionsComponent

        Actions {}
    }
    Component {
        id: cardsComponent

        CardControls {}
    }

    function cleanup() {
        Theme.scale = 1;
    }

    function state(activities: list<string>): var {
        return {
            session: { name: "Test", pin: "123456", format: {
                title: "Test", phases: [{ title: "Intro", minutes: 5, activities: [] },
                                        { title: "Overwegingen", minutes: 20, activities: activities }]
            } },
            phase: { index: 1, count: 2, status: "running", title: "Overwegingen", plannedMs: 1200000, remainingMs: 600000,
                     meetingRemainingMs: 900000, runs: [{ status: "done", adjustSeconds: 0 },
                                                        { status: "active", adjustSeconds: 0 }] },
            cards: [],
            vote: { status: "open", mode: "dots", dots: 3, capPerCard: 2, liveTallies: false, revealed: false,
                    ballots: 0, tallies: {} }
        };
    }

    function makeBar(activities: list<string>, properties: var): ControlBar {
        const view = Fixture.view(testCase.state(activities));
        // Kept to the end of the suite: the bar, made last, goes first.
        const actions = actionsComponent.createObject(testCase, { controller: null, view: view });
        const cards = cardsComponent.createObject(testCase, { controller: null, view: view });
        const props = { actions: actions, cards: cards, width: testCase.width };
        for (const key in properties)
            props[key] = properties[key];
        return createTemporaryObject(barComponent, testCase, props);
    }

    function test_hidesWithoutAnyInput() {
        const bar = testCase.makeBar([], { idleMs: 200 });
        verify(bar.shown, "shown at first, so that the facilitator finds it");
        tryCompare(bar, "shown", false, 5000);
    }

    function test_aStillPointerIsNoInput() {
        const bar = testCase.makeBar([], { idleMs: 200 });
        bar.pointerAt(400, 300);
        tryCompare(bar, "shown", false, 5000);
        // Qt Quick sends a hover event again at the same place whenever the scene changes.
        bar.pointerAt(400, 300);
        bar.pointerAt(401, 300);
        verify(!bar.shown, "a pointer that did not move does not bring the bar back");
        bar.pointerAt(480, 330);
        verify(bar.shown, "a pointer that moved does");
        tryCompare(bar, "shown", false, 5000);
        bar.poke(); // a key or a tap
        verify(bar.shown);
    }

    function test_oneRowAt1280() {
        Theme.scale = 1280 / 1920;
        // The fullest phase: cards for the room and a vote, both of their buttons shown.
        const bar = testCase.makeBar(["considerations", "vote"], { autoHide: false });
        verify(bar.cards.canAdd);
        verify(bar.actions.voting);
        waitForRendering(bar);
        verify(bar.contentWidth <= bar.width, "the buttons fit one row: " + bar.contentWidth + " of " + bar.width);
        const end = findChild(bar, "controlEnd");
        const help = findChild(bar, "controlHelp");
        verify(end.visible && help.visible);
        const helpRight = help.mapToItem(bar, help.width, 0).x;
        verify(helpRight + Theme.smallGap <= end.x, "the end of the meeting stands apart: " + helpRight + " < " + end.x);
        compare(end.y, help.mapToItem(bar, 0, 0).y, "one row");
        verify(end.height <= bar.height);
    }

    // The action bar names the selected card (and the one being merged) as
    // it is now: an edit shows at once. Before, it kept the text it had
    // when the card was selected.
    function test_selectedTextFollowsAnEdit() {
        const withCards = cards => Object.assign(testCase.state(["considerations"]), { cards: cards, phase: Object.assign(
            testCase.state([]).phase, { status: "running" }) });
        const card = (id, text) => ({ id: id, text: text, direction: "", tags: [], remarks: [], merged: [], hidden: false });
        const view = Fixture.view(withCards([card(1, "Eerst"), card(2, "Samen")]));
        const cards = createTemporaryObject(cardsComponent, testCase, { controller: null, view: view, active: true });
        cards.selectedCardId = 2;
        cards.mergeSourceId = 1;
        compare(cards.selectedText, "Samen");
        compare(cards.mergeSourceText, "Eerst");
        Fixture.update(view, 2, { cards: [card(1, "Eerst een plan"), card(2, "Samen optrekken")] });
        compare(cards.selectedText, "Samen optrekken");
        compare(cards.mergeSourceText, "Eerst een plan");
    }
}
