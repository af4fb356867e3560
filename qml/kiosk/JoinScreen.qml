pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Flipover.Kiosk

// Before the start: how to join on the left; on the right the cycle's
// meeting and accent, last time's outcome, and the ground rules.
Item {
    id: root

    required property SessionView view
    required property KioskController controller
    // The facilitator steers (the control bar is up): their buttons show.
    property bool steering: false

    signal startRequested()
    signal previousRequested()

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap * 2

        JoinPanel {
            Layout.fillHeight: true
            // Wide enough for the code and, beside it, the address on one line.
            Layout.preferredWidth: parent.width * 0.58
            steering: root.steering
            pin: root.controller.pin
            joinLink: root.controller.joinLink
            participantCount: root.view.participantCount
            onStartRequested: root.startRequested()
        }
        GroundRules {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Theme.px(12)
            title: root.view.groundRulesTitle
            rules: root.view.groundRules
            agreement: root.view.agreement
            cycleMeeting: root.view.cycleMeeting
            cycleSize: root.view.cycleSize
            cycleTitle: root.view.cycleTitle
            cycleAccent: root.view.cycleAccent
            previous: root.controller.previousOutcome
            steering: root.steering
            onPreviousRequested: root.previousRequested()
        }
    }
}
