// The single-choice vote (a format whose vote phase has mode "single" and
// live tallies), in a kiosk of its own: choose, send, change the choice,
// send again; one ballot counts, on the card chosen last.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Facilitator, startKiosk } from "./kiosk.mjs";

export async function singleVote(browser, kioskBin, format, { shot, step }) {
    const dataDir = mkdtempSync(join(tmpdir(), "flipover-web-single-"));
    const kiosk = await startKiosk(kioskBin, { dataDir, format });
    try {
        const fac = new Facilitator(kiosk.port, kiosk.pin, kiosk.facilitatorPin);
        await fac.open();
        await fac.cmd("startMeeting");
        await fac.cmd("addCard", { text: "Eerst een gesprek met de werkgever.", direction: "Samen" });
        await fac.cmd("addCard", { text: "De uitkering meteen stopzetten.", direction: "Snel" });
        await fac.cmd("openVote");
        const cards = fac.state.cards.map((c) => c.id);
        const link = `http://127.0.0.1:${kiosk.port}/?m=${fac.state.session.meeting}`;
        for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
            const context = await browser.newContext({ viewport: size, locale: "nl-NL" });
            const page = await context.newPage();
            await page.goto(link);
            await page.fill("#pin", kiosk.pin);
            await page.click("button[type=submit]");
            const choose = (n) => page.locator(`.vote-row[data-card="${cards[n]}"] button`);
            await choose(0).click();
            await page.locator('[data-activity="vote"] button.primary').filter({ hasText: "Stem versturen" }).click();
            await page.locator('[data-activity="vote"] .status.ok').filter({ hasText: "Je stem is meegeteld" }).first().waitFor();
            await choose(1).click();
            assert.equal(await choose(0).getAttribute("aria-pressed"), "false", "a single vote has one choice");
            await shot(page, "17-vote-single-changing");
            await page.locator('[data-activity="vote"] button.primary').filter({ hasText: "Gewijzigde stem versturen" }).click();
            await page.locator(".vote-row small").filter({ hasText: "Gekozen door" }).first().waitFor();
            await shot(page, "18-vote-single-sent");
            // A link of another meeting wipes what this browser kept of this one.
            assert.notEqual(await page.evaluate(() => localStorage.getItem("flipover.voter")), null);
            await page.goto(`http://127.0.0.1:${kiosk.port}/?m=ffffffffff`);
            await page.locator("#pin").waitFor();
            assert.equal(await page.evaluate(() => localStorage.getItem("flipover.voter")), null);
            await context.close();
        }
        step("single vote: two ballots, each on the card chosen last");
        await fac.until("two single ballots", (s) => s.vote.ballots === 2 && Array.isArray(s.vote.tallies)
                        && (s.vote.tallies.find((t) => t.cardId === cards[1]) || {}).dots === 2
                        && !s.vote.tallies.some((t) => t.cardId === cards[0] && t.dots > 0));
        fac.close();
    } finally {
        await kiosk.stop();
        rmSync(dataDir, { recursive: true, force: true });
    }
}
