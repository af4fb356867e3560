pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Flipover.Kiosk

// The case (casus) on the left, whole: large when short, else over pages
// of whole sentences that turn by themselves; the queue of clarifying
// questions on the right, whole, as many to a page as fit: the page with the
// first open question is shown; answered ones stay marked as answered.
Item {
    id: root

    required property SessionView view

    readonly property bool showQuestions: root.view.phaseActivities.indexOf("questions") >= 0 || root.view.questions.count > 0 // qmllint disable type

    // The case's pages (whole sentences each) and its size: `card` when all
    // of it fits at once, else `body`; see pageCase().
    property var casePages: [""]
    property int casePage: 0
    property real caseSize: Theme.card

    function pageCaseLater() {
        Qt.callLater(root.pageCase); // qmllint disable type
    }
    function pageCase() {
        const text = root.view.caseText;
        const room = caseText.height;
        measure.font.pixelSize = Theme.card;
        measure.text = text;
        if (room <= 0 || measure.implicitHeight <= room) {
            root.caseSize = Theme.card;
            root.casePages = [text];
            root.casePage = 0;
            return;
        }
        measure.font.pixelSize = Theme.body;
        const sentences = text.match(/[^.!?]+[.!?]*\s*/g) || [text];
        const pages = [];
        let current = "";
        for (const sentence of sentences) {
            measure.text = current + sentence;
            if (current.length > 0 && measure.implicitHeight > room) {
                pages.push(current.trim());
                current = sentence;
            } else {
                current += sentence;
            }
        }
        pages.push(current.trim());
        root.caseSize = Theme.body;
        root.casePages = pages;
        root.casePage = Math.min(root.casePage, pages.length - 1);
    }

    Connections {
        target: root.view

        function onCaseTextChanged() { root.pageCaseLater(); }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 5
            color: Theme.surface
            radius: Theme.radius
            border.width: Theme.px(2)
            border.color: Theme.line

            Column {
                anchors.fill: parent
                anchors.margins: Theme.px(28)
                spacing: Theme.px(16)

                Text {
                    id: caseHeading

                    width: parent.width
                    text: qsTr("The case") + (root.casePages.length > 1
                                              ? "  " + (root.casePage + 1) + "/" + root.casePages.length : "")
                    color: Theme.ink
                    font.pixelSize: Theme.large
                    font.bold: true
                }
                // The case whole: large when it is short; else at the room's
                // body size, a page at a time, broken between sentences.
                Text {
                    id: caseText

                    objectName: "caseText"
                    width: parent.width
                    height: parent.height - caseHeading.height - parent.spacing
                    text: root.view.caseText.length > 0
                          ? root.casePages[Math.min(root.casePage, root.casePages.length - 1)]
                          : qsTr("No case yet. The person bringing the case, or the facilitator, writes it on a phone or tablet.")
                    color: root.view.caseText.length > 0 ? Theme.ink : Theme.inkMuted
                    font.pixelSize: root.caseSize
                    wrapMode: Text.Wrap
                    lineHeight: 1.08

                    onWidthChanged: root.pageCaseLater()
                    onHeightChanged: root.pageCaseLater()
                }
            }
            // Unseen: measures the case's sentences for its pages.
            Text {
                id: measure

                visible: false
                width: caseText.width
                wrapMode: Text.Wrap
                lineHeight: 1.08
            }
            Timer {
                interval: 20000
                repeat: true
                running: root.casePages.length > 1
                onTriggered: root.casePage = (root.casePage + 1) % root.casePages.length
            }
        }

        QuestionColumn {
            Layout.fillWidth: true
            Layout.fillHeight: true
            // As wide as the case: "Verhelderingsvragen" whole on one line,
            // and more questions to a page.
            Layout.preferredWidth: 5
            visible: root.showQuestions
            view: root.view
        }
    }
}
