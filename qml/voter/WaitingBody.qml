pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// Before the start: what to expect, the ground rules, and how the meeting
// runs, so a first-time participant knows what is coming.
GridLayout {
    id: root

    required property SessionView view

    columns: root.width >= 960 ? 2 : 1
    columnSpacing: Theme.gap
    rowSpacing: Theme.gap

    ColumnLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        spacing: Theme.gap

        Panel {
            Layout.fillWidth: true
            visible: root.view.cycleSize > 0
            title: qsTr("Meeting %1 of %2").arg(root.view.cycleMeeting).arg(root.view.cycleSize)
            hint: root.view.cycleTitle

            Label {
                Layout.fillWidth: true
                visible: root.view.cycleAccent !== ""
                textFormat: Text.StyledText
                text: "<b>" + qsTr("Focus:") + "</b> " + root.view.cycleAccent.replace(/&/g, "&amp;")
                      .replace(/</g, "&lt;").replace(/>/g, "&gt;")
                font.pixelSize: Theme.fontBody
                color: Theme.ink
                wrapMode: Text.Wrap
            }
        }
        Panel {
            Layout.fillWidth: true
            title: qsTr("How this works")
            hint: qsTr("The facilitator starts the meeting on the wall. This tablet then shows by itself what you can do in each phase.")

            Label {
                Layout.fillWidth: true
                text: qsTr("You take part without your name. Each field says who will see what you write: only you, only the facilitator, or everyone on the wall.")
                font.pixelSize: Theme.fontBody
                color: Theme.ink
                wrapMode: Text.Wrap
            }
        }
        Panel {
            Layout.fillWidth: true
            visible: root.view.agreement !== ""
            title: qsTr("Working agreements")

            Label {
                Layout.fillWidth: true
                text: root.view.agreement
                font.pixelSize: Theme.fontBody
                color: Theme.ink
                wrapMode: Text.Wrap
            }
        }
        Panel {
            Layout.fillWidth: true
            visible: root.view.phases.count > 0
            title: qsTr("The meeting, phase by phase")

            Repeater {
                model: root.view.phases

                delegate: RowLayout {
                    id: phaseRow

                    required property string title
                    required property int minutes

                    Layout.fillWidth: true
                    spacing: 12

                    Label {
                        Layout.fillWidth: true
                        text: phaseRow.title
                        font.pixelSize: Theme.fontBody
                        color: Theme.ink
                        wrapMode: Text.Wrap
                    }
                    Label {
                        text: qsTr("%n min", "", phaseRow.minutes)
                        font.pixelSize: Theme.fontBody
                        color: Theme.muted
                    }
                }
            }
        }
    }

    Panel {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        visible: root.view.groundRules.length > 0
        title: root.view.groundRulesTitle !== "" ? root.view.groundRulesTitle : qsTr("Ground rules")

        Repeater {
            model: root.view.groundRules

            delegate: ColumnLayout {
                id: rule

                required property var modelData

                Layout.fillWidth: true
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: rule.modelData.title
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.ink
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: rule.modelData.text
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
