pragma ComponentBehavior: Bound
import QtQuick
import "Helpers.js" as Helpers

// Tally marks ("turven") as on a paper flipover: five-bar gates (four bars
// crossed by a fifth) and the remaining single bars. Wraps onto more rows
// when the width is too small.
Flow {
    id: root

    property int count: 0
    property real markHeight: Theme.px(40)
    property color ink: Theme.ink

    readonly property int gates: Helpers.tallyGates(root.count)
    readonly property int rest: Helpers.tallyRest(root.count)
    readonly property real barWidth: Math.max(2, Math.round(root.markHeight / 8))
    readonly property real barGap: Math.round(root.markHeight / 3.2)

    spacing: Math.round(root.markHeight / 2.2)

    Repeater {
        model: root.gates

        delegate: Item {
            id: gate

            objectName: "gate"
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
            model: root.rest

            delegate: Rectangle {
                objectName: "single"
                width: root.barWidth
                height: root.markHeight
                radius: width / 2
                color: root.ink
            }
        }
    }
}
