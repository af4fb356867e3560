pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// For a tablet joined with the facilitator PIN: steer the meeting from here,
// in a drawer that folds away to its header. The actions carry the wall's
// names (qml/kiosk/ControlBar.qml). The buttons wait for a connection: a queued "next phase" that lands minutes
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

    // Folded, only the header stays: the participant's own panels get the screen.
    property bool folded: false
    // Unfolded, the buttons take at most this height and scroll within it.
    property real maxBodyHeight: 100000

    implicitHeight: layout.implicitHeight + 16
    color: Theme.facilitator

    // Wide and unfolded: the header beside the buttons, to keep the drawer low.
    GridLayout {
        id: layout

        readonly property bool stacked: root.compact || root.folded

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        columns: layout.stacked ? 1 : 2
        columnSpacing: Theme.gap
        rowSpacing: 8

        RowLayout {
            Layout.fillWidth: layout.stacked
            Layout.preferredWidth: layout.stacked ? -1 : 320
            Layout.alignment: Qt.AlignTop
            spacing: 12

            Label {
                text: qsTr("Facilitator")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: "white"
            }
            SendStatus {
                id: feedback

                Layout.fillWidth: true
                client: root.client
                sentText: qsTr("Done.")
                color: feedback.status === "refused" ? "#ffb4a9" : "#d5dbe4"
            }
            Item {
                Layout.fillWidth: !feedback.visible
            }
            BarButton {
                objectName: "foldButton"
                text: root.folded ? "\u25B2 " + qsTr("Show controls") : "\u25BC " + qsTr("Fold away")
                Accessible.name: root.folded ? qsTr("Show the facilitator's controls") : qsTr("Fold the facilitator's controls away")
                onClicked: root.folded = !root.folded
            }
        }
        Flickable {
            id: body

            objectName: "facilitatorButtons"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(buttons.implicitHeight, root.maxBodyHeight)
            visible: !root.folded
            contentWidth: width
            contentHeight: buttons.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                policy: body.contentHeight > body.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            // Two groups: the meeting's steps with the step forward at the
            // near end, and the step back with the export at the far end,
            // never above, below or beside "Next phase". Side by side on a
            // wide screen; on a narrow one the second group under the first,
            // at the other side.
            GridLayout {
                id: buttons

                readonly property real asideWidth: (previousButton.visible ? previousButton.implicitWidth + 10 : 0)
                                                    + exportButton.implicitWidth

                width: body.width
                columns: root.compact ? 1 : 2
                columnSpacing: 24
                rowSpacing: 10
                enabled: root.client.state === "online"

                Flow {
                    id: aside

                    Layout.row: root.compact ? 1 : 0
                    Layout.column: 0
                    Layout.preferredWidth: Math.min(buttons.asideWidth, buttons.width)
                    Layout.alignment: (root.compact ? Qt.AlignRight : Qt.AlignLeft) | Qt.AlignTop
                    spacing: 10
                    // The step back at the very end: the left on a wide screen, the right on a narrow one.
                    layoutDirection: root.compact ? Qt.RightToLeft : Qt.LeftToRight

                    BarButton {
                        id: previousButton

                        objectName: "previousPhase"
                        visible: root.started && root.view.phaseIndex > 0
                        text: "\u25C0 " + qsTr("Previous phase")
                        onClicked: root.command("previousPhase")
                    }
                    // At any moment, not only at the end: a summary for the break.
                    BarButton {
                        id: exportButton

                        objectName: "exportButton"
                        text: qsTr("Export…")
                        onClicked: dialog.open()
                    }
                }
                Flow {
                    Layout.row: 0
                    Layout.column: root.compact ? 0 : 1
                    Layout.fillWidth: true
                    spacing: 10
                    layoutDirection: root.compact ? Qt.LeftToRight : Qt.RightToLeft

                    BarButton {
                        visible: root.status === "notStarted"
                        primary: true
                        text: qsTr("Start") + " \u25B6"
                        onClicked: root.command("startMeeting")
                    }
                    BarButton {
                        objectName: "nextPhase"
                        visible: root.started
                        primary: true
                        text: root.lastPhase ? qsTr("End meeting") : qsTr("Next phase") + " \u25B6"
                        onClicked: root.command("nextPhase")
                    }
                    // The wall's words: Pause and Resume.
                    BarButton {
                        visible: root.started
                        text: root.status === "paused" ? "\u25B6 " + qsTr("Resume") : "\u275A\u275A " + qsTr("Pause")
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
                        text: root.view.voteStatus === "open" ? qsTr("Close vote") : qsTr("Open vote")
                        onClicked: root.command(root.view.voteStatus === "open" ? "closeVote" : "openVote")
                    }
                    // As on the wall: the results' button in a phase with a vote, not after it.
                    BarButton {
                        objectName: "revealButton"
                        visible: root.started && root.voteHere && root.view.voteStatus === "closed"
                        text: root.view.talliesRevealed ? qsTr("Hide results") : qsTr("Show results")
                        onClicked: root.command("revealTallies", { "revealed": !root.view.talliesRevealed })
                    }
                }
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
