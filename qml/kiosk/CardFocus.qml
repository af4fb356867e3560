pragma ComponentBehavior: Bound
import QtQuick

// One card opened over the board (the focus view): its text as large as the
// board allows (up to `focusSize`, else the room's card size), with all its
// remarks, tags and tally. A tap anywhere closes it.
Rectangle {
    id: root

    // A row of the cards model: {id, text, direction, tags, remarks, merged, tally}.
    property var card: ({})
    property var tagLabels: ({})
    property bool showTally: false
    property int maxTally: 0

    readonly property real focusSize: Theme.px(80)
    readonly property real margin: Theme.px(24)
    readonly property real room: root.height - 2 * root.margin - hint.height - Theme.gap
    readonly property bool large: probe.naturalHeight <= root.room

    signal closed()

    objectName: "cardFocus"
    color: Theme.paper

    TapHandler {
        onTapped: root.closed()
    }

    // The card at the focus size, unseen: does it fit the board?
    CardDelegate {
        id: probe

        visible: false
        width: shown.width
        height: 0
        text: root.card.text || ""
        direction: root.card.direction || ""
        tags: root.card.tags || []
        remarks: root.card.remarks || []
        merged: root.card.merged || []
        tally: root.card.tally === undefined ? -1 : root.card.tally
        tagLabels: root.tagLabels
        showTally: root.showTally
        maxTally: root.maxTally
        textSize: root.focusSize
    }

    CardDelegate {
        id: shown

        objectName: "focusedCard"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: root.margin
        height: Math.max(shown.naturalHeight, Theme.px(200))
        text: root.card.text || ""
        direction: root.card.direction || ""
        tags: root.card.tags || []
        remarks: root.card.remarks || []
        merged: root.card.merged || []
        tally: root.card.tally === undefined ? -1 : root.card.tally
        tagLabels: root.tagLabels
        showTally: root.showTally
        maxTally: root.maxTally
        selected: true
        textSize: root.large ? root.focusSize : Theme.card
        onTapped: root.closed()
    }

    Text {
        id: hint

        // The facilitator's hint, not the room's.
        property bool roomText: false

        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: root.margin
        text: qsTr("Tap to go back to the board")
        color: Theme.inkMuted
        font.pixelSize: Theme.chromeSmall
    }
}
