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
