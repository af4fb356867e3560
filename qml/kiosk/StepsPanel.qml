pragma ComponentBehavior: Bound
import QtQuick

// The phase's steps from the format, numbered, at the room's scale and never
// cut: the steps that do not fit go on further pages of the panel ("1/2"),
// which turn by themselves every `flipIntervalMs`.
Item {
    id: root

    property string prompt         // the phase's instruction, first
    property list<string> steps    // the phase's steps
    property int flipIntervalMs: 15000
    property int page: 0
    // The room a box below the steps needs (PhaseScreen's JoinCorner, with
    // its gap), 0 for none. It is given on every page but the prompt's when
    // the prompt would not fit beside it: `cornerShown` says which.
    property real cornerHeight: 0
    // Whether the page on screen leaves the corner its room.
    readonly property bool cornerShown: root.cornerHeight > 0 && (root.page > 0 || root.promptFitsCorner)
    readonly property bool promptFitsCorner: !promptBanner.visible
        || promptBanner.implicitHeight + root.cornerHeight <= root.height

    readonly property real spacing: Theme.px(14)
    // The first step of each page, by the steps' heights at their width.
    readonly property var pageStarts: {
        const starts = [0];
        // The room below the heading: the corner's is kept on every page
        // but the prompt's, when the prompt would not fit beside it.
        const full = root.height - heading.height - root.spacing;
        let room = root.promptFitsCorner ? full - root.cornerHeight : full;
        // The prompt opens the first page; a step that does not fit beside it goes on the next.
        let used = promptBanner.visible ? promptBanner.implicitHeight + root.spacing : 0;
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i) as StepRow;
            const h = item ? item.implicitHeight + root.spacing : 0;
            if (used > 0 && used + h > room + root.spacing) {
                starts.push(i);
                used = 0;
                room = full - root.cornerHeight;
            }
            used += h;
        }
        return starts;
    }
    readonly property int pages: root.pageStarts.length
    readonly property int first: root.pageStarts[Math.min(root.page, root.pages - 1)]
    readonly property int last: root.page + 1 < root.pages ? root.pageStarts[root.page + 1] : root.steps.length

    onPagesChanged: root.page = Math.min(root.page, root.pages - 1)
    onStepsChanged: root.page = 0

    PromptBanner {
        id: promptBanner

        anchors.left: parent.left
        anchors.right: parent.right
        visible: root.prompt.length > 0
        height: root.page === 0 ? implicitHeight : 0
        opacity: root.page === 0 ? 1 : 0
        prompt: root.prompt
    }

    Text {
        id: heading

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: promptBanner.visible && root.page === 0 ? promptBanner.bottom : parent.top
        anchors.topMargin: promptBanner.visible && root.page === 0 ? root.spacing : 0
        // Only above steps: a page of the prompt alone has none.
        visible: root.first < root.last
        text: root.pages > 1 ? qsTr("Steps") + "  " + (root.page + 1) + "/" + root.pages : qsTr("Steps")
        color: Theme.ink
        font.pixelSize: Theme.large
        font.bold: true
        wrapMode: Text.Wrap
    }

    Column {
        id: list

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: heading.bottom
        anchors.bottom: parent.bottom
        anchors.topMargin: root.spacing
        spacing: root.spacing

        Repeater {
            id: repeater

            model: root.steps

            delegate: StepRow {
                required property string modelData
                required property int index

                width: parent ? parent.width : 0
                visible: index >= root.first && index < root.last
                number: index + 1
                step: modelData
            }
        }
    }

    Timer {
        interval: root.flipIntervalMs
        repeat: true
        running: root.pages > 1
        onTriggered: root.page = (root.page + 1) % root.pages
    }
}
