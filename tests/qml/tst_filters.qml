import QtQuick
import QtTest
import Flipover.Kiosk

// RowFilterModel: keeps what the room may not see off the wall, and follows
// changes to the filtered role at once.
TestCase {
    id: testCase

    name: "Filters"

    ListModel {
        id: insights

        ListElement { question: "enriched"; text: "a"; shared: true }
        ListElement { question: "takeaway"; text: "b"; shared: true }
        ListElement { question: "enriched"; text: "c"; shared: false }
    }

    RowFilterModel {
        id: shared

        sourceModel: insights
        roleName: "shared"
        value: true
    }

    RowFilterModel {
        id: sharedEnriched

        sourceModel: shared
        roleName: "question"
        value: "enriched"
    }

    function init() {
        insights.setProperty(0, "shared", true);
        insights.setProperty(2, "shared", false);
    }

    function test_filters() {
        compare(shared.count, 2);
        compare(sharedEnriched.count, 1);
        compare(sharedEnriched.get(0).text, "a");
    }

    function test_followsChanges() {
        insights.setProperty(2, "shared", true);
        compare(shared.count, 3);
        compare(sharedEnriched.count, 2);
        insights.setProperty(0, "shared", false);
        compare(sharedEnriched.count, 1);
        compare(sharedEnriched.get(0).text, "c");
    }
}
