pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Kiosk
import "Helpers.js" as Helpers

// The way in for whoever comes late, kept small in the corner below the
// steps while the meeting runs (the lobby has the big one, JoinPanel): a QR
// code, the PIN, and the short address to type, at the room's scale. The
// PIN goes on one line with its word, and the address beside the code below
// it, when they fit there; else the address across the corner below them
// (AddressText: never broken inside its host, never elided).
Rectangle {
    id: root

    property string pin
    property string joinLink

    readonly property string shortAddress: Helpers.shortAddress(root.joinLink)
    readonly property real padding: Theme.px(10)
    readonly property real qrSize: Theme.px(140)
    readonly property real gap: Theme.px(16)
    readonly property bool addressBeside: root.besideAt(root.width)
    // "PIN: 482 913" on one line beside the code when it fits there, else
    // "PIN:" above the digits.
    readonly property bool pinInline: root.pinInlineAt(root.width)

    // The width beside the code.
    function wordsWidth(width: real): real {
        return width - 2 * root.padding - root.qrSize - root.gap;
    }
    function pinInlineAt(width: real): bool {
        return joinWord.implicitWidth + Theme.smallGap + pinText.implicitWidth <= root.wordsWidth(width);
    }
    // The height of the PIN's words at this corner width.
    function saidAt(width: real): real {
        return root.pinInlineAt(width) ? pinText.implicitHeight : joinWord.implicitHeight + pinText.implicitHeight;
    }
    // Whether the address fits beside the code, on one line, at this corner width.
    function besideAt(width: real): bool {
        return address.fitsOneLine(root.wordsWidth(width));
    }
    // The corner's height at `width` (StepsPanel plans its pages with it).
    function heightAt(width: real): real {
        const said = root.saidAt(width);
        if (root.besideAt(width))
            return 2 * root.padding + Math.max(root.qrSize, said + address.heightAt(root.wordsWidth(width)));
        return 2 * root.padding + Math.max(root.qrSize, said) + Theme.px(6) + address.heightAt(width - 2 * root.padding);
    }

    implicitHeight: root.heightAt(root.width)
    color: Theme.surface
    radius: Theme.radius
    border.width: Theme.px(2)
    border.color: Theme.navy

    QrCode {
        id: qr

        objectName: "cornerQr"
        x: root.padding
        y: root.padding
        width: root.qrSize
        height: root.qrSize
        text: root.joinLink
    }
    Item {
        id: words

        anchors.left: qr.right
        anchors.leftMargin: root.gap
        anchors.right: parent.right
        anchors.rightMargin: root.padding
        y: root.padding
        implicitHeight: root.saidAt(root.width)

        Text {
            id: joinWord

            anchors.baseline: root.pinInline ? pinText.baseline : undefined
            text: qsTr("PIN:")
            color: Theme.ink
            font.pixelSize: Theme.small
            font.bold: true
        }
        Text {
            id: pinText

            objectName: "cornerPin"
            x: root.pinInline ? joinWord.implicitWidth + Theme.smallGap : 0
            y: root.pinInline ? 0 : joinWord.implicitHeight
            text: Helpers.pinGroups(root.pin).join("\u2002")
            color: Theme.ink
            font.pixelSize: Theme.large
            font.bold: true
        }
    }
    AddressText {
        id: address

        objectName: "cornerAddress"
        x: root.addressBeside ? words.x : root.padding
        y: root.addressBeside ? words.y + words.implicitHeight
                              : root.padding + Math.max(root.qrSize, words.implicitHeight) + Theme.px(6)
        width: root.addressBeside ? words.width : root.width - 2 * root.padding
        address: root.shortAddress
        maxSize: Theme.body
        minSize: Theme.small
    }
}
