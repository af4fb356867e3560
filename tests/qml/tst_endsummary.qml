import QtQuick
import QtTest
import Flipover.Kiosk
import Flipover.Test

// The end summary lays out the ranked cards it makes: each row below the
// headings, as wide as its column, none on another, none cut. Whether it is
// made at its size or appears when the meeting ends (ScreenSwitcher.qml), and
// how many whole rows it shows follows the height it is given.
TestCase {
    id: testCase

    name: "EndSummary"
    when: windowShown
    visible: true
    width: 1920
    height: 1080

    Component {
        id: summaryComponent

        EndSummary {}
    }
    Component {
        id: switcherComponent

        ScreenSwitcher {}
    }

    function init() {
        Theme.scale = 1;
    }

    function state(status: string): var {
        const cards = [];
        for (let i = 1; i <= 12; ++i)
            cards.push({ id: i, text: "Overweging " + i + ": samen met de werkgever en de taalschool een plan maken",
                         direction: "Werk eerst", tags: [], remarks: [], merged: [], hidden: false });
        return {
            session: { name: "Test", pin: "123456", format: {
                title: "Test", phases: [{ title: "Overwegingen", minutes: 20, activities: ["considerations", "vote"] }]
            } },
            phase: { index: 0, count: 1, status: status, title: "Overwegingen", plannedMs: 1200000, remainingMs: 0,
                     meetingRemainingMs: 0, runs: [{ status: "done", adjustSeconds: 0 }] },
            cards: cards,
            vote: { status: "closed", mode: "dots", dots: 3, capPerCard: 2, liveTallies: false, revealed: true,
                    ballots: 3, tallies: { "1": 3, "2": 2, "5": 1 } }
        };
    }

    // The rows on screen (a row that does not fit is made but not shown).
    function rows(item: Item): list<Item> {
        let out = [];
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child.objectName.startsWith("summaryRow") && child.x === 0)
                out.push(child);
            out = out.concat(testCase.rows(child));
        }
        return out;
    }

    // Each row shown is whole: below the headings, as wide as its column,
    // below the one before, inside the summary; returns how many there are.
    function checkRows(summary: Item): int {
        waitForRendering(summary);
        const found = testCase.rows(summary);
        verify(found.length > 0, "some rows are shown");
        for (let i = 0; i < found.length; ++i) {
            const row = found[i];
            verify(row.width > summary.width / 3, "row " + i + " is as wide as its column: " + row.width);
            const top = row.mapToItem(summary, 0, 0).y;
            verify(top > 0, "row " + i + " is below the headings");
            verify(top + row.height <= summary.height, "row " + i + " is inside the summary");
            if (i > 0)
                verify(row.y >= found[i - 1].y + found[i - 1].height, "row " + i + " is below row " + (i - 1));
        }
        return found.length;
    }

    function test_madeAtItsSize() {
        const summary = createTemporaryObject(summaryComponent, testCase,
                                              { view: Fixture.view(testCase.state("ended")), width: 1900, height: 940 });
        const fewer = testCase.checkRows(summary);
        verify(fewer < 12, "twelve rows do not fit 940 px at the room's scale");
        summary.height = 1600;
        tryVerify(() => testCase.rows(summary).length > fewer, 5000, "a taller summary shows more rows");
        testCase.checkRows(summary);
    }

    function test_appearsWhenTheMeetingEnds() {
        const view = Fixture.view(testCase.state("running"));
        const switcher = createTemporaryObject(switcherComponent, testCase,
                                               { view: view, controller: null, width: 1900, height: 940 });
        compare(testCase.rows(switcher).length, 0);
        Fixture.update(view, 2, { phase: testCase.state("ended").phase });
        tryVerify(() => testCase.rows(switcher).length > 0, 5000, "the summary's rows appear");
        testCase.checkRows(switcher);
    }

    // A phase the facilitator skipped, and one the meeting ended before, read
    // as skipped: not with a check mark, and not as a phase left undone.
    function test_skippedPhasesShownAsSkipped() {
        const ended = testCase.state("ended");
        ended.session.format.phases = [{ title: "Casus", minutes: 15, activities: [] },
                                       { title: "Vragen", minutes: 10, activities: [] },
                                       { title: "Evaluatie", minutes: 5, activities: [] }];
        ended.phase.count = 3;
        ended.phase.runs = [{ status: "done", adjustSeconds: 0 }, { status: "skipped", adjustSeconds: 0 },
                            { status: "pending", adjustSeconds: 0 }];
        const summary = createTemporaryObject(summaryComponent, testCase,
                                              { view: Fixture.view(ended), width: 1900, height: 940 });
        waitForRendering(summary);
        const done = findChild(summary, "summaryPhase0");
        const skipped = findChild(summary, "summaryPhase1");
        const notReached = findChild(summary, "summaryPhase2");
        verify(done.text.indexOf("\u2713") === 0 && done.text.indexOf("skipped") < 0, done.text);
        verify(skipped.text.indexOf("\u2713") < 0 && skipped.text.indexOf("skipped") > 0, skipped.text);
        verify(notReached.text.indexOf("\u2713") < 0 && notReached.text.indexOf("skipped") > 0, notReached.text);
        verify(notReached.text.indexOf("\u25CB") < 0, "no open circle, as if it were still to come");
        // Nothing of the facilitator's: the way to a new meeting is in the control bar.
        compare(findChild(summary, "endNewMeeting"), null);
    }
}
