pragma ComponentBehavior: Bound
pragma Singleton

import QtQuick

// Colours, type sizes and spacing of the tablet. Sized for a 10" tablet held
// at arm's length: body text 20 px, touch targets at least 56 px.
QtObject {
    id: root

    readonly property color background: "#f3f0e8"
    readonly property color surface: "#ffffff"
    readonly property color surfaceMuted: "#f8f6f1"
    readonly property color ink: "#1c2330"
    readonly property color muted: "#4f5866"
    readonly property color line: "#cfc8ba"
    readonly property color accent: "#1d5aa6"
    readonly property color accentSoft: "#e3ecf8"
    readonly property color textOnAccent: "#ffffff"
    readonly property color good: "#24713a"
    readonly property color goodSoft: "#e4f2e7"
    readonly property color warn: "#8a5300"
    readonly property color warnSoft: "#fdf0d8"
    readonly property color bad: "#a4211b"
    readonly property color badSoft: "#fbe5e3"
    readonly property color dreamer: "#5b3fa6"
    readonly property color critic: "#9c3d12"
    readonly property color facilitator: "#2b3340"

    readonly property int fontSmall: 17
    readonly property int fontBody: 20
    readonly property int fontLarge: 24
    readonly property int fontTitle: 30
    readonly property int fontTimer: 44

    readonly property int touch: 56
    readonly property int gap: 16
    readonly property int padding: 20
    readonly property int radius: 12
}
