pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One of my first thoughts, with a button to take it back.
Rectangle {
    id: root

    required property var model // for the "id" role, which cannot be a property name
    required property string text

    signal removeRequested(int thoughtId)

    implicitHeight: Math.max(Theme.touch, label.implicitHeight + 16)
    radius: 8
    color: Theme.surfaceMuted
    border.color: Theme.line

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 14
        anchors.rightMargin: 4
        spacing: 8

        Label {
            id: label

            Layout.fillWidth: true
            text: root.text
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.Wrap
        }
        AppButton {
            implicitHeight: Theme.touch - 8
            leftPadding: 16
            rightPadding: 16
            text: qsTr("Remove")
            font.pixelSize: Theme.fontSmall
            onClicked: root.removeRequested(root.model.id)
        }
    }
}
