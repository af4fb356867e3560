import QtQuick
import QtTest
import "qrc:/Flipover/Kiosk/Helpers.js" as Helpers

// The wall's pure helpers: the board's grid, the PIN's groups, escaping.
TestCase {
    name: "Helpers"

    function test_gridFitsEightCardsOnOnePage() {
        const g = Helpers.gridLayout(8, 1420, 792, 320, 280, 16);
        compare(g.pages, 1);
        compare(g.columns * g.rows >= 8, true);
        verify(g.cellWidth >= 320 && g.cellHeight >= 280);
    }

    function test_gridPagesWhenFull() {
        const g = Helpers.gridLayout(40, 1420, 792, 320, 280, 16);
        compare(g.columns, 4);
        compare(g.rows, 2);
        compare(g.pages, 5);
        verify(g.columns * (g.cellWidth + 16) - 16 <= 1420 + 0.001);
        verify(g.rows * (g.cellHeight + 16) - 16 <= 792 + 0.001);
    }

    function test_gridNeverBelowOneCell() {
        const g = Helpers.gridLayout(3, 100, 100, 320, 280, 16);
        compare(g.columns, 1);
        compare(g.rows, 1);
        compare(g.pages, 3);
    }

    function test_pinGroups_data() {
        return [
            { tag: "4 digits", pin: "4821", groups: ["4821"] },
            { tag: "6 digits", pin: "482913", groups: ["482", "913"] },
            { tag: "7 digits", pin: "4829135", groups: ["482", "91", "35"] },
            { tag: "8 digits", pin: "48291357", groups: ["482", "913", "57"] },
        ];
    }

    function test_pinGroups(data) {
        compare(Helpers.pinGroups(data.pin), data.groups);
    }

    function test_escapeHtml() {
        compare(Helpers.escapeHtml("<img src=x> & <b>"), "&lt;img src=x&gt; &amp; &lt;b&gt;");
    }
}
