import QtQuick
import QtTest
import Flipover.Kiosk
import "qrc:/Flipover/Kiosk/Helpers.js" as Helpers

// The phase timer: formatting (mm:ss, hours, overtime +mm:ss) and its states,
// each with its own words as well as its colour.
TestCase {
    id: testCase

    name: "Timer"
    when: windowShown
    // Shown, so that positioners lay out what the tests measure.
    visible: true
    width: 1200
    height: 300

    Component {
        id: timerComponent

        TimerDisplay {
            width: 1040
            height: 160
        }
    }

    function init() {
        Theme.scale = 1;
    }

    function test_clockText_data() {
        return [
            { tag: "zero", ms: 0, text: "00:00" },
            { tag: "rounds up to the whole second", ms: 59001, text: "01:00" },
            { tag: "mm:ss", ms: 754000, text: "12:34" },
            { tag: "just under an hour", ms: 3599000, text: "59:59" },
            { tag: "one hour", ms: 3600000, text: "1:00:00" },
            { tag: "hours", ms: 5100000, text: "1:25:00" },
            { tag: "overtime starts at +00:00", ms: -500, text: "+00:00" },
            { tag: "overtime", ms: -192000, text: "+03:12" },
            { tag: "overtime in hours", ms: -3725000, text: "+1:02:05" },
        ];
    }

    function test_clockText(data) {
        compare(Helpers.clockText(data.ms), data.text);
    }

    function test_timerState_data() {
        return [
            { tag: "running", status: "running", ms: 600000, state: "running" },
            { tag: "two minutes left is a warning", status: "running", ms: 120000, state: "warning" },
            { tag: "last second", status: "running", ms: 1, state: "warning" },
            { tag: "time is up", status: "running", ms: -1, state: "overtime" },
            { tag: "paused wins over overtime", status: "paused", ms: -5000, state: "paused" },
            { tag: "before the start", status: "notStarted", ms: 0, state: "notStarted" },
            { tag: "after the end", status: "ended", ms: 0, state: "ended" },
        ];
    }

    function test_timerState(data) {
        compare(Helpers.timerState(data.status, data.ms), data.state);
    }

    function test_display_overtime() {
        const timer = createTemporaryObject(timerComponent, testCase,
                                            { status: "running", remainingMs: -192000, plannedMs: 300000 });
        verify(timer);
        compare(timer.clockText, "+03:12");
        compare(timer.timerState, "overtime");
        compare(timer.stateText, "Time is up");
        verify(Qt.colorEqual(timer.color, Theme.overtime));
        const clock = findChild(timer, "clock");
        compare(clock.text, "+03:12");
        verify(clock.fontInfo.pixelSize >= 120, "the clock is readable across the room");
    }

    function test_display_warning() {
        const timer = createTemporaryObject(timerComponent, testCase,
                                            { status: "running", remainingMs: 95000, plannedMs: 300000 });
        compare(timer.clockText, "01:35");
        compare(timer.timerState, "warning");
        compare(timer.stateText, "Last 2 minutes");
        verify(Qt.colorEqual(timer.color, Theme.warning));
        compare(timer.plannedText, "Planned: 5 min");
    }

    // Colour is never the only signal: every state has its own words.
    function test_everyStateHasItsOwnWords() {
        const cases = [["running", 600000], ["running", 60000], ["running", -60000],
                       ["paused", 60000], ["notStarted", 0], ["ended", 0]];
        const seen = {};
        for (const c of cases) {
            const timer = createTemporaryObject(timerComponent, testCase, { status: c[0], remainingMs: c[1] });
            verify(timer.stateText.length > 0);
            verify(!(timer.stateText in seen), timer.stateText + " is used twice");
            seen[timer.stateText] = true;
        }
    }

    function test_beforeTheStartShowsTheWholeMeeting() {
        const timer = createTemporaryObject(timerComponent, testCase,
                                            { status: "notStarted", meetingRemainingMs: 5100000 });
        compare(timer.clockText, "1:25:00");
        compare(timer.meetingText, "85 min planned");
    }

    function test_meetingTimeLeft() {
        const timer = createTemporaryObject(timerComponent, testCase,
                                            { status: "running", remainingMs: 60000, meetingRemainingMs: 4740000 });
        compare(timer.meetingText, "1 h 19 min left in all");
        timer.meetingRemainingMs = -190000;
        compare(timer.meetingText, "3 min over in all");
    }

    // The end-of-phase signal is visual: the timer flashes when the time
    // runs out in front of the room, not when the wall starts in overtime.
    function test_flashesWhenTimeRunsOut() {
        const running = createTemporaryObject(timerComponent, testCase, { status: "running", remainingMs: 1000 });
        verify(!running.flashing);
        running.remainingMs = -1;
        verify(running.flashing);
        const late = createTemporaryObject(timerComponent, testCase, { status: "running", remainingMs: -60000 });
        verify(!late.flashing);
        late.status = "paused";
        late.status = "running";
        verify(!late.flashing, "resuming in overtime is not the moment the time ran out");
    }

    // The chime rings with the flashes, once, and not when the wall starts in overtime.
    function test_chimesWhenTimeRunsOut() {
        const running = createTemporaryObject(timerComponent, testCase, { status: "running", remainingMs: 1000 });
        compare(running.chimes, 0);
        running.remainingMs = -1;
        compare(running.chimes, 1);
        running.remainingMs = -2000;
        compare(running.chimes, 1);
        const late = createTemporaryObject(timerComponent, testCase, { status: "running", remainingMs: -60000 });
        compare(late.chimes, 0);
        const quiet = createTemporaryObject(timerComponent, testCase,
                                            { status: "running", remainingMs: 1000, chimeEnabled: false });
        quiet.remainingMs = -1;
        compare(quiet.chimes, 0);
        verify(quiet.flashing, "the visual pulse stays without sound");
    }
}
