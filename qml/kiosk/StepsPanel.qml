pragma ComponentBehavior: Bound
import QtQuick

// The phase's steps from the format, numbered. Long steps get a smaller font
// (not below the 28 px floor) and, only if that is not enough, fewer lines
// each, ending in "…"; the full text stays in the format and on the tablets.
Item {
    id: root

    property list<string> steps    // the phase's steps
    property real fontSize: root.maxFont
    property int maxLines: root.unlimited

    readonly property real maxFont: Theme.px(32)
    readonly property real minFont: Theme.small
    readonly property int unlimited: 1000
    readonly property real spacing: Theme.px(18)

    function contentHeight(): real {
        let h = heading.implicitHeight;
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i);
            if (item)
                h += root.spacing + item.textHeight;
        }
        return h;
    }

    // Once, after the changes that are coming in with this one.
    function fitLater() {
        Qt.callLater(root.fit); // qmllint disable type
    }

    function fit() {
        root.maxLines = root.unlimited;
        for (let size = root.maxFont; size >= root.minFont; size -= 1) {
            root.fontSize = size;
            if (root.contentHeight() <= root.height)
                return;
        }
        for (let lines = 8; lines >= 2; --lines) {
            root.maxLines = lines;
            if (root.contentHeight() <= root.height)
                return;
        }
    }

    onWidthChanged: root.fitLater()
    onHeightChanged: root.fitLater()
    onStepsChanged: root.fitLater()

    Column {
        anchors.fill: parent
        spacing: root.spacing

        Text {
            id: heading

            width: parent.width
            text: qsTr("Steps")
            color: Theme.ink
            font.pixelSize: Theme.large
            font.bold: true
        }

        Repeater {
            id: repeater

            model: root.steps

            delegate: Item {
                id: step

                required property string modelData
                required property int index
                readonly property real textHeight: Math.max(stepText.implicitHeight, badge.height)

                width: parent ? parent.width : 0
                height: step.textHeight

                Rectangle {
                    id: badge

                    width: Theme.px(46)
                    height: Theme.px(46)
                    radius: width / 2
                    color: Theme.navy

                    Text {
                        anchors.centerIn: parent
                        text: step.index + 1
                        color: Theme.inkOnNavy
                        font.pixelSize: Theme.small
                        font.bold: true
                    }
                }
                Text {
                    id: stepText

                    anchors.left: badge.right
                    anchors.leftMargin: Theme.px(14)
                    anchors.right: parent.right
                    text: step.modelData
                    color: Theme.ink
                    font.pixelSize: root.fontSize
                    wrapMode: Text.Wrap
                    maximumLineCount: root.maxLines
                    elide: Text.ElideRight
                }
            }
        }
    }
}
