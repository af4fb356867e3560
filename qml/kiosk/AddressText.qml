pragma ComponentBehavior: Bound
import QtQuick

// The short join address to type (Helpers.shortAddress), never broken
// inside its host and never elided: on one line at the largest size from
// `maxSize` down to `minSize` that fits the width; when even `minSize` does
// not, "https://" goes on a line of its own above the host (the only place
// it may break), the host then as large as fits.
Text {
    id: root

    property string address
    property real maxSize: Theme.body
    property real minSize: Theme.small

    readonly property string scheme: root.address.startsWith("https://") ? "https://" : ""
    readonly property string host: root.address.slice(root.scheme.length)
    // Whether the address takes two lines (scheme, then host) at this width.
    readonly property bool split: root.scheme.length > 0 && !root.fitsOneLine(root.width)
    readonly property string widest: root.split ? root.host : root.address

    // Whether the whole address fits on one line of `width` at minSize.
    function fitsOneLine(width: real): bool {
        return metrics.advanceWidth(root.address) * root.minSize / metrics.font.pixelSize <= width * 0.98;
    }
    // Its height at `width` (for a layout that plans before it places).
    function heightAt(width: real): real {
        const lines = root.scheme.length > 0 && !root.fitsOneLine(width) ? 2 : 1;
        const size = root.sizeFor(lines === 2 ? root.host : root.address, width);
        return lines * Math.ceil(metrics.lineSpacing * size / metrics.font.pixelSize);
    }
    function sizeFor(line: string, width: real): real {
        const natural = metrics.advanceWidth(line);
        if (natural <= 0)
            return root.maxSize;
        // 2 % to spare: hinting at the real size may differ from the scale.
        const fit = Math.floor(metrics.font.pixelSize * width * 0.98 / natural);
        return Math.max(root.minSize, Math.min(root.maxSize, fit));
    }

    FontMetrics {
        id: metrics

        font.family: "monospace"
        font.bold: true
        font.pixelSize: 100
    }

    text: root.split ? root.scheme + "\n" + root.host : root.address
    textFormat: Text.PlainText
    color: Theme.navy
    font.family: "monospace"
    font.bold: true
    font.pixelSize: root.sizeFor(root.widest, root.width)
    wrapMode: Text.NoWrap
}
