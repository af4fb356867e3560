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

    function count(item, objectName) {
        let n = 0;
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child.objectName === objectName)
                ++n;
            n += count(child, objectName);
        }
        return n;
    }

    function test_grouping_data() {
        return [
            { tag: "none", count: 0, gates: 0, rest: 0 },
            { tag: "one", count: 1, gates: 0, rest: 1 },
            { tag: "four", count: 4, gates: 0, rest: 4 },
            { tag: "one gate", count: 5, gates: 1, rest: 0 },
            { tag: "seven is a gate and two", count: 7, gates: 1, rest: 2 },
            { tag: "twenty-four", count: 24, gates: 4, rest: 4 },
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

    function test_gatesDoNotOverlap() {
        const marks = createTemporaryObject(marksComponent, testCase, { count: 17 });
        marks.forceLayout();
        const gates = [];
        for (let i = 0; i < marks.children.length; ++i) {
            if (marks.children[i].objectName === "gate")
                gates.push(marks.children[i]);
        }
        compare(gates.length, 3);
        for (let i = 1; i < gates.length; ++i)
            verify(gates[i].x >= gates[i - 1].x + gates[i - 1].width, "gate " + i + " overlaps the one before");
    }
}
