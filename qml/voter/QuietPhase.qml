pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// A phase in which the tablet has nothing to ask: say so, and show the steps
// the wall shows.
Panel {
    id: root

    required property SessionView view

    title: qsTr("Nothing to do on the tablet right now")
    hint: qsTr("Look and listen along with the wall. In this phase:")

    Repeater {
        model: root.view.phaseSteps

        delegate: Label {
            id: step

            required property string modelData
            required property int index

            Layout.fillWidth: true
            text: (step.index + 1) + ". " + step.modelData
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.Wrap
        }
    }
}
