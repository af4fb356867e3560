pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// One past meeting on the start screen: its name, its format when that says
// more than the name, the day it was archived and, in a cycle, which meeting
// of it it was; "Delete" asks the start screen to confirm first.
Rectangle {
    id: root

    property string name
    property string formatTitle
    property string date // yyyy-MM-dd
    property int cycleMeeting
    property int cycleSize

    signal deleteRequested()

    // "2026-11-23" as "23 November 2026" in the wall's language.
    function dayText(iso: string): string {
        const parts = iso.split("-");
        if (parts.length !== 3)
            return iso;
        const day = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
        //: The locale whose month names the start screen uses for dates.
        return day.toLocaleDateString(Qt.locale(qsTr("en_GB")), "d MMMM yyyy");
    }

    implicitHeight: row.implicitHeight + 2 * Theme.px(14)
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.px(2)
    border.color: Theme.line

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.px(14)
        anchors.leftMargin: Theme.px(20)
        spacing: Theme.px(16)

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.px(2)

            Text {
                Layout.fillWidth: true
                text: root.name
                color: Theme.ink
                font.pixelSize: Theme.chromeBody
                font.bold: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                // The format (when the name does not say it) and the day; the cycle on a line of its own.
                text: [[root.formatTitle !== root.name ? root.formatTitle : "", root.dayText(root.date)]
                           .filter(part => part.length > 0).join(" \u00B7 "), // qmllint disable type
                       root.cycleSize > 0 ? qsTr("Meeting %1 of %2").arg(root.cycleMeeting).arg(root.cycleSize) : ""]
                      .filter(part => part.length > 0).join("\n")
                color: Theme.inkMuted
                font.pixelSize: Theme.chromeSmall
                wrapMode: Text.Wrap
            }
        }
        KioskButton {
            objectName: "deletePastMeeting"
            // Quiet: starting a meeting is what this screen is for; deleting asks first.
            kind: "quiet"
            slim: true
            text: qsTr("Delete")
            onClicked: root.deleteRequested()
        }
    }
}
