import QtQuick
import QtTest
import Flipover.Voter
import Flipover.Voter.Test

// The join screen's logic: typed addresses and join links, a wrong address
// changes nothing, the walls heard on the network, pass-the-tablet.
TestCase {
    id: testCase

    readonly property VoterClient voter: Fixture.client()

    function beacon(name: string, link: string): string {
        return JSON.stringify({ "magic": "flipover-kiosk", "v": 1, "name": name, "join": link });
    }

    function cleanup() {
        voter.disconnectFromKiosk();
    }

    function test_wrongAddressChangesNothing() {
        const screen = createTemporaryObject(joinComponent, testCase, { "finder": Fixture.finder() });
        spy.target = screen;
        screen.address = "ftp://10.0.0.5/";
        screen.pin = "123456";
        screen.submit();
        verify(screen.addressWrong);
        verify(screen.errorText.length > 0);
        compare(voter.state, "offline");
        compare(spy.count, 0);
    }

    function test_joinLinkBecomesWebSocket() {
        const screen = createTemporaryObject(joinComponent, testCase, { "finder": Fixture.finder() });
        spy.target = screen;
        screen.address = "http://127.0.0.1:9/?m=0123456789";
        screen.pin = " 123456 ";
        screen.passTablet = true;
        screen.submit();
        verify(!screen.addressWrong);
        compare(String(voter.url), "ws://127.0.0.1:9/");
        compare(voter.meeting, "0123456789");
        verify(voter.state === "connecting" || voter.state === "reconnecting");
        compare(spy.count, 1);
        compare(spy.signalArguments[0][1], "123456");
        compare(spy.signalArguments[0][2], true);
    }

    function test_typedHostGetsTheDefaultPort() {
        const screen = createTemporaryObject(joinComponent, testCase, { "finder": Fixture.finder() });
        spy.target = screen;
        screen.address = "127.0.0.1";
        screen.pin = "1";
        screen.submit();
        compare(String(voter.url), "ws://127.0.0.1:7700/");
    }

    function test_oneWallHeardIsChosen() {
        const finder = Fixture.finder();
        const screen = createTemporaryObject(joinComponent, testCase, { "finder": finder, "address": "" });
        verify(!finder.handleDatagram("not a beacon", 0));
        compare(screen.address, "");
        verify(finder.handleDatagram(testCase.beacon("Team Noord", "http://10.0.0.5:7700/?m=aaaaaaaaaa"), 0));
        compare(screen.address, "http://10.0.0.5:7700/?m=aaaaaaaaaa");
        // A second wall does not override the choice.
        verify(finder.handleDatagram(testCase.beacon("Team Zuid", "http://10.0.0.6:7700/?m=bbbbbbbbbb"), 100));
        compare(screen.address, "http://10.0.0.5:7700/?m=aaaaaaaaaa");
        compare(finder.count, 2);
    }

    function init() {
        spy.clear();
    }

    name: "Join"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: joinComponent

        JoinScreen {
            id: screen

            width: 1280
            height: 800
            client: testCase.voter
            app: TestApp
        }
    }
    SignalSpy {
        id: spy

        target: null
        signalName: "joining"
    }
}
