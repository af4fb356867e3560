import QtQuick
import QtTest
import Flipover.Kiosk

// The results moment (RankedResults): the core's ranking in its order, the
// top choices marked by more than colour, the bars grown in, and everything
// on one screen: the rows that do not fit are condensed into one line.
TestCase {
    id: testCase

    name: "Results"
    when: windowShown
    visible: true
    width: 1500
    height: 900

    Component {
        id: resultsComponent

        RankedResults {}
    }

    function init() {
        Theme.scale = 1;
    }

    function ranking(count) {
        // Competition ranking as the core gives it: 5, 5, 3, 1, 1, 0, 0, ...
        const dots = [5, 5, 3, 1, 1];
        const rows = [];
        for (let i = 0; i < count; ++i) {
            const d = i < dots.length ? dots[i] : 0;
            // 1 + the number of cards with more dots (ties share a rank).
            const rank = 1 + dots.filter(x => x > d).length;
            rows.push({ cardId: 100 + i, rank: rank, dots: d,
                        text: "Kaart " + (i + 1) + ": samen met de werkgever een plan maken", direction: "" });
        }
        return rows;
    }

    function rows(results) {
        const found = [];
        const walk = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i];
                if ((c.objectName === "topChoice" || c.objectName === "rankedRow") && c.visible && c.opacity > 0)
                    found.push(c);
                walk(c);
            }
        };
        walk(results);
        return found;
    }

    function test_rankedAndMarked() {
        const results = createTemporaryObject(resultsComponent, testCase,
                                              { width: 1400, height: 850, ranking: ranking(5) });
        verify(results);
        tryCompare(results, "grown", 1);
        const shown = rows(results);
        compare(shown.length, 5, "five cards fit on one screen");
        // In the core's order, ties sharing rank 1, and both marked as top choices.
        compare(shown[0].rank, 1);
        compare(shown[1].rank, 1);
        compare(shown[2].rank, 3);
        compare(shown[0].objectName, "topChoice");
        compare(shown[1].objectName, "topChoice");
        compare(shown[2].objectName, "rankedRow");
        verify(shown[0].border.width > shown[2].border.width, "a top choice has a thicker frame");
        compare(findChild(shown[0], "rankBadge").color, Theme.navy);
        // The bars against the winner: 5 full, 3 at 60 %.
        const full = findChild(shown[0], "resultBar");
        const third = findChild(shown[2], "resultBar");
        verify(full.width > 0);
        fuzzyCompare(third.width / full.width, 3 / 5, 0.02);
        // The tally number is kept.
        compare(findChild(shown[2], "resultDots").text, "3");
    }

    function test_barsGrowIn() {
        const results = createTemporaryObject(resultsComponent, testCase,
                                              { width: 1400, height: 850, ranking: ranking(3) });
        verify(results.grown < 1, "the bars start short");
        tryCompare(results, "grown", 1);
    }

    function test_longTailCondensedNeverCut() {
        const results = createTemporaryObject(resultsComponent, testCase,
                                              { width: 1400, height: 850, ranking: ranking(30) });
        tryCompare(results, "grown", 1);
        const shown = rows(results);
        verify(shown.length >= 3 && shown.length < 30, "some rows shown, the rest condensed: " + shown.length);
        compare(results.shownCount, shown.length);
        for (const row of shown) {
            const pos = row.mapToItem(results, 0, 0);
            verify(pos.y + row.height <= results.height + 0.5, "a row is never cut");
        }
        const tail = findChild(results, "resultsTail");
        verify(tail.visible);
        const pos = tail.mapToItem(results, 0, 0);
        verify(pos.y + tail.height <= results.height + 0.5, "the tail line is on screen");
        // Five cards have dots; the tail counts those without that are not shown.
        verify(shown.length >= 5);
        verify(tail.text.indexOf("" + (30 - shown.length)) >= 0, "the tail counts the cards without dots: " + tail.text);
    }

    // A full board's vote at 1080p, in the room the wall gives the results
    // (PhaseScreen beside a side panel of a third at most, below the vote's banner):
    // the top cards as full rows, with their tally marks, up to the three-way
    // tie for fifth, which does not fit whole and so goes whole into the
    // tail line; all on screen.
    function test_topFiveOfTwelveAt1080p() {
        const texts = [
            ["Combineren", "Duaal traject: twee dagen taal, drie dagen werk", 8],
            ["Combineren", "Jobcoach van de gemeente op de werkvloer", 4],
            ["Taal eerst", "Eerst B1 halen, dan pas een werkplek zoeken", 3],
            ["Samen optrekken", "Eén vaste contactpersoon voor werk, inkomen en inburgering", 3],
            ["Werk eerst", "Arbeidsmarktregio vragen naar werkgevers met ervaring met statushouders", 1],
            ["Werk eerst", "Leerwerkplek bij de garage, taalles in de avond", 1],
            ["Werk eerst", "Loonkostensubsidie, zodat de garage het risico aandurft", 1]
        ];
        while (texts.length < 12)
            texts.push(["Inkomen", "Inkomstenvrijlating, zodat werken meteen iets oplevert", 0]);
        const ranking = texts.map((t, i) => ({ cardId: i + 1, dots: t[2], text: t[1], direction: t[0],
                                               rank: 1 + texts.filter(x => x[2] > t[2]).length }));
        const results = createTemporaryObject(resultsComponent, testCase,
                                              { width: 1187, height: 727, ranking: ranking });
        tryCompare(results, "grown", 1);
        const shown = rows(results);
        compare(shown.length, 4, "the top four of twelve as full rows, the tie for fifth condensed");
        for (const row of shown) {
            const pos = row.mapToItem(results, 0, 0);
            verify(pos.y + row.height <= results.height + 0.5, "row " + row.rank + " is whole");
            verify(findChild(row, "rankedText").lineCount <= 3, "a card's text on at most three lines");
        }
        compare(findChild(shown[0], "resultDots").text, "8");
        compare(findChild(shown[0], "gate") !== null, true, "the winner's tally marks are kept");
        const tail = findChild(results, "resultsTail");
        verify(tail.visible, "the rest is condensed");
        verify(tail.mapToItem(results, 0, tail.height).y <= results.height + 0.5, "the tail line is on screen");
        verify(tail.text.indexOf("3") >= 0, "the three cards with one dot counted together: " + tail.text);
    }

    // Issue 20: a tie is never split. Forty cards, three of them tied for
    // first: all three get rows, and every card tied with a shown row is
    // shown too (cards tied for fifth were folded into the tail while one of
    // them had a row, as if it had more dots); the tail is on screen.
    function test_tiesNeverSplit_data() {
        const forty = [6, 6, 6, 4, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1];
        const twelve = [8, 4, 3, 3, 1, 1, 1];
        return [
            { tag: "40 cards at 1080p", scale: 1, width: 1187, height: 727, dots: forty, count: 40 },
            { tag: "40 cards at 720p", scale: 2 / 3, width: 791, height: 485, dots: forty, count: 40 },
            { tag: "12 cards at 1080p", scale: 1, width: 1187, height: 727, dots: twelve, count: 12 },
            { tag: "12 cards, a wide board", scale: 1, width: 1420, height: 727, dots: twelve, count: 12 },
        ];
    }

    function test_tiesNeverSplit(data) {
        Theme.scale = data.scale;
        const texts = ["Duaal traject: twee dagen taal, drie dagen werk", "Jobcoach van de gemeente op de werkvloer",
                       "Eén vaste contactpersoon voor werk, inkomen en inburgering",
                       "Leerwerkplek bij de garage, taalles in de avond"];
        const ranking = [];
        for (let i = 0; i < data.count; ++i) {
            const d = i < data.dots.length ? data.dots[i] : 0;
            ranking.push({ cardId: i + 1, dots: d, text: texts[i % texts.length], direction: "",
                           rank: 1 + data.dots.filter(x => x > d).length });
        }
        const results = createTemporaryObject(resultsComponent, testCase,
                                              { width: data.width, height: data.height, ranking: ranking });
        tryCompare(results, "grown", 1);
        const shown = rows(results);
        verify(shown.length >= 3, "the three cards tied for first as rows: " + shown.length);
        compare(results.shownCount, shown.length);
        const lastRank = shown[shown.length - 1].rank;
        compare(shown.length, ranking.filter(r => r.rank <= lastRank).length,
                "every card tied with a shown one is shown (rank " + lastRank + ")");
        for (const row of shown)
            verify(row.mapToItem(results, 0, row.height).y <= results.height + 0.5, "row " + row.rank + " is whole");
        const tail = findChild(results, "resultsTail");
        verify(tail.visible);
        verify(tail.mapToItem(results, 0, tail.height).y <= results.height + 0.5, "the tail line is on screen");
        const next = ranking[shown.length];
        const tied = ranking.filter(r => r.rank === next.rank).length;
        verify(tail.text.indexOf("" + tied) >= 0, "the next rank counted whole (" + tied + "): " + tail.text);
    }
}
