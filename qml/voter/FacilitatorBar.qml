import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// For a tablet joined with the facilitator PIN: steer the meeting from here.
// The buttons wait for a connection: a queued "next phase" that lands minutes
// later would surprise the room.
Rectangle {
    id: root

    required property VoterClient client
    required property SessionView view
    property bool compact: false
    readonly property string status: root.view.phaseStatus
    readonly property bool started: root.status === "running" || root.status === "paused"
    readonly property bool lastPhase: root.view.phaseIndex === root.view.phaseCount - 1
    readonly property bool voteHere: root.view.phaseActivities.length > 0 && root.view.hasActivity("vote")

    readonly property ExportOutcomeDialog exportDialog: dialog

    // Every command, as it leaves: what the tests listen to.
    signal commandSent(string type, var fields)

    function command(type: string, fields: var) {
        feedback.track(root.client.send(type, fields || {}));
        root.commandSent(type, fields || {});
    }

    // The outcome goes to the kiosk's export folder; the dialog follows the answer.
    function exportOutcome(includeCase: bool) {
        const fields = { "includeCase": includeCase };
        dialog.track(root.client.send("exportOutcome", fields));
        root.commandSent("exportOutcome", fields);
    }

    implicitHeight: layout.implicitHeight + 20
    color: Theme.facilitator

    GridLayout {
        id: layout

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        columns: root.compact ? 1 : 2
        columnSpacing: Theme.gap
        rowSpacing: 8

        RowLayout {
            Layout.maximumWidth: root.compact ? -1 : 240
            spacing: 12

            Label {
                text: qsTr("Facilitator")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: "white"
            }
            SendStatus {
                id: feedback

                client: root.client
                sentText: qsTr("Done.")
                color: feedback.status === "refused" ? "#ffb4a9" : "#d5dbe4"
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 10
            layoutDirection: root.compact ? Qt.LeftToRight : Qt.RightToLeft
            enabled: root.client.state === "online"

            BarButton {
                visible: root.status === "notStarted"
                primary: true
                text: qsTr("Start the meeting")
                onClicked: root.command("startMeeting")
            }
            BarButton {
                visible: root.started
                primary: true
                text: root.lastPhase ? qsTr("End the meeting") : qsTr("Next phase ▶")
                onClicked: root.command("nextPhase")
            }
            BarButton {
                visible: root.started && root.view.phaseIndex > 0
                text: qsTr("◀ Previous phase")
                onClicked: root.command("previousPhase")
            }
            BarButton {
                visible: root.started
                text: root.status === "paused" ? qsTr("Resume timer") : qsTr("Pause timer")
                onClicked: root.command(root.status === "paused" ? "resume" : "pause")
            }
            // Three buttons, not a field: the usual corrections, one tap each.
            BarButton {
                objectName: "plusFive"
                visible: root.started
                text: qsTr("+5 min")
                Accessible.name: qsTr("Five minutes more")
                onClicked: root.command("adjustTime", { "minutes": 5 })
            }
            BarButton {
                objectName: "plusOne"
                visible: root.started
                text: qsTr("+1 min")
                Accessible.name: qsTr("One minute more")
                onClicked: root.command("adjustTime", { "minutes": 1 })
            }
            BarButton {
                objectName: "minusOne"
                visible: root.started
                text: qsTr("−1 min")
                Accessible.name: qsTr("One minute less")
                onClicked: root.command("adjustTime", { "minutes": -1 })
            }
            BarButton {
                visible: root.started && (root.voteHere || root.view.voteStatus === "open")
                text: root.view.voteStatus === "open" ? qsTr("Close the vote") : qsTr("Open the vote")
                onClicked: root.command(root.view.voteStatus === "open" ? "closeVote" : "openVote")
            }
            BarButton {
                visible: root.view.voteStatus === "closed"
                text: root.view.talliesRevealed ? qsTr("Hide the result") : qsTr("Show the result")
                onClicked: root.command("revealTallies", { "revealed": !root.view.talliesRevealed })
            }
            // At any moment, not only at the end: a summary for the break.
            BarButton {
                objectName: "exportButton"
                text: qsTr("Export the outcome…")
                onClicked: dialog.open()
            }
        }
    }

    ExportOutcomeDialog {
        id: dialog

        objectName: "exportDialog"
        client: root.client
        onExportRequested: function (includeCase) {
            root.exportOutcome(includeCase);
        }
    }
}
