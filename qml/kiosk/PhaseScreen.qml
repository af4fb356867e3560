pragma ComponentBehavior: Bound
import QtQuick
import Flipover.Kiosk

// A running (or paused) phase: on the left its instruction to the room and
// its steps, with the way in for latecomers below them, as wide as they need
// to fit on one page (within bounds, fitSide); on the right, as large as
// possible, what the phase's activities put on the wall: the board (with the
// vote, or with the room's questions beside it), the case and questions, or
// the post-its. Only that one exists (Repeaters of one item or none, as in
// ScreenSwitcher.qml: Qt 6.4's Loader refuses bound components).
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
    // The board shares the content with the room's questions in a phase
    // that has both, once someone asked one.
    readonly property bool boardQuestions: root.contentKind === "board" && root.has("questions")
                                           && root.view.questions.count > 0 // qmllint disable type
    readonly property real questionsWidth: Math.round(content.width * 0.3)

    // The side panel's share of the width: the narrowest of sideFractions
    // at which the prompt, all steps and the corner fit on one page (the
    // content keeps the most room). When none does, the steps page: the
    // share with the fewest pages that keeps the prompt on every page with
    // steps below it on the first, and only when no share can, the prompt
    // on the first page alone (fitSide).
    // Beside the board or the case at most 40 % (cards and questions need
    // the width, or they page more), beside post-its or nothing half. While
    // the vote's results are shown, they have the room (a third at most:
    // the steps page); while the vote is open, its banner's count line
    // ("Stemmen verborgen – 12 stembiljetten binnen") needs the width, and
    // so do the cards once the room's questions are beside them (a third at
    // most, for both). Chosen again whenever the phase, the results or the
    // size change.
    readonly property var sideFractions: {
        if (root.resultsShown || root.contentKind === "vote" || root.boardQuestions)
            return [0.3, 0.33];
        if (root.contentKind === "reflection" || root.contentKind === "none")
            return [0.3, 0.33, 0.36, 0.4, 0.45, 0.5];
        return [0.3, 0.33, 0.36, 0.4];
    }
    readonly property var widestFractions: [0.3, 0.33, 0.36, 0.4, 0.45, 0.5]
    readonly property bool resultsShown: root.contentKind === "vote" && root.view.rankingShown
    property real sideFraction: root.sideFractions[0]

    function fitSide() {
        const height = root.height - 2 * Theme.gap;
        if (height <= 0 || root.width <= 0)
            return;
        // Better: every step whole, steps on the first page, the prompt on
        // every page, fewer pages, a narrower share; in that order. When no
        // share of this phase's holds every step whole, any up to half does.
        let best = null;
        for (const fractions of [root.sideFractions, root.widestFractions]) {
            for (const everyPage of [true, false]) {
                for (let i = 0; i < fractions.length; ++i) {
                    const width = Math.round(root.width * fractions[i]);
                    const cornerHeight = root.joinLink.length > 0 ? corner.heightAt(width) + Theme.gap : 0;
                    const r = stepsPanel.pagesAt(width, height, cornerHeight, everyPage);
                    const score = [r.fits ? 0 : 1, r.stepsOnFirst ? 0 : 1, everyPage ? 0 : 1, r.pages, i];
                    if (!best || root.before(score, best.score))
                        best = { score: score, fraction: fractions[i], everyPage: everyPage };
                }
            }
            if (best.score[0] === 0)
                break;
            best = null;
        }
        if (!best)
            best = { fraction: root.widestFractions[root.widestFractions.length - 1], everyPage: false };
        root.sideFraction = best.fraction;
        stepsPanel.promptEveryPage = best.everyPage;
    }
    function before(a: var, b: var): bool {
        for (let i = 0; i < a.length; ++i) {
            if (a[i] !== b[i])
                return a[i] < b[i];
        }
        return false;
    }
    function fitSideLater() {
        Qt.callLater(root.fitSide); // qmllint disable type
    }

    onWidthChanged: root.fitSideLater()
    onHeightChanged: root.fitSideLater()
    onJoinLinkChanged: root.fitSideLater()
    onSideFractionsChanged: root.fitSideLater()
    Component.onCompleted: root.fitSideLater()

    Connections {
        target: root.view

        function onPhasePromptChanged() { root.fitSideLater(); }
        function onPhaseStepsChanged() { root.fitSideLater(); }
    }
    Connections {
        target: Theme

        function onScaleChanged() { root.fitSideLater(); }
    }

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

        objectName: "sidePanel"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        width: Math.round(root.width * root.sideFraction)

        // The prompt ("Nu:") and the steps, paged only where they do not
        // fit, above the corner with the way in (on every page).
        StepsPanel {
            id: stepsPanel

            objectName: "stepsPanel"
            anchors.fill: parent
            prompt: root.view.phasePrompt
            steps: root.view.phaseSteps // qmllint disable type
            cornerHeight: root.joinLink.length > 0 ? corner.implicitHeight + Theme.gap : 0
        }
        JoinCorner {
            id: corner

            objectName: "joinCorner"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            visible: root.joinLink.length > 0 && stepsPanel.cornerShown
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
                anchors.rightMargin: root.boardQuestions ? root.questionsWidth + Theme.gap : 0
                view: root.view
                voting: root.contentKind === "vote"
                steering: root.steering
                selectedCardId: root.selectedCardId
                mergeSourceId: root.mergeSourceId
                onCardTapped: function(cardId) { root.cardTapped(cardId); }
                onFocusRequested: function(cardId) { root.focusRequested(cardId); }
            }
        }
        // The room's questions beside the board, in a phase with both
        // (Intervisie: questions about the examples), once there are any.
        Repeater {
            id: boardQuestionsRepeater

            model: root.boardQuestions ? 1 : 0

            QuestionColumn {
                anchors.fill: parent
                anchors.leftMargin: parent ? parent.width - root.questionsWidth : 0
                heading: qsTr("Questions")
                view: root.view
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
                text: qsTr("Work on your phone or tablet in this phase.")
                color: Theme.inkMuted
                font.pixelSize: Theme.large
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
