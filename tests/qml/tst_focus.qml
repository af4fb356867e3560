import QtQuick
import QtTest
import Flipover.Kiosk
import Flipover.Test

// The focus view (CardFocus over CardBoard): the selected card, tapped,
// opens over the board with all of its text and remarks; a tap closes it.
// The meeting holds which card is open (phase.focusCardId): a facilitator's
// tablet opens and closes it on the wall, and the wall asks for its own.
TestCase {
    id: testCase

    name: "Focus"
    when: windowShown
    visible: true
    width: 1500
    height: 900

    Component {
        id: boardComponent

        CardBoard {}
    }

    function init() {
        Theme.scale = 1;
    }

    function snapshot() {
        const cards = [];
        for (let i = 1; i <= 6; ++i)
            cards.push({ id: i, text: "Overweging " + i + ": samen met de werkgever en de taalschool een plan maken",
                         direction: "", tags: [], merged: [], hidden: false,
                         remarks: i === 2 ? [{ id: 50, kind: "critic", text: "Kost dat niet te veel tijd van de consulent?" }] : [] });
        return {
            session: { name: "Test", pin: "123456", format: { title: "Test",
                phases: [{ title: "Overwegingen", minutes: 20, activities: ["considerations", "remarks"] }] } },
            phase: { index: 0, count: 1, status: "paused", title: "Overwegingen", plannedMs: 1200000,
                     remainingMs: 600000, meetingRemainingMs: 600000, runs: [{ status: "active", adjustSeconds: 0 }] },
            cards: cards,
            vote: { status: "idle", mode: "dots", dots: 3, capPerCard: 2, liveTallies: false, revealed: false,
                    ballots: 0, tallies: null }
        };
    }

    function test_openAndClose() {
        const board = createTemporaryObject(boardComponent, testCase,
                                            { view: Fixture.view(snapshot()), width: 1420, height: 792 });
        verify(board);
        board.pagedGrid.autoFlip = false;
        verify(!findChild(board, "cardFocus"));
        board.selectedCardId = 2;
        board.openCard(2);
        const focus = findChild(board, "cardFocus");
        verify(focus, "the focus view is open");
        compare(focus.width, board.width);
        compare(focus.height, board.height);
        const card = findChild(focus, "focusedCard");
        compare(card.text, "Overweging 2: samen met de werkgever en de taalschool een plan maken");
        compare(card.remarkList.length, 1);
        verify(card.fits, "all of the card is shown");
        verify(card.textSize > Theme.card, "the card's text is larger than on the board");
        verify(card.y + card.height <= focus.height, "the card is inside the view");
        mouseClick(focus, focus.width / 2, focus.height - 5);
        tryVerify(() => !findChild(board, "cardFocus"), 1000, "a tap closes the focus view");
    }

    function test_tapOnSelectedCardOpens() {
        const board = createTemporaryObject(boardComponent, testCase,
                                            { view: Fixture.view(snapshot()), width: 1420, height: 792 });
        board.pagedGrid.autoFlip = false;
        let tapped = -1;
        board.cardTapped.connect(id => { tapped = id; });
        const first = board.pagedGrid.shownItems()[0];
        verify(first);
        // Not selected: the tap selects (the wall's CardControls), no focus view.
        mouseClick(first, 20, 20);
        compare(tapped, 1);
        verify(!findChild(board, "cardFocus"));
        board.selectedCardId = 1;
        mouseClick(first, 20, 20);
        verify(findChild(board, "cardFocus"), "a tap on the selected card opens it");
        compare(board.focusedCardId, 1);
    }

    function test_followsTheMeeting() {
        const state = snapshot();
        const view = Fixture.view(state);
        const board = createTemporaryObject(boardComponent, testCase, { view: view, width: 1420, height: 792 });
        board.pagedGrid.autoFlip = false;
        const asked = [];
        board.focusRequested.connect(id => asked.push(id));

        // A tablet opens card 3: the wall shows it, and asks for nothing.
        Fixture.update(view, 2, { phase: Object.assign({}, state.phase, { focusCardId: 3 }) });
        tryVerify(() => findChild(board, "cardFocus"), 1000, "the tablet's card is open on the wall");
        compare(findChild(findChild(board, "cardFocus"), "focusedCard").text,
                "Overweging 3: samen met de werkgever en de taalschool een plan maken");
        compare(asked.length, 0);

        // The tablet closes it.
        Fixture.update(view, 3, { phase: Object.assign({}, state.phase, { focusCardId: 0 }) });
        tryVerify(() => !findChild(board, "cardFocus"), 1000, "closed by the tablet");

        // Opened and closed on the wall: the meeting is asked, so the tablets follow.
        board.openCard(4);
        board.closeCard();
        compare(asked, [4, 0]);
    }

    // The open card follows the meeting: its tally moves with the votes, as
    // on the board (live tallies), and an edit shows at once. Before, it
    // kept what it showed when it opened.
    function test_openCardFollowsItsTallyAndEdits() {
        const vote = dots => ({ vote: { status: "open", mode: "dots", dots: 3, capPerCard: 2, liveTallies: true,
                                        revealed: false, ballots: 1, tallies: [{ cardId: 2, dots: dots }] } });
        const view = Fixture.view(Object.assign(snapshot(), vote(1)));
        const board = createTemporaryObject(boardComponent, testCase, { view: view, width: 1420, height: 792 });
        board.pagedGrid.autoFlip = false;
        board.voting = true;
        board.openCard(2);
        const focused = findChild(findChild(board, "cardFocus"), "focusedCard");
        compare(focused.tally, 1);
        Fixture.update(view, 2, vote(7));
        tryCompare(focused, "tally", 7);
        compare(findChild(focused, "tallyNumber").text, "7");
        const cards = snapshot().cards;
        cards[1].text = "Eerst een taalcoach";
        Fixture.update(view, 3, Object.assign({ cards: cards }, vote(7)));
        tryCompare(focused, "text", "Eerst een taalcoach");
        compare(focused.tally, 7);
    }
}
