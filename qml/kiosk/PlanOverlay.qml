pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Flipover.Kiosk

// The plan, for the facilitator: every phase with its minutes. The current
// and later phases get a minute more or less, and a new phase can follow any
// of them (a talking phase: a title and minutes). Phases that are over stay
// as they ran. Each change is one command; a refusal shows as a toast. Opens
// with P or the control bar; P or Esc closes it.
Rectangle {
    id: root

    required property KioskController controller
    required property SessionView view
    // The phase a new one is being added after; -1: the form is closed.
    property int addAfter: -1
    property int newMinutes: 10

    readonly property int firstChangeable: Math.max(0, root.view.phaseIndex)
    readonly property bool changeable: root.view.phaseStatus !== "ended"

    // The plan as the room last saw it, to tell the room what changed.
    property var planSeen: []

    signal closeRequested()
    // A short notice for the room when the plan changed during the meeting
    // (a phase added, made shorter or longer, skipped or removed); Main shows it.
    signal planChanged(string notice)

    // The phase in that row, as a JS object ({title, minutes, status}).
    function phaseAt(row: int): var {
        return root.view.phases.get(row);
    }
    function comparePlan() {
        const now = [];
        for (let i = 0; i < root.view.phases.count; ++i) {
            const phase = root.phaseAt(i);
            now.push({ title: phase.title, minutes: phase.minutes, status: phase.status });
        }
        const before = root.planSeen;
        root.planSeen = now;
        const inMeeting = root.view.phaseStatus === "running" || root.view.phaseStatus === "paused";
        if (!inMeeting || before.length === 0)
            return;
        let change = "";
        if (now.length > before.length) {
            let at = 0;
            while (at < before.length && now[at].title === before[at].title)
                ++at;
            change = qsTr("\u201C%1\u201D is added (%2 min)").arg(now[at].title).arg(now[at].minutes);
        } else if (now.length < before.length) {
            change = qsTr("a phase is removed");
        } else {
            for (let i = 0; i < now.length && change.length === 0; ++i) {
                if (now[i].status === "skipped" && before[i].status !== "skipped")
                    change = qsTr("\u201C%1\u201D is skipped").arg(now[i].title);
                else if (now[i].minutes < before[i].minutes)
                    change = qsTr("\u201C%1\u201D is shortened to %2 min").arg(now[i].title).arg(now[i].minutes);
                else if (now[i].minutes > before[i].minutes)
                    change = qsTr("\u201C%1\u201D is extended to %2 min").arg(now[i].title).arg(now[i].minutes);
            }
        }
        if (change.length > 0)
            root.planChanged(qsTr("The plan has changed: %1.").arg(change));
    }

    function openForm(after: int) {
        root.addAfter = after;
        root.newMinutes = 10;
        titleField.text = "";
        titleField.forceActiveFocus();
    }
    function add() {
        if (root.controller.addPhase(root.addAfter, titleField.text.trim(), root.newMinutes))
            root.addAfter = -1;
    }

    color: "#D9000000"
    onVisibleChanged: root.addAfter = -1
    Component.onCompleted: root.comparePlan()

    Connections {
        target: root.view.phases

        function onRowsInserted() { root.comparePlan(); }
        function onRowsRemoved() { root.comparePlan(); }
        function onDataChanged() { root.comparePlan(); }
        function onModelReset() { root.comparePlan(); }
    }

    MouseArea {
        anchors.fill: parent
        onClicked: root.closeRequested()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, Theme.px(1600))
        height: Math.min(parent.height - 2 * Theme.gap, column.implicitHeight + 2 * Theme.px(32))
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
            anchors.margins: Theme.px(32)
            spacing: Theme.px(10)

            Text {
                Layout.fillWidth: true
                text: qsTr("The plan")
                color: Theme.ink
                font.pixelSize: Theme.chromeTitle
                font.bold: true
            }
            ListView {
                id: list

                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: contentHeight
                clip: true
                spacing: Theme.px(6)
                interactive: contentHeight > height
                model: root.view.phases

                delegate: RowLayout {
                    id: row

                    required property int index
                    required property string title
                    required property int minutes
                    required property string status

                    readonly property bool open: root.changeable && row.index >= root.firstChangeable
                    readonly property bool current: row.index === root.view.phaseIndex

                    width: list.width
                    spacing: Theme.px(10)

                    Text {
                        Layout.fillWidth: true
                        text: (row.index + 1) + ". " + row.title
                        color: row.open ? Theme.ink : Theme.inkMuted
                        font.pixelSize: Theme.chromeBody
                        font.bold: row.current
                        elide: Text.ElideRight
                    }
                    Text {
                        text: row.current ? qsTr("now")
                            : row.status === "done" ? "\u2713 " + qsTr("done")
                            : row.status === "skipped" ? qsTr("skipped") : ""
                        color: row.status === "done" ? Theme.done : Theme.navy
                        font.pixelSize: Theme.chromeSmall
                        font.bold: true
                    }
                    KioskButton {
                        kind: "primary"
                        Layout.preferredWidth: Math.max(implicitWidth, Theme.px(64))
                        text: "\u2212"
                        enabled: row.open && row.minutes > 1
                        onClicked: root.controller.setPhaseMinutes(row.index, row.minutes - 1)
                    }
                    Text {
                        Layout.minimumWidth: implicitWidth
                        Layout.preferredWidth: Math.max(implicitWidth, Theme.px(150))
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("%1 min").arg(row.minutes)
                        color: Theme.ink
                        font.pixelSize: Theme.chromeBody
                        font.bold: true
                    }
                    KioskButton {
                        kind: "primary"
                        Layout.preferredWidth: Math.max(implicitWidth, Theme.px(64))
                        text: "+"
                        enabled: row.open && row.minutes < 240
                        onClicked: root.controller.setPhaseMinutes(row.index, row.minutes + 1)
                    }
                    KioskButton {
                        kind: "primary"
                        text: qsTr("Add a phase after this one")
                        enabled: row.open
                        onClicked: root.openForm(row.index)
                    }
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.px(2)
                color: Theme.line
                visible: root.addAfter >= 0
            }
            Text {
                Layout.fillWidth: true
                visible: root.addAfter >= 0
                text: qsTr("New phase after phase %1: a title and its minutes").arg(root.addAfter + 1)
                color: Theme.ink
                font.pixelSize: Theme.chromeBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.addAfter >= 0
                spacing: Theme.px(10)

                TextField {
                    id: titleField

                    objectName: "planTitleEdit"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Title of the new phase")
                    maximumLength: 120
                    font.pixelSize: Theme.chromeBody
                    color: Theme.ink
                    background: Rectangle {
                        implicitHeight: Theme.px(64)
                        color: Theme.paper
                        border.width: titleField.activeFocus ? Theme.px(4) : Theme.px(2)
                        border.color: Theme.navy
                        radius: Theme.px(8)
                    }
                    onAccepted: root.add()
                }
                KioskButton {
                    kind: "primary"
                    Layout.preferredWidth: Math.max(implicitWidth, Theme.px(64))
                    text: "\u2212"
                    enabled: root.newMinutes > 1
                    onClicked: root.newMinutes -= 1
                }
                Text {
                    Layout.minimumWidth: implicitWidth
                    Layout.preferredWidth: Math.max(implicitWidth, Theme.px(150))
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("%1 min").arg(root.newMinutes)
                    color: Theme.ink
                    font.pixelSize: Theme.chromeBody
                    font.bold: true
                }
                KioskButton {
                    kind: "primary"
                    Layout.preferredWidth: Math.max(implicitWidth, Theme.px(64))
                    text: "+"
                    enabled: root.newMinutes < 240
                    onClicked: root.newMinutes += 1
                }
                KioskButton {
                    kind: "primary"
                    text: qsTr("Cancel")
                    onClicked: root.addAfter = -1
                }
                KioskButton {
                    kind: "primary"
                    text: qsTr("Add")
                    enabled: titleField.text.trim().length > 0
                    onClicked: root.add()
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Phases that are over stay as they ran.")
                color: Theme.inkMuted
                font.pixelSize: Theme.chromeSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
