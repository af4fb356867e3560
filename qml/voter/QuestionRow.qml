pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A question on the wall and, once given, its answer.
ColumnLayout {
    id: root

    required property string text
    required property bool answered
    required property string answer

    spacing: 2

    Label {
        Layout.fillWidth: true
        text: "• " + root.text
        font.pixelSize: Theme.fontBody
        color: Theme.ink
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        Layout.leftMargin: 18
        visible: root.answered
        text: root.answer !== "" ? qsTr("✓ Answered: %1").arg(root.answer) : qsTr("✓ Answered")
        font.pixelSize: Theme.fontSmall
        color: Theme.good
        wrapMode: Text.Wrap
    }
}
