pragma ComponentBehavior: Bound
import QtQuick

// Keeps the field being typed in above the on-screen keyboard: the flickable
// gets room below its content for the part the keyboard covers, and scrolls
// the focused field into the part still visible whenever the focus moves or
// the keyboard opens.
QtObject {
    id: root

    required property Flickable flickable
    // The keyboard's height; tests set it, on a tablet it follows the input method.
    property real keyboardHeight: Qt.inputMethod.visible ? Qt.inputMethod.keyboardRectangle.height : 0 // qmllint disable type
    // How much of the flickable the keyboard covers (it rises from the window's bottom).
    readonly property real covered: {
        const window = root.flickable.Window.window;
        if (!window || root.keyboardHeight <= 0)
            return 0;
        const bottom = root.flickable.mapToItem(null, 0, root.flickable.height).y;
        return Math.max(0, Math.min(root.flickable.height, root.keyboardHeight - (window.height - bottom)));
    }
    readonly property Connections focusWatch: Connections {
        function onActiveFocusItemChanged() {
            root.reveal();
        }

        target: root.flickable.Window.window
    }

    function reveal() {
        const item = root.flickable.Window.activeFocusItem;
        if (!item || root.covered <= 0)
            return;
        let inside = false;
        for (let p = item.parent; p && !inside; p = p.parent)
            inside = p === root.flickable.contentItem;
        if (!inside)
            return;
        const margin = 16;
        const y = item.mapToItem(root.flickable.contentItem, 0, 0).y;
        const visible = root.flickable.height - root.covered;
        const maxY = Math.max(0, root.flickable.contentHeight + root.covered - root.flickable.height);
        if (y + item.height + margin > root.flickable.contentY + visible)
            root.flickable.contentY = Math.min(maxY, y + item.height + margin - visible);
        else if (y - margin < root.flickable.contentY)
            root.flickable.contentY = Math.max(0, y - margin);
    }

    onCoveredChanged: root.reveal()
}
