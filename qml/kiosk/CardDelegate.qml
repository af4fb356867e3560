pragma ComponentBehavior: Bound
import QtQuick
import "Helpers.js" as Helpers

// One consideration on the flipover: its direction and tags, its text, the
// cards merged into it, dreamer/critic remarks and, when shown, its tally.
// Nothing is elided: the card's `naturalHeight` is what all of it needs at
// its width, the board makes its cells that tall (CardBoard), and `fits`
// tells the tests it worked.
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
    // The card's own text: on the board at `Theme.body` (a cap height of 32
    // px at 1080p), so that a page holds several whole cards with their
    // remarks; the focus view (CardFocus) shows one card larger. The rest at
    // `Theme.small`.
    property real textSize: Theme.body

    readonly property real padding: Theme.px(12)
    readonly property real spacing: Theme.px(6)
    readonly property list<string> tagList: root.tags ? Array.from(root.tags) : []
    readonly property var remarkList: root.remarks ? Array.from(root.remarks) : []
    readonly property var mergedList: root.merged ? Array.from(root.merged) : []
    // "→ direction" in navy, then each tag's label on a tint; words inside a
    // part kept together only by the wrapping, never broken.
    readonly property string headerHtml: {
        const parts = [];
        if (root.direction.length > 0)
            parts.push("<span style=\"color:" + Theme.navy + "\">\u2192&nbsp;" + Helpers.escapeHtml(root.direction) + "</span>");
        for (const tag of root.tagList)
            parts.push("<span style=\"background-color:" + Theme.navyLight + "\">&nbsp;"
                       + Helpers.escapeHtml(root.tagLabels[tag] || tag) + "&nbsp;</span>");
        return parts.join("&nbsp;&nbsp; ");
    }
    readonly property real footerSpace: root.showTally ? tallyView.implicitHeight + root.spacing : 0
    // All of the card, whatever its height now.
    readonly property real naturalHeight: 2 * root.padding + content.implicitHeight + root.footerSpace
    readonly property real contentHeight: root.naturalHeight
    readonly property bool fits: root.naturalHeight <= root.height + 0.5

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

    Column {
        id: content

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: root.padding
        spacing: root.spacing

        // The direction and the tags as one text that wraps word by word
        // (a tag box a line of its own took two or three lines in a column).
        // The direction reads by its arrow, each tag by its tint; a word is
        // never broken, since the board's columns are as wide as its longest
        // word (CardBoard.minColumnWidth).
        Text {
            id: header

            objectName: "cardHeader"
            width: parent.width
            visible: root.headerHtml.length > 0
            text: root.headerHtml
            textFormat: Text.RichText
            color: Theme.ink
            font.pixelSize: Theme.small
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            id: cardText

            objectName: "cardText"
            width: parent.width
            text: root.text
            color: Theme.ink
            // Regular weight: long Dutch words stay whole in a column.
            font.pixelSize: root.textSize
            wrapMode: Text.Wrap
        }
        Text {
            id: mergedText

            width: parent.width
            visible: root.mergedList.length > 0
            text: qsTr("+ merged: %1").arg(root.mergedList.map(m => m.text).join(" \u00B7 "))
            color: Theme.inkMuted
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
        }
        Repeater {
            id: remarkRepeater

            model: root.remarkList

            delegate: RemarkLine {
                required property var modelData

                width: parent ? parent.width : 0
                kind: modelData.kind
                remark: modelData.text
            }
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
