pragma ComponentBehavior: Bound
import QtQuick

// A band across the wall, below the header, when the room cannot go on as
// before: the kiosk's disk failed (nothing is saved any more), or the meeting
// met one of its caps (docs/protocol.md, "Caps of a meeting"). The disk's
// notice stays until a save works again; a cap's until the facilitator taps
// it away. `code` is KioskController::roomAlert.
Rectangle {
    id: root

    property string code

    signal dismissed()

    function textFor(code: string): string {
        switch (code) {
        case "storage_failed": return qsTr("The disk is full: nothing is saved any more");
        case "meeting_full": return qsTr("The meeting is full: nobody else can join");
        default: return qsTr("The meeting is full: nothing more can be added");
        }
    }

    objectName: "roomAlert"
    visible: root.code.length > 0
    height: alertText.implicitHeight + 2 * Theme.px(16)
    color: Theme.warning
    border.width: Theme.px(3)
    border.color: Theme.ink

    Text {
        id: alertText

        objectName: "roomAlertText"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        text: "\u26A0 " + root.textFor(root.code)
              + (root.code === "storage_failed" ? "" : "  " + qsTr("(tap to close)"))
        color: Theme.ink
        font.pixelSize: Theme.body
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }

    TapHandler {
        enabled: root.code !== "storage_failed"
        onTapped: root.dismissed()
    }
}
