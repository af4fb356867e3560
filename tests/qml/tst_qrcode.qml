import QtQuick
import QtTest
import Flipover.Kiosk

// The join screen's QR code: libqrencode's matrix is there and square, grows
// with the text, and the item paints whole-pixel modules dark on light with
// a light quiet zone around them.
TestCase {
    id: testCase

    name: "QrCode"
    when: windowShown
    visible: true
    width: 600
    height: 600

    readonly property string link: "http://192.168.1.20:7700/?m=0123456789"

    Component {
        id: qrComponent

        QrCode {}
    }

    function makeQr(text, side) {
        const qr = createTemporaryObject(qrComponent, testCase, { text: text, width: side, height: side });
        verify(qr);
        return qr;
    }

    function test_matrix() {
        const qr = makeQr(testCase.link, 300);
        verify(qr.version >= 1);
        // A QR code of version v is 17 + 4v modules on each side.
        compare(qr.moduleCount, 17 + 4 * qr.version);
        // The three finder patterns: dark corners, a light ring, a dark core.
        const n = qr.moduleCount;
        for (const [x, y] of [[0, 0], [n - 7, 0], [0, n - 7]]) {
            verify(qr.isDark(x, y), "finder corner at " + x + "," + y);
            verify(qr.isDark(x + 6, y + 6));
            verify(!qr.isDark(x + 1, y + 1), "finder ring at " + x + "," + y);
            verify(qr.isDark(x + 3, y + 3), "finder core at " + x + "," + y);
        }
        verify(!qr.isDark(-1, 0));
        verify(!qr.isDark(n, n));
    }

    function test_versionGrowsWithText() {
        const small = makeQr("http://10.0.0.1:7700/?m=abc", 300);
        const medium = makeQr(testCase.link, 300);
        const large = makeQr(testCase.link + "&fp=" + "ab12".repeat(16), 300);
        verify(small.version <= medium.version);
        verify(medium.version < large.version, medium.version + " < " + large.version);
        const none = makeQr("", 300);
        compare(none.version, 0);
        compare(none.moduleCount, 0);
    }

    function test_paintsCrispModules() {
        const qr = makeQr(testCase.link, 371);
        const n = qr.moduleCount;
        // Whole pixels per module, with room for the four-module quiet zone.
        compare(qr.quietZone, 4);
        compare(qr.modulePixels, Math.floor(371 / (n + 8)));
        verify(qr.modulePixels >= 2);
        waitForRendering(qr);
        const image = grabImage(qr);
        const step = qr.modulePixels;
        const dark = function(mx, my) {
            const p = qr.modulePosition(mx, my);
            return image.red(Math.floor(p.x + step / 2), Math.floor(p.y + step / 2)) < 64;
        };
        // The top-left finder pattern, as painted.
        verify(dark(0, 0));
        verify(dark(3, 3));
        verify(!dark(1, 1));
        verify(dark(6, 6));
        // Every module's first and last pixel are the same: edges fall on pixels.
        const origin = qr.modulePosition(0, 0);
        compare(origin.x, Math.round(origin.x));
        const inside = image.red(origin.x + step - 1, origin.y + step - 1);
        compare(inside, image.red(origin.x, origin.y));
        // The quiet zone is light: the row of pixels just above the code.
        for (let x = origin.x; x < origin.x + n * step; x += step)
            verify(image.red(x, origin.y - 1) > 200, "quiet zone at x " + x);
        // And so is the item's corner.
        verify(image.red(1, 1) > 200);
    }
}
