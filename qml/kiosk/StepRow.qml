pragma ComponentBehavior: Bound
import QtQuick

// One numbered step of the phase (StepsPanel), wrapped in full: its number
// ("2.") in a narrow column, its text hanging beside it, with lines a little
// tighter than the font's own, so that a phase's whole script fits beside
// the prompt at the room's scale.
Item {
    id: root

    property int number: 1
    property string step
    property real textSize: Theme.small
    // Digits of the highest number in the list: every row's text starts at
    // the same place.
    property int digits: 1

    readonly property real lineHeight: 0.95

    implicitHeight: stepText.implicitHeight

    FontMetrics {
        id: metrics

        font: numberText.font
    }
    Text {
        id: numberText

        width: Math.ceil(metrics.advanceWidth("0".repeat(Math.max(1, root.digits)) + "."))
        text: root.number + "."
        color: Theme.navy
        font.pixelSize: root.textSize
        font.bold: true
        lineHeight: root.lineHeight
        horizontalAlignment: Text.AlignRight
    }
    Text {
        id: stepText

        anchors.left: numberText.right
        anchors.leftMargin: Theme.px(12)
        anchors.right: parent.right
        text: root.step
        color: Theme.ink
        font.pixelSize: root.textSize
        lineHeight: root.lineHeight
        wrapMode: Text.Wrap
    }
}
