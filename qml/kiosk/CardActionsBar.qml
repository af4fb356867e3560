pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// What the facilitator can do with the selected card, for mouse and touch,
// in the wall's bottom strip in place of the control bar (the keys are on
// the help, HelpOverlay). While merging it asks which card the selected one
// joins.
Rectangle {
    id: root

    required property CardControls cards

    implicitHeight: Theme.px(72)
    color: Theme.surface
    border.width: Theme.px(3)
    border.color: Theme.navy

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: Theme.px(12)

        Text {
            objectName: "cardActionsLabel"
            Layout.fillWidth: true
            text: root.cards.merging
                  ? qsTr("Merge \u201C%1\u201D into which card? Pick it.").arg(root.cards.mergeSourceText)
                  : qsTr("Selected: \u201C%1\u201D").arg(root.cards.selectedText)
            color: Theme.ink
            font.pixelSize: Theme.px(24)
            font.bold: true
            // The card itself is on the wall in full; here only which one.
            elide: Text.ElideRight
            maximumLineCount: 2
            wrapMode: Text.Wrap
        }
        KioskButton {
            kind: "primary"
            slim: true
            visible: !root.cards.merging
            text: qsTr("Edit")
            onClicked: root.cards.edit()
        }
        KioskButton {
            kind: "primary"
            slim: true
            visible: !root.cards.merging
            text: qsTr("Hide")
            onClicked: root.cards.hide()
        }
        KioskButton {
            kind: "primary"
            slim: true
            visible: !root.cards.merging
            enabled: root.cards.view.cards.count > 1
            text: qsTr("Merge")
            onClicked: root.cards.merge()
        }
        KioskButton {
            kind: "primary"
            slim: true
            visible: root.cards.merging
            enabled: root.cards.hasSelection && root.cards.selectedCardId !== root.cards.mergeSourceId
            text: qsTr("Merge here")
            onClicked: root.cards.confirmMerge()
        }
        KioskButton {
            kind: "primary"
            slim: true
            visible: !root.cards.merging
            enabled: root.cards.selectedRow > 0
            text: "\u25B2 " + qsTr("Earlier")
            onClicked: root.cards.move(-1)
        }
        KioskButton {
            kind: "primary"
            slim: true
            visible: !root.cards.merging
            enabled: root.cards.selectedRow >= 0 && root.cards.selectedRow < root.cards.view.cards.count - 1
            text: "\u25BC " + qsTr("Later")
            onClicked: root.cards.move(1)
        }
        KioskButton {
            kind: "primary"
            slim: true
            text: root.cards.merging ? qsTr("Cancel") : qsTr("Done")
            onClicked: root.cards.cancel()
        }
    }
}
