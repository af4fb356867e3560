pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Dialogs
import QtQuick.Layouts
import Flipover.Kiosk

// "New meeting": the facilitator picks a built-in format (and, for a cycle,
// which meeting of it) or opens a format file, and starts; or deletes a past
// meeting. A file is checked before anything happens (the controller's dry
// run), so a broken one only shows its errors. Starting while a meeting runs
// and deleting both ask first. Main shows it (Ctrl+N, the control bar, the
// end summary) and hands it the keys while it is open: ↑/↓ choose, ←/→ the
// meeting of a cycle, Ctrl+O opens a file, Enter starts, Esc goes back
// (listed on the help overlay, never on the screen itself).
Rectangle {
    id: root

    required property KioskController controller
    // The current meeting has started and not ended: starting another asks first.
    property bool meetingInProgress
    // What can be started: checkFormat() results of the built-in formats and
    // of the file opened last.
    property var formats: []
    property int selectedIndex: -1
    property int cycleMeeting: 1
    // Shown in the error panel: a checkFormat() result with ok false, or {title, message}.
    property var problem: null
    property bool confirmingStart
    // The past meeting whose deletion waits for confirmation ("": none).
    property string pendingDelete
    property string pendingDeleteText

    readonly property var selected: root.selectedIndex >= 0 ? root.formats[root.selectedIndex] : null

    signal closeRequested()
    signal meetingStarted(string title)
    // The file dialog is closed: the wall's keys should come back to Main.
    signal keysReturned()

    // Fresh each time it opens: the built-in formats with the cycle's next
    // meeting as it is now, the current meeting's format chosen.
    function reset() {
        const builtIn = root.controller.builtInFormats.map(f => root.controller.checkFormat(f.id)); // qmllint disable type
        root.formats = builtIn.filter(f => f.ok);
        root.problem = null;
        root.confirmingStart = false;
        root.pendingDelete = "";
        const current = root.formats.findIndex(f => f.title === root.controller.view.formatTitle);
        root.choose(Math.max(0, current));
    }
    function choose(index: int) {
        if (index < 0 || index >= root.formats.length)
            return;
        root.selectedIndex = index;
        root.cycleMeeting = Math.max(1, root.formats[index].nextCycleMeeting);
    }
    function stepCycle(delta: int) {
        if (root.selected && root.selected.cycleSize > 0)
            root.cycleMeeting = Math.min(root.selected.cycleSize, Math.max(1, root.cycleMeeting + delta));
    }
    // A file from the dialog: offered and chosen when it loads, else its errors.
    function openFile(fileUrl: url) {
        const checked = root.controller.checkFormat(String(fileUrl));
        if (!checked.ok) { // qmllint disable type
            root.problem = checked;
            return;
        }
        root.problem = null;
        root.formats = root.formats.filter(f => f.file.length === 0).concat([checked]);
        root.choose(root.formats.length - 1);
    }
    function start() {
        if (!root.selected)
            return;
        if (root.meetingInProgress)
            root.confirmingStart = true;
        else
            root.startNow();
    }
    function startNow() {
        root.confirmingStart = false;
        const format = root.selected;
        if (root.controller.newMeeting(format.format, format.cycleSize > 0 ? root.cycleMeeting : 0)) {
            root.meetingStarted(format.title);
            root.closeRequested();
            return;
        }
        // A file changed since it was opened shows the loader's field and line again.
        const checked = root.controller.lastErrorCode === "bad_format" ? root.controller.checkFormat(format.format) : null;
        root.problem = checked && !checked.ok ? checked : { message: root.controller.lastErrorMessage };
    }
    function askDelete(fileName: string, text: string) {
        root.pendingDeleteText = text;
        root.pendingDelete = fileName;
    }
    function confirmDelete() {
        const fileName = root.pendingDelete;
        root.pendingDelete = "";
        if (!root.controller.deletePastMeeting(fileName))
            root.problem = { title: qsTr("The past meeting could not be deleted"), message: root.controller.lastErrorMessage };
    }
    // Every key while the screen is open; none reaches the wall behind it.
    function handleKey(event: KeyEvent) {
        event.accepted = true;
        const enter = event.key === Qt.Key_Return || event.key === Qt.Key_Enter;
        if (root.pendingDelete.length > 0) {
            if (event.key === Qt.Key_Escape)
                root.pendingDelete = "";
            else if (enter)
                root.confirmDelete();
            return;
        }
        if (root.confirmingStart) {
            if (event.key === Qt.Key_Escape)
                root.confirmingStart = false;
            else if (enter)
                root.startNow();
            return;
        }
        if (event.key === Qt.Key_O && (event.modifiers & Qt.ControlModifier)) {
            fileDialog.open();
            return;
        }
        switch (event.key) {
        case Qt.Key_Escape: root.closeRequested(); break;
        case Qt.Key_Up: root.choose(root.selectedIndex - 1); break;
        case Qt.Key_Down: root.choose(root.selectedIndex + 1); break;
        case Qt.Key_Left:
        case Qt.Key_Minus: root.stepCycle(-1); break;
        case Qt.Key_Right:
        case Qt.Key_Plus:
        case Qt.Key_Equal: root.stepCycle(1); break;
        case Qt.Key_Return:
        case Qt.Key_Enter: root.start(); break;
        default: break;
        }
    }

    color: Theme.paper
    onVisibleChanged: {
        if (root.visible)
            root.reset();
    }

    MouseArea {
        anchors.fill: parent // nothing behind the screen takes a click
    }

    FileDialog {
        id: fileDialog

        objectName: "formatFileDialog"
        title: qsTr("Open a format file")
        nameFilters: [qsTr("Flipover formats (*.json)")]
        onAccepted: {
            root.openFile(fileDialog.selectedFile);
            root.keysReturned();
        }
        onRejected: root.keysReturned()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.px(12)

        Text {
            Layout.fillWidth: true
            text: qsTr("New meeting")
            color: Theme.ink
            font.pixelSize: Theme.chromeTitle
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Choose a format and start. The current meeting is archived, not lost.")
            color: Theme.inkMuted
            font.pixelSize: Theme.chromeSmall
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap * 2

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                spacing: Theme.px(14)

                Repeater {
                    model: root.formats

                    delegate: StartFormatCard {
                        required property var modelData
                        required property int index

                        objectName: "format-" + (modelData.file.length > 0 ? "file" : modelData.format)
                        Layout.fillWidth: true
                        title: modelData.title
                        description: modelData.description
                        minutes: modelData.minutes
                        cycleSize: modelData.cycleSize
                        source: modelData.file
                        selected: index === root.selectedIndex
                        cycleMeeting: root.cycleMeeting
                        onChosen: root.choose(index)
                        onCycleStepped: function(delta) { root.stepCycle(delta); }
                    }
                }
                FormatErrorPanel {
                    objectName: "formatError"
                    Layout.fillWidth: true
                    visible: root.problem !== null
                    problem: root.problem || ({})
                }
                Item {
                    Layout.fillHeight: true
                }
            }

            StartPastMeetings {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                meetings: root.controller.pastMeetings
                onDeleteRequested: function(fileName, text) { root.askDelete(fileName, text); }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            KioskButton {
                objectName: "openFormatFile"
                kind: "primary"
                text: qsTr("Open file…")
                onClicked: fileDialog.open()
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Or a format of your own, from a file (.json).")
                color: Theme.inkMuted
                font.pixelSize: Theme.chromeSmall
                wrapMode: Text.Wrap
            }
            KioskButton {
                objectName: "cancelStart"
                kind: "primary"
                text: qsTr("Cancel")
                onClicked: root.closeRequested()
            }
            KioskButton {
                objectName: "startNewMeeting"
                kind: "primary"
                text: qsTr("Start") + " \u25B6"
                enabled: root.selected !== null
                onClicked: root.start()
            }
        }
    }

    ConfirmDialog {
        objectName: "confirmStart"
        anchors.fill: parent
        visible: root.confirmingStart
        question: qsTr("Start a new meeting?")
        detail: qsTr("The current meeting ends now and is archived, not lost: it stays on this kiosk under past meetings. Tablets join the new meeting by themselves, with the same PIN.")
        confirmText: qsTr("Start new meeting")
        onAccepted: root.startNow()
        onRejected: root.confirmingStart = false
    }
    ConfirmDialog {
        objectName: "confirmDelete"
        anchors.fill: parent
        visible: root.pendingDelete.length > 0
        question: qsTr("Delete this past meeting?")
        detail: qsTr("%1 is deleted from this kiosk for good. This cannot be undone.").arg(root.pendingDeleteText)
        confirmText: qsTr("Delete for good")
        onAccepted: root.confirmDelete()
        onRejected: root.pendingDelete = ""
    }
}
