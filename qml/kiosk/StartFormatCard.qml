pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// One format on the start screen: its title, length and a short description;
// a format with a cycle says how long the series is and, once chosen, which
// meeting of it will start (−/+ or ←/→). The chosen one has a thick border,
// a check mark and the word "chosen": colour is never the only sign.
Rectangle {
    id: root

    property string title
    property string description
    property int minutes
    property int cycleSize
    property bool selected
    // Which meeting of the cycle starts (1 to cycleSize); the start screen owns it.
    property int cycleMeeting: 1
    // Shown for a format from a file: its file name.
    property string source

    // The chosen format's description: its first sentence, whole (never cut
    // off with "…"); the others only by title and length, so that the list,
    // a broken file's explanation and the buttons fit one 1280x720 screen.
    readonly property string shownDescription: {
        if (!root.selected)
            return "";
        const end = root.description.search(/[.!?](\s|$)/);
        return end < 0 ? root.description : root.description.slice(0, end + 1);
    }

    signal chosen()
    signal cycleStepped(int delta)

    implicitHeight: column.implicitHeight + 2 * Theme.px(14)
    radius: Theme.radius
    color: Theme.surface
    border.width: root.selected ? Theme.px(6) : Theme.px(2)
    border.color: root.selected ? Theme.navy : Theme.line

    TapHandler {
        onTapped: root.chosen()
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.px(14)
        anchors.leftMargin: Theme.px(24)
        anchors.rightMargin: Theme.px(20)
        spacing: Theme.px(6)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.px(16)

            Text {
                Layout.fillWidth: true
                text: (root.selected ? "\u2713 " : "") + root.title
                color: Theme.ink
                font.pixelSize: Theme.chromeLarge
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                visible: root.minutes > 0
                text: qsTr("%1 min").arg(root.minutes)
                color: Theme.inkMuted
                font.pixelSize: Theme.chromeSmall
                font.bold: true
            }
            Text {
                visible: root.selected
                text: qsTr("chosen")
                color: Theme.navy
                font.pixelSize: Theme.chromeSmall
                font.bold: true
            }
        }
        Text {
            Layout.fillWidth: true
            visible: root.source.length > 0
            text: qsTr("From the file %1").arg(root.source)
            color: Theme.inkMuted
            font.pixelSize: Theme.chromeSmall
            elide: Text.ElideMiddle
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            objectName: "formatDescription"
            text: root.shownDescription
            color: Theme.inkMuted
            font.pixelSize: Theme.chromeSmall
            // Whole, never cut off with "…".
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.cycleSize > 0
            spacing: Theme.px(16)

            Text {
                Layout.fillWidth: true
                text: qsTr("A series of %n meeting(s)", "", root.cycleSize)
                color: Theme.ink
                font.pixelSize: Theme.chromeBody
                font.bold: true
                elide: Text.ElideRight
            }
            KioskButton {
                objectName: "cycleDown"
                visible: root.selected
                kind: "primary"
                width: Math.max(implicitWidth, Theme.px(64))
                text: "\u2212"
                enabled: root.cycleMeeting > 1
                onClicked: root.cycleStepped(-1)
            }
            Text {
                objectName: "cycleMeeting"
                visible: root.selected
                text: qsTr("Meeting %1 of %2").arg(root.cycleMeeting).arg(root.cycleSize)
                color: Theme.navy
                font.pixelSize: Theme.chromeBody
                font.bold: true
            }
            KioskButton {
                objectName: "cycleUp"
                visible: root.selected
                kind: "primary"
                width: Math.max(implicitWidth, Theme.px(64))
                text: "+"
                enabled: root.cycleMeeting < root.cycleSize
                onClicked: root.cycleStepped(1)
            }
        }
    }
}
