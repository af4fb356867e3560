pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Kiosk
import "Helpers.js" as Helpers

// The way in for whoever comes late, kept small in the corner below the
// steps while the meeting runs (the lobby has the big one, JoinPanel): a QR
// code, the PIN, and the short address to type, at the room's scale. The
// address goes beside the code, below the PIN, when it fits
// there; else across the corner below them (AddressText: never broken
// inside its host, never elided).
Rectangle {
    id: root

    property string pin
    property string joinLink

    readonly property string shortAddress: Helpers.shortAddress(root.joinLink)
    readonly property real padding: Theme.px(10)
    readonly property real qrSize: Theme.px(140)
    readonly property real gap: Theme.px(16)
    readonly property bool addressBeside: root.besideAt(root.width)

    // Whether the address fits beside the code, on one line, at this corner width.
    function besideAt(width: real): bool {
        return address.fitsOneLine(width - 2 * root.padding - root.qrSize - root.gap);
    }
    // The corner's height at `width` (StepsPanel plans its pages with it).
    function heightAt(width: real): real {
        const said = joinWord.implicitHeight + pinText.implicitHeight;
        if (root.besideAt(width))
            return 2 * root.padding + Math.max(root.qrSize, said + address.heightAt(width - 2 * root.padding - root.qrSize - root.gap));
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
    Column {
        id: words

        anchors.left: qr.right
        anchors.leftMargin: root.gap
        anchors.right: parent.right
        anchors.rightMargin: root.padding
        y: root.padding
        spacing: 0

        Text {
            id: joinWord

            text: qsTr("PIN:")
            color: Theme.ink
            font.pixelSize: Theme.small
            font.bold: true
        }
        Text {
            id: pinText

            objectName: "cornerPin"
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
