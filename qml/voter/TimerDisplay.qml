pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// The phase timer as mm:ss with a word under it, so that neither colour nor
// the plus sign alone says the phase runs over.
ColumnLayout {
    id: root

    required property SessionView view
    readonly property bool over: root.view.overtime
    readonly property bool paused: root.view.phaseStatus === "paused"

    function clock(ms: real): string {
        // Counting down shows the started second (ceil); overtime counts up.
        const seconds = ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000);
        const m = Math.floor(seconds / 60);
        const s = seconds % 60;
        return (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
    }

    spacing: 0

    Label {
        Layout.alignment: Qt.AlignRight
        text: (root.over ? "+" : "") + root.clock(root.view.remainingMs) // qmllint disable type
        font.pixelSize: Theme.fontTimer
        font.bold: true
        font.family: "DejaVu Sans Mono"
        color: root.over ? Theme.warn : Theme.ink
    }
    Label {
        Layout.alignment: Qt.AlignRight
        text: root.paused ? qsTr("paused") : root.over ? qsTr("over time") : qsTr("left in this phase")
        font.pixelSize: Theme.fontSmall
        font.bold: root.paused || root.over
        color: root.paused || root.over ? Theme.warn : Theme.muted
    }
}
