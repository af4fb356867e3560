import QtQuick
import QtTest
import Flipover.Kiosk

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

    // As the lobby lays it out (JoinScreen: 48% of the width, below the header).
    function test_lobbySizes_data() {
        return [{ tag: "1920x1080", w: 1920, h: 1080 }, { tag: "1280x720", w: 1280, h: 720 }];
    }
    function test_lobbySizes(data) {
        Theme.scale = Math.min(data.w / 1920, data.h / 1080);
        const panel = createTemporaryObject(panelComponent, testCase, {
            joinLink: "http://192.168.100.200:65535/?m=5194e818bf", pin: "482913",
            width: Math.round((data.w - 2 * Theme.gap) * 0.48),
            height: data.h - Theme.px(184) - Theme.px(72) - 2 * Theme.gap });
        waitForRendering(panel);
        const qr = findChild(panel, "joinQr");
        const code = qr.moduleCount * qr.modulePixels;
        verify(code >= data.h / 4, "QR code " + code + " px of " + data.h);
        const link = findChild(panel, "joinLink");
        compare(link.text, "192.168.100.200:65535");
        compare(link.lineCount, 1);
        verify(link.contentWidth <= link.width + 1, "the address fits its line: " + link.contentWidth + " of " + link.width);
        const pin = findChild(panel, "pin");
        verify(pin.y + pin.height <= panel.height, "the PIN stays inside the panel");
    }
}
