pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// The facilitator's export from the tablet. The kiosk writes the anonymised
// outcome (a text file, a PDF and two CSV files) into its own export folder;
// the tablet only asks, then says where the files went or why they did not.
Dialog {
    id: root

    required property VoterClient client
    property bool includeCase: false
    property string pendingId
    property string status // "", "sending", "saved", "failed"
    property string folder
    property list<string> files
    property string failure

    // The facilitator chose: send exportOutcome with this includeCase.
    signal exportRequested(bool includeCase)

    // The id of the exportOutcome just sent, to follow its answer.
    function track(id: string) {
        root.pendingId = id;
        root.folder = "";
        root.files = [];
        root.failure = "";
        root.status = id === "" ? "" : "sending";
    }

    function statusText(): string {
        switch (root.status) {
        case "sending":
            return root.client.state === "online" ? qsTr("The kiosk is saving the outcome…")
                                                  : qsTr("Kept on this tablet. It will be sent as soon as the connection is back.");
        case "saved":
            return "✓ " + qsTr("Saved on the kiosk in %1: %2").arg(root.folder).arg(root.files.join(", ")); // qmllint disable type
        case "failed":
            return "⚠ " + root.failure;
        default:
            return "";
        }
    }

    anchors.centerIn: Overlay.overlay
    width: Math.min(680, (parent ? parent.width : 680) - 48)
    modal: true
    padding: 32
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: root.track("")

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.line
    }

    contentItem: ColumnLayout {
        spacing: 20

        Label {
            Layout.fillWidth: true
            text: qsTr("Export the outcome")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.ink
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("The kiosk saves what the group made together, without names: a text file, a PDF and two spreadsheet files (CSV). Of the case only its title, unless you include the case text.")
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.Wrap
        }
        BigCheckBox {
            objectName: "includeCase"
            Layout.fillWidth: true
            text: qsTr("With the case text")
            onCheckedChanged: root.includeCase = checked
        }
        Label {
            objectName: "exportStatus"
            Layout.fillWidth: true
            visible: root.status !== ""
            text: root.statusText()
            font.pixelSize: Theme.fontBody
            font.bold: root.status !== "sending"
            color: root.status === "saved" ? Theme.good : root.status === "failed" ? Theme.bad : Theme.muted
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            Layout.topMargin: 8
            spacing: Theme.gap
            layoutDirection: Qt.RightToLeft

            AppButton {
                objectName: "confirmExport"
                text: qsTr("Export")
                primary: true
                enabled: root.client.state === "online" && root.status !== "sending"
                onClicked: root.exportRequested(root.includeCase)
            }
            AppButton {
                text: qsTr("Close")
                onClicked: root.close()
            }
        }
    }

    Connections {
        target: root.client

        function onAcked(id: string, result: var) {
            if (id !== root.pendingId)
                return;
            root.folder = result.folder || "";
            root.files = result.files || [];
            root.status = "saved";
        }
        function onRejected(id: string, code: string, message: string) {
            if (id !== root.pendingId)
                return;
            // The kiosk's own sentence names the folder and the cause.
            root.failure = code === "export_failed" ? qsTr("The kiosk could not save the outcome: %1").arg(message)
                                                    : Errors.text(code);
            root.status = "failed";
        }
    }
}
