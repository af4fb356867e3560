// Pure helpers of the wall: time formatting, timer states, tally grouping,
// the PIN's groups and the short join address. No state, no Qt objects: the tests call them directly.
.pragma library

// Seconds as the timer shows them: remainingMs counts down and goes negative
// in overtime; the display changes at whole seconds (see SessionView).
function displaySeconds(ms) {
    return ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000);
}

function pad2(n) {
    return n < 10 ? "0" + n : "" + n;
}

// "12:34", "1:05:00" from an hour on, and "+03:12" in overtime.
function clockText(ms) {
    const secs = displaySeconds(ms);
    const h = Math.floor(secs / 3600);
    const m = Math.floor((secs % 3600) / 60);
    const s = secs % 60;
    const text = h > 0 ? h + ":" + pad2(m) + ":" + pad2(s) : pad2(m) + ":" + pad2(s);
    return ms < 0 ? "+" + text : text;
}

// The last two minutes are a warning.
const warningMs = 120000;

// One of "notStarted", "ended", "paused", "overtime", "warning", "running".
function timerState(status, ms) {
    if (status === "notStarted" || status === "ended" || status === "paused")
        return status;
    if (ms < 0)
        return "overtime";
    if (ms <= warningMs)
        return "warning";
    return "running";
}

// Whole minutes, rounded: 90 s is "2 min" rather than a misleading "1".
function minutes(ms) {
    return Math.round(Math.abs(ms) / 60000);
}

// Tallies ("turven") in five-bar gates: 7 is one gate and 2 single bars.
function tallyGates(count) {
    return Math.floor(Math.max(0, count) / 5);
}

function tallyRest(count) {
    return Math.max(0, count) % 5;
}

// The PIN in groups that are easy to read out and type: "482 913".
function pinGroups(pin) {
    const digits = "" + pin;
    if (digits.length <= 4)
        return [digits];
    const groups = [];
    let i = 0;
    while (digits.length - i > 4) {
        groups.push(digits.substr(i, 3));
        i += 3;
    }
    const tail = digits.substr(i);
    if (tail.length === 4)
        groups.push(tail.substr(0, 2), tail.substr(2));
    else
        groups.push(tail);
    return groups;
}

// User text shown as StyledText must not be read as markup.
function escapeHtml(text) {
    return ("" + text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// The join address a person can type: "192.168.1.20:7700" from
// "http://192.168.1.20:7700/?m=…" (the page asks for the PIN); with TLS the
// scheme stays ("https://…"), since a browser would try http first.
function shortAddress(link) {
    const text = "" + link;
    const tls = text.startsWith("https://");
    const rest = text.replace(/^https?:\/\//, "");
    const cut = rest.search(/[/?]/);
    const host = cut >= 0 ? rest.slice(0, cut) : rest;
    return tls ? "https://" + host : host;
}

// The board's pages: cards of these heights, in this order, in `columns`
// columns of at most pageHeight. A page is filled two ways, and takes the
// one that holds more cards (the first on a tie): each card in the column
// that is shortest so far (balanced), or in the first column it fits in
// (down, then across: four cards of 390, 284, 336 and 382 fill two columns
// of 763 as 1+2 and 3+4, where the shortest column left the fourth over).
// Either way a card that fits in no column waits for the next page, and
// later cards that do fit fill this one, so a page holds as many whole cards
// as fit. A card taller than a page gets one of its own. Returns
// [{page, column, y}] by card, and the number of pages.
function packColumns(heights, columns, pageHeight, spacing) {
    const byColumns = new Array(columns).fill(null);
    byColumns[columns - 1] = heights;
    return pagesOf(heights.length, pageHeight, spacing, [columns], byColumns);
}

// One page of `columns` columns from the cards `remaining` (in order), both
// ways (see packColumns); with `wholeOnly`, a card taller than the page
// waits rather than taking a column of its own.
function fillPage(remaining, heights, columns, pageHeight, spacing, wholeOnly) {
    const fill = firstFit => {
        const bottoms = new Array(columns).fill(0);
        const placed = [];
        const later = [];
        for (const i of remaining) {
            let column = -1;
            if (wholeOnly && heights[i] > pageHeight) {
                column = -1;
            } else if (firstFit) {
                column = bottoms.findIndex(b => b === 0 || b + heights[i] <= pageHeight);
            } else {
                column = 0;
                for (let c = 1; c < columns; ++c) {
                    if (bottoms[c] < bottoms[column])
                        column = c;
                }
                if (bottoms[column] > 0 && bottoms[column] + heights[i] > pageHeight)
                    column = -1;
            }
            if (column < 0) {
                later.push(i);
                continue;
            }
            placed.push({ card: i, column: column, y: bottoms[column] });
            bottoms[column] += heights[i] + spacing;
        }
        return { placed: placed, later: later, columns: columns };
    };
    const balanced = fill(false);
    const firstFit = fill(true);
    return firstFit.placed.length > balanced.placed.length ? firstFit : balanced;
}

// Pages of `count` cards, each page in one of the column counts `counts`
// (most preferred first), heightsByColumns[c - 1] the cards' heights at c
// columns: each page takes the count that holds the most cards (the first
// of `counts` on a tie). Only the last of `counts` gives a card taller than
// a page a column of its own; the others leave it for a later page.
function pagesOf(count, pageHeight, spacing, counts, heightsByColumns) {
    const places = new Array(count);
    let remaining = [];
    for (let i = 0; i < count; ++i)
        remaining.push(i);
    // A card's share of the board: its height at the fewest columns.
    const widest = heightsByColumns[counts[counts.length - 1] - 1];
    let page = 0;
    for (; remaining.length > 0; ++page) {
        let best = null;
        for (let k = 0; k < counts.length; ++k) {
            const fill = fillPage(remaining, heightsByColumns[counts[k] - 1], counts[k], pageHeight, spacing,
                                  k < counts.length - 1);
            fill.work = fill.placed.reduce((sum, p) => sum + widest[p.card], 0);
            if (!best || fill.work > best.work)
                best = fill;
        }
        for (const p of best.placed)
            places[p.card] = { page: page, columns: best.columns, column: p.column, y: p.y };
        remaining = best.later;
    }
    return { places: places, pages: Math.max(1, page) };
}

// The board's pages when its cards can take one to N columns:
// heightsByColumns[c - 1] holds the cards' heights at c columns, or null
// where c columns are too narrow (a word would break). Each count whose
// columns hold every card whole is tried for the whole board, and a board
// whose pages each take their own count (so that one tall card no longer
// sends every card to one column: it waits for a page of fewer columns while
// the others fill pages of more); the fewest pages win, on a tie the board
// of one count (the most columns of those). Returns packColumns' places
// with each page's `columns`, and the number of pages.
function packPages(heightsByColumns, pageHeight, spacing) {
    const counts = [];
    for (let c = heightsByColumns.length; c >= 1; --c) {
        if (heightsByColumns[c - 1])
            counts.push(c);
    }
    if (counts.length === 0)
        return { places: [], pages: 1 };
    const count = heightsByColumns[counts[0] - 1].length;
    let best = null;
    for (const c of counts) {
        const heights = heightsByColumns[c - 1];
        if (c > 1 && heights.some(h => h > pageHeight))
            continue;
        const packed = pagesOf(count, pageHeight, spacing, [c], heightsByColumns);
        if (!best || packed.pages < best.pages)
            best = packed;
    }
    if (counts.length > 1) {
        const mixed = pagesOf(count, pageHeight, spacing, counts, heightsByColumns);
        if (!best || mixed.pages < best.pages)
            best = mixed;
    }
    return best;
}
