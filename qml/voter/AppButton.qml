pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A large, plainly labelled button. primary: filled; otherwise outlined.
Button {
    id: root

    property bool primary: false
    property bool danger: false
    readonly property color tone: root.danger ? Theme.bad : Theme.accent

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch * 2, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: 24
    rightPadding: 24
    font.pixelSize: Theme.fontBody
    font.bold: true
    focusPolicy: Qt.StrongFocus

    contentItem: Text {
        text: root.text
        font: root.font
        color: root.primary ? Theme.textOnAccent : root.tone
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.primary ? (root.down ? Qt.darker(root.tone, 1.2) : root.tone)
                            : (root.down ? Theme.accentSoft : Theme.surface)
        border.color: root.tone
        border.width: root.primary ? 0 : 2
        opacity: root.enabled ? 1 : 0.4
    }
}
