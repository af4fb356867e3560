pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Flipover.Kiosk

// The top band of the wall: which phase of how many (in a cycle also which
// meeting of how many), the meeting's name, the phase title, and the timer,
// always on screen.
Rectangle {
    id: root

    required property SessionView view

    readonly property string status: root.view.phaseStatus
    readonly property string titleText: {
        if (root.status === "notStarted")
            return root.view.sessionName;
        if (root.status === "ended")
            return qsTr("The meeting is finished");
        return root.view.phaseTitle;
    }
    // "Meeting 2 of 5" in a cycle. The accent does not fit beside the timer;
    // the lobby shows it in full (GroundRules).
    readonly property string cycleText: root.view.cycleSize > 0
            ? qsTr("Meeting %1 of %2").arg(root.view.cycleMeeting).arg(root.view.cycleSize) : ""
    readonly property string phaseText: {
        // Before the start one line, so that the meeting's name has two: in
        // a cycle which meeting, else a welcome and the phases planned.
        if (root.status === "notStarted")
            return root.cycleText.length > 0 ? root.cycleText
                                             : qsTr("Welcome") + "  \u00B7  " + qsTr("%n phase(s) planned", "", root.view.phaseCount);
        const parts = [root.status === "ended" ? qsTr("Summary")
                                               : qsTr("Phase %1 of %2").arg(root.view.phaseIndex + 1).arg(root.view.phaseCount)];
        if (root.cycleText.length > 0)
            parts.push(root.cycleText);
        return parts.join("  \u00B7  ");
    }

    implicitHeight: Theme.px(210)
    color: Theme.navy

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: timer.visible ? timer.left : parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        anchors.topMargin: Theme.px(8)
        anchors.bottomMargin: Theme.px(8)
        spacing: Theme.px(4)

        Text {
            objectName: "phaseNumber"
            Layout.fillWidth: true
            text: root.phaseText
            color: Theme.inkOnNavy
            font.pixelSize: Theme.body
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "phaseTitle"
            Layout.fillWidth: true
            // What the phase line leaves (two lines of it in a cycle).
            Layout.fillHeight: true
            text: root.titleText
            color: Theme.inkOnNavy
            font.pixelSize: Theme.title
            font.bold: true
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.small
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }

    TimerDisplay {
        id: timer

        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.px(12)
        width: Theme.px(1040)
        // After the end there is no time left to show.
        visible: root.status !== "ended"
        status: root.status
        remainingMs: root.view.remainingMs // qmllint disable type
        plannedMs: root.view.plannedMs // qmllint disable type
        meetingRemainingMs: root.view.meetingRemainingMs // qmllint disable type
    }
}
