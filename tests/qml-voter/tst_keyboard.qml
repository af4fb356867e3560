import QtQuick
import QtQuick.Controls
import QtTest
import Flipover.Voter

// The on-screen keyboard never hides the field being typed in: with a
// keyboard of 300 px over the bottom of the window, focusing a field low in a
// long form scrolls it into the part still visible, and back up again.
TestCase {
    id: testCase

    function test_focusedFieldStaysAboveTheKeyboard() {
        keeper.keyboardHeight = 300;
        compare(keeper.covered, 300);
        compare(flick.bottomMargin, 300);
        low.forceActiveFocus();
        const y = low.mapToItem(flick.contentItem, 0, 0).y;
        verify(y + low.height <= flick.contentY + flick.height - 300, "the field is above the keyboard");
        verify(y >= flick.contentY, "and not scrolled off the top");

        high.forceActiveFocus();
        const top = high.mapToItem(flick.contentItem, 0, 0).y;
        verify(top >= flick.contentY, "a field higher up is shown again");
    }

    function test_noKeyboardNoScrolling() {
        keeper.keyboardHeight = 0;
        flick.contentY = 0;
        compare(keeper.covered, 0);
        low.forceActiveFocus();
        compare(flick.contentY, 0);
    }

    name: "Keyboard"
    when: windowShown
    visible: true
    width: 800
    height: 1280

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: column.height
        bottomMargin: keeper.covered

        Column {
            id: column

            width: flick.width
            spacing: 20

            TextField {
                id: high

                width: 300
            }
            Rectangle {
                width: 10
                height: 1200
            }
            TextField {
                id: low

                width: 300
            }
        }
    }
    KeepInView {
        id: keeper

        flickable: flick
    }
}
