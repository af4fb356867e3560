import QtQuick
import QtTest
import Flipover.Kiosk
import "qrc:/Flipover/Kiosk/Helpers.js" as Helpers

// Tally marks ("turven"): five-bar gates and the single bars that remain.
TestCase {
    id: testCase

    name: "Tally"
    when: windowShown
    // Shown, so that positioners lay out what the tests measure.
    visible: true
    width: 600
    height: 300

    Component {
        id: marksComponent

        TallyMarks {
            width: 500
        }
    }

    function init() {
        Theme.scale = 1;
    }

    // The marks shown (hidden ones are kept for when the tally comes back).
    function count(item, objectName) {
        return all(item, objectName).filter(m => m.visible).length;
    }

    function all(item, objectName) {
        let found = [];
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child.objectName === objectName)
                found.push(child);
            found = found.concat(all(child, objectName));
        }
        return found;
    }

    function test_grouping_data() {
        return [
            { tag: "none", count: 0, gates: 0, rest: 0 },
            { tag: "one", count: 1, gates: 0, rest: 1 },
            { tag: "four", count: 4, gates: 0, rest: 4 },
            { tag: "one gate", count: 5, gates: 1, rest: 0 },
            { tag: "seven is a gate and two", count: 7, gates: 1, rest: 2 },
            { tag: "twenty-four", count: 24, gates: 4, rest: 4 },
            { tag: "fifty, the most marks", count: 50, gates: 10, rest: 0 },
        ];
    }

    function test_grouping(data) {
        compare(Helpers.tallyGates(data.count), data.gates);
        compare(Helpers.tallyRest(data.count), data.rest);
        const marks = createTemporaryObject(marksComponent, testCase, { count: data.count });
        verify(marks);
        compare(count(marks, "gate"), data.gates);
        compare(count(marks, "single"), data.rest);
    }

    // Above maxMarks the number and the bar beside the marks tell the tally:
    // no bar is drawn, and none is made for a tally of a thousand.
    function test_largeTallyDrawsNoMarks() {
        const marks = createTemporaryObject(marksComponent, testCase, { count: 1000 });
        verify(marks);
        compare(count(marks, "gate"), 0);
        compare(count(marks, "single"), 0);
        compare(all(marks, "gate").length, 0);
        compare(marks.implicitHeight, 0);
        marks.count = 51;
        compare(count(marks, "gate"), 0);
        marks.count = 7;
        compare(count(marks, "gate"), 1);
        compare(count(marks, "single"), 2);
    }

    // A tally that moves shows and hides the gates it has made: it makes and
    // destroys no items (with a thousand voters every tally moves every frame).
    function test_movingTallyKeepsItsItems() {
        const marks = createTemporaryObject(marksComponent, testCase, { count: 20 });
        const made = all(marks, "gate");
        compare(made.length, 4);
        for (const c of [12, 19, 3, 24, 0, 20]) {
            marks.count = c;
            compare(count(marks, "gate"), Helpers.tallyGates(c), "count " + c);
            compare(count(marks, "single"), Helpers.tallyRest(c), "count " + c);
        }
        const now = all(marks, "gate");
        compare(now.length, 4);
        for (let i = 0; i < made.length; ++i)
            verify(now.indexOf(made[i]) >= 0, "gate " + i + " was made anew");
    }

    function test_gatesDoNotOverlap() {
        const marks = createTemporaryObject(marksComponent, testCase, { count: 17 });
        marks.forceLayout();
        marks.count = 22; // the fourth gate made, then hidden again
        marks.count = 17;
        marks.forceLayout();
        const gates = all(marks, "gate").filter(g => g.visible);
        compare(gates.length, 3);
        for (let i = 1; i < gates.length; ++i)
            verify(gates[i].x >= gates[i - 1].x + gates[i - 1].width, "gate " + i + " overlaps the one before");
    }
}
