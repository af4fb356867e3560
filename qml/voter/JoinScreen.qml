pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Flipover.Voter

// The first screen: the wall (picked from the walls heard on the network, or
// its address or join link typed), the PIN shown on the wall, and one big
// button. Optional: the facilitator PIN, and passing the tablet around.
Rectangle {
    id: root

    required property VoterClient client
    required property VoterApp app
    required property KioskFinder finder
    property string address: root.app.kioskAddress
    property string pin: root.app.pin
    property string facilitatorPin
    property bool facilitatorOpen: false
    property bool passTablet: false
    // The walls heard are listed; the address field comes on request.
    property bool typeAddress: false
    property bool addressWrong: false
    readonly property bool busy: root.client.state === "connecting" || root.client.state === "reconnecting"
    readonly property string errorText: {
        if (root.addressWrong)
            return qsTr("This address does not look right. It is shown on the wall, for example 192.168.1.20:7700.");
        if (root.client.lastError !== "")
            return Errors.text(root.client.lastError);
        if (slowTimer.slow)
            return qsTr("The wall does not answer yet. Is the address right, and is this tablet on the same Wi-Fi as the wall?");
        return "";
    }

    signal joining(string address, string pin, bool passTablet)

    // Whether the address is one of the walls heard (count: re-evaluated as
    // the list changes).
    function heard(address: string, count: int): bool {
        for (let i = 0; i < count; ++i)
            if (root.finder.linkAt(i) === address.trim())
                return true;
        return false;
    }

    function submit() {
        if (root.pin.trim() === "")
            return;
        const facilitator = root.facilitatorOpen && !root.passTablet ? root.facilitatorPin.trim() : "";
        root.addressWrong = !root.client.connectToLink(root.address, root.pin.trim(), facilitator);
        if (!root.addressWrong)
            root.joining(root.address.trim(), root.pin.trim(), root.passTablet);
    }

    function reset() {
        root.pin = "";
        root.facilitatorPin = "";
        root.facilitatorOpen = false;
        root.passTablet = false;
        root.typeAddress = false;
        root.addressWrong = false;
    }

    color: Theme.background

    // One wall heard and nothing typed yet: that is the one.
    Connections {
        target: root.finder

        function onCountChanged() {
            if (root.address.trim() === "" && root.finder.count === 1)
                root.address = root.finder.linkAt(0);
        }
    }

    Timer {
        id: slowTimer

        property bool slow: false

        interval: 8000
        running: root.busy
        onRunningChanged: slowTimer.slow = false
        onTriggered: slowTimer.slow = true
    }

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.padding

        Label {
            Layout.fillWidth: true
            text: "Flipover"
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.accent
        }
        AppButton {
            text: root.app.language === "nl" ? "English" : "Nederlands"
            onClicked: root.app.language = root.app.language === "nl" ? "en" : "nl"
        }
    }

    KeepInView {
        id: keyboard

        flickable: joinFlick
    }

    Flickable {
        id: joinFlick

        bottomMargin: keyboard.covered
        anchors.fill: parent
        anchors.topMargin: Theme.touch + 2 * Theme.padding
        contentHeight: Math.max(height, card.implicitHeight + 2 * Theme.padding)
        clip: true

        Rectangle {
            id: card

            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(Theme.padding, (parent.height - implicitHeight) / 2 - Theme.padding)
            width: Math.min(680, root.width - 2 * Theme.padding)
            implicitHeight: form.implicitHeight + 64
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.line

            ColumnLayout {
                id: form

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 32
                spacing: 14

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Join the meeting")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.ink
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Choose the wall, type the PIN shown on it, then tap Join.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.topMargin: 6
                    text: qsTr("The wall")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.ink
                }
                KioskList {
                    Layout.fillWidth: true
                    finder: root.finder
                    chosen: root.address.trim()
                    enabled: !root.busy
                    onPicked: function (link) {
                        root.address = link;
                        root.addressWrong = false;
                    }
                }
                AppButton {
                    objectName: "typeAddress"
                    visible: root.finder.count > 0 && !addressField.visible
                    text: qsTr("Type another address")
                    enabled: !root.busy
                    onClicked: root.typeAddress = true
                }
                LineBox {
                    id: addressField

                    objectName: "addressField"
                    visible: root.finder.count === 0 || root.typeAddress
                             || (root.address.trim() !== "" && !root.heard(root.address, root.finder.count))
                    text: root.address
                    onTextChanged: root.address = addressField.text
                    placeholderText: qsTr("the address on the wall, e.g. 192.168.1.20:7700")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    enabled: !root.busy
                }
                Label {
                    Layout.topMargin: 6
                    text: qsTr("PIN")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.ink
                }
                LineBox {
                    id: pinField

                    text: root.pin
                    onTextChanged: root.pin = pinField.text
                    placeholderText: qsTr("the PIN from the wall")
                    inputMethodHints: Qt.ImhDigitsOnly
                    maximumLength: 12
                    font.pixelSize: pinField.text === "" ? Theme.fontLarge : 34
                    font.letterSpacing: pinField.text === "" ? 0 : 6
                    implicitHeight: 72
                    enabled: !root.busy
                    onAccepted: root.submit()
                }
                JoinStatus {
                    Layout.fillWidth: true
                    errorText: root.errorText
                    busy: root.busy
                    canJoin: root.pin.trim() !== "" && root.address.trim() !== ""
                    onJoinClicked: root.submit()
                    onStopClicked: root.client.disconnectFromKiosk()
                }
                BigCheckBox {
                    id: passBox

                    objectName: "passBox"
                    checked: root.passTablet
                    onToggled: root.passTablet = passBox.checked
                    text: qsTr("This tablet goes round: pass it on after each person")
                    enabled: !root.busy
                }
                BigCheckBox {
                    id: facilitatorBox

                    checked: root.facilitatorOpen
                    onToggled: root.facilitatorOpen = facilitatorBox.checked
                    text: qsTr("I am the facilitator")
                    visible: !root.passTablet
                    enabled: !root.busy
                }
                LineBox {
                    id: facilitatorField

                    visible: root.facilitatorOpen && !root.passTablet
                    text: root.facilitatorPin
                    onTextChanged: root.facilitatorPin = facilitatorField.text
                    placeholderText: qsTr("Facilitator PIN")
                    inputMethodHints: Qt.ImhDigitsOnly
                    echoMode: TextInput.Password
                    enabled: !root.busy
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: 6
                    text: qsTr("You take part without your name. When you leave, this tablet forgets the meeting.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
