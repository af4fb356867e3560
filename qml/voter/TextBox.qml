pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A multi-line text field for sentences. The text binds to a draft outside.
TextArea {
    id: root

    property int lines: 2

    Layout.fillWidth: true
    Layout.minimumHeight: root.lines * 28 + topPadding + bottomPadding
    wrapMode: TextEdit.Wrap
    font.pixelSize: Theme.fontBody
    color: Theme.ink
    placeholderTextColor: Theme.muted
    padding: 14
    background: Rectangle {
        radius: 8
        color: root.enabled ? Theme.surfaceMuted : Theme.background
        border.color: root.activeFocus ? Theme.accent : Theme.line
        border.width: root.activeFocus ? 2 : 1
    }
}
