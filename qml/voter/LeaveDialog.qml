pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Asks before leaving (or, when passing: before handing the tablet on), and
// says plainly what that wipes.
Dialog {
    id: root

    property bool passing: false

    signal confirmed

    anchors.centerIn: Overlay.overlay
    width: Math.min(680, (parent ? parent.width : 680) - 48)
    modal: true
    padding: 32
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.line
    }

    contentItem: ColumnLayout {
        spacing: 20

        Label {
            Layout.fillWidth: true
            text: root.passing ? qsTr("Done? Pass the tablet on?") : qsTr("Leave the meeting on this tablet?")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.ink
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: root.passing ? qsTr("This tablet then forgets everything you did here: what you typed but did not send, and your first thoughts. The next person starts afresh and sees nothing of yours.")
                               : qsTr("This tablet then forgets everything about this meeting: what you typed but did not send, and your first thoughts. Your first thoughts are also removed from the wall's computer.")
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("What you already shared stays on the wall, without your name. Your vote still counts, but you can no longer change it.")
            font.pixelSize: Theme.fontBody
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            Layout.topMargin: 8
            spacing: Theme.gap
            layoutDirection: Qt.RightToLeft

            AppButton {
                objectName: "confirmLeave"
                text: root.passing ? qsTr("Yes, pass it on") : qsTr("Yes, leave and wipe")
                primary: true
                danger: true
                onClicked: root.confirmed()
            }
            AppButton {
                text: qsTr("Stay")
                onClicked: root.close()
            }
        }
    }
}
