pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtMultimedia
import "Helpers.js" as Helpers

// The phase timer, readable across the room. Each state has its own words
// and symbol as well as its colour: running, the last two minutes (warning),
// overtime (counting up, "+03:12"), paused, before the start and after the
// end. Binds to SessionView's times, which tick only while the phase runs.
Rectangle {
    id: root

    property string status: "notStarted" // SessionView.phaseStatus
    property double remainingMs: 0
    property double plannedMs: 0
    property double meetingRemainingMs: 0

    readonly property string timerState: Helpers.timerState(root.status, root.remainingMs)
    readonly property string clockText: {
        if (root.status === "notStarted")
            return Helpers.clockText(root.meetingRemainingMs);
        if (root.status === "ended")
            return Helpers.clockText(0);
        return Helpers.clockText(root.remainingMs);
    }
    readonly property string symbol: {
        switch (root.timerState) {
        case "running": return "\u25B6";            // ▶
        case "warning": return "\u26A0";            // ⚠
        case "overtime": return "\u26A0";
        case "paused": return "\u275A\u275A";       // ❚❚
        case "ended": return "\u2713";              // ✓
        default: return "\u25CB";                   // ○
        }
    }
    readonly property string stateText: {
        switch (root.timerState) {
        case "running": return qsTr("Running");
        case "warning": return qsTr("Last 2 minutes");
        case "overtime": return qsTr("Time is up");
        case "paused": return qsTr("Paused");
        case "ended": return qsTr("Finished");
        default: return qsTr("Not started");
        }
    }
    readonly property string plannedText: {
        if (root.status === "notStarted")
            return qsTr("Whole meeting");
        if (root.status === "ended")
            return "";
        return qsTr("Planned: %1 min").arg(Helpers.minutes(root.plannedMs));
    }
    readonly property string meetingText: {
        if (root.status === "ended")
            return "";
        if (root.status === "notStarted")
            return qsTr("%1 min planned").arg(Helpers.minutes(root.meetingRemainingMs));
        // The whole meeting: this phase's remaining time plus the phases to come.
        const total = Helpers.minutes(root.meetingRemainingMs);
        if (root.meetingRemainingMs < 0)
            return qsTr("%1 min over in all").arg(total);
        if (total >= 60)
            return qsTr("%1 h %2 min left in all").arg(Math.floor(total / 60)).arg(total % 60);
        return qsTr("%1 min left in all").arg(total);
    }
    readonly property color ink: root.timerState === "overtime" || root.timerState === "paused"
                                 ? Theme.inkOnNavy : Theme.ink
    // What the timer showed before, to tell time running out from a start in overtime.
    property string previousState: ""
    readonly property bool flashing: flash.running
    // The end-of-phase chime (Qt Multimedia) rings with the flashes; the
    // flashes stay for a room with the sound off. chimes counts, for tests.
    property bool chimeEnabled: true
    property int chimes: 0

    color: {
        switch (root.timerState) {
        case "warning": return Theme.warning;
        case "overtime": return Theme.overtime;
        case "paused": return Theme.paused;
        default: return Theme.surface;
        }
    }
    radius: Theme.radius
    border.width: Theme.px(3)
    border.color: Theme.ink

    // The end-of-phase signal: a chime and a few flashes of a thick frame
    // when the time runs out while the room is watching, not when the wall
    // starts up in overtime.
    onTimerStateChanged: {
        if (root.timerState === "overtime" && (root.previousState === "running" || root.previousState === "warning")) {
            flash.restart();
            if (root.chimeEnabled) {
                chime.play();
                root.chimes += 1;
            }
        }
        root.previousState = root.timerState;
    }

    Component.onCompleted: root.previousState = root.timerState

    SoundEffect {
        id: chime

        source: "sounds/chime.wav"
        volume: 0.8
    }

    Rectangle {
        id: frame

        anchors.fill: parent
        anchors.margins: -Theme.px(8)
        radius: root.radius + Theme.px(8)
        color: "transparent"
        border.width: Theme.px(8)
        border.color: Theme.warning
        opacity: 0

        SequentialAnimation {
            id: flash

            loops: 4
            NumberAnimation { target: frame; property: "opacity"; to: 1; duration: 250 }
            NumberAnimation { target: frame; property: "opacity"; to: 0; duration: 350 }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.px(20)
        anchors.rightMargin: Theme.px(20)
        spacing: Theme.px(16)

        ColumnLayout {
            Layout.preferredWidth: Theme.px(540)
            Layout.maximumWidth: Theme.px(540)
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.px(2)

            Text {
                objectName: "stateText"
                Layout.fillWidth: true
                text: root.symbol + " " + root.stateText
                color: root.ink
                font.pixelSize: Theme.small
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                // Planned and the meeting's remaining time, on as few lines as fit.
                text: root.plannedText + (root.plannedText.length > 0 && root.meetingText.length > 0 ? "  \u00B7  " : "")
                      + root.meetingText
                color: root.ink
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
            }
        }

        FontMetrics {
            id: clockMetrics

            font.pixelSize: 100
            font.bold: true
        }
        Text {
            objectName: "clock"
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: root.clockText
            color: root.ink
            // As large as the box allows: its line (digits plus the font's
            // ascent and descent) stays inside the header.
            font.pixelSize: Math.max(Theme.px(100), Math.min(Theme.timer, Math.floor(height * 100 / clockMetrics.height)))
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.px(120)

            horizontalAlignment: Text.AlignRight
            verticalAlignment: Text.AlignVCenter
        }
    }
}
