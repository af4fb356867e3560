import QtQuick
import QtTest
import Flipover.Kiosk
import Flipover.Test

// The side panel of a running phase (PhaseScreen, StepsPanel, JoinCorner):
// for every phase of the three built-in formats, at 1920x1080 and scaled at
// 1280x720, the instruction ("Nu:"), the facilitator's steps and the way in
// for latecomers are on the first page, whole and apart; the panel widens
// (within bounds) until all steps fit on that page, and pages only for
// steps too long for any width it may take, saying which steps it shows.
// Beside the board, the room's questions in a phase that has both.
TestCase {
    id: testCase

    name: "SidePanel"
    when: windowShown
    visible: true
    width: 1920
    height: 1080

    Component {
        id: screenComponent

        PhaseScreen {}
    }

    // Phases whose steps may page (the first of them still on the first page).
    readonly property int pagedMax: 4

    function cleanup() {
        Theme.scale = 1;
    }

    // The format's phases in Dutch, as the kiosk projects them for the wall.
    function phases(id) {
        const format = Fixture.builtInFormat(id);
        verify(format.phases && format.phases.length > 0, "the built-in format " + id);
        const nl = text => text ? (text.nl || "") : "";
        return format.phases.map(p => ({ title: nl(p.title), minutes: p.minutes, prompt: nl(p.prompt),
                                         steps: (p.steps || []).map(nl), activities: p.activities || [] }));
    }

    function screenFor(list, index, w, h, questions) {
        const view = Fixture.view({
            session: { name: "Test", pin: "482913", format: { title: "Test", phases: list } },
            questions: questions || [],
            phase: { index: index, count: list.length, status: "paused", title: list[index].title,
                     plannedMs: 600000, remainingMs: 600000, meetingRemainingMs: 600000,
                     runs: list.map(() => ({ status: "active", adjustSeconds: 0 })) }
        });
        // As Main lays it out: below the header, nothing in the strip.
        const screen = createTemporaryObject(screenComponent, testCase, {
            view: view, width: w, height: h - Theme.px(210),
            joinLink: "http://192.168.100.200:65535/?m=5194e818bf", pin: "482913" });
        verify(screen);
        screen.fitSide();
        waitForRendering(screen);
        return screen;
    }

    // The phases of the Intervisie with examples on the board and questions
    // about them (the tablets ask them there): the questions reach the
    // wall beside the board, as beside the case in the other formats.
    function test_questionsBesideTheBoard_data() {
        return [{ tag: "1920x1080", w: 1920, h: 1080 }, { tag: "1280x720", w: 1280, h: 720 }];
    }
    function test_questionsBesideTheBoard(data) {
        Theme.scale = Math.min(data.w / 1920, data.h / 1080);
        const list = phases("intervisie-participatie");
        const both = [];
        for (let i = 0; i < list.length; ++i) {
            if (list[i].activities.indexOf("considerations") >= 0 && list[i].activities.indexOf("questions") >= 0)
                both.push(i);
        }
        verify(both.length >= 1, "the Intervisie has a phase with examples and questions");
        for (const index of both) {
            const name = "intervisie " + (index + 1);
            // None asked yet: the board has the content's width.
            let screen = screenFor(list, index, data.w, data.h);
            compare(findChild(screen, "questionPages"), null, name + ": no questions column before a question");
            // Asked: the question, whole, beside the board, covering none of it.
            const asked = "Hoe betrek je medewerkers die nooit iets zeggen?";
            screen = screenFor(list, index, data.w, data.h,
                               [{ id: 1, text: asked, answered: false, answer: "" }]);
            const pages = findChild(screen, "questionPages");
            verify(pages && pages.visible, name + ": the questions on the wall");
            const text = findChild(pages, "questionText");
            verify(text && text.visible, name + ": the question shown");
            verify(text.text.indexOf(asked) >= 0, name + ": " + text.text);
            compare(findChild(screen, "questionsHeading").text, "Questions");
            const board = findChild(screen, "cardBoard");
            verify(board && board.visible, name + ": the board stays");
            const boardRight = board.mapToItem(screen, board.width, 0).x;
            verify(pages.mapToItem(screen, 0, 0).x >= boardRight, name + ": the questions beside the board");
            verify(pages.mapToItem(screen, pages.width, 0).x <= screen.width + 0.5, name + ": inside the screen");
            // The cards keep two thirds of the width: the side panel
            // narrows, its steps still starting on the first page.
            verify(findChild(screen, "sidePanel").width <= data.w * 0.33 + 1, name + ": the panel narrows");
            verify(stepRows(findChild(screen, "stepsPanel")).length > 0, name + ": the steps on the first page");
        }
    }

    // The steps on the page shown, in order.
    function stepRows(item) {
        const found = [];
        const walk = parent => {
            for (let i = 0; i < parent.children.length; ++i) {
                const c = parent.children[i];
                if (c.objectName === "stepRow" && c.visible)
                    found.push(c);
                walk(c);
            }
        };
        walk(item);
        return found.sort((a, b) => a.number - b.number);
    }

    function bottomOf(item, within) {
        return item.mapToItem(within, 0, item.height).y;
    }

    function test_builtInPhases_data() {
        return [{ tag: "1920x1080", w: 1920, h: 1080 }, { tag: "1280x720", w: 1280, h: 720 }];
    }
    function test_builtInPhases(data) {
        Theme.scale = Math.min(data.w / 1920, data.h / 1080);
        const onePage = [], paged = [], promptAlone = [];
        for (const id of ["collegiale-ontmoeting", "draagvlak-intervisie", "intervisie-participatie"]) {
            const list = phases(id);
            for (let i = 0; i < list.length; ++i) {
                const name = id + " " + (i + 1) + " " + list[i].title;
                const screen = screenFor(list, i, data.w, data.h);
                const side = findChild(screen, "sidePanel");
                const steps = findChild(screen, "stepsPanel");
                const corner = findChild(screen, "joinCorner");
                const prompt = findChild(screen, "promptBanner");
                compare(steps.page, 0);
                // The way in, whole, at the bottom of the panel, on this page.
                verify(corner.visible, name + ": the join corner is shown");
                verify(bottomOf(corner, side) <= side.height + 0.5, name + ": the corner inside the panel");
                const address = findChild(corner, "cornerAddress");
                verify(address.contentWidth <= address.width + 1, name + ": the address fits the corner");
                verify(address.font.pixelSize >= Theme.small, name + ": the address at the room's scale");
                // Nu: on top, then the steps of this page, all above the corner.
                compare(prompt.visible, list[i].prompt.length > 0, name + ": the prompt");
                // On top, then the steps of this page, all above the corner.
                const rows = stepRows(steps);
                if (list[i].steps.length > 0 && rows.length === 0)
                    promptAlone.push(name);
                let bottom = prompt.visible ? bottomOf(prompt, side) : 0;
                for (const row of rows) {
                    const top = row.mapToItem(side, 0, 0).y;
                    verify(top >= bottom - 0.5, name + ": step " + row.number + " below what is above it");
                    bottom = bottomOf(row, side);
                }
                // Which steps a page shows, when they page: "Stap 3 van 3", "Stappen 1–2 van 3".
                const heading = findChild(steps, "stepsHeading");
                if (steps.pages > 1 && rows.length > 0) {
                    const shown = rows.length === 1 ? "Step " + rows[0].number + " of " + list[i].steps.length
                                                    : "Steps " + rows[0].number + "\u2013" + rows[rows.length - 1].number
                                                      + " of " + list[i].steps.length;
                    compare(heading.text, shown, name + ": the heading says which steps");
                } else if (rows.length > 0) {
                    compare(heading.text, "Steps", name);
                }
                verify(bottom <= corner.mapToItem(side, 0, 0).y + 0.5, name + ": the steps end above the corner");
                (steps.pages === 1 ? onePage : paged).push(name + " (" + Math.round(screen.sideFraction * 100) + " %)");
                // The content beside it keeps most of the width.
                verify(side.width <= data.w * 0.5 + 1, name + ": the panel within bounds");
            }
        }
        console.log(data.tag + ": all on one page: " + onePage.join(", "));
        console.log(data.tag + ": steps paged: " + paged.join(", "));
        console.log(data.tag + ": the prompt alone on the first page: " + promptAlone.join(", "));
        // Measured at the room's scale (1080p and 720p alike): beside the
        // board or the case the panel takes at most 40 % (beside the open
        // vote a third); the facilitator's
        // script starts on the first page in every phase, beside the prompt
        // and the corner, and is whole there in all but `pagedMax` of them
        // (steps longer than any width the panel may take holds: collegiale
        // ontmoeting 2 and 3, Intervisie 2 and 4).
        compare(promptAlone, [], "the prompt alone on the first page, the steps after it");
        verify(onePage.length >= 15 - testCase.pagedMax, "phases with everything on one page: " + onePage.length
               + " of 15; paged: " + paged.join(", "));
    }
}
