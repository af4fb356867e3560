import QtQuick
import QtTest
import Flipover.Kiosk
import Flipover.Test
import "qrc:/Flipover/Kiosk/Helpers.js" as Helpers

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
    Component {
        id: cardComponent

        CardDelegate {
            height: 0
            text: ""
            direction: ""
            tags: []
            remarks: []
            merged: []
            tally: -1
        }
    }
    Component {
        id: textComponent

        Text {
            font.pixelSize: Theme.small
            font.bold: true
            wrapMode: Text.Wrap
        }
    }
    TextMetrics {
        id: boldWord

        font.pixelSize: Theme.small
        font.bold: true
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
        // Its cards laid out and measured (a frame drawn) before it is checked.
        waitForRendering(board);
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

    // The Intervisie's tags: one-word labels wider than a narrow column.
    readonly property var participationTags: ({ label: "Vorm", items: [
        { id: "beeldvorming", label: "Beeldvorming" }, { id: "besluitvorming", label: "Besluitvorming" },
        { id: "evaluatie", label: "Evaluatie" }, { id: "ongevraagd", label: "Ongevraagde mening" }] })

    function participationCards(texts) {
        const tags = [["beeldvorming"], ["besluitvorming"], ["evaluatie"], ["beeldvorming", "ongevraagd"]];
        return texts.map((text, i) => ({ id: i + 1, text: text, direction: "Zo doe ik het", tags: tags[i % tags.length],
                                          remarks: [], merged: [], hidden: false }));
    }

    function participationBoard(texts, w, h) {
        const state = snapshot(0);
        state.session.format.tags = testCase.participationTags;
        state.cards = participationCards(texts);
        return makeBoard(Fixture.view(state), w, h);
    }

    // Issue 20: the direction and the tags wrap word by word, as one text:
    // a tag no longer takes a line (or, wrapped in its box, two) of its own.
    function test_tagsTakeNoLineOfTheirOwn() {
        const labels = {};
        for (const tag of testCase.participationTags.items)
            labels[tag.id] = tag.label;
        const props = { width: 517, text: "Een medewerker mailde uit zichzelf een beter rooster", tagLabels: labels };
        const plain = createTemporaryObject(cardComponent, testCase, props);
        const tagged = createTemporaryObject(cardComponent, testCase, Object.assign({
            direction: "Zo doe ik het", tags: ["beeldvorming", "ongevraagd"] }, props));
        // The same words as one bold text at the card's inner width.
        const words = createTemporaryObject(textComponent, testCase, {
            width: 517 - 2 * tagged.padding, text: "\u2192 Zo doe ik het   Beeldvorming   Ongevraagde mening" });
        tryVerify(() => tagged.naturalHeight > plain.naturalHeight);
        verify(tagged.naturalHeight - plain.naturalHeight <= words.implicitHeight + tagged.spacing + 1,
               "the header takes " + (tagged.naturalHeight - plain.naturalHeight) + " px, its words "
               + words.implicitHeight);
    }

    // Issue 20: the tour's four Intervisie cards with their tags, in the
    // board's share of the wall at 1920x1080 beside the steps, fit on one
    // page (they took two: in three narrow columns, each tag box a line or
    // two of its own; in two, the shortest column left the fourth over).
    function test_fourTaggedCardsOnOnePage() {
        const board = participationBoard(["Bij de jaarplanning vraag ik het team eerst zelf de knelpunten te noemen",
                                          "Het team kiest zelf wie de nieuwe werkwijze uitprobeert",
                                          "Na elk project een korte terugblik waarin iedereen aan het woord komt",
                                          "Een medewerker mailde uit zichzelf een beter rooster"],
                                         1050, 820);
        tryVerify(() => board.pagedGrid.layout.length === 4);
        compare(board.pagedGrid.pages, 1, "four cards on one page, in " + board.columns + " columns");
        compare(checkPages(board), 4);
    }

    // Issue 20: a word is never broken. "Besluitvorming" is wider than a
    // third of the board beside the steps: the board takes two columns.
    function test_longestWordFitsItsColumn_data() {
        return [
            { tag: "1920x1080", scale: 1, width: 1050, height: 820 },
            { tag: "1280x720", scale: 2 / 3, width: 700, height: 547 },
        ];
    }

    function test_longestWordFitsItsColumn(data) {
        Theme.scale = data.scale;
        const board = participationBoard(["Bij de jaarplanning vraag ik het team eerst zelf de knelpunten te noemen",
                                          "Het team kiest zelf wie de nieuwe werkwijze uitprobeert",
                                          "Na elk project een korte terugblik waarin iedereen aan het woord komt",
                                          "Een medewerker mailde uit zichzelf een beter rooster"],
                                         data.width, data.height);
        tryVerify(() => board.pagedGrid.layout.length === 4);
        const inner = board.pagedGrid.cellWidth - 2 * Theme.px(12);
        for (const word of ["Besluitvorming", "Beeldvorming", "Ongevraagde"]) {
            boldWord.text = "\u00A0" + word + "\u00A0";
            verify(boldWord.advanceWidth <= inner, word + " (" + boldWord.advanceWidth + " px) fits a card "
                   + inner + " px wide in " + board.columns + " columns");
        }
        verify(board.columns >= 2, "still several columns: " + board.columns);
        compare(checkPages(board), 4);
    }

    // The board takes the column count whose greedy packing needs the
    // fewest pages, of the counts whose columns hold every word: measured
    // here with cards of its own at each width.
    function test_fewestPagesOfAnyColumnCount_data() {
        return [
            { tag: "12 cards", cards: 12, width: 1420, height: 792 },
            { tag: "40 cards", cards: 40, width: 1420, height: 792 },
            { tag: "40 cards beside the steps", cards: 40, width: 1185, height: 820 },
        ];
    }

    function test_fewestPagesOfAnyColumnCount(data) {
        const state = snapshot(data.cards);
        const board = makeBoard(Fixture.view(state), data.width, data.height);
        const grid = board.pagedGrid;
        tryVerify(() => grid.layout.length === data.cards);
        const labels = { het: "HET", ik: "IK", wij: "WIJ" };
        let best = -1;
        for (let columns = 1; columns <= 3; ++columns) {
            const width = Math.floor((grid.width - (columns - 1) * grid.spacing) / columns);
            if (columns > 1 && width < board.minColumnWidth)
                continue;
            const probes = state.cards.map(card => createTemporaryObject(cardComponent, testCase, {
                width: width, text: card.text, direction: card.direction, tags: card.tags,
                remarks: card.remarks, merged: card.merged, tagLabels: labels }));
            // Laid out (their positioners polished) before they are measured.
            probes.forEach(probe => waitForItemPolished(probe));
            waitForRendering(testCase);
            const heights = probes.map(probe => Math.max(grid.minCardHeight, Math.ceil(probe.naturalHeight)));
            const pages = Helpers.packColumns(heights, columns, grid.pageHeight, grid.spacing).pages;
            best = best < 0 ? pages : Math.min(best, pages);
        }
        compare(grid.pages, best, "the fewest pages of one, two or three columns");
        compare(checkPages(board), data.cards);
    }

    // Issue 20: one card too tall for two columns (the vote board's longest,
    // under the vote banner) no longer sends the whole board to one column:
    // it waits for a page of one column, the others fill pages of two, and
    // the board takes fewer pages than one column would.
    function test_oneTallCardKeepsTheOthersInColumns() {
        const state = snapshot(12);
        state.cards = state.cards.map(card => Object.assign(card, { text: "Taalcoach " + card.id, direction: "Werk eerst",
                                                                   tags: ["het"], remarks: [], merged: [] }));
        state.cards[4].text = "Een lange overweging: " + "eerst samen met de werkgever, de taalschool en de buurt "
                              .repeat(6) + "een plan maken dat hij zelf mee opstelt";
        const board = makeBoard(Fixture.view(state), 1420, 792);
        const grid = board.pagedGrid;
        tryVerify(() => grid.layout.length === 12);
        // At two columns the long card is taller than a page.
        const probe = createTemporaryObject(cardComponent, testCase, { width: board.columnWidth(2),
                                                                       text: state.cards[4].text, direction: "Werk eerst",
                                                                       tags: ["het"], tagLabels: { het: "HET" } });
        tryVerify(() => probe.naturalHeight > grid.pageHeight, 2000,
                  "at two columns " + probe.naturalHeight + " px, a page " + grid.pageHeight + " px");
        // The others in two columns (or more), the long one whole at full width: two pages, not three.
        compare(grid.pages, 2, "pages");
        let narrow = 0;
        for (let page = 0; page < grid.pages; ++page) {
            grid.page = page;
            narrow += grid.shownItems().filter(card => card.width * 2 <= grid.width).length;
        }
        verify(narrow >= 10, narrow + " cards in two columns or more");
        compare(checkPages(board), 12);
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
        // Its column may change with the tally's line: laid out again at the next polish.
        tryVerify(() => first.fits);
    }

    // With live tallies, a tally moves every frame at a thousand voters: it
    // measures no words again (the board's revision stays), yet a card whose
    // marks wrap onto another line grows, and its page is laid out again.
    function test_aTallyGrowsItsCardWithoutRemeasuring() {
        const vote = tallies => ({ vote: { status: "open", mode: "dots", dots: 3, capPerCard: 2, liveTallies: true,
                                           revealed: false, ballots: 3, tallies: tallies } });
        const view = Fixture.view(snapshot(12, vote([])));
        const board = makeBoard(view, 1420, 792);
        board.voting = true;
        verify(board.talliesShown);
        verify(board.columns >= 2, "narrow columns, where marks wrap");
        const card = pageCards(board.pagedGrid)[0];
        Fixture.update(view, 2, vote([{ cardId: card.cardId, dots: 3 }]));
        compare(card.tally, 3);
        waitForRendering(board);
        const before = card.height;
        const revision = board.revision;
        Fixture.update(view, 3, vote([{ cardId: card.cardId, dots: 45 }]));
        compare(card.tally, 45);
        compare(board.revision, revision, "a tally alone re-measures no words");
        tryVerify(() => card.height > before, 5000, "the marks' second line makes the card taller");
        tryVerify(() => card.fits);
        compare(checkPages(board), 12);
    }
}
