pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import "Helpers.js" as Helpers

// Before the start: in a cycle, which meeting this is and its accent; the
// way to last time's outcome when there is one; the format's ground rules
// (spelregels) and agreement.
Item {
    id: root

    property string title
    property var rules: []      // [{title, text}] as SessionView.groundRules gives them
    property string agreement
    // SessionView's cycle: meeting 0 and size 0 without one.
    property int cycleMeeting: 0
    property int cycleSize: 0
    property string cycleTitle
    property string cycleAccent
    // KioskController.previousOutcome: an empty map when there is none.
    property var previous: ({})

    readonly property bool hasPrevious: root.previous.fileName !== undefined
    readonly property string previousText: {
        if (!root.hasPrevious)
            return "";
        const p = root.previous;
        const date = Qt.formatDate(Date.fromLocaleString(Qt.locale("C"), p.date, "yyyy-MM-dd"), "d-M-yyyy");
        const which = p.cycleMeeting > 0 ? qsTr("meeting %1 of %2").arg(p.cycleMeeting).arg(p.cycleSize)
                                         : p.name;
        const insights = p.enriched.length + p.takeaway.length;
        return qsTr("Last time (%1, %2):").arg(which).arg(date) + " "
                + qsTr("%n card(s)", "", p.cards.length) + ", "
                + qsTr("%n shared insight(s)", "", insights);
    }

    signal previousRequested()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.px(18)

        Rectangle {
            objectName: "cycle"
            Layout.fillWidth: true
            Layout.preferredHeight: cycleColumn.implicitHeight + 2 * Theme.px(24)
            visible: root.cycleSize > 0
            radius: Theme.radius
            color: Theme.navyLight
            border.width: Theme.px(3)
            border.color: Theme.navy

            ColumnLayout {
                id: cycleColumn

                anchors.fill: parent
                anchors.margins: Theme.px(24)
                spacing: Theme.px(8)

                Text {
                    Layout.fillWidth: true
                    text: qsTr("Meeting %1 of %2").arg(root.cycleMeeting).arg(root.cycleSize)
                    color: Theme.navy
                    font.pixelSize: Theme.title
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: root.cycleTitle.length > 0
                    text: root.cycleTitle
                    color: Theme.ink
                    font.pixelSize: Theme.body
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: root.cycleAccent.length > 0
                    text: "<b>" + qsTr("Focus:") + "</b> " + Helpers.escapeHtml(root.cycleAccent)
                    textFormat: Text.StyledText
                    color: Theme.ink
                    font.pixelSize: Theme.large
                    wrapMode: Text.Wrap
                    lineHeight: 1.08
                }
            }
        }

        // Under the cycle's box: what last time brought and the way to it.
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.hasPrevious && root.cycleSize > 0
            spacing: Theme.px(10)

            Text {
                Layout.fillWidth: true
                text: root.previousText
                color: Theme.ink
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
            }
            KioskButton {
                kind: "primary"
                text: qsTr("Previous meeting")
                onClicked: root.previousRequested()
            }
        }

        // Without a cycle the rules take the room; the way to last time's
        // outcome sits beside their title.
        RowLayout {
            Layout.fillWidth: true
            visible: root.rules.length > 0 || root.cycleSize === 0
            spacing: Theme.px(20)

            Text {
                Layout.fillWidth: true
                text: root.title.length > 0 ? root.title : qsTr("Ground rules")
                color: Theme.ink
                font.pixelSize: Theme.title
                font.bold: true
                wrapMode: Text.Wrap
            }
            KioskButton {
                visible: root.hasPrevious && root.cycleSize === 0
                kind: "primary"
                text: qsTr("Previous meeting")
                onClicked: root.previousRequested()
            }
        }

        Repeater {
            model: root.rules

            delegate: RowLayout {
                id: rule

                required property var modelData
                required property int index

                Layout.fillWidth: true
                spacing: Theme.px(16)

                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: Theme.px(52)
                    Layout.preferredHeight: Theme.px(52)
                    radius: width / 2
                    color: Theme.navy

                    Text {
                        anchors.centerIn: parent
                        text: rule.index + 1
                        color: Theme.inkOnNavy
                        font.pixelSize: Theme.small
                        font.bold: true
                    }
                }
                Text {
                    Layout.fillWidth: true
                    // "Title: text" as in the format's source, the title in bold.
                    text: "<b>" + Helpers.escapeHtml(rule.modelData.title) + ":</b> "
                          + Helpers.escapeHtml(rule.modelData.text)
                    textFormat: Text.StyledText
                    color: Theme.ink
                    font.pixelSize: Theme.small
                    wrapMode: Text.Wrap
                    lineHeight: 1.08
                }
            }
        }

        Text {
            Layout.fillWidth: true
            visible: root.agreement.length > 0
            text: root.agreement
            color: Theme.inkMuted
            font.pixelSize: Theme.body
            font.italic: true
            wrapMode: Text.Wrap
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
