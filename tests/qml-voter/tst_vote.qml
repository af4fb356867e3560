import QtQuick
import QtTest
import Flipover.Voter
import Flipover.Voter.Test

// The vote panel's logic: dots left, the cap per card, a single choice, a
// changed ballot, and what shows once the vote is closed.
TestCase {
    id: testCase

    readonly property VoterClient voter: Fixture.client()
    readonly property SessionView sessionView: Fixture.view()

    function state(status: string, mode: string): var {
        return {
            "phase": { "index": 2, "count": 4, "status": "running", "title": "kiezen" },
            "cards": [{ "id": 1, "text": "Eerst taal", "position": 0 },
                      { "id": 2, "text": "Eerst werk", "position": 1 },
                      { "id": 3, "text": "Samen", "position": 2 }],
            "vote": { "status": status, "mode": mode, "dots": 3, "capPerCard": 2 }
        };
    }

    function rows(item: Item): var {
        let out = [];
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child.canAdd !== undefined && child.dotsRequested !== undefined)
                out.push(child);
            out = out.concat(testCase.rows(child));
        }
        return out;
    }

    function row(panel: Item, cardId: int): Item {
        for (const r of testCase.rows(panel))
            if (r.model.id === cardId)
                return r;
        return null;
    }

    function init() {
        draftStore.clear();
    }

    function test_dotsLeftAndCap() {
        Fixture.snapshot(sessionView, testCase.state("open", "dots"));
        const panel = createTemporaryObject(panelComponent, testCase);
        compare(panel.total, 3);
        compare(panel.cap, 2);
        compare(panel.used, 0);
        compare(testCase.rows(panel).length, 3);
        verify(testCase.row(panel, 1).canAdd);

        panel.setDots(1, 2);
        compare(panel.used, 2);
        verify(!testCase.row(panel, 1).canAdd, "the cap per card is reached");
        verify(testCase.row(panel, 2).canAdd);
        panel.setDots(2, 1);
        compare(panel.used, 3);
        verify(!testCase.row(panel, 2).canAdd, "no dots left");
        verify(!testCase.row(panel, 3).canAdd, "no dots left");
        panel.setDots(1, 1);
        verify(testCase.row(panel, 3).canAdd, "a dot taken back is free again");
        compare(JSON.stringify(panel.choices), '{"1":1,"2":1}');
    }

    function test_singleChoiceReplaces() {
        Fixture.snapshot(sessionView, testCase.state("open", "single"));
        const panel = createTemporaryObject(panelComponent, testCase);
        compare(panel.total, 1);
        panel.setDots(1, 1);
        panel.setDots(3, 1);
        compare(JSON.stringify(panel.choices), '{"3":1}');
    }

    function test_ballotChange() {
        Fixture.snapshot(sessionView, testCase.state("open", "dots"));
        const panel = createTemporaryObject(panelComponent, testCase);
        panel.setDots(2, 2);
        verify(panel.changed);
        const before = voter.pendingCount;
        panel.submit();
        compare(voter.pendingCount, before + 1, "the ballot waits in the outbox");
        draftStore.sentBallot = panel.sending; // what the kiosk accepted
        verify(!panel.changed);
        panel.setDots(3, 1);
        verify(panel.changed, "a change after sending is a change");
        panel.setDots(3, 0);
        verify(!panel.changed);
    }

    function test_closedShowsTheCountedBallot() {
        Fixture.snapshot(sessionView, testCase.state("open", "dots"));
        draftStore.sentBallot = '{"1":2}';
        draftStore.ballot = { "3": 1 };
        Fixture.snapshot(sessionView, testCase.state("closed", "dots"));
        const panel = createTemporaryObject(panelComponent, testCase);
        compare(panel.shown["1"], 2);
        compare(panel.shown["3"], undefined);
    }

    function test_cardsThatLeftDoNotCount() {
        Fixture.snapshot(sessionView, testCase.state("open", "dots"));
        draftStore.ballot = { "1": 1, "9": 2 };
        const panel = createTemporaryObject(panelComponent, testCase);
        compare(JSON.stringify(panel.choices), '{"1":1}');
        compare(panel.used, 1);
    }

    // The room's result as the kiosk ranked it (ties share a rank), not re-sorted.
    function test_resultAsTheKioskRankedIt() {
        const s = testCase.state("closed", "dots");
        s.vote.revealed = true;
        s.vote.tallies = [{ "cardId": 1, "dots": 0 }, { "cardId": 2, "dots": 3 }, { "cardId": 3, "dots": 3 }];
        s.vote.ranking = [{ "cardId": 2, "rank": 1, "dots": 3 }, { "cardId": 3, "rank": 1, "dots": 3 },
                          { "cardId": 1, "rank": 3, "dots": 0 }];
        Fixture.snapshot(sessionView, s);
        const panel = createTemporaryObject(panelComponent, testCase);
        const texts = testCase.resultRows(panel).filter(r => r.visible).map(r => r.text.split(" \u00B7 ")[0]);
        compare(texts, ["1. Eerst werk", "1. Samen", "3. Eerst taal"]);

        s.vote.revealed = false;
        s.vote.tallies = null;
        s.vote.ranking = null;
        Fixture.snapshot(sessionView, s);
        compare(testCase.resultRows(panel).filter(r => r.visible).length, 0, "no result while hidden");
    }

    function resultRows(item: Item): var {
        let out = [];
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child.objectName === "resultRow")
                out.push(child);
            out = out.concat(testCase.resultRows(child));
        }
        return out;
    }

    name: "Vote"
    when: windowShown
    visible: true
    width: 1000
    height: 800

    Drafts {
        id: draftStore
    }
    Component {
        id: panelComponent

        VotePanel {
            width: 900
            client: testCase.voter
            view: testCase.sessionView
            drafts: draftStore
        }
    }
}
