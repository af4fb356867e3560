pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// Last time's outcome, at the start of the next meeting: the cards with the
// most dots (the first of the meeting's ranking, as KioskController::
// previousOutcome gives them; the board's order when nobody voted), the
// shared insights, and the tips and tops. Only what the export shows. Opens
// with O or the lobby's button; closes with O or Esc.
Rectangle {
    id: root

    property var outcome: ({}) // KioskController.previousOutcome, a JS object
    // Whether there is a previous meeting to show.
    readonly property bool available: root.outcome.fileName !== undefined

    signal closeRequested()

    // At most this many of each, in full (never elided): as many of them as
    // fit whole on the screen; the rest is counted.
    readonly property int maxCards: 3
    readonly property int maxInsights: 2
    readonly property int maxTips: 2
    readonly property bool voted: root.outcome.voted === true
    readonly property var allCards: root.outcome.cards ?? []
    readonly property var topCards: root.allCards.slice(0, root.maxCards)
    readonly property list<string> insights: (root.outcome.enriched ?? []).concat(root.outcome.takeaway ?? [])
    // Tops first, then tips, each with its word.
    readonly property list<string> tipsTops: (root.outcome.tops ?? []).map(t => qsTr("Top: %1").arg(t))
                                    .concat((root.outcome.tips ?? []).map(t => qsTr("Tip: %1").arg(t)))
    // How many of a list's items are on screen (its first page, whole); the
    // rest are counted below it.
    function shownOf(list: PagedColumn): int {
        return list.layout.filter(place => place.page === 0).length;
    }
    // The height that a list's items on screen take (its "and more" line goes below).
    function shownHeight(list: PagedColumn): real {
        let height = 0;
        for (let i = 0; i < list.children.length; ++i) {
            const item = list.children[i];
            height = item.x === 0 ? Math.max(height, item.y + item.height) : height;
        }
        return height;
    }
    readonly property string subtitle: {
        const o = root.outcome;
        if (o.fileName === undefined)
            return "";
        const parts = [o.name];
        if (o.cycleMeeting > 0)
            parts.push(qsTr("meeting %1 of %2").arg(o.cycleMeeting).arg(o.cycleSize));
        parts.push(Qt.formatDate(Date.fromLocaleString(Qt.locale("C"), o.date, "yyyy-MM-dd"), "d-M-yyyy"));
        return parts.join("  \u00B7  ");
    }

    // Bulleted texts (insights, tips and tops), each whole, as many as fit;
    // the rest counted right below them.
    component Bullets: Item {
        id: bullets

        property list<string> items
        property int most: 2
        property string none
        property alias listName: list.objectName

        Layout.fillWidth: true
        Layout.fillHeight: true

        PagedColumn {
            id: list

            anchors.left: parent.left
            anchors.right: parent.right
            height: parent.height - more.height - Theme.px(12)
            spacing: Theme.px(12)
            model: bullets.items.length > 0 ? bullets.items.slice(0, bullets.most) : [bullets.none] // qmllint disable type

            delegate: Text {
                required property string modelData

                text: "\u2022 " + modelData
                color: bullets.items.length > 0 ? Theme.ink : Theme.inkMuted
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
            }
        }
        Text {
            id: more

            anchors.left: parent.left
            anchors.right: parent.right
            y: root.shownHeight(list) + Theme.px(12)
            visible: bullets.items.length > root.shownOf(list)
            text: qsTr("and %n more", "", bullets.items.length - root.shownOf(list))
            color: Theme.inkMuted
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
        }
    }

    color: "#D9000000" // the wall dimmed behind the panel

    MouseArea {
        anchors.fill: parent
        onClicked: root.closeRequested()
    }

    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.gap
        color: Theme.surface
        radius: Theme.radius
        border.width: Theme.px(3)
        border.color: Theme.navy

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.px(40)
            spacing: Theme.px(14)

            Text {
                Layout.fillWidth: true
                text: qsTr("Previous meeting")
                color: Theme.ink
                font.pixelSize: Theme.title
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "previousSubtitle"
                Layout.fillWidth: true
                text: root.subtitle
                color: Theme.inkMuted
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.px(48)

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 11
                    spacing: Theme.px(12)

                    Text {
                        Layout.fillWidth: true
                        text: root.voted ? qsTr("Cards with the most dots") : qsTr("Cards")
                        color: Theme.navy
                        font.pixelSize: Theme.large
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: root.allCards.length === 0
                        text: qsTr("No cards.")
                        color: Theme.inkMuted
                        font.pixelSize: Theme.body
                    }
                    // Each card whole, as many of the top ones as fit; the rest counted.
                    Item {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: root.allCards.length > 0

                        PagedColumn {
                            id: cardList

                            objectName: "previousCards"
                            anchors.left: parent.left
                            anchors.right: parent.right
                            height: parent.height - cardListMore.height - Theme.px(12)
                            spacing: Theme.px(12)
                            model: root.topCards

                            delegate: Item {
                                id: card

                                required property var modelData

                                implicitHeight: Math.max(root.voted ? dotsBadge.height : 0, cardText.implicitHeight
                                                         + (cardTags.visible ? cardTags.implicitHeight + Theme.px(2) : 0))

                                Rectangle {
                                    id: dotsBadge

                                    width: Theme.px(64)
                                    height: Theme.px(64)
                                    visible: root.voted
                                    radius: width / 2
                                    color: Theme.navy

                                    Text {
                                        anchors.centerIn: parent
                                        text: card.modelData.dots
                                        color: Theme.inkOnNavy
                                        font.pixelSize: Theme.small
                                        font.bold: true
                                    }
                                }
                                Text {
                                    id: cardText

                                    objectName: "previousCardText"
                                    anchors.left: parent.left
                                    anchors.right: parent.right
                                    anchors.leftMargin: root.voted ? dotsBadge.width + Theme.px(16) : 0
                                    text: card.modelData.text
                                    color: Theme.ink
                                    font.pixelSize: Theme.body
                                    font.bold: true
                                    wrapMode: Text.Wrap
                                }
                                Text {
                                    id: cardTags

                                    anchors.left: cardText.left
                                    anchors.right: parent.right
                                    anchors.top: cardText.bottom
                                    anchors.topMargin: Theme.px(2)
                                    visible: text.length > 0
                                    text: [card.modelData.direction].concat(card.modelData.tags)
                                          .filter((t, i, all) => t.length > 0 && all.indexOf(t) === i)
                                          .join("  \u00B7  ")
                                    color: Theme.inkMuted
                                    font.pixelSize: Theme.small
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                        Text {
                            id: cardListMore

                            anchors.left: parent.left
                            anchors.right: parent.right
                            y: root.shownHeight(cardList) + Theme.px(12)
                            visible: root.allCards.length > root.shownOf(cardList)
                            text: qsTr("and %n more card(s)", "", root.allCards.length - root.shownOf(cardList))
                            color: Theme.inkMuted
                            font.pixelSize: Theme.small
                            wrapMode: Text.Wrap
                        }
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 9
                    spacing: Theme.px(12)

                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Shared insights")
                        color: Theme.navy
                        font.pixelSize: Theme.large
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Bullets {
                        listName: "previousInsights"
                        items: root.insights
                        most: root.maxInsights
                        none: qsTr("None shared.")
                    }

                    Text {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.px(12)
                        text: qsTr("Tips and tops")
                        color: Theme.navy
                        font.pixelSize: Theme.large
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Bullets {
                        listName: "previousTips"
                        items: root.tipsTops
                        most: root.maxTips
                        none: qsTr("None given.")
                    }
                }
            }

            Text {
                Layout.fillWidth: true
                text: qsTr("Tap to close.")
                color: Theme.inkMuted
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
            }
        }
    }
}
