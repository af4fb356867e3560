pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic

// A large, high-contrast button for the control bar and dialogs. It never
// takes keyboard focus, so the wall's shortcuts keep working after a click.
Button {
    id: root

    // "primary": navy on white bar; "light": on the navy bar; "danger": the
    // confirmation of what cannot be undone; "outline": quiet, on the navy
    // bar (the end of the meeting); "quiet": quiet, on paper (deleting).
    property string kind: "light"
    // The control bar's size: facilitator chrome, smaller than the room's text.
    property bool slim: false

    readonly property color fill: {
        if (!root.enabled)
            return "#D9D6CF";
        if (root.kind === "primary")
            return root.down ? "#0B2740" : Theme.navy;
        if (root.kind === "danger")
            return root.down ? "#7E1014" : Theme.overtime;
        if (root.kind === "outline")
            return root.down ? Theme.overtime : Theme.navy;
        if (root.kind === "quiet")
            return root.down ? Theme.paper : Theme.surface;
        return root.down ? Theme.navyLight : Theme.surface;
    }
    readonly property color textColor: {
        if (!root.enabled)
            return "#4F4B45"; // 5.9:1 on the disabled fill
        if (root.kind === "quiet")
            return Theme.overtime; // 7.8:1 on white
        return root.kind === "light" ? Theme.navy : Theme.inkOnNavy;
    }

    focusPolicy: Qt.NoFocus
    font.pixelSize: root.slim ? Theme.px(24) : Theme.chromeSmall
    font.bold: true
    padding: root.slim ? Theme.px(6) : Theme.px(12)
    leftPadding: root.slim ? Theme.px(12) : Theme.px(16)
    rightPadding: root.slim ? Theme.px(12) : Theme.px(16)

    contentItem: Text {
        text: root.text
        font: root.font
        color: root.textColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        implicitHeight: root.slim ? Theme.px(54) : Theme.px(64)
        radius: Theme.px(10)
        color: root.fill
        border.width: root.hovered ? Theme.px(4) : Theme.px(2)
        border.color: {
            if (root.kind === "light" || root.kind === "outline")
                return Theme.inkOnNavy;
            return root.kind === "quiet" ? Theme.line : Theme.ink;
        }
    }
}
