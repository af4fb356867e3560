import QtQuick
import QtTest
import Flipover.Kiosk

// Last time's outcome (PreviousOutcome): nothing the room reads is elided. A
// long top card, long insights and tips wrap in full; as many of them as fit
// whole are on the screen and the rest is counted, never cut.
TestCase {
    id: testCase

    name: "PreviousOutcome"
    when: windowShown
    visible: true
    width: 1920
    height: 1080

    Component {
        id: outcomeComponent

        PreviousOutcome {}
    }

    function init() {
        Theme.scale = 1;
    }

    readonly property string longCard: "Voordat het college besluit, organiseren we met de bewonersgroep, het jongerenwerk "
        + "en de buurtagent een avond in het buurthuis waarop iedereen kan zeggen wat de plannen voor de wijk "
        + "voor hem betekenen, en we koppelen binnen twee weken terug wat we ermee doen"

    function outcome(cardCount) {
        const cards = [{ text: testCase.longCard, dots: 9, direction: "Samen optrekken", tags: ["WIJ"] }];
        for (let i = 1; i < cardCount; ++i)
            cards.push({ text: "Kaart " + (i + 1) + ": een korte terugkoppeling na elke bijeenkomst voor de wijk",
                         dots: 9 - i, direction: "Eerst luisteren", tags: ["IK"] });
        const said = "Doorvragen op aannames levert meer op dan overtuigen, ook als de tijd dringt en "
                     + "iedereen al een mening heeft over wat de wijk nodig heeft";
        return { fileName: "vorige.flipover", name: "Draagvlak", cycleMeeting: 1, cycleSize: 5, date: "2026-11-30",
                 voted: true, cards: cards, enriched: [said, said], takeaway: [said],
                 tops: ["Fijn dat iedereen een eigen case mocht inbrengen"], tips: [said, said] };
    }

    function texts(item) {
        let found = [];
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child instanceof Text)
                found.push(child);
            found = found.concat(texts(child));
        }
        return found;
    }

    // Whether a text is on screen: not on a later page of its list (those
    // lie beside the list, outside its clip).
    function shown(text) {
        for (let p = text.parent; p; p = p.parent) {
            if (["previousCards", "previousInsights", "previousTips"].indexOf(p.objectName) >= 0) {
                const x = text.mapToItem(p, 0, 0).x;
                return x >= -0.5 && x < p.width;
            }
        }
        return true;
    }

    // Whether an item lies whole inside the overlay.
    function onScreen(item, overlay) {
        const top = item.mapToItem(overlay, 0, 0);
        return top.x >= -0.5 && top.y >= -0.5 && top.x + item.width <= overlay.width + 0.5
               && top.y + item.height <= overlay.height + 0.5;
    }

    function test_longTopCardInFull_data() {
        return [
            { tag: "1920x1080", scale: 1, width: 1920, height: 1080 },
            { tag: "1280x720", scale: 2 / 3, width: 1280, height: 720 },
        ];
    }

    function test_longTopCardInFull(data) {
        Theme.scale = data.scale;
        const overlay = createTemporaryObject(outcomeComponent, testCase,
                                              { width: data.width, height: data.height, outcome: outcome(5) });
        verify(overlay.available);
        waitForRendering(overlay);
        const top = texts(overlay).filter(t => t.text === testCase.longCard)[0];
        verify(top, "the top card is shown");
        tryVerify(() => top.lineCount > 2, 2000, "the long top card takes the lines it needs: " + top.lineCount);
        verify(onScreen(top, overlay), "the top card whole on the screen");
        let cards = 0;
        for (const text of texts(overlay)) {
            if (!text.visible || text.text.length === 0)
                continue;
            compare(text.elide, Text.ElideNone, "never elided: " + text.text);
            verify(!text.truncated, "never cut: " + text.text);
            // Each list's text on its first page lies whole on the screen.
            if (!testCase.shown(text))
                continue;
            verify(onScreen(text, overlay), "on the screen: " + text.text);
            if (text.objectName === "previousCardText")
                ++cards;
        }
        // The cards not shown are counted.
        const more = texts(overlay).filter(t => t.visible && t.text.indexOf("more card") >= 0)[0];
        verify(cards >= 1 && cards <= 3, "one to three top cards: " + cards);
        verify(more && more.text.indexOf("" + (5 - cards)) >= 0, "the rest counted: " + (more ? more.text : "none"));
        // Right below the cards shown, on the screen, over none of them.
        const last = texts(overlay).filter(t => t.objectName === "previousCardText" && testCase.shown(t)).pop();
        verify(more.mapToItem(overlay, 0, 0).y >= last.mapToItem(overlay, 0, last.height).y, "below the last card");
        verify(more.mapToItem(overlay, 0, 0).y < last.mapToItem(overlay, 0, last.height).y + Theme.px(120),
               "right below the last card");
        verify(onScreen(more, overlay));
    }
}
