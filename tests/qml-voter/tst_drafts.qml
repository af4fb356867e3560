import QtQuick
import QtTest
import Flipover.Voter
import Flipover.Voter.Test

// Drafts: kept by the client with the session (so a restarted app finds them
// again), the ballot as JSON, nothing kept without a session, and nothing
// left after leaving.
TestCase {
    id: testCase

    readonly property VoterClient client: Fixture.client()
    readonly property VoterClient noSession: Fixture.client()

    name: "Drafts"

    Component {
        id: draftsComponent

        Drafts {}
    }

    function initTestCase() {
        // A session to keep drafts for; nobody listens there, so it stays unjoined.
        verify(client.connectToLink("127.0.0.1:9", "123456"));
        client.disconnectFromKiosk();
    }

    function test_keptAndRestored() {
        const first = createTemporaryObject(draftsComponent, testCase, { "client": client });
        first.thought = "half getypt";
        first.remarkCardId = 4;
        first.ballot = { "4": 2, "7": 1 };
        first.sentBallot = '{"4":2}';
        compare(client.draft("thought"), "half getypt");
        compare(client.draft("ballot"), '{"4":2,"7":1}');

        // What a restarted app does: a new Drafts on the client's memory.
        const again = createTemporaryObject(draftsComponent, testCase, { "client": client });
        compare(again.thought, "half getypt");
        compare(again.remarkCardId, 4);
        compare(again.ballot["4"], 2);
        compare(again.ballot["7"], 1);
        compare(again.sentBallot, '{"4":2}');

        // Emptied fields are forgotten, not kept as empty.
        again.thought = "";
        compare(client.draft("thought"), undefined);
        again.ballot = {};
        compare(client.draft("ballot"), undefined);
    }

    function test_nothingKeptWithoutSession() {
        const drafts = createTemporaryObject(draftsComponent, testCase, { "client": noSession });
        drafts.thought = "voor het meedoen";
        compare(noSession.draft("thought"), undefined);
    }

    function test_leaveForgets() {
        const drafts = createTemporaryObject(draftsComponent, testCase, { "client": client });
        drafts.tip = "meer pauzes";
        compare(client.draft("tip"), "meer pauzes");
        client.leave();
        compare(client.draft("tip"), undefined);
        const after = createTemporaryObject(draftsComponent, testCase, { "client": client });
        compare(after.tip, "");
    }
}
