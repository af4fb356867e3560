import QtQuick
import QtQuick.Controls
import Flipover.Voter.Backend

// The tablet: the join screen until the kiosk's first snapshot arrives, then
// the meeting screen, which follows the kiosk's phase by itself.
ApplicationWindow {
    id: root

    required property VoterClient client
    required property VoterApp app
    readonly property SessionView view: root.client.view
    property Drafts drafts: Drafts {}

    function askLeave() {
        leaveDialog.open();
    }

    // Shared tablets forget: the kiosk is told, then token, outbox, ballot
    // token and every draft on this tablet are wiped.
    function leave() {
        leaveDialog.close();
        root.client.leave();
        root.drafts.clear();
        joinScreen.reset();
    }

    objectName: "root"
    width: 1280
    height: 800
    minimumWidth: 640
    minimumHeight: 600
    visible: true
    title: qsTr("Flipover – take part")
    color: Theme.background
    font.pixelSize: Theme.fontBody

    JoinScreen {
        id: joinScreen

        objectName: "joinScreen"
        anchors.fill: parent
        visible: !root.view.hasSnapshot
        client: root.client
        app: root.app
    }

    MeetingScreen {
        anchors.fill: parent
        visible: root.view.hasSnapshot
        client: root.client
        view: root.view
        drafts: root.drafts
        onLeaveRequested: root.askLeave()
    }

    LeaveDialog {
        id: leaveDialog

        objectName: "leaveDialog"
        onConfirmed: root.leave()
    }
}
