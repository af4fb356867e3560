import QtQuick
import QtTest
import Flipover.Kiosk
import Flipover.Test

// The end summary shows the kiosk's ranking as it comes (SessionView.ranking:
// most dots first, ties in the board's order with one rank), and without a
// result the cards in the board's order.
TestCase {
    id: testCase

    name: "Summary"
    when: windowShown
    visible: true
    width: 1920
    height: 1080

    Component {
        id: summaryComponent

        EndSummary {}
    }

    function init() {
        Theme.scale = 1;
    }

    // The board reads D A B C (ids 4 1 2 3); D and B have 3 dots, A and C 2.
    function state(ranking) {
        const card = (id, text) => ({ id: id, text: text, direction: "", tags: [], remarks: [], merged: [] });
        return {
            phase: { index: 1, count: 1, status: "ended", title: "", runs: [{ status: "done", adjustSeconds: 0 }] },
            cards: [card(4, "Dinsdag"), card(1, "Aan tafel"), card(2, "Buiten"), card(3, "Contact")],
            vote: { status: "closed", mode: "dots", dots: 3, capPerCard: 2, liveTallies: false, revealed: ranking !== null,
                    ballots: 4,
                    tallies: ranking === null ? null : [{ cardId: 4, dots: 3 }, { cardId: 1, dots: 2 },
                                                        { cardId: 2, dots: 3 }, { cardId: 3, dots: 2 }],
                    ranking: ranking }
        };
    }

    function rows(summary) {
        const out = [];
        for (let i = 0; i < 10; ++i) {
            const row = findChild(summary, "summaryRow" + i);
            if (row)
                out.push(row.rank + ". " + row.text + (row.tally >= 0 ? " (" + row.tally + ")" : ""));
        }
        return out.join(", ");
    }

    function test_rankedAsTheKioskRankedIt() {
        const view = Fixture.view(testCase.state([{ cardId: 4, rank: 1, dots: 3 }, { cardId: 2, rank: 1, dots: 3 },
                                                  { cardId: 1, rank: 3, dots: 2 }, { cardId: 3, rank: 3, dots: 2 }]));
        const summary = createTemporaryObject(summaryComponent, testCase, { view: view, width: 1920, height: 1080 });
        verify(summary);
        verify(summary.talliesShown);
        const expected = "1. Dinsdag (3), 1. Buiten (3), 3. Aan tafel (2), 3. Contact (2)";
        tryVerify(() => testCase.rows(summary) === expected, 5000, testCase.rows(summary));
    }

    function test_withoutAResultTheBoardsOrder() {
        const view = Fixture.view(testCase.state(null));
        const summary = createTemporaryObject(summaryComponent, testCase, { view: view, width: 1920, height: 1080 });
        verify(summary);
        verify(!summary.talliesShown);
        const expected = "1. Dinsdag, 2. Aan tafel, 3. Buiten, 4. Contact";
        tryVerify(() => testCase.rows(summary) === expected, 5000, testCase.rows(summary));
    }
}
