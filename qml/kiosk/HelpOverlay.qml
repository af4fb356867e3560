pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The facilitator's help: every keyboard shortcut (of the wall, the start
// screen and the card editor: the only place that names keys) and the
// facilitator PIN (to unlock a tablet). Opens with "?" and closes with "?"
// or Esc, over the start screen too.
Rectangle {
    id: root

    property string facilitatorPin

    signal closeRequested()

    // Opened over the start screen: its keys, not the wall's.
    property bool startScreen: false

    // Pairs: a key, then what it does; the wall's (with the card editor's,
    // which opens on the wall) or the start screen's.
    readonly property list<string> shortcuts: root.startScreen ? root.startKeys : root.wallKeys
    readonly property list<string> wallKeys: [
        "\u2192", qsTr("Next phase (or start)"),
        "\u2190", qsTr("Previous phase"),
        qsTr("Space"), qsTr("Pause or resume"),
        "+  /  \u2212", qsTr("One minute more or less"),
        "V", qsTr("Open or close the vote"),
        "R", qsTr("Show or hide the results"),
        "P", qsTr("The plan: minutes per phase, add a phase"),
        "O", qsTr("Last time's outcome (when there was a previous meeting)"),
        qsTr("Ctrl+E"), qsTr("Export the outcome (Markdown, CSV, PDF)"),
        qsTr("Ctrl+N"), qsTr("New meeting: the start screen"),
        qsTr("PgUp / PgDn"), qsTr("Previous or next page of cards"),
        qsTr("Tab / Shift+Tab"), qsTr("Select the next or previous card (or tap it)"),
        "E  /  H", qsTr("Edit or hide the selected card"),
        "M", qsTr("Merge the selected card: pick the other card, then Enter"),
        "\u2191  /  \u2193", qsTr("Move the selected card earlier or later"),
        "N", qsTr("Add a card for the room (what is said aloud)"),
        qsTr("Ctrl+Z"), qsTr("Undo the last card change"),
        "F11", qsTr("Full screen on or off"),
        "?", qsTr("This help"),
        "Esc", qsTr("Close, or let go of the selected card"),
        qsTr("Enter"), qsTr("Card editor: save; Shift+Enter a new line, Tab the other field")
    ]
    readonly property list<string> startKeys: [
        "\u2191  /  \u2193", qsTr("Choose a format"),
        "\u2190  /  \u2192", qsTr("The meeting of a series"),
        qsTr("Ctrl+O"), qsTr("Open a format file"),
        qsTr("Enter"), qsTr("Start the chosen format"),
        "?", qsTr("This help"),
        "Esc", qsTr("Back to the wall")
    ]

    objectName: "helpOverlay"
    // Above the other overlays (the start screen among them).
    z: 1
    color: "#D9000000" // the wall dimmed behind the panel

    MouseArea {
        anchors.fill: parent
        onClicked: root.closeRequested()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, Theme.px(1860))
        height: Math.min(parent.height - 2 * Theme.gap, column.implicitHeight + 2 * Theme.px(36))
        color: Theme.surface
        radius: Theme.radius
        border.width: Theme.px(3)
        border.color: Theme.navy

        ColumnLayout {
            id: column

            anchors.fill: parent
            anchors.margins: Theme.px(36)
            spacing: Theme.px(10)

            Text {
                Layout.fillWidth: true
                text: root.startScreen ? qsTr("Keyboard shortcuts: the start screen") : qsTr("Keyboard shortcuts")
                color: Theme.ink
                font.pixelSize: Theme.chromeTitle
                font.bold: true
            }
            GridLayout {
                Layout.fillWidth: true
                // Two shortcuts a row, so that all fit on one screen.
                columns: 4
                columnSpacing: Theme.px(32)
                rowSpacing: Theme.px(4)

                Repeater {
                    model: root.shortcuts.length

                    delegate: Text {
                        required property int index

                        readonly property bool isKey: index % 2 === 0

                        // Keys stay whole ("Shift+Tab"); the descriptions wrap.
                        Layout.minimumWidth: isKey ? implicitWidth : 0
                        Layout.preferredWidth: isKey ? implicitWidth : Theme.px(600)
                        Layout.fillWidth: !isKey
                        wrapMode: isKey ? Text.NoWrap : Text.Wrap
                        text: root.shortcuts[index]
                        color: isKey ? Theme.navy : Theme.ink
                        font.pixelSize: isKey ? Theme.chromeLarge : Theme.chromeBody
                        font.bold: isKey
                    }
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.px(2)
                color: Theme.line
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.px(24)

                Text {
                    Layout.fillWidth: true
                    text: qsTr("Facilitator PIN, to steer from a tablet:")
                    color: Theme.ink
                    font.pixelSize: Theme.chromeLarge
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "facilitatorPin"
                    text: root.facilitatorPin
                    color: Theme.navy
                    font.pixelSize: Theme.chromeTitle + Theme.px(10)
                    font.bold: true
                    font.letterSpacing: Theme.px(4)
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Only for the facilitator. Press Esc or ? to close.")
                color: Theme.inkMuted
                font.pixelSize: Theme.chromeSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
