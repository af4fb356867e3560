// The waiting screen and who counts as present, in a kiosk of its own:
// - after join, "De bijeenkomst, fase voor fase" lists the meeting's phases;
// - a page out of sight (hidden, or closed) stops counting in `presence`,
//   and counts again when it is back in view;
// - the page's language: Dutch by default, the phone's when it is Dutch or
//   English, else the meeting's (an English meeting on a German phone).
// env: FLIPOVER_KIOSK (the kiosk binary).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { Facilitator, startKiosk } from "./kiosk.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const kioskBin = process.env.FLIPOVER_KIOSK;
assert.ok(kioskBin, "set FLIPOVER_KIOSK to the flipover-kiosk binary");
const launchOptions = { executablePath: "/usr/bin/chromium", headless: true,
                        args: ["--no-sandbox", "--disable-background-networking", "--no-first-run"] };

async function meeting(language) {
    const dataDir = mkdtempSync(join(tmpdir(), "flipover-web-waiting-"));
    const kiosk = await startKiosk(kioskBin, { dataDir, format: join(here, "format-dots.json"), language });
    const fac = new Facilitator(kiosk.port, kiosk.pin, kiosk.facilitatorPin);
    await fac.open();
    const link = `http://127.0.0.1:${kiosk.port}/?m=${fac.state.session.meeting}`;
    return { kiosk, fac, link, done: async () => { await kiosk.stop(); rmSync(dataDir, { recursive: true, force: true }); } };
}

async function joinPage(browser, m, locale) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale });
    const page = await context.newPage();
    await page.goto(m.link);
    await page.fill("#pin", m.kiosk.pin);
    await page.click("button[type=submit]");
    await page.locator("#connection.online").waitFor();
    return { context, page };
}

// What the browser does when the phone shows another app or locks.
function setHidden(page, hidden) {
    return page.evaluate((value) => {
        Object.defineProperty(document, "hidden", { value, configurable: true });
        Object.defineProperty(document, "visibilityState", { value: value ? "hidden" : "visible", configurable: true });
        document.dispatchEvent(new Event("visibilitychange"));
    }, hidden);
}

async function main() {
    const browser = await chromium.launch(launchOptions);
    const nl = await meeting("nl");
    try {
        const phases = nl.fac.state.session.format.phases;
        assert.ok(phases.length > 1);
        const a = await joinPage(browser, nl, "nl-NL");
        await a.page.locator("#phase-title").filter({ hasText: "Welkom" }).waitFor();
        const plan = a.page.locator("#plan li");
        await plan.nth(phases.length - 1).waitFor();
        assert.equal(await plan.count(), phases.length, "every phase of the plan");
        assert.ok((await plan.first().textContent()).startsWith(phases[0].title), await plan.first().textContent());
        assert.ok((await a.page.locator("main").textContent()).includes("De bijeenkomst, fase voor fase"));

        // Presence: the facilitator and this page; hidden, the page stops counting.
        await nl.fac.until("two present", (s) => s.presence.participants === 2);
        await setHidden(a.page, true);
        await nl.fac.until("a hidden page does not count", (s) => s.presence.participants === 1);
        await setHidden(a.page, false);
        await nl.fac.until("back in view, it counts again", (s) => s.presence.participants === 2);
        await a.page.locator("#connection.online").waitFor();
        await a.context.close(); // a closed page (pagehide) stops counting
        await nl.fac.until("a closed page does not count", (s) => s.presence.participants === 1);

        // A German phone in a Dutch meeting: Dutch.
        const de = await joinPage(browser, nl, "de-DE");
        await de.page.locator("#phase-title").filter({ hasText: "Welkom" }).waitFor();
        assert.equal(await de.page.evaluate(() => document.documentElement.lang), "nl");
        await de.context.close();
        // An English phone in a Dutch meeting: English.
        const en = await joinPage(browser, nl, "en-GB");
        await en.page.locator("#phase-title").filter({ hasText: "Welcome" }).waitFor();
        await en.context.close();
    } finally {
        await nl.done();
    }

    const english = await meeting("en");
    try {
        // A German phone in an English meeting follows the meeting; a Dutch one stays Dutch.
        const de = await joinPage(browser, english, "de-DE");
        await de.page.locator("#phase-title").filter({ hasText: "Welcome! The meeting starts soon" }).waitFor();
        assert.equal(await de.page.evaluate(() => document.documentElement.lang), "en");
        await de.page.locator("main").filter({ hasText: "The meeting, phase by phase" }).waitFor();
        await de.page.locator("button").filter({ hasText: "Leave" }).first().waitFor();
        const dutch = await joinPage(browser, english, "nl-NL");
        await dutch.page.locator("#phase-title").filter({ hasText: "Welkom" }).waitFor();
    } finally {
        await english.done();
        await browser.close();
    }
    console.log("waiting: plan, presence and language ok");
}

main().catch((e) => {
    console.error(e);
    process.exit(1);
});
