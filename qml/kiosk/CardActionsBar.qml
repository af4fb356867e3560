pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// What the facilitator can do with the selected card, for mouse and touch,
// each with its key (see HelpOverlay). While merging it asks which card the
// selected one joins.
Rectangle {
    id: root

    required property CardControls cards

    implicitHeight: row.implicitHeight + 2 * Theme.px(12)
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
                  ? qsTr("Merge \u201C%1\u201D into which card? Pick it (Tab) and press Enter.").arg(root.cards.mergeSourceText)
                  : qsTr("Selected: \u201C%1\u201D").arg(root.cards.selectedText)
            color: Theme.ink
            font.pixelSize: Theme.chromeSmall
            font.bold: true
            elide: Text.ElideRight
            maximumLineCount: 2
            wrapMode: Text.Wrap
        }
        KioskButton {
            kind: "primary"
            visible: !root.cards.merging
            text: qsTr("Edit") + " (E)"
            onClicked: root.cards.edit()
        }
        KioskButton {
            kind: "primary"
            visible: !root.cards.merging
            text: qsTr("Hide") + " (H)"
            onClicked: root.cards.hide()
        }
        KioskButton {
            kind: "primary"
            visible: !root.cards.merging
            enabled: root.cards.view.cards.count > 1
            text: qsTr("Merge") + " (M)"
            onClicked: root.cards.merge()
        }
        KioskButton {
            kind: "primary"
            visible: root.cards.merging
            enabled: root.cards.hasSelection && root.cards.selectedCardId !== root.cards.mergeSourceId
            text: qsTr("Merge here") + " (\u21B5)"
            onClicked: root.cards.confirmMerge()
        }
        KioskButton {
            kind: "primary"
            visible: !root.cards.merging
            enabled: root.cards.selectedRow > 0
            text: "\u25B2 " + qsTr("Earlier")
            onClicked: root.cards.move(-1)
        }
        KioskButton {
            kind: "primary"
            visible: !root.cards.merging
            enabled: root.cards.selectedRow >= 0 && root.cards.selectedRow < root.cards.view.cards.count - 1
            text: "\u25BC " + qsTr("Later")
            onClicked: root.cards.move(1)
        }
        KioskButton {
            kind: "primary"
            text: (root.cards.merging ? qsTr("Cancel") : qsTr("Done")) + " (Esc)"
            onClicked: root.cards.cancel()
        }
    }
}
