pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// The walls this tablet hears on the network (KioskFinder), newest first.
// Tapping one chooses it; the chosen one is marked with a tick, not only a
// colour. While none is heard, a plain line says so. Each shows the wall's
// name; its network address only when asked for ("Show addresses").
ColumnLayout {
    id: root

    required property KioskFinder finder
    // The join link of the chosen wall ("" when none).
    property string chosen
    // The addresses are details: shown on request.
    property bool details: false

    signal picked(string link)

    spacing: 10

    Label {
        Layout.fillWidth: true
        visible: root.finder.count === 0
        text: root.finder.listening ? qsTr("Looking for the wall on this Wi-Fi…")
                                    : qsTr("This tablet cannot look for walls on the network; type the address below.")
        font.pixelSize: Theme.fontBody
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Repeater {
        model: root.finder

        delegate: Button {
            id: kiosk

            required property string name
            required property string link
            required property string address
            readonly property bool isChosen: root.chosen === kiosk.link

            objectName: "kiosk_" + kiosk.address
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touch + 8, kiosk.implicitContentHeight + 20)
            focusPolicy: Qt.StrongFocus
            onClicked: root.picked(kiosk.link)

            contentItem: RowLayout {
                spacing: 12

                Label {
                    Layout.preferredWidth: 28
                    text: kiosk.isChosen ? "✓" : ""
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.accent
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: kiosk.name !== "" ? kiosk.name : qsTr("Meeting without a name")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.ink
                        elide: Text.ElideRight
                    }
                    Label {
                        objectName: "kioskAddress"
                        Layout.fillWidth: true
                        visible: root.details
                        text: qsTr("Wall at %1").arg(kiosk.address)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                        elide: Text.ElideRight
                    }
                }
            }
            background: Rectangle {
                radius: Theme.radius
                color: kiosk.isChosen ? Theme.accentSoft : (kiosk.down ? Theme.surfaceMuted : Theme.surface)
                border.color: kiosk.isChosen ? Theme.accent : Theme.line
                border.width: kiosk.isChosen ? 3 : 2
            }
        }
    }
    Button {
        objectName: "addressDetails"
        visible: root.finder.count > 0
        implicitHeight: Theme.touch
        flat: true
        text: root.details ? qsTr("Hide addresses") : qsTr("Show addresses")
        font.pixelSize: Theme.fontSmall
        onClicked: root.details = !root.details
    }
}
