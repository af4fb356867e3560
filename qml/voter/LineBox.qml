pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A one-line text field (keywords, a direction, a PIN).
TextField {
    id: root

    Layout.fillWidth: true
    implicitHeight: Theme.touch
    font.pixelSize: Theme.fontBody
    color: Theme.ink
    placeholderTextColor: Theme.muted
    leftPadding: 14
    rightPadding: 14
    background: Rectangle {
        radius: 8
        color: root.enabled ? Theme.surfaceMuted : Theme.background
        border.color: root.activeFocus ? Theme.accent : Theme.line
        border.width: root.activeFocus ? 2 : 1
    }
}
