pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One card in the vote: my dots on it with − and +, or (single choice) a
// tile to choose. With tallies revealed, the room's total for the card.
Rectangle {
    id: root

    required property var model // for the "id" role
    required property string text
    required property string direction
    required property int position
    required property int tally
    property bool single: false
    property int dots: 0
    property bool canAdd: false
    property bool editable: true
    property bool showTally: false

    signal dotsRequested(int cardId, int dots)

    visible: root.position >= 0
    implicitHeight: visible ? Math.max(Theme.touch + 16, row.implicitHeight + 20) : 0
    radius: 8
    color: root.dots > 0 ? Theme.accentSoft : Theme.surfaceMuted
    border.color: root.dots > 0 ? Theme.accent : Theme.line
    border.width: root.dots > 0 ? 2 : 1

    RowLayout {
        id: row

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 14
        anchors.rightMargin: 10
        spacing: 10

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                visible: root.direction !== ""
                text: root.direction
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.accent
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: root.text
                font.pixelSize: Theme.fontBody
                color: Theme.ink
                wrapMode: Text.Wrap
            }
            Label {
                visible: root.showTally && root.tally >= 0
                text: root.single ? qsTr("Chosen by %n", "", root.tally) : qsTr("Room total: %n dot(s)", "", root.tally)
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.muted
            }
        }
        Row {
            visible: !root.single
            spacing: 4

            Repeater {
                model: root.dots

                delegate: Rectangle {
                    width: 20
                    height: 20
                    radius: 10
                    color: Theme.accent
                }
            }
        }
        AppButton {
            visible: !root.single && root.editable
            implicitWidth: Theme.touch
            leftPadding: 0
            rightPadding: 0
            text: "−"
            font.pixelSize: Theme.fontLarge
            enabled: root.editable && root.dots > 0
            Accessible.name: qsTr("Take a dot off this card")
            onClicked: root.dotsRequested(root.model.id, root.dots - 1)
        }
        AppButton {
            visible: !root.single && root.editable
            implicitWidth: Theme.touch
            leftPadding: 0
            rightPadding: 0
            text: "+"
            primary: true
            font.pixelSize: Theme.fontLarge
            enabled: root.editable && root.canAdd
            Accessible.name: qsTr("Put a dot on this card")
            onClicked: root.dotsRequested(root.model.id, root.dots + 1)
        }
        Label {
            visible: root.single && !root.editable && root.dots > 0
            text: qsTr("✓ My choice")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.accent
        }
        AppButton {
            visible: root.single && root.editable
            text: root.dots > 0 ? qsTr("✓ My choice") : qsTr("Choose")
            primary: root.dots > 0
            enabled: root.editable
            onClicked: root.dotsRequested(root.model.id, 1)
        }
    }
}
