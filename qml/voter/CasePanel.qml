pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// The case as it is on the wall, to read along.
Panel {
    id: root

    required property SessionView view

    title: qsTr("The case")
    hint: qsTr("Read along while the case is read out.")

    Label {
        Layout.fillWidth: true
        text: root.view.caseText !== "" ? root.view.caseText
                                        : qsTr("The case appears here as soon as it is on the wall.")
        font.pixelSize: Theme.fontBody
        font.italic: root.view.caseText === ""
        lineHeight: 1.2
        color: root.view.caseText !== "" ? Theme.ink : Theme.muted
        wrapMode: Text.Wrap
    }
}
