pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Kiosk

// A running (or paused) phase: on the left its instruction to the room and
// its steps, with the way in for latecomers below them; on the right, as large as possible, what the phase's
// activities put on the wall: the board (with the vote), the case and
// questions, or the post-its. Only that one exists (Repeaters of one item or
// none, as in ScreenSwitcher.qml: Qt 6.4's Loader refuses bound components).
Item {
    id: root

    required property SessionView view
    // The facilitator's card selection, shown on the board.
    property int selectedCardId: -1
    property int mergeSourceId: -1
    // The facilitator steers (the control bar or a card's actions are up):
    // the board's pages stay where they are.
    property bool steering: false
    // The way in for latecomers, in the corner below the steps.
    property string joinLink
    property string pin

    readonly property string contentKind: {
        if (root.has("vote"))
            return "vote";
        if (root.has("considerations") || root.has("remarks") || root.has("tags"))
            return "board";
        if (root.has("insights") || root.has("tipsTops"))
            return "reflection";
        if (root.has("case") || root.has("questions"))
            return "case";
        return "none";
    }
    readonly property bool showsBoard: root.contentKind === "vote" || root.contentKind === "board"

    signal cardTapped(int cardId)
    signal focusRequested(int cardId)

    function has(activity: string): bool {
        return root.view.phaseActivities.indexOf(activity) >= 0; // qmllint disable type
    }

    // Opens the card over the board (the focus view), or closes it.
    function toggleCard(cardId: int) {
        if (board.count > 0)
            (board.itemAt(0) as CardBoard).toggleCard(cardId);
    }

    function flipPage(delta: int) {
        if (board.count > 0)
            (board.itemAt(0) as CardBoard).flipPage(delta);
        else if (reflection.count > 0)
            (reflection.itemAt(0) as ReflectionBoard).flipPage(delta);
    }

    Item {
        id: side

        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        width: Math.round(parent.width * 0.3)

        // The prompt ("Nu:") and the steps, paged where they do not fit,
        // above the corner with the way in.
        StepsPanel {
            id: stepsPanel

            anchors.fill: parent
            prompt: root.view.phasePrompt
            steps: root.view.phaseSteps // qmllint disable type
            cornerHeight: root.joinLink.length > 0 ? corner.implicitHeight + Theme.gap : 0
        }
        JoinCorner {
            id: corner

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            visible: stepsPanel.cornerShown
            joinLink: root.joinLink
            pin: root.pin
        }
    }

    Rectangle {
        id: divider

        anchors.left: side.right
        anchors.leftMargin: Theme.gap
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        width: Theme.px(3)
        color: Theme.line
    }

    Item {
        id: content

        anchors.left: divider.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap

        Repeater {
            id: board

            model: root.showsBoard ? 1 : 0

            CardBoard {
                anchors.fill: parent
                view: root.view
                voting: root.contentKind === "vote"
                steering: root.steering
                selectedCardId: root.selectedCardId
                mergeSourceId: root.mergeSourceId
                onCardTapped: function(cardId) { root.cardTapped(cardId); }
                onFocusRequested: function(cardId) { root.focusRequested(cardId); }
            }
        }
        Repeater {
            id: reflection

            model: root.contentKind === "reflection" ? 1 : 0

            ReflectionBoard {
                anchors.fill: parent
                view: root.view
                showInsights: root.has("insights")
                showTips: root.has("tipsTops")
            }
        }
        Repeater {
            model: root.contentKind === "case" ? 1 : 0

            CasePanel {
                anchors.fill: parent
                view: root.view
            }
        }
        Repeater {
            model: root.contentKind === "none" ? 1 : 0

            Text {
                anchors.fill: parent
                text: qsTr("Work on your tablet in this phase.")
                color: Theme.inkMuted
                font.pixelSize: Theme.large
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
