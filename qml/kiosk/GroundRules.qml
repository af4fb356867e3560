pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import "Helpers.js" as Helpers

// The format's ground rules (spelregels) and agreement, shown before the start.
Item {
    id: root

    property string title
    property var rules: []      // [{title, text}] as SessionView.groundRules gives them
    property string agreement

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.px(18)

        Text {
            Layout.fillWidth: true
            text: root.title.length > 0 ? root.title : qsTr("Ground rules")
            color: Theme.ink
            font.pixelSize: Theme.title
            font.bold: true
        }

        Repeater {
            model: root.rules

            delegate: RowLayout {
                id: rule

                required property var modelData
                required property int index

                Layout.fillWidth: true
                spacing: Theme.px(16)

                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: Theme.px(52)
                    Layout.preferredHeight: Theme.px(52)
                    radius: width / 2
                    color: Theme.navy

                    Text {
                        anchors.centerIn: parent
                        text: rule.index + 1
                        color: Theme.inkOnNavy
                        font.pixelSize: Theme.small
                        font.bold: true
                    }
                }
                Text {
                    Layout.fillWidth: true
                    // "Title: text" as in the format's source, the title in bold.
                    text: "<b>" + Helpers.escapeHtml(rule.modelData.title) + ":</b> "
                          + Helpers.escapeHtml(rule.modelData.text)
                    textFormat: Text.StyledText
                    color: Theme.ink
                    font.pixelSize: Theme.px(32)
                    wrapMode: Text.Wrap
                    lineHeight: 1.08
                }
            }
        }

        Text {
            Layout.fillWidth: true
            visible: root.agreement.length > 0
            text: root.agreement
            color: Theme.inkMuted
            font.pixelSize: Theme.body
            font.italic: true
            wrapMode: Text.Wrap
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
