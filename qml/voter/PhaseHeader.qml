pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// Where the meeting is: the phase, what is asked now, the time left, and
// whether this tablet is connected.
Rectangle {
    id: root

    required property VoterClient client
    required property SessionView view
    readonly property bool running: root.view.phaseStatus === "running" || root.view.phaseStatus === "paused"

    signal leaveRequested

    // The prompt comes from the format file: shown as text, not markup.
    function plain(text: string): string {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }

    implicitHeight: layout.implicitHeight + 28
    color: Theme.surface

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.line
    }

    ColumnLayout {
        id: layout

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        anchors.topMargin: 12
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                // Side by side when there is room; stacked on a narrow screen,
                // so the phase number is never cut off.
                GridLayout {
                    Layout.fillWidth: true
                    columns: root.width >= 960 ? 2 : 1
                    columnSpacing: Theme.gap
                    rowSpacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: (root.running ? qsTr("%1 · phase %2 of %3").arg(root.view.formatTitle)
                                              .arg(root.view.phaseIndex + 1).arg(root.view.phaseCount)
                                            : root.view.formatTitle)
                              + (root.view.cycleSize > 0 ? " · " + qsTr("meeting %1 of %2").arg(root.view.cycleMeeting)
                                                                   .arg(root.view.cycleSize) : "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                        elide: Text.ElideRight
                    }
                    ConnectionStatus {
                        client: root.client
                        view: root.view
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: {
                        if (root.view.phaseStatus === "notStarted")
                            return qsTr("Welcome! The meeting starts soon");
                        if (root.view.phaseStatus === "ended")
                            return qsTr("The meeting has ended");
                        return root.view.phaseTitle;
                    }
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.ink
                    wrapMode: Text.Wrap
                }
            }
            TimerDisplay {
                visible: root.running
                view: root.view
            }
            AppButton {
                text: qsTr("Leave")
                onClicked: root.leaveRequested()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            visible: root.running && root.view.phasePrompt !== ""
            implicitHeight: prompt.implicitHeight + 20
            radius: 8
            color: Theme.accentSoft

            Label {
                id: prompt

                anchors.fill: parent
                anchors.margins: 10
                anchors.leftMargin: 14
                textFormat: Text.StyledText
                text: "<b>" + qsTr("Asked now:") + "</b> " + root.plain(root.view.phasePrompt)
                font.pixelSize: Theme.fontBody
                color: Theme.ink
                wrapMode: Text.Wrap
            }
        }

        ConnectionBanner {
            Layout.fillWidth: true
            client: root.client
        }
    }
}
