pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// Tells what became of the last thing a panel sent: on its way, kept on the
// tablet until the connection is back, arrived, or refused (and why).
Label {
    id: root

    required property VoterClient client
    property string sentText: qsTr("Sent.")
    property string pendingId
    property string status // "", "sending", "sent", "refused"
    property string code

    signal accepted(var result)
    signal refused(string code)

    function track(id: string) {
        root.pendingId = id;
        root.code = "";
        root.status = id === "" ? "" : "sending";
    }

    Layout.fillWidth: true
    visible: root.status !== ""
    wrapMode: Text.Wrap
    font.pixelSize: Theme.fontSmall
    font.bold: root.status !== "sending"
    color: root.status === "sent" ? Theme.good : root.status === "refused" ? Theme.bad : Theme.muted
    text: {
        if (root.status === "sent")
            return "✓ " + root.sentText;
        if (root.status === "refused")
            return "⚠ " + Errors.text(root.code);
        if (root.client.state !== "online")
            return qsTr("Kept on this tablet. It will be sent as soon as the connection is back.");
        return qsTr("Sending…");
    }

    Connections {
        target: root.client

        function onAcked(id: string, result: var) {
            if (id !== root.pendingId)
                return;
            root.status = "sent";
            root.accepted(result);
        }
        function onRejected(id: string, code: string, message: string) {
            if (id !== root.pendingId)
                return;
            root.code = code;
            root.status = "refused";
            root.refused(code);
        }
    }
}
