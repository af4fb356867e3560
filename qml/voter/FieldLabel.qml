pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The label above a field or a choice inside a panel.
Label {
    Layout.fillWidth: true
    Layout.topMargin: 4
    font.pixelSize: Theme.fontBody
    font.bold: true
    color: Theme.ink
    wrapMode: Text.Wrap
}
