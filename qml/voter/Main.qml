pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Flipover.Voter

// The tablet: the join screen until the kiosk's first snapshot arrives, then
// the meeting screen, which follows the kiosk's phase by itself. On a tablet
// passed around, the neutral pass screen stands between two people.
ApplicationWindow {
    id: root

    required property VoterClient client
    required property VoterApp app
    required property KioskFinder finder
    readonly property SessionView view: root.client.view
    property Drafts drafts: Drafts {
        client: root.client
    }
    // Pass the tablet: chosen at join. The wall's address and PIN are kept in
    // memory only, for this mode only, so the next person joins with one tap.
    property bool passMode: false
    property string passAddress
    property string passPin

    function askLeave(passing: bool) {
        leaveDialog.passing = passing;
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

    // The next person on a passed tablet: a new anonymous participant.
    function joinNext() {
        root.client.connectToLink(root.passAddress, root.passPin);
    }

    function stopPassing() {
        root.passMode = false;
        root.passPin = "";
        root.client.disconnectFromKiosk();
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

    Connections {
        target: root.client

        function onMeetingEnded() {
            root.drafts.clear();
        }
    }

    JoinScreen {
        id: joinScreen

        objectName: "joinScreen"
        anchors.fill: parent
        visible: !root.view.hasSnapshot && !root.passMode
        client: root.client
        app: root.app
        finder: root.finder
        onJoining: function (address, pin, passTablet) {
            root.passMode = passTablet;
            root.passAddress = address;
            root.passPin = passTablet ? pin : "";
        }
    }

    PassScreen {
        objectName: "passScreen"
        anchors.fill: parent
        visible: !root.view.hasSnapshot && root.passMode
        client: root.client
        onJoinRequested: root.joinNext()
        onStopRequested: root.stopPassing()
    }

    MeetingScreen {
        anchors.fill: parent
        visible: root.view.hasSnapshot
        client: root.client
        view: root.view
        drafts: root.drafts
        passMode: root.passMode
        onLeaveRequested: root.askLeave(false)
        onPassRequested: root.askLeave(true)
    }

    LeaveDialog {
        id: leaveDialog

        objectName: "leaveDialog"
        onConfirmed: root.leave()
    }
}
