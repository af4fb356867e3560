pragma ComponentBehavior: Bound
pragma Singleton
import QtQuick

// The wall's look in one place: colours checked for contrast (>= 4.5:1 for
// every text/background pair used, most well above 7:1) and sizes in pixels
// at 1920x1080, scaled by `scale` so that the layout is the same from
// 1280x720 to 3840x2160.
QtObject {
    id: root

    // Set by Main from the window size; 1.0 at 1920x1080.
    property real scale: 1.0

    // Text: ink on paper 15:1, inkMuted on paper 8.9:1, ink on surface 17:1.
    readonly property color paper: "#F4F1EA"
    readonly property color surface: "#FFFFFF"
    readonly property color ink: "#1B1B1B"
    readonly property color inkMuted: "#45423C"
    readonly property color line: "#8C8579"
    // The header and the control bar: white on navy 11.7:1; navy on white 11.7:1.
    readonly property color navy: "#123A5E"
    readonly property color navyLight: "#D8E3EE"
    readonly property color inkOnNavy: "#FFFFFF"
    // Timer states; each also has its own words and symbol.
    readonly property color warning: "#FFC629"      // ink on it: 11:1
    readonly property color overtime: "#A4161A"     // white on it: 7.8:1
    readonly property color paused: "#4A4A4A"       // white on it: 8.9:1
    // Remarks: dark text on a light tint, each with its word (Dromer/Criticus).
    readonly property color dreamerTint: "#DCEBFA"
    readonly property color dreamerInk: "#0B3D6B"   // 9.1:1
    readonly property color criticTint: "#FBE3D6"
    readonly property color criticInk: "#7A2E0B"    // 7.7:1
    // Post-its, with ink on each (>= 13:1).
    readonly property color tipPaper: "#FFF1A8"
    readonly property color topPaper: "#D4F2C9"
    readonly property color insightPaper: "#E6E0F8"
    readonly property color takeawayPaper: "#FFE0C2"
    // Answered questions and done phases: green with a check mark and a word.
    readonly property color done: "#1E6B32"         // on paper 5.8:1
    readonly property color bar: "#123A5E"

    // The room's type scale, in pixels at 1080p. Everything the room reads
    // has a cap height of at least 30 px at 1920x1080 (DejaVu Sans: cap
    // height 0.73 em, so >= 42 px); the screenshot tour checks it
    // (kiosk/screenshots/textcheck.h). The board's cards read at `body`, a
    // card on its own (the focus view, the case) at `card` or more.
    readonly property real small: px(42)
    readonly property real body: px(44)
    readonly property real large: px(50)
    readonly property real card: px(54)
    readonly property real title: px(60)
    readonly property real timer: px(168)
    readonly property real pin: px(176)
    // Facilitator-only chrome (controls, dialogs, the page hint for the
    // facilitator): read from arm's length, never meant for the back row.
    // Texts using these carry `roomText: false` or sit in a facilitator
    // surface, so that the room-scale check leaves them out.
    readonly property real chromeSmall: px(28)
    readonly property real chromeBody: px(30)
    readonly property real chromeLarge: px(36)
    readonly property real chromeTitle: px(46)
    readonly property real gap: px(24)
    readonly property real smallGap: px(12)
    readonly property real radius: px(14)

    function px(value: real): real {
        return Math.round(value * root.scale);
    }
}
