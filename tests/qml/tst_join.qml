import QtQuick
import QtTest
import Flipover.Kiosk
import Flipover.Test

// The lobby's way in: a QR code of at least a quarter of the screen's
// height, and beside it a short address a person can type (host and port;
// the page asks for the PIN), on one line that never breaks inside it.
TestCase {
    id: testCase

    name: "JoinPanel"
    when: windowShown
    visible: true
    width: 1920
    height: 1080

    Component {
        id: panelComponent

        JoinPanel {}
    }
    Component {
        id: rulesComponent

        GroundRules {}
    }

    function cleanup() {
        Theme.scale = 1;
    }

    function test_shortAddress_data() {
        return [
            { tag: "http", link: "http://192.168.1.20:7700/?m=5194e818bf", expected: "192.168.1.20:7700" },
            { tag: "ipv6", link: "http://[fd00::5]:7701/?m=5194e818bf", expected: "[fd00::5]:7701" },
            { tag: "tls", link: "https://192.168.1.20:7700/?m=5194e818bf&fp=ab12", expected: "https://192.168.1.20:7700" }
        ];
    }
    function test_shortAddress(data) {
        const panel = createTemporaryObject(panelComponent, testCase, { joinLink: data.link, pin: "482913" });
        compare(panel.shortAddress, data.expected);
    }

    // As the lobby lays it out (JoinScreen: 58% of the width, below the header).
    function test_lobbySizes_data() {
        return [{ tag: "1920x1080", w: 1920, h: 1080, tls: false }, { tag: "1280x720", w: 1280, h: 720, tls: false },
                { tag: "1920x1080 tls", w: 1920, h: 1080, tls: true }, { tag: "1280x720 tls", w: 1280, h: 720, tls: true }];
    }
    function test_lobbySizes(data) {
        Theme.scale = Math.min(data.w / 1920, data.h / 1080);
        const panel = createTemporaryObject(panelComponent, testCase, {
            joinLink: (data.tls ? "https" : "http") + "://192.168.100.200:65535/?m=5194e818bf", pin: "482913",
            width: Math.round((data.w - 2 * Theme.gap) * 0.58),
            height: data.h - Theme.px(210) - Theme.px(72) - 2 * Theme.gap });
        waitForRendering(panel);
        const qr = findChild(panel, "joinQr");
        const code = qr.moduleCount * qr.modulePixels;
        verify(code >= data.h / 4, "QR code " + code + " px of " + data.h);
        const link = findChild(panel, "joinLink");
        // Whole, at the room's scale (cap height >= 30 px at 1080p), never
        // wrapped inside the host: with TLS "https://" may go on a line above it.
        compare(link.text.replace("\n", ""), (data.tls ? "https://" : "") + "192.168.100.200:65535");
        compare(link.lineCount, link.text.split("\n").length);
        verify(link.text.indexOf("\n") < 0 || link.text.indexOf("https://\n") === 0, "a break only after the scheme");
        verify(link.font.pixelSize >= Theme.small, "the address at the room's scale: " + link.font.pixelSize);
        verify(link.contentWidth <= link.width + 1, "the address fits its line: " + link.contentWidth + " of " + link.width);
        verify(link.mapToItem(panel, 0, link.height).y <= panel.height, "the address stays inside the panel");
        const pin = findChild(panel, "pin");
        const pinBottom = pin.mapToItem(panel, 0, pin.height).y;
        verify(pinBottom <= panel.height, "the PIN stays inside the panel");
        // While steering the start button is there too, inside the panel.
        panel.steering = true;
        waitForRendering(panel);
        const start = findChild(panel, "startButton");
        verify(start.visible);
        verify(start.mapToItem(panel, 0, start.height).y <= panel.height, "the start button stays inside the panel");
    }

    // The room is not shown the facilitator's start button: only while they
    // steer (the control bar is up, Main.qml), as in the lobby.
    function test_startOnlyWhileSteering() {
        const panel = createTemporaryObject(panelComponent, testCase, {
            joinLink: "http://192.168.1.20:7700/?m=5194e818bf", pin: "482913", width: 1000, height: 700 });
        const start = findChild(panel, "startButton");
        verify(!start.visible, "nobody steers: no start button");
        panel.steering = true;
        verify(start.visible, "the facilitator steers: the start button");
    }

    // The format's ground rules at the room's scale, whole: those that do not
    // fit the lobby's column go on a next page ("Page 1 of 2"), never cut.
    function test_groundRulesPaged() {
        const rules = [];
        for (let i = 1; i <= 4; ++i)
            rules.push({ title: "Regel " + i, text: "We komen samen om te leren, luister naar elkaar en oordeel niet te snel. "
                                                   + "Respecteer elkaar en de gezichtspunten vanuit onze verschillende expertises." });
        const panel = createTemporaryObject(rulesComponent, testCase, {
            title: "Spelregels", rules: rules, agreement: "We houden ons hieraan.", width: 760, height: 700 });
        waitForRendering(panel);
        const pages = findChild(panel, "rulePages");
        verify(pages.pages > 1, "four long rules do not fit one page at the room's scale");
        verify(findChild(panel, "rulesPageLine").text.indexOf("Page 1 of " + pages.pages) === 0);
        let seen = 0;
        for (let page = 0; page < pages.pages; ++page) {
            pages.page = page;
            waitForRendering(panel);
            for (let i = 0; i < pages.children.length; ++i) {
                const block = pages.children[i];
                if (block.implicitHeight === 0 || !pages.shows(block))
                    continue;
                ++seen;
                verify(block.y >= 0 && block.y + block.implicitHeight <= pages.height + 0.5,
                       "block " + i + " is whole on page " + page);
            }
        }
        compare(seen, 6, "the heading, the four rules and the agreement, each on a page");
    }

    // The lobby's heading over the format's rules: the format's own title;
    // over an agreement without rules (the Intervisie) "Werkafspraken", as
    // its source calls them, not "Spelregels".
    function test_rulesHeading_data() {
        const nl = text => text ? (text.nl || "") : "";
        const rows = [];
        for (const id of ["collegiale-ontmoeting", "intervisie-participatie"]) {
            const format = Fixture.builtInFormat(id);
            const rules = format.groundRules ? format.groundRules.items.map(r => ({ title: nl(r.title), text: nl(r.text) })) : [];
            rows.push({ tag: id, title: format.groundRules ? nl(format.groundRules.title) : "", rules: rules,
                        agreement: nl(format.agreement),
                        expected: id === "intervisie-participatie" ? "Working agreements" : "Spelregels" });
        }
        rows.push({ tag: "rules without a title", title: "", rules: [{ title: "Openheid", text: "Zeg wat je denkt." }],
                    agreement: "", expected: "Ground rules" });
        rows.push({ tag: "rules and an agreement", title: "", rules: [{ title: "Openheid", text: "Zeg wat je denkt." }],
                    agreement: "Wat hier besproken wordt, blijft hier.", expected: "Ground rules" });
        return rows;
    }
    function test_rulesHeading(data) {
        const panel = createTemporaryObject(rulesComponent, testCase, {
            title: data.title, rules: data.rules, agreement: data.agreement, width: 1000, height: 800 });
        waitForRendering(panel);
        compare(findChild(panel, "rulesHeading").text, data.expected);
    }
}
