pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import "Helpers.js" as Helpers

// Before the start: in a cycle, which meeting this is and its accent; the
// way to last time's outcome when there is one; the format's ground rules
// (spelregels) and agreement, at the room's scale and whole: what does not
// fit goes on a next page ("Spelregels 1/2"), turned by itself.
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
    // The facilitator's way to last time's outcome only while they steer
    // (the control bar is up); the room sees what last time brought.
    property bool steering: false

    // The rules, then the agreement, as blocks of the paged column.
    readonly property var blocks: {
        const blocks = Array.from(root.rules);
        if (root.agreement.length > 0)
            blocks.push({ title: "", text: root.agreement });
        return blocks;
    }

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
                visible: root.steering
                kind: "primary"
                text: qsTr("Previous meeting")
                onClicked: root.previousRequested()
            }
        }

        // Without a cycle the rules take the room; the way to last time's
        // outcome sits beside their title (for the facilitator, while steering).
        RowLayout {
            Layout.fillWidth: true
            visible: root.blocks.length > 0 || root.cycleSize === 0
            spacing: Theme.px(20)

            Text {
                objectName: "rulesHeading"
                Layout.fillWidth: true
                text: (root.title.length > 0 ? root.title : qsTr("Ground rules"))
                      + (rulePages.pages > 1 ? "  " + (rulePages.shownPage + 1) + "/" + rulePages.pages : "")
                color: Theme.ink
                font.pixelSize: Theme.title
                font.bold: true
                wrapMode: Text.Wrap
            }
            KioskButton {
                visible: root.hasPrevious && root.cycleSize === 0 && root.steering
                kind: "primary"
                text: qsTr("Previous meeting")
                onClicked: root.previousRequested()
            }
        }

        // The rules and the agreement, whole, over pages that turn by themselves.
        PagedColumn {
            id: rulePages

            objectName: "rulePages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.px(18)
            autoFlip: true
            model: root.blocks

            delegate: RowLayout {
                id: rule

                required property var modelData
                required property int index
                readonly property bool isRule: rule.index < root.rules.length

                spacing: Theme.px(16)

                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: Theme.px(56)
                    Layout.preferredHeight: Theme.px(56)
                    visible: rule.isRule
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
                    // "Title: text" as in the format's source, the title in bold;
                    // the agreement in italics after the rules.
                    text: rule.isRule ? "<b>" + Helpers.escapeHtml(rule.modelData.title) + ":</b> "
                                        + Helpers.escapeHtml(rule.modelData.text)
                                      : "<i>" + Helpers.escapeHtml(rule.modelData.text) + "</i>"
                    textFormat: Text.StyledText
                    color: rule.isRule ? Theme.ink : Theme.inkMuted
                    font.pixelSize: Theme.small
                    wrapMode: Text.Wrap
                    lineHeight: 1.08
                }
            }
        }
    }
}
