pragma ComponentBehavior: Bound
import QtQuick
import "Helpers.js" as Helpers

// Tally marks ("turven") as on a paper flipover: five-bar gates (four bars
// crossed by a fifth) and the remaining single bars. Wraps onto more rows
// when the width is too small.
//
// A tally above maxMarks draws no marks: hundreds of bars read as a pattern,
// not a count, and would grow the card; the number and the bar beside them
// (VoteTally, RankedRow) tell it. The gates are made as the tally first
// reaches them and then only shown or hidden, so a tally that moves (every
// frame, with a thousand voters) makes and destroys no items.
Flow {
    id: root

    property int count: 0
    property int maxMarks: 50
    property real markHeight: Theme.px(40)
    property color ink: Theme.ink

    readonly property int shown: root.count <= root.maxMarks ? Math.max(0, root.count) : 0
    readonly property int gates: Helpers.tallyGates(root.shown)
    readonly property int rest: Helpers.tallyRest(root.shown)
    // The most gates shown so far: the Repeater's model grows, never shrinks.
    property int made: 0
    readonly property real barWidth: Math.max(2, Math.round(root.markHeight / 8))
    readonly property real barGap: Math.round(root.markHeight / 3.2)

    spacing: Math.round(root.markHeight / 2.2)
    onGatesChanged: root.made = Math.max(root.made, root.gates)
    Component.onCompleted: root.made = Math.max(root.made, root.gates)

    Repeater {
        model: root.made

        delegate: Item {
            id: gate

            required property int index

            objectName: "gate"
            visible: gate.index < root.gates
            width: 3 * root.barGap + root.barWidth + root.barWidth
            height: root.markHeight

            Repeater {
                model: 4

                delegate: Rectangle {
                    required property int index

                    x: root.barWidth / 2 + index * root.barGap
                    width: root.barWidth
                    height: root.markHeight
                    radius: width / 2
                    color: root.ink
                }
            }

            // The fifth bar crosses the four from bottom left to top right.
            Rectangle {
                readonly property real dx: gate.width
                readonly property real dy: root.markHeight * 0.7

                anchors.centerIn: parent
                width: Math.sqrt(dx * dx + dy * dy)
                height: root.barWidth
                radius: height / 2
                rotation: -Math.atan2(dy, dx) * 180 / Math.PI
                color: root.ink
            }
        }
    }

    Row {
        spacing: root.barGap - root.barWidth
        visible: root.rest > 0

        Repeater {
            model: 4

            delegate: Rectangle {
                required property int index

                objectName: "single"
                visible: index < root.rest
                width: root.barWidth
                height: root.markHeight
                radius: width / 2
                color: root.ink
            }
        }
    }
}
