import QtQuick
import QtTest
import "qrc:/Flipover/Kiosk/Helpers.js" as Helpers

// The wall's pure helpers: the short join address, the PIN's groups, escaping.
TestCase {
    name: "Helpers"

    function test_shortAddress_data() {
        return [
            { tag: "http", link: "http://192.168.1.20:7700/?m=5194e818bf", expected: "192.168.1.20:7700" },
            { tag: "no path", link: "http://kiosk.local:7700", expected: "kiosk.local:7700" },
            { tag: "tls", link: "https://192.168.1.20:7700/?m=5194e818bf&fp=ab12", expected: "https://192.168.1.20:7700" }
        ];
    }
    function test_shortAddress(data) {
        compare(Helpers.shortAddress(data.link), data.expected);
    }

    // The board's pages: cards in the shortest column, whole; one that fits
    // nowhere waits while later ones fill the page.
    function test_packColumns() {
        const packed = Helpers.packColumns([300, 200, 500, 100, 250], 2, 600, 10);
        compare(packed.pages, 2);
        const p = packed.places;
        compare([p[0].page, p[0].column, p[0].y], [0, 0, 0]);
        compare([p[1].page, p[1].column, p[1].y], [0, 1, 0]);
        // 500 fits under neither (210 + 500 > 600): next page; 100 and 250 fill this one.
        compare([p[2].page, p[2].column, p[2].y], [1, 0, 0]);
        compare([p[3].page, p[3].column, p[3].y], [0, 1, 210]);
        compare([p[4].page, p[4].column, p[4].y], [0, 0, 310]);
        // A card taller than a page has a page of its own, never lost.
        const tall = Helpers.packColumns([900, 100], 1, 600, 10);
        compare(tall.pages, 2);
        compare(tall.places[0].page, 0);
        compare(tall.places[1].page, 1);
        compare(Helpers.packColumns([], 3, 600, 10).pages, 1);
        // Issue 20: four Intervisie cards beside the steps at 1080p. The
        // shortest column left the fourth over (390 + 16 + 382 > 763); down,
        // then across, all four fit one page.
        const four = Helpers.packColumns([390, 284, 336, 382], 2, 763, 16);
        compare(four.pages, 1);
        compare(four.places.map(p => p.column), [0, 0, 1, 1]);
        compare(four.places.map(p => p.y), [0, 406, 0, 352]);
    }

    // Issue 20: each page takes its own column count. Six short cards and
    // one that is taller than a page at two columns (700 > 600): in one
    // column throughout, three pages; the six in two columns, the tall one
    // on a page of one column, two.
    function test_packPages() {
        const small = [150, 150, 150, 150, 150, 150];
        const packed = Helpers.packPages([small.concat([400]), small.concat([700]), null], 600, 10);
        compare(packed.pages, 2);
        compare(packed.places.map(p => p.page), [0, 0, 0, 0, 0, 0, 1]);
        compare(packed.places.map(p => p.columns), [2, 2, 2, 2, 2, 2, 1]);
        compare(packed.places.map(p => p.column), [0, 1, 0, 1, 0, 1, 0]);
        compare(Helpers.packColumns(small.concat([400]), 1, 600, 10).pages, 3);
        // When one count does as well, every page takes it (the most columns of those).
        const even = Helpers.packPages([[300, 300, 300, 300], [200, 200, 200, 200], [150, 150, 150, 150]], 600, 10);
        compare(even.pages, 1);
        compare(even.places.map(p => p.columns), [3, 3, 3, 3]);
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
