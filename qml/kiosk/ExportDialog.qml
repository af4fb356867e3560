pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Flipover.Kiosk

// The outcome to files, for the facilitator: the folder (the last one used,
// or Documents/Flipover/<date> <session>; another one through the system's
// folder dialog), whether the case text goes along, and Export. The
// controller writes Markdown, CSV and PDF without anything private; Main
// shows where in a toast, and a failure as a toast with the reason.
// Ctrl+E or the control bar opens it; Esc closes it.
Rectangle {
    id: root

    required property KioskController controller
    property string folder

    signal closeRequested()

    function exportNow() {
        if (root.controller.exportOutcome(root.folder, includeCase.checked))
            root.closeRequested();
    }
    function localPath(url: url): string {
        const text = String(url);
        return text.startsWith("file://") ? decodeURIComponent(text.substring(7)) : text;
    }

    color: "#D9000000"
    onVisibleChanged: {
        if (root.visible) {
            root.folder = root.controller.exportFolder;
            includeCase.checked = false;
        }
    }

    MouseArea {
        anchors.fill: parent
        onClicked: root.closeRequested()
    }

    FolderDialog {
        id: folderDialog

        title: qsTr("Where should the outcome go?")
        currentFolder: "file://" + root.folder
        onAccepted: root.folder = root.localPath(folderDialog.selectedFolder)
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, Theme.px(1400))
        height: Math.min(parent.height - 2 * Theme.gap, column.implicitHeight + 2 * Theme.px(40))
        color: Theme.surface
        radius: Theme.radius
        border.width: Theme.px(3)
        border.color: Theme.navy

        MouseArea {
            anchors.fill: parent // a click on the panel keeps it open
        }

        ColumnLayout {
            id: column

            anchors.fill: parent
            anchors.margins: Theme.px(40)
            spacing: Theme.px(16)

            Text {
                Layout.fillWidth: true
                text: qsTr("Export the outcome")
                color: Theme.ink
                font.pixelSize: Theme.chromeTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Markdown, CSV and PDF of the considerations, tallies, approach, insights and tips. Never who wrote what, first thoughts or ballots.")
                color: Theme.inkMuted
                font.pixelSize: Theme.chromeSmall
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Folder")
                color: Theme.ink
                font.pixelSize: Theme.chromeBody
                font.bold: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.px(16)

                Text {
                    objectName: "exportFolder"
                    Layout.fillWidth: true
                    text: root.folder
                    color: Theme.ink
                    font.pixelSize: Theme.chromeBody
                    elide: Text.ElideMiddle
                }
                KioskButton {
                    kind: "primary"
                    text: qsTr("Choose folder…")
                    onClicked: folderDialog.open()
                }
            }
            CheckBox {
                id: includeCase

                Layout.fillWidth: true
                text: qsTr("Include the case text")
                font.pixelSize: Theme.chromeBody
                focusPolicy: Qt.NoFocus
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap

                Item {
                    Layout.fillWidth: true
                }
                KioskButton {
                    kind: "primary"
                    text: qsTr("Cancel")
                    onClicked: root.closeRequested()
                }
                KioskButton {
                    kind: "primary"
                    text: qsTr("Export")
                    enabled: root.folder.length > 0
                    onClicked: root.exportNow()
                }
            }
        }
    }
}
