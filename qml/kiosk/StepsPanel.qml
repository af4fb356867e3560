pragma ComponentBehavior: Bound
import QtQuick

// The phase's instruction to the room ("Nu:") on top, then its steps from
// the format, numbered, compact (StepRow) at the room's scale and never
// cut, above the corner that PhaseScreen keeps below them (the way in,
// `cornerHeight`). The instruction and the corner are on every page; only
// steps that do not fit go on further pages, which turn by themselves every
// `flipIntervalMs`, the heading saying which steps are shown ("Stappen 1–2
// van 3", "Stap 3 van 3"); a step too long to fit above the corner has a
// page of its own without it (cornerShown). PhaseScreen widens the panel,
// within bounds, until all of it fits on one page (pagesAt): pages are for
// really long steps only, and the first step is on the first page whenever
// it fits below the prompt (for the built-in formats it always does).
Item {
    id: root

    property string prompt         // the phase's instruction, first
    property list<string> steps    // the phase's steps
    property int flipIntervalMs: 15000
    property int page: 0
    // The room the box below the steps needs (with its gap), on every page.
    property real cornerHeight: 0

    // The instruction on every page (else on the first only, for steps
    // too long to fit below it; PhaseScreen decides, by pagesAt).
    property bool promptEveryPage: true

    readonly property real spacing: Theme.px(8)
    readonly property int digits: String(Math.max(1, root.steps.length)).length
    readonly property real promptRoom: promptBanner.visible ? promptBanner.implicitHeight + root.spacing : 0
    readonly property real headingRoom: root.steps.length > 0 ? heading.implicitHeight + root.spacing : 0
    readonly property bool promptShown: promptBanner.visible && (root.page === 0 || root.promptEveryPage)
    // The layout of the pages, by the steps' heights at their width.
    readonly property var layout: {
        const heights = [];
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i) as StepRow;
            heights.push(item ? item.implicitHeight : 0);
        }
        return root.paginate(heights, root.height, root.cornerHeight, root.promptRoom, root.promptEveryPage);
    }
    // The first step of each page.
    readonly property var pageStarts: root.layout.starts
    readonly property int pages: root.pageStarts.length
    readonly property int first: root.pageStarts[Math.min(root.page, root.pages - 1)]
    readonly property int last: root.page + 1 < root.pages ? root.pageStarts[root.page + 1] : root.steps.length
    // Whether the page shown leaves the corner its room: not on a page of
    // one step too long to fit beside it (the corner is on every other page).
    readonly property bool cornerShown: root.layout.cornerless.indexOf(Math.min(root.page, root.pages - 1)) < 0
    // The room for steps on the page shown, below the prompt and the heading.
    readonly property real stepRoom: root.roomOn(root.page, root.height, root.cornerShown ? root.cornerHeight : 0,
                                                 root.promptRoom, root.promptEveryPage)

    function roomOn(page: int, height: real, corner: real, prompt: real, everyPage: bool): real {
        const withPrompt = page === 0 || everyPage;
        return height - corner - root.headingRoom - (withPrompt ? prompt : 0) + root.spacing;
    }
    // Steps of these heights over pages: {starts, cornerless, fits,
    // stepsOnFirst} (fits: every step whole on its page). A first step too
    // tall to fit below the prompt opens the second page (the first then
    // holds the prompt alone); a later step too tall to fit above the
    // corner gets a page of its own without it (cornerless).
    function paginate(heights: var, height: real, corner: real, prompt: real, everyPage: bool): var {
        const starts = [0], cornerless = [];
        const room = page => root.roomOn(page, height, cornerless.indexOf(page) >= 0 ? 0 : corner, prompt, everyPage);
        let used = 0, fits = true;
        for (let i = 0; i < heights.length; ++i) {
            const h = heights[i] + root.spacing;
            const opensSecond = i === 0 && prompt > 0 && !everyPage && h > room(0);
            if (opensSecond || (used > 0 && used + h > room(starts.length - 1))) {
                starts.push(i);
                used = 0;
            }
            const page = starts.length - 1;
            if (used === 0 && page > 0 && h > room(page)) {
                // Alone on its page, without the corner.
                cornerless.push(page);
                used += h;
                // Nothing else joins this page.
                if (i + 1 < heights.length) {
                    starts.push(i + 1);
                    used = 0;
                }
                if (h > room(page))
                    fits = false;
                continue;
            }
            used += h;
            if (used > room(page))
                fits = false;
        }
        return { starts: starts, cornerless: cornerless, fits: fits,
                 stepsOnFirst: heights.length === 0 || starts.length === 1 || starts[1] > 0 };
    }
    // How the prompt, the steps and a corner of `corner` page at `width` x
    // `height`, with the prompt on every page or not (measured on unseen
    // copies): {pages, fits, stepsOnFirst} as paginate.
    function pagesAt(width: real, height: real, corner: real, everyPage: bool): var {
        let prompt = 0;
        if (promptBanner.visible) {
            promptProbe.width = width;
            prompt = promptProbe.implicitHeight + root.spacing;
        }
        stepProbe.width = width;
        const heights = [];
        for (let i = 0; i < root.steps.length; ++i) {
            stepProbe.step = root.steps[i];
            heights.push(stepProbe.implicitHeight);
        }
        const result = root.paginate(heights, height, corner, prompt, everyPage);
        return { pages: result.starts.length, fits: result.fits, stepsOnFirst: result.stepsOnFirst };
    }

    // "Stappen" when all are shown; else which of how many: "Stap 3 van 3",
    // "Stappen 1–2 van 3".
    function headingText(first: int, last: int, count: int, pages: int): string {
        if (pages <= 1)
            return qsTr("Steps");
        if (last - first === 1)
            return qsTr("Step %1 of %2").arg(first + 1).arg(count);
        return qsTr("Steps %1\u2013%2 of %3").arg(first + 1).arg(last).arg(count);
    }

    onPagesChanged: root.page = Math.min(root.page, root.pages - 1)
    onStepsChanged: root.page = 0

    PromptBanner {
        id: promptBanner

        objectName: "promptBanner"
        anchors.left: parent.left
        anchors.right: parent.right
        visible: root.prompt.length > 0
        height: root.promptShown ? implicitHeight : 0
        opacity: root.promptShown ? 1 : 0
        prompt: root.prompt
    }

    Text {
        id: heading

        objectName: "stepsHeading"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: root.promptShown ? promptBanner.bottom : parent.top
        anchors.topMargin: root.promptShown ? root.spacing : 0
        // Only above steps: a first page of the prompt alone has none.
        visible: root.first < root.last
        text: root.headingText(root.first, root.last, root.steps.length, root.pages)
        color: Theme.ink
        font.pixelSize: Theme.small
        font.bold: true
        wrapMode: Text.Wrap
    }

    Column {
        id: list

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: heading.bottom
        anchors.topMargin: root.spacing
        spacing: root.spacing

        Repeater {
            id: repeater

            model: root.steps

            delegate: StepRow {
                required property string modelData
                required property int index

                objectName: "stepRow"
                width: parent ? parent.width : 0
                visible: index >= root.first && index < root.last
                number: index + 1
                digits: root.digits
                step: modelData
            }
        }
    }

    // Unseen copies, for pagesAt.
    PromptBanner {
        id: promptProbe

        visible: false
        prompt: root.prompt
    }
    StepRow {
        id: stepProbe

        visible: false
        digits: root.digits
    }

    Timer {
        interval: root.flipIntervalMs
        repeat: true
        running: root.pages > 1
        onTriggered: root.page = (root.page + 1) % root.pages
    }
}
