pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// The meeting as the kiosk runs it: the header (phase, what is asked, timer,
// connection), during a dots vote the dots left, then what this phase asks
// of the participant, and for a facilitator the drawer that steers the
// meeting. On a tablet passed around, a
// bar at the bottom hands it on to the next person.
Rectangle {
    id: root

    required property VoterClient client
    required property SessionView view
    required property Drafts drafts
    readonly property bool before: root.view.phaseStatus === "notStarted"
    readonly property bool after: root.view.phaseStatus === "ended"
    property bool passMode: false
    readonly property bool dotsVote: !root.before && !root.after && root.view.voteStatus === "open"
                                     && root.view.voteMode === "dots"
    // The ballot as VotePanel composes it (SessionView.cleanBallot): {used, left}.
    readonly property var ballot: root.dotsVote ? root.view.cleanBallot(root.view.ballotRules, root.drafts.ballot)
                                                : { "used": 0, "left": 0 }

    signal leaveRequested
    signal passRequested

    color: Theme.background

    // A new phase shows other panels: start reading at the top.
    Connections {
        target: root.view

        function onPhaseIndexChanged() {
            flick.contentY = 0;
        }
    }

    KeepInView {
        id: keyboard

        flickable: flick
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PhaseHeader {
            Layout.fillWidth: true
            client: root.client
            view: root.view
            onLeaveRequested: root.leaveRequested()
        }

        // During a dots vote, the dots left stay in sight however far one scrolls.
        Rectangle {
            objectName: "dotsStrip"
            Layout.fillWidth: true
            implicitHeight: dotsLeft.implicitHeight + 16
            visible: root.dotsVote
            color: Theme.accentSoft

            DotsLeft {
                id: dotsLeft

                objectName: "dotsLeft"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.padding
                anchors.rightMargin: Theme.padding
                total: root.ballot.used + root.ballot.left
                used: root.ballot.used
                cap: root.view.voteCap
            }
        }

        Flickable {
            id: flick

            objectName: "meetingFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: body.implicitHeight + 2 * Theme.padding
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            bottomMargin: keyboard.covered

            // Always drawn when there is more below, so nobody misses a panel.
            ScrollBar.vertical: ScrollBar {
                width: 14
                policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            ColumnLayout {
                id: body

                x: Theme.padding
                y: Theme.padding
                width: flick.width - 2 * Theme.padding
                spacing: Theme.gap

                WaitingBody {
                    Layout.fillWidth: true
                    visible: root.before
                    view: root.view
                }
                EndBody {
                    Layout.fillWidth: true
                    Layout.maximumWidth: 900
                    Layout.alignment: Qt.AlignHCenter
                    Layout.topMargin: 24
                    visible: root.after
                    view: root.view
                    onLeaveRequested: root.leaveRequested()
                }
                ActivityPanels {
                    Layout.fillWidth: true
                    visible: !root.before && !root.after
                    client: root.client
                    view: root.view
                    drafts: root.drafts
                }
                FacilitatorCards {
                    objectName: "facilitatorCards"
                    Layout.fillWidth: true
                    visible: root.view.isFacilitator && !root.after && root.view.cards.count > 0
                    client: root.client
                    view: root.view
                }
            }
        }

        PassBar {
            Layout.fillWidth: true
            visible: root.passMode
            client: root.client
            onPassRequested: root.passRequested()
        }

        FacilitatorBar {
            objectName: "facilitatorBar"
            Layout.fillWidth: true
            compact: root.width < 960
            // Never more than a third of the screen: the participant's own action stays in reach.
            maxBodyHeight: root.height / 3
            visible: root.view.isFacilitator
            client: root.client
            view: root.view
        }
    }
}
