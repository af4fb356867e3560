pragma ComponentBehavior: Bound
import QtQuick
import "Helpers.js" as Helpers

// Before the start: in a cycle, which meeting this is and its accent; the
// way to last time's outcome when there is one; the format's ground rules
// (spelregels) and agreement, at the room's scale and whole: what does not
// fit goes on a next page ("Pagina 1 van 2 ●○"), turned by itself.
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

    // What the lobby's column shows, block by block, whole, over pages that
    // turn by themselves: in a cycle its box, what last time brought, then
    // the ground rules' heading, the rules and the agreement.
    readonly property var blocks: {
        const blocks = [];
        if (root.cycleSize > 0)
            blocks.push({ kind: "cycle", text: "", number: 0 });
        if (root.hasPrevious && root.cycleSize > 0)
            blocks.push({ kind: "previous", text: root.previousText, number: 0 });
        if (root.rules.length > 0 || root.cycleSize === 0)
            blocks.push({ kind: "heading", text: root.heading, number: 0 });
        for (let i = 0; i < root.rules.length; ++i) {
            const rule = root.rules[i];
            blocks.push({ kind: "rule", number: i + 1,
                          text: "<b>" + Helpers.escapeHtml(rule.title) + ":</b> " + Helpers.escapeHtml(rule.text) });
        }
        if (root.agreement.length > 0)
            blocks.push({ kind: "agreement", text: "<i>" + Helpers.escapeHtml(root.agreement) + "</i>", number: 0 });
        return blocks;
    }
    // The format's own title for its rules; without one "Spelregels", or
    // "Werkafspraken" over an agreement without rules (as the Intervisie's
    // source has it: "maak werkafspraken over de vertrouwelijkheid").
    readonly property string heading: {
        if (root.title.length > 0)
            return root.title;
        return root.rules.length === 0 && root.agreement.length > 0 ? qsTr("Working agreements") : qsTr("Ground rules");
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

    PagedColumn {
        id: rulePages

        objectName: "rulePages"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: footer.top
        anchors.bottomMargin: Theme.px(8)
        spacing: Theme.px(18)
        autoFlip: true
        model: root.blocks

        delegate: Item {
            id: block

            required property var modelData
            readonly property string kind: block.modelData.kind

            implicitHeight: block.kind === "cycle" ? cycleBox.implicitHeight
                            : block.kind === "rule" ? ruleRow.implicitHeight : blockText.implicitHeight

            Rectangle {
                id: cycleBox

                objectName: "cycle"
                width: parent.width
                implicitHeight: cycleColumn.implicitHeight + 2 * Theme.px(20)
                height: implicitHeight
                visible: block.kind === "cycle"
                radius: Theme.radius
                color: Theme.navyLight
                border.width: Theme.px(3)
                border.color: Theme.navy

                Column {
                    id: cycleColumn

                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.px(20)
                    spacing: Theme.px(6)

                    Text {
                        width: parent.width
                        text: qsTr("Meeting %1 of %2").arg(root.cycleMeeting).arg(root.cycleSize)
                        color: Theme.navy
                        font.pixelSize: Theme.title
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Text {
                        width: parent.width
                        visible: root.cycleTitle.length > 0
                        text: root.cycleTitle
                        color: Theme.ink
                        font.pixelSize: Theme.body
                        wrapMode: Text.Wrap
                    }
                    Text {
                        width: parent.width
                        visible: root.cycleAccent.length > 0
                        text: "<b>" + qsTr("Focus:") + "</b> " + Helpers.escapeHtml(root.cycleAccent)
                        textFormat: Text.StyledText
                        color: Theme.ink
                        font.pixelSize: Theme.body
                        wrapMode: Text.Wrap
                    }
                }
            }
            // A rule: its number in a badge, "Title: text" as in the format's source.
            Row {
                id: ruleRow

                visible: block.kind === "rule"
                spacing: Theme.px(16)

                Rectangle {
                    width: Theme.px(56)
                    height: Theme.px(56)
                    radius: width / 2
                    color: Theme.navy

                    Text {
                        anchors.centerIn: parent
                        text: block.modelData.number
                        color: Theme.inkOnNavy
                        font.pixelSize: Theme.small
                        font.bold: true
                    }
                }
                Text {
                    width: block.width - Theme.px(72)
                    text: block.modelData.text
                    textFormat: Text.StyledText
                    color: Theme.ink
                    font.pixelSize: Theme.small
                    wrapMode: Text.Wrap
                    lineHeight: 1.08
                }
            }
            // The heading, last time's outcome in a cycle, or the agreement.
            Text {
                id: blockText

                objectName: block.kind === "heading" ? "rulesHeading" : ""
                width: parent.width
                visible: block.kind !== "cycle" && block.kind !== "rule"
                text: block.modelData.text
                textFormat: block.kind === "agreement" ? Text.StyledText : Text.PlainText
                color: block.kind === "agreement" ? Theme.inkMuted : Theme.ink
                font.pixelSize: block.kind === "heading" ? Theme.title : Theme.body
                font.bold: block.kind === "heading"
                wrapMode: Text.Wrap
            }
        }
    }

    // The page line, and above it the facilitator's way to last time's
    // outcome while they steer.
    Column {
        id: footer

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        spacing: Theme.px(8)

        KioskButton {
            visible: root.hasPrevious && root.steering
            kind: "primary"
            text: qsTr("Previous meeting")
            onClicked: root.previousRequested()
        }
        Text {
            objectName: "rulesPageLine"
            width: parent.width
            visible: rulePages.pages > 1
            text: qsTr("Page %1 of %2").arg(rulePages.shownPage + 1).arg(rulePages.pages) + "  "
                  + "\u25CF".repeat(rulePages.shownPage + 1) + "\u25CB".repeat(rulePages.pages - rulePages.shownPage - 1)
            color: Theme.inkMuted
            font.pixelSize: Theme.small
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignRight
        }
    }
}
