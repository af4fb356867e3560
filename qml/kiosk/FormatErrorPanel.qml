pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// Why a format file (or a new meeting) was refused, for the facilitator: the
// file, the line and the field the loader names, its reason, and that
// nothing changed. A warning sign and words, not only the red border.
Rectangle {
    id: root

    // A KioskController.checkFormat() result with ok false, or for a refused
    // newMeeting: {message}.
    property var problem: ({})

    readonly property string fileName: root.problem.file || ""
    readonly property int line: root.problem.line || 0
    readonly property string field: root.problem.field || ""

    implicitHeight: column.implicitHeight + 2 * Theme.px(20)
    radius: Theme.radius
    color: Theme.criticTint
    border.width: Theme.px(4)
    border.color: Theme.overtime

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.px(20)
        spacing: Theme.px(6)

        Text {
            objectName: "formatErrorTitle"
            Layout.fillWidth: true
            text: "\u26A0 " + (root.fileName.length > 0 ? qsTr("%1 cannot be used").arg(root.fileName)
                                                        : qsTr("The new meeting could not start"))
            color: Theme.criticInk
            font.pixelSize: Theme.chromeBody
            font.bold: true
            elide: Text.ElideMiddle
        }
        Text {
            objectName: "formatErrorWhere"
            Layout.fillWidth: true
            visible: root.line > 0 || root.field.length > 0
            text: [root.line > 0 ? qsTr("Line %1").arg(root.line) : "",
                   root.field.length > 0 ? qsTr("field %1").arg(root.field) : ""]
                  .filter(part => part.length > 0).join(", ") // qmllint disable type
            color: Theme.ink
            font.pixelSize: Theme.chromeBody
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "formatErrorMessage"
            Layout.fillWidth: true
            text: root.problem.message || ""
            color: Theme.ink
            font.pixelSize: Theme.chromeSmall
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Nothing has changed: the current meeting goes on.")
            color: Theme.ink
            font.pixelSize: Theme.chromeSmall
            wrapMode: Text.Wrap
        }
    }
}
