pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The format's tags as buttons for one card; a set tag is filled and ticked.
Flow {
    id: root

    required property var model // for the "id" role
    required property var tags  // the card's tag ids
    property var choices: []    // [{id, label}] from the format

    signal toggled(string tag, bool on)

    spacing: 12

    Repeater {
        model: root.choices

        delegate: AppButton {
            id: button

            required property var modelData
            readonly property bool isOn: root.tags.indexOf(button.modelData.id) >= 0

            text: (button.isOn ? "✓ " : "") + button.modelData.label
            primary: button.isOn
            onClicked: root.toggled(button.modelData.id, !button.isOn)
        }
    }
}
