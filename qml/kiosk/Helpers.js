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
    const fillPage = (remaining, firstFit) => {
        const bottoms = new Array(columns).fill(0);
        const placed = [];
        const later = [];
        for (const i of remaining) {
            let column = -1;
            if (firstFit) {
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
        return { placed: placed, later: later };
    };
    const places = new Array(heights.length);
    let remaining = heights.map((h, i) => i);
    let page = 0;
    for (; remaining.length > 0; ++page) {
        const balanced = fillPage(remaining, false);
        const firstFit = fillPage(remaining, true);
        const best = firstFit.placed.length > balanced.placed.length ? firstFit : balanced;
        for (const p of best.placed)
            places[p.card] = { page: page, column: p.column, y: p.y };
        remaining = best.later;
    }
    return { places: places, pages: Math.max(1, page) };
}
