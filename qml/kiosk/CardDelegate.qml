pragma ComponentBehavior: Bound
import QtQuick
import "Helpers.js" as Helpers

// One consideration on the flipover: its direction, its text, tags, the
// cards merged into it, dreamer/critic remarks and, when shown, its tally.
// Everything stays inside the cell: the text gets the lines the fixed parts
// leave (up to four, then "…"), remarks that do not fit whole are counted
// ("+ 2 remarks") instead of cut, and `fits` tells the tests it worked.
Rectangle {
    id: root

    required property string text
    required property string direction
    required property var tags      // tag ids
    required property var remarks   // [{kind, text}]
    required property var merged    // [{id, text, direction}]
    required property int tally     // -1 while hidden from this view

    property var tagLabels: ({})    // tag id -> label
    property bool showTally: false
    property int maxTally: 0
    // Marked by a thick frame (selected) or a dashed-looking double frame
    // (being merged), never by colour alone; the action bar names the card.
    property bool selected: false
    property bool mergeSource: false

    readonly property real padding: Theme.px(14)
    readonly property real spacing: Theme.px(8)
    readonly property list<string> tagList: root.tags ? Array.from(root.tags) : []
    readonly property var remarkList: root.remarks ? Array.from(root.remarks) : []
    readonly property var mergedList: root.merged ? Array.from(root.merged) : []
    readonly property real footerSpace: root.showTally ? tallyView.implicitHeight + root.spacing : 0
    // Everything but the card's own text and the remarks.
    readonly property real fixedHeight: 2 * root.padding + root.footerSpace
        + (directionText.visible ? directionText.implicitHeight + root.spacing : 0)
        + (tagFlow.visible ? tagFlow.implicitHeight + root.spacing : 0)
        + (mergedText.visible ? mergedText.implicitHeight + root.spacing : 0)
    readonly property real moreLineHeight: textMetrics.height + root.spacing
    // The text leaves room for at least the "+N remarks" line.
    readonly property int textLines: {
        const reserve = root.remarkList.length > 0 ? root.moreLineHeight : 0;
        return Math.max(1, Math.min(4, Math.floor((root.height - root.fixedHeight - reserve) / textMetrics.height)));
    }
    // As many remarks as fit whole, keeping a line for "+N more" if some do not.
    readonly property var remarkFit: {
        const space = root.height - root.fixedHeight - cardText.height;
        const count = remarkRepeater.count;
        let used = 0;
        for (let i = 0; i < count; ++i) {
            const item = remarkRepeater.itemAt(i);
            const h = item ? item.implicitHeight + root.spacing : space;
            const reserve = i < count - 1 ? root.moreLineHeight : 0;
            if (used + h + reserve > space)
                return { shown: i, used: used };
            used += h;
        }
        return { shown: count, used: used };
    }
    readonly property int remarksShown: root.remarkFit.shown
    readonly property int remarksLeft: root.remarkList.length - root.remarksShown
    readonly property real contentHeight: root.fixedHeight + cardText.height + root.remarkFit.used
        + (root.remarksLeft > 0 ? root.moreLineHeight : 0)
    readonly property bool fits: root.contentHeight <= root.height + 0.5

    signal tapped()

    objectName: "card"
    color: Theme.surface
    radius: Theme.radius
    border.width: root.selected || root.mergeSource ? Theme.px(7) : Theme.px(2)
    border.color: root.selected || root.mergeSource ? Theme.navy : Theme.line

    TapHandler {
        onTapped: root.tapped()
    }
    // A second frame inside the first: the card waiting to be merged.
    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.px(11)
        visible: root.mergeSource
        color: "transparent"
        radius: Theme.px(8)
        border.width: Theme.px(3)
        border.color: Theme.navy
    }

    FontMetrics {
        id: textMetrics

        font.pixelSize: Theme.small
    }

    Column {
        anchors.fill: parent
        anchors.margins: root.padding
        spacing: root.spacing

        Text {
            id: directionText

            width: parent.width
            visible: root.direction.length > 0
            text: "\u2192 " + root.direction
            color: Theme.navy
            font.pixelSize: Theme.small
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            id: cardText

            objectName: "cardText"
            width: parent.width
            text: root.text
            color: Theme.ink
            // Regular weight: four columns of cards keep long Dutch words whole.
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
            maximumLineCount: root.textLines
            elide: Text.ElideRight
        }
        Flow {
            id: tagFlow

            width: parent.width
            visible: root.tagList.length > 0
            spacing: Theme.px(8)

            Repeater {
                model: root.tagList

                delegate: Rectangle {
                    id: chip

                    required property string modelData

                    width: chipText.implicitWidth + Theme.px(20)
                    height: chipText.implicitHeight + Theme.px(4)
                    radius: Theme.px(6)
                    color: Theme.paper
                    border.width: Theme.px(2)
                    border.color: Theme.ink

                    Text {
                        id: chipText

                        anchors.centerIn: parent
                        text: root.tagLabels[chip.modelData] || chip.modelData
                        color: Theme.ink
                        font.pixelSize: Theme.small
                        font.bold: true
                    }
                }
            }
        }
        Text {
            id: mergedText

            width: parent.width
            visible: root.mergedList.length > 0
            text: qsTr("+ merged: %1").arg(root.mergedList.map(m => m.text).join(" \u00B7 "))
            color: Theme.inkMuted
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Repeater {
            id: remarkRepeater

            model: root.remarkList

            delegate: RemarkLine {
                required property var modelData
                required property int index

                width: parent ? parent.width : 0
                visible: index < root.remarksShown
                // A single remark may run longer; several stay short so that more fit.
                maxLines: root.remarkList.length > 1 ? 2 : 4
                kind: modelData.kind
                remark: modelData.text
            }
        }
        Text {
            width: parent.width
            visible: root.remarksLeft > 0
            text: qsTr("+ %n remark(s)", "", root.remarksLeft)
            color: Theme.inkMuted
            font.pixelSize: Theme.small
            font.bold: true
            elide: Text.ElideRight
        }
    }

    VoteTally {
        id: tallyView

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: root.padding
        visible: root.showTally
        count: Math.max(0, root.tally)
        maxCount: root.maxTally
    }
}
