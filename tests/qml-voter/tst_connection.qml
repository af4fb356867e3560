import QtQuick
import QtTest
import Flipover.Voter
import Flipover.Voter.Test

// The connection state in plain words: the header's status and the banner
// that says nothing typed is lost and how much waits to be sent.
TestCase {
    id: testCase

    readonly property VoterClient voter: Fixture.client()
    readonly property SessionView sessionView: Fixture.view()

    function texts(item: Item): var {
        let out = [];
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child.visible && child.text !== undefined && child.text !== "")
                out.push(child.text);
            out = out.concat(testCase.texts(child));
        }
        return out;
    }

    function test_offlineWordsAndWaitingItems() {
        const status = createTemporaryObject(statusComponent, testCase);
        const banner = createTemporaryObject(bannerComponent, testCase);
        compare(voter.state, "offline");
        verify(testCase.texts(status).indexOf("Not connected") >= 0);
        verify(banner.visible);
        verify(testCase.texts(banner).join(" ").indexOf("Connection lost") >= 0);
        verify(testCase.texts(banner).indexOf("Reconnect") >= 0, "offline: a way to try again");

        voter.send("addThought", { "text": "kept" });
        voter.send("addThought", { "text": "kept too" });
        compare(voter.pendingCount, 2);
        verify(testCase.texts(banner).join(" ").indexOf("2 item") >= 0);
    }

    function test_connectingShowsNoReconnectButton() {
        const banner = createTemporaryObject(bannerComponent, testCase);
        verify(voter.connectToLink("127.0.0.1:9", "1"));
        verify(voter.state === "connecting" || voter.state === "reconnecting");
        verify(testCase.texts(banner).indexOf("Reconnect") < 0);
        voter.disconnectFromKiosk();
        compare(voter.state, "offline");
        verify(testCase.texts(banner).indexOf("Reconnect") >= 0);
    }

    name: "Connection"
    when: windowShown
    visible: true
    width: 1000
    height: 400

    Component {
        id: statusComponent

        ConnectionStatus {
            client: testCase.voter
            view: testCase.sessionView
        }
    }
    Component {
        id: bannerComponent

        ConnectionBanner {
            width: 900
            client: testCase.voter
        }
    }
}
