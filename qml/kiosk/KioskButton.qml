import QtQuick
import QtQuick.Controls.Basic

// A large, high-contrast button for the control bar and dialogs. It never
// takes keyboard focus, so the wall's shortcuts keep working after a click.
Button {
    id: root

    // "primary": navy on white bar; "light": on the navy bar; "danger".
    property string kind: "light"

    readonly property color fill: {
        if (!root.enabled)
            return "#D9D6CF";
        if (root.kind === "primary")
            return root.down ? "#0B2740" : Theme.navy;
        if (root.kind === "danger")
            return root.down ? "#7E1014" : Theme.overtime;
        return root.down ? Theme.navyLight : Theme.surface;
    }
    readonly property color textColor: {
        if (!root.enabled)
            return "#4F4B45"; // 5.9:1 on the disabled fill
        return root.kind === "light" ? Theme.navy : Theme.inkOnNavy;
    }

    focusPolicy: Qt.NoFocus
    font.pixelSize: Theme.chromeSmall
    font.bold: true
    padding: Theme.px(12)
    leftPadding: Theme.px(16)
    rightPadding: Theme.px(16)

    contentItem: Text {
        text: root.text
        font: root.font
        color: root.textColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        implicitHeight: Theme.px(64)
        radius: Theme.px(10)
        color: root.fill
        border.width: root.hovered ? Theme.px(4) : Theme.px(2)
        border.color: root.kind === "light" ? Theme.inkOnNavy : Theme.ink
    }
}
