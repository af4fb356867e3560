// The browser's rule for composing a ballot (web/pickers.js: cleanBallot,
// setBallotDots) against the vectors the C++ rule passes too
// (tests/data/ballot-vectors.json, tests/tst_ballotrules.cpp). Plain node, no
// kiosk: its own ctest (tst_ballot_vectors_node).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
// web/i18n.js picks its language from these when it loads.
globalThis.location = { search: "?lang=nl" };
globalThis.navigator = { languages: ["nl"] };
const { cleanBallot, setBallotDots } = await import(join(here, "..", "..", "web", "pickers.js"));

const { vectors } = JSON.parse(readFileSync(join(here, "..", "data", "ballot-vectors.json"), "utf8"));
assert.ok(vectors.length >= 20, "the vectors are there");
let failed = 0;
for (const v of vectors) {
    const rules = { ...v.settings, cards: v.cards };
    const got = v.set ? setBallotDots(rules, v.ballot, v.set.cardId, v.set.dots) : cleanBallot(rules, v.ballot);
    try {
        assert.deepStrictEqual(got, v.expect);
        // The keys in the order of the card ids: what "changed" compares as JSON.
        assert.deepStrictEqual(Object.keys(got.choices).map(Number), Object.keys(got.choices).map(Number).sort((a, b) => a - b));
    } catch (e) {
        failed++;
        console.error(`FAIL ${v.name}\n  got      ${JSON.stringify(got)}\n  expected ${JSON.stringify(v.expect)}`);
    }
}
if (failed > 0) {
    console.error(`ballot-vectors: ${failed} of ${vectors.length} failed`);
    process.exit(1);
}
console.log(`ballot-vectors: all ${vectors.length} pass`);
