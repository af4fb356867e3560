pragma ComponentBehavior: Bound
import QtQuick

// A button in the facilitator bar: a little smaller than the participant's
// buttons (the bar must not crowd out the meeting), still easy to hit.
AppButton {
    implicitHeight: 50
    leftPadding: 16
    rightPadding: 16
    font.pixelSize: Theme.fontSmall + 1
}
