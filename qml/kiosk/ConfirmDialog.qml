pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// Asks before something that cannot be undone (ending the meeting).
// Enter confirms, Esc cancels (handled by Main's keys).
Rectangle {
    id: root

    property string question
    property string detail
    property string confirmText: qsTr("Yes")

    signal accepted()
    signal rejected()

    color: "#D9000000"

    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, Theme.px(1000))
        height: column.implicitHeight + 2 * Theme.px(40)
        color: Theme.surface
        radius: Theme.radius
        border.width: Theme.px(3)
        border.color: Theme.overtime

        ColumnLayout {
            id: column

            anchors.fill: parent
            anchors.margins: Theme.px(40)
            spacing: Theme.px(20)

            Text {
                Layout.fillWidth: true
                text: root.question
                color: Theme.ink
                font.pixelSize: Theme.chromeTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: root.detail
                color: Theme.ink
                font.pixelSize: Theme.chromeBody
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap

                Item {
                    Layout.fillWidth: true
                }
                KioskButton {
                    objectName: "confirmReject"
                    kind: "primary"
                    text: qsTr("Cancel")
                    onClicked: root.rejected()
                }
                KioskButton {
                    objectName: "confirmAccept"
                    kind: "danger"
                    text: root.confirmText
                    onClicked: root.accepted()
                }
            }
        }
    }
}
