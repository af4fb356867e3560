import QtQuick
import QtTest
import Flipover.Kiosk
import Flipover.Test

// The flipover board: 40 cards stay readable (paged, never clipped or
// overlapping, from 1280x720 to 3840x2160; every card as tall as its text
// and remarks need, in several columns, as many whole cards a page as fit;
// the pages turn by themselves when nobody steers), hidden cards stay off the wall,
// and tallies show only once revealed (the wall holds the facilitator's view).
TestCase {
    id: testCase

    name: "Board"
    when: windowShown
    // Shown, so that positioners lay out what the tests measure.
    visible: true
    width: 3200
    height: 1800

    Component {
        id: boardComponent

        CardBoard {}
    }

    function init() {
        Theme.scale = 1;
    }

    function snapshot(cardCount, extra) {
        const cards = [];
        for (let i = 1; i <= cardCount; ++i) {
            cards.push({
                id: i,
                text: "Overweging " + i + ": samen met de werkgever en de taalschool een plan maken",
                direction: i % 2 ? "Werk eerst" : "Samen optrekken",
                tags: i % 3 ? ["het"] : ["ik", "wij"],
                remarks: i % 4 === 1 ? [{ id: 100 + i, kind: "dreamer", text: "En dan ook de buren en de sportclub erbij halen" },
                                        { id: 200 + i, kind: "critic", text: "Kost dat niet te veel tijd van de consulent?" }]
                                     : [],
                merged: i === 2 ? [{ id: 99, text: "Een taalcoach die meegaat naar het werk", direction: "" }] : [],
                hidden: false
            });
        }
        const state = {
            session: { name: "Test", pin: "123456", format: {
                title: "Test",
                tags: { label: "Factor", items: [{ id: "het", label: "HET" }, { id: "ik", label: "IK" }, { id: "wij", label: "WIJ" }] },
                phases: [{ title: "Overwegingen", minutes: 20, activities: ["considerations", "remarks", "tags", "vote"] }]
            } },
            phase: { index: 0, count: 1, status: "paused", title: "Overwegingen", plannedMs: 1200000,
                     remainingMs: 600000, meetingRemainingMs: 600000, runs: [{ status: "active", adjustSeconds: 0 }] },
            cards: cards,
            vote: { status: "idle", mode: "dots", dots: 3, capPerCard: 2, liveTallies: false, revealed: false,
                    ballots: 0, tallies: null }
        };
        return Object.assign(state, extra || {});
    }

    function makeBoard(view, w, h) {
        const board = createTemporaryObject(boardComponent, testCase, { view: view, width: w, height: h });
        verify(board);
        board.pagedGrid.autoFlip = false;
        return board;
    }

    // The delegates of the page on screen.
    function pageCards(pages) {
        return pages.shownItems();
    }

    function checkPages(board) {
        const grid = board.pagedGrid;
        const seen = {};
        verify(board.pagedGrid.pages >= 1);
        for (let page = 0; page < board.pagedGrid.pages; ++page) {
            board.pagedGrid.page = page;
            const cards = pageCards(grid);
            verify(cards.length > 0, "page " + page + " has cards");
            for (let i = 0; i < cards.length; ++i) {
                const a = cards[i];
                verify(a.x >= 0 && a.x + a.width <= board.width + 0.5, "card inside the board horizontally");
                verify(a.y >= -0.5 && a.y + a.height <= grid.pageHeight + 0.5, "card not clipped: top " + a.y);
                verify(a.fits, "the content of \"" + a.text + "\" fits its card");
                compare(a.height, Math.max(grid.minCardHeight, Math.ceil(a.naturalHeight)), "as tall as its text");
                seen[a.text] = true;
                for (let j = i + 1; j < cards.length; ++j) {
                    const b = cards[j];
                    const apart = a.x + a.width <= b.x || b.x + b.width <= a.x
                                  || a.y + a.height <= b.y || b.y + b.height <= a.y;
                    verify(apart, "cards " + i + " and " + j + " overlap on page " + page);
                }
            }
        }
        return Object.keys(seen).length;
    }

    function test_fortyCards_data() {
        // The board's share of the wall (right of the steps, below the header).
        return [
            { tag: "1920x1080", scale: 1, width: 1420, height: 792 },
            { tag: "1280x720", scale: 2 / 3, width: 947, height: 528 },
            { tag: "3840x2160", scale: 2, width: 2840, height: 1584 },
        ];
    }

    function test_fortyCards(data) {
        Theme.scale = data.scale;
        const board = makeBoard(Fixture.view(snapshot(40)), data.width, data.height);
        compare(board.pagedGrid.count, 40);
        verify(board.pagedGrid.pages > 1, "forty cards are paged rather than shrunk");
        compare(checkPages(board), 40, "every card is on a page");
    }

    // The cards' columns on a page: the bottom of each, by its x.
    function columnBottoms(board) {
        const grid = board.pagedGrid;
        const bottoms = [];
        for (let c = 0; c < board.columns; ++c)
            bottoms.push(0);
        for (const card of grid.shownItems()) {
            const c = Math.round(card.x / (grid.cellWidth + grid.spacing));
            bottoms[c] = Math.max(bottoms[c], card.y + card.height + grid.spacing);
        }
        return bottoms;
    }

    // Several columns, each card as tall as its own text and remarks need (not
    // its row's tallest), right under the card above it, and as many whole
    // cards on a page as fit: the next page's first card would not fit.
    function test_wholeCardsFillEachPage() {
        const board = makeBoard(Fixture.view(snapshot(12)), 1420, 792);
        const grid = board.pagedGrid;
        verify(board.columns >= 2, "several columns: " + board.columns);
        const heights = {};
        for (let page = 0; page < grid.pages; ++page) {
            grid.page = page;
            const cards = grid.shownItems();
            for (const card of cards) {
                heights[card.remarks.length > 0 ? "remarks" : "plain"] = card.height;
                const above = cards.filter(o => o !== card && Math.abs(o.x - card.x) < 1 && o.y < card.y);
                if (above.length > 0)
                    compare(card.y, Math.max(...above.map(o => o.y + o.height)) + grid.spacing, "no hole above a card");
            }
            if (page + 1 < grid.pages) {
                const shortest = Math.min(...testCase.columnBottoms(board));
                grid.page = page + 1;
                const next = grid.shownItems()[0];
                verify(shortest + next.height > grid.pageHeight,
                       "page " + page + " has no room left for the next card");
            }
        }
        verify(heights.remarks > heights.plain, "a card with remarks is taller than one without");
        compare(checkPages(board), 12);
    }

    // The page line says which page of how many, and the pages turn by
    // themselves while the meeting runs and nobody steers.
    function test_pagesTurnWhenNobodySteers() {
        const state = snapshot(12);
        state.phase.status = "running";
        const board = createTemporaryObject(boardComponent, testCase, { view: Fixture.view(state), width: 1420, height: 792 });
        const grid = board.pagedGrid;
        grid.flipIntervalMs = 50;
        tryVerify(() => grid.pages > 1, 2000, "twelve cards take more than a page"); // once the cards are laid out
        const line = findChild(board, "pageLine");
        verify(line.visible);
        verify(line.text.indexOf("Page 1 of " + grid.pages) >= 0, line.text);
        verify(grid.turning, "nobody steers: the pages turn");
        tryCompare(grid, "page", 1, 5000);
        verify(line.text.indexOf("Page 2 of " + grid.pages) >= 0, line.text);
        board.steering = true;
        verify(!grid.turning, "the facilitator steers: the page stays");
        board.steering = false;
        Fixture.update(board.view, 2, { phase: Object.assign({}, state.phase, { status: "paused" }) });
        verify(!grid.turning, "paused: the page stays");
    }

    function test_hiddenCardsStayOffTheWall() {
        const state = snapshot(5);
        state.cards[1].hidden = true;
        const view = Fixture.view(state);
        const board = makeBoard(view, 1420, 792);
        compare(board.pagedGrid.count, 4);
        // Hiding one more, as the facilitator does, takes it off at once.
        const changed = snapshot(5).cards;
        changed[1].hidden = true;
        changed[3].hidden = true;
        Fixture.update(view, 2, { cards: changed });
        // The grid takes model changes in at its next layout.
        tryCompare(board.pagedGrid, "count", 3);
    }

    function test_talliesOnlyOnceRevealed() {
        const tallies = [{ cardId: 1, dots: 7 }, { cardId: 2, dots: 2 }];
        const view = Fixture.view(snapshot(4, { vote: { status: "open", mode: "dots", dots: 3, capPerCard: 2,
                                                         liveTallies: false, revealed: false, ballots: 3,
                                                         tallies: tallies } }));
        const board = makeBoard(view, 1420, 792);
        board.voting = true;
        verify(!board.talliesShown, "the facilitator's tallies are not the room's until revealed");
        for (const card of pageCards(board.pagedGrid))
            verify(!card.showTally);
        Fixture.update(view, 2, { vote: { status: "closed", mode: "dots", dots: 3, capPerCard: 2,
                                          liveTallies: false, revealed: true, ballots: 3, tallies: tallies } });
        verify(board.talliesShown);
        const first = pageCards(board.pagedGrid).filter(c => c.tally === 7)[0];
        verify(first && first.showTally);
        compare(findChild(first, "tallyNumber").text, "7");
        verify(first.fits);
    }
}
