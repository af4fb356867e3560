pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The start screen's past meetings, newest first, each with "Delete" (the
// start screen confirms before anything is deleted). More than fit scroll.
ColumnLayout {
    id: root

    // KioskController.pastMeetings: fileName, name, formatTitle, date, cycleMeeting, cycleSize.
    property var meetings: []

    // text: how the confirmation names the meeting ("name" of date).
    signal deleteRequested(string fileName, string text)

    spacing: Theme.px(14)

    Text {
        Layout.fillWidth: true
        text: qsTr("Past meetings")
        color: Theme.ink
        font.pixelSize: Theme.chromeLarge
        font.bold: true
    }
    Text {
        Layout.fillWidth: true
        text: root.meetings.length > 0
              ? qsTr("%n meeting(s) kept on this kiosk, until you delete them", "", root.meetings.length)
              : qsTr("None yet. A meeting is kept here once the next one starts.")
        color: Theme.inkMuted
        font.pixelSize: Theme.chromeSmall
        wrapMode: Text.Wrap
    }
    ListView {
        id: list

        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.px(12)
        boundsBehavior: Flickable.StopAtBounds
        model: root.meetings

        delegate: PastMeetingRow {
            id: row

            required property var modelData

            objectName: "past-" + modelData.fileName
            width: ListView.view.width
            name: modelData.name
            formatTitle: modelData.formatTitle
            date: modelData.date
            cycleMeeting: modelData.cycleMeeting
            cycleSize: modelData.cycleSize
            onDeleteRequested: {
                root.deleteRequested(row.modelData.fileName,
                                     qsTr("\u201C%1\u201D of %2").arg(row.name).arg(row.dayText(row.date)));
            }
        }
    }
}
