pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Flipover.Kiosk

// The case (casus) on the left and the queue of clarifying questions on the
// right. The queue keeps the first open question in view; answered ones
// above it stay marked as answered.
Item {
    id: root

    required property SessionView view

    readonly property int answeredCount: answeredQuestions.count
    readonly property bool showQuestions: root.view.phaseActivities.indexOf("questions") >= 0 || questions.count > 0 // qmllint disable type

    function firstOpen(): int {
        for (let i = 0; i < questions.count; ++i) {
            if (!root.view.questions.get(i).answered)
                return i;
        }
        return questions.count - 1;
    }

    // Once, after the changes that are coming in with this one.
    function showFirstOpenLater() {
        Qt.callLater(root.showFirstOpen); // qmllint disable type
    }
    function showFirstOpen() {
        questions.positionViewAtIndex(root.firstOpen(), ListView.Beginning);
    }

    RowFilterModel {
        id: answeredQuestions

        sourceModel: root.view.questions
        roleName: "answered"
        value: true
        onCountChanged: root.showFirstOpenLater()
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            color: Theme.surface
            radius: Theme.radius
            border.width: Theme.px(2)
            border.color: Theme.line

            Column {
                anchors.fill: parent
                anchors.margins: Theme.px(28)
                spacing: Theme.px(16)

                Text {
                    width: parent.width
                    text: qsTr("The case")
                    color: Theme.ink
                    font.pixelSize: Theme.large
                    font.bold: true
                }
                Text {
                    objectName: "caseText"
                    width: parent.width
                    height: parent.height - y
                    text: root.view.caseText.length > 0
                          ? root.view.caseText
                          : qsTr("No case yet. The person bringing the case, or the facilitator, writes it on a tablet.")
                    color: root.view.caseText.length > 0 ? Theme.ink : Theme.inkMuted
                    // Large when the case is short, smaller (not below the room's scale) when long.
                    font.pixelSize: Theme.card
                    fontSizeMode: Text.VerticalFit
                    minimumPixelSize: Theme.small
                    wrapMode: Text.Wrap
                    elide: Text.ElideRight
                    lineHeight: 1.12
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            visible: root.showQuestions
            spacing: Theme.px(14)

            Text {
                Layout.fillWidth: true
                text: qsTr("Clarifying questions")
                color: Theme.ink
                font.pixelSize: Theme.large
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: questions.count === 0
                      ? qsTr("No questions yet. Ask yours on your tablet.")
                      : qsTr("%n question(s)", "", questions.count) + " \u00B7 "
                        + qsTr("%n answered", "", root.answeredCount)
                color: Theme.inkMuted
                font.pixelSize: Theme.small
                font.bold: true
                wrapMode: Text.Wrap
            }
            ListView {
                id: questions

                Layout.fillWidth: true
                Layout.fillHeight: true
                model: root.view.questions
                spacing: Theme.px(12)
                clip: true
                interactive: false
                delegate: QuestionDelegate {
                    width: ListView.view.width
                }
                onCountChanged: root.showFirstOpenLater()
                onHeightChanged: root.showFirstOpenLater()

                // More questions above or below: fade out rather than end on a cut line.
                Rectangle {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    height: Theme.px(70)
                    visible: !questions.atYBeginning
                    gradient: Gradient {
                        GradientStop { position: 0.0; color: Theme.paper }
                        GradientStop { position: 1.0; color: "#00F4F1EA" }
                    }
                }
                Rectangle {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    height: Theme.px(70)
                    visible: !questions.atYEnd
                    gradient: Gradient {
                        GradientStop { position: 0.0; color: "#00F4F1EA" }
                        GradientStop { position: 1.0; color: Theme.paper }
                    }
                }
            }
        }
    }
}
