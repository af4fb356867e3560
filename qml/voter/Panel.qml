pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One activity's card on the meeting screen: a title, a line saying who
// sees what, then the panel's own content.
Rectangle {
    id: root

    property string title
    property string hint
    default property alias content: body.data

    implicitHeight: body.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line

    ColumnLayout {
        id: body

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.padding
        spacing: 12

        Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.ink
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.hint !== ""
            text: root.hint
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            wrapMode: Text.Wrap
        }
    }
}
