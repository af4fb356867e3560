import QtQuick
import QtTest
import Flipover.Voter
import Flipover.Voter.Test

// The facilitator's drawer on the meeting screen: unfolded it takes at most a
// third of the screen (its buttons scroll within it), folded only its header
// stays, and the participant's own action (sending the vote) stays in reach
// either way; "Previous phase" is not beside, above or below "Next phase"
// (a tap off by a row must not step back). During a dots
// vote the dots left stay in sight above the scrolling panels.
TestCase {
    id: testCase

    readonly property VoterClient voter: Fixture.client()
    readonly property SessionView sessionView: Fixture.view()

    function state(facilitator: bool, voteStatus: string, mode: string): var {
        const cards = [];
        for (let i = 1; i <= 12; ++i)
            cards.push({ "id": i, "text": "Kaart " + i + ": een overweging voor de flipover", "position": i - 1 });
        return {
            "session": { "name": "Team", "meeting": "abc123", "format": { "title": "Collegiale ontmoeting", "phases": [
                { "title": "Casus", "minutes": 15, "activities": ["firstThoughts"] },
                { "title": "Uitkomsten", "minutes": 25, "activities": ["vote"] },
                { "title": "Afronding", "minutes": 10, "activities": ["tipsTops"] }] } },
            "mine": { "participantId": "p1", "role": "participant", "facilitator": facilitator },
            "phase": { "index": 1, "count": 3, "status": "running", "title": "Uitkomsten" },
            "cards": cards,
            "vote": { "status": voteStatus, "mode": mode, "dots": 3, "capPerCard": 2 }
        };
    }

    function init() {
        draftStore.clear();
    }

    // Scrolls the panels until the item is in view; true when all of it is.
    function scrollIntoView(flick: Item, item: Item): bool {
        const y = item.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(y - 10, flick.contentHeight - flick.height));
        const seen = item.mapToItem(flick, 0, 0).y;
        return seen >= 0 && seen + item.height <= flick.height;
    }

    function test_drawer_data() {
        return [{ "tag": "tablet 1280x800", "w": 1280, "h": 800 },
                { "tag": "phone 400x720", "w": 400, "h": 720 }];
    }

    function test_drawer(data) {
        Fixture.snapshot(sessionView, testCase.state(true, "open", "dots"));
        const screen = createTemporaryObject(screenComponent, testCase, { "width": data.w, "height": data.h });
        const bar = findChild(screen, "facilitatorBar");
        const buttons = findChild(bar, "facilitatorButtons");
        const flick = findChild(screen, "meetingFlick");
        verify(bar.visible && buttons.visible);
        waitForRendering(screen);

        // Unfolded: at most a third of the screen for the buttons.
        verify(buttons.height <= data.h / 3 + 1, "buttons " + buttons.height);
        const next = findChild(bar, "nextPhase");
        const previous = findChild(bar, "previousPhase");
        verify(next.visible && previous.visible);
        // Neither beside it nor right above or below it: a button's width
        // apart sideways, or a row of other buttons between them.
        const nextAt = next.mapToItem(bar, 0, 0);
        const previousAt = previous.mapToItem(bar, 0, 0);
        const sideways = previousAt.x + previous.width + 100 <= nextAt.x || nextAt.x + next.width + 100 <= previousAt.x;
        const rowsBetween = Math.abs(previousAt.y - nextAt.y) >= 2 * next.height;
        verify(sideways || rowsBetween, "Previous phase (" + previousAt.x + ", " + previousAt.y
               + ") is apart from Next phase (" + nextAt.x + ", " + nextAt.y + ")");

        const send = findChild(screen, "sendVote");
        verify(send && send.visible);
        verify(testCase.scrollIntoView(flick, send), "the vote can be sent with the drawer open");
        const openHeight = flick.height;

        // Folded: the header only, the panels get the room.
        mouseClick(findChild(bar, "foldButton"));
        verify(bar.folded);
        verify(!buttons.visible);
        tryVerify(() => flick.height > openHeight);
        verify(bar.height < 100, "folded drawer " + bar.height);
        verify(testCase.scrollIntoView(flick, send), "the vote can be sent with the drawer folded");

        mouseClick(findChild(bar, "foldButton"));
        verify(!bar.folded);
        verify(buttons.visible);
    }

    // The results' button where the wall has it: in the phase with the vote,
    // not in the phases after it nor once the meeting ended.
    function test_resultsButtonInTheVotePhase() {
        const closed = testCase.state(true, "closed", "dots");
        Fixture.snapshot(sessionView, closed);
        const screen = createTemporaryObject(screenComponent, testCase, { "width": 1280, "height": 800 });
        const reveal = findChild(findChild(screen, "facilitatorBar"), "revealButton");
        verify(reveal.visible, "in the vote's phase");
        closed.phase = { "index": 2, "count": 3, "status": "running", "title": "Afronding" };
        Fixture.snapshot(sessionView, closed);
        verify(!reveal.visible, "not in the next phase");
        closed.phase = { "index": 2, "count": 3, "status": "ended", "title": "Afronding" };
        Fixture.snapshot(sessionView, closed);
        verify(!reveal.visible, "not after the end");
    }

    function test_dotsStayInSight() {
        Fixture.snapshot(sessionView, testCase.state(false, "open", "dots"));
        const screen = createTemporaryObject(screenComponent, testCase, { "width": 1280, "height": 800 });
        const strip = findChild(screen, "dotsStrip");
        const dots = findChild(screen, "dotsLeft");
        const flick = findChild(screen, "meetingFlick");
        verify(strip.visible);
        compare(dots.total, 3);
        compare(dots.used, 0);

        findChild(screen, "votePanel").setDots(2, 2);
        compare(dots.used, 2);
        compare(dots.total, 3);
        findChild(screen, "votePanel").setDots(5, 1);
        compare(dots.used, 3);
        // None left: said as such, not "0 of your 3 dots left".
        compare(findChild(dots, "dotsText").text, "All your 3 dots are placed. At most 2 per card.");

        // Scrolled to the last card, the counter is where it was.
        const before = strip.mapToItem(screen, 0, 0).y;
        verify(flick.contentHeight > flick.height, "12 cards scroll");
        flick.contentY = flick.contentHeight - flick.height;
        compare(strip.mapToItem(screen, 0, 0).y, before);
        verify(strip.visible);

        // Not for a single choice, nor once the vote closed.
        Fixture.snapshot(sessionView, testCase.state(false, "open", "single"));
        verify(!strip.visible);
        Fixture.snapshot(sessionView, testCase.state(false, "closed", "dots"));
        verify(!strip.visible);
    }

    name: "Drawer"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Drafts {
        id: draftStore
    }
    Component {
        id: screenComponent

        MeetingScreen {
            client: testCase.voter
            view: testCase.sessionView
            drafts: draftStore
        }
    }
}
