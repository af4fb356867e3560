// The browser voter end to end: Debian's chromium (driven by playwright-core)
// against a real kiosk process. Two participants, a phone (390x844) and a
// tablet-sized window (1280x800), join with the PIN, work through every
// phase while a facilitator steers over a WebSocket, vote and change the
// vote, lose the kiosk (SIGKILL, restarted on the same port and data) and
// come back without duplicates; the facilitator's view of the kiosk is
// checked after each step. Every screen is saved at both sizes.
//
// env: FLIPOVER_KIOSK (the kiosk binary), FLIPOVER_SHOTS (where screenshots go),
// FLIPOVER_SHOTS_COPY (a second folder for them, optional).
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { Facilitator, startKiosk } from "./kiosk.mjs";
import { singleVote } from "./single.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const kioskBin = process.env.FLIPOVER_KIOSK;
assert.ok(kioskBin, "set FLIPOVER_KIOSK to the flipover-kiosk binary");
const shotsDir = process.env.FLIPOVER_SHOTS || join(process.cwd(), "screenshots-web");
const shotsCopy = process.env.FLIPOVER_SHOTS_COPY || "";
mkdirSync(shotsDir, { recursive: true });
rmSync(join(shotsDir, "failure-390x844.png"), { force: true });
rmSync(join(shotsDir, "failure-1280x800.png"), { force: true });
if (shotsCopy)
    mkdirSync(shotsCopy, { recursive: true });

const started = Date.now();
let stepCount = 0;
function step(name) {
    stepCount++;
    console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${name}`);
}

export const launchOptions = {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run",
           "--disable-default-apps", "--disable-sync", "--disable-domain-reliability", "--no-default-browser-check",
           "--metrics-recording-only", "--disable-client-side-phishing-detection"],
};

export async function shot(page, name) {
    const size = page.viewportSize();
    const file = `${name}-${size.width}x${size.height}.png`;
    await page.evaluate(() => window.scrollTo(0, 0)); // the sticky bar at the top, as a participant sees it first
    await page.screenshot({ path: join(shotsDir, file), fullPage: true });
    if (shotsCopy)
        copyFileSync(join(shotsDir, file), join(shotsCopy, file));
}

const inPanel = (page, activity, selector) => page.locator(`[data-activity="${activity}"] ${selector}`);

async function write(page, activity, draft, text) {
    await inPanel(page, activity, `[data-draft="${draft}"]`).fill(text);
}

async function press(page, activity, label) {
    await inPanel(page, activity, "button").filter({ hasText: label }).first().click();
}

async function statusSays(page, activity, text) {
    await inPanel(page, activity, ".status.ok").filter({ hasText: text }).first().waitFor();
}

const stored = (page) => page.evaluate(() => localStorage.getItem("flipover.voter"));

async function main() {
    const dataDir = mkdtempSync(join(tmpdir(), "flipover-web-"));
    let kiosk = await startKiosk(kioskBin, { dataDir, format: join(here, "format-dots.json") });
    const { port, pin, facilitatorPin } = kiosk;
    const fac = new Facilitator(port, pin, facilitatorPin);
    await fac.open();
    const meeting = fac.state.session.meeting;
    assert.match(meeting, /^[0-9a-f]{10}$/);
    const link = `http://127.0.0.1:${port}/?m=${meeting}`;

    const browser = await chromium.launch(launchOptions);
    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1,
                                                    isMobile: true, hasTouch: true, locale: "nl-NL" });
    const wideContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "nl-NL" });
    const phone = await phoneContext.newPage();
    const wide = await wideContext.newPage();
    const both = [phone, wide];
    const problems = [];
    for (const page of both) {
        page.on("pageerror", (e) => problems.push(e.message));
        // The browser reports each refused reconnect while the kiosk is down; anything else counts.
        page.on("console", (m) => {
            if (m.type() === "error" && !m.text().startsWith("WebSocket connection to"))
                problems.push(m.text());
        });
    }

    try {
        step("join screen, a wrong PIN, then the right one");
        for (const page of both) {
            const response = await page.goto(link);
            assert.equal(response.status(), 200);
            assert.match(response.headers()["content-security-policy"], /connect-src 'self' ws:\/\/127\.0\.0\.1:/);
            await page.locator("#pin").waitFor();
            await shot(page, "01-join");
        }
        await phone.fill("#pin", "000000");
        await phone.click("button[type=submit]");
        await phone.locator("#join-error").filter({ hasText: "pincode klopt niet" }).waitFor();
        await shot(phone, "02-join-wrong-pin");
        await wide.fill("#pin", "000001");
        await wide.click("button[type=submit]");
        await wide.locator("#join-error").filter({ hasText: "pincode klopt niet" }).waitFor();
        await shot(wide, "02-join-wrong-pin");
        for (const page of both) {
            await page.fill("#pin", pin);
            await page.click("button[type=submit]");
            await page.locator("#connection.online").waitFor();
            await page.locator("#phase-title").filter({ hasText: "Welkom" }).waitFor();
            await shot(page, "03-waiting");
        }
        // The facilitator's connection is a participant too.
        await fac.until("two participants", (s) => s.presence.participants === 3);

        step("phase 1: first thoughts and clarifying questions");
        await fac.cmd("startMeeting");
        await fac.cmd("setCase", { text: "Een inwoner vraagt bijstand maar heeft net een baan gevonden. Wat doen we?" });
        for (const [i, page] of both.entries()) {
            await page.locator('[data-activity="firstThoughts"]').waitFor();
            await write(page, "firstThoughts", "thought", `eerste gedachte ${i}`);
            await press(page, "firstThoughts", "Toevoegen");
            await inPanel(page, "firstThoughts", ".item").filter({ hasText: `eerste gedachte ${i}` }).waitFor();
            await write(page, "questions", "question", `Hoe lang werkt de inwoner al? (${i})`);
            await press(page, "questions", "Vraag stellen");
            await statusSays(page, "questions", "Je vraag staat op de wand");
        }
        await fac.until("two questions", (s) => s.questions.length === 2);
        for (const page of both) {
            await inPanel(page, "questions", ".item").nth(1).waitFor();
            await page.locator("#timer").filter({ hasText: "over in deze fase" }).waitFor();
            await page.locator("#asked").filter({ hasText: "Nu gevraagd" }).waitFor();
            await shot(page, "04-phase1-thoughts-questions");
        }

        step("phase 2: considerations with a direction, dreamer/critic remarks, tags");
        await fac.cmd("nextPhase");
        for (const [i, page] of both.entries()) {
            await page.locator('[data-activity="considerations"]').waitFor();
            await write(page, "considerations", "cardDirection", i ? "Eerst werk" : "Eerst zorg");
            await write(page, "considerations", "cardText", `Overweging ${i}: de inwoner eerst laten starten.`);
            await press(page, "considerations", "Op de flipover zetten");
            await statusSays(page, "considerations", "Je kaart staat op de wand");
        }
        await fac.until("two cards", (s) => s.cards.length === 2);
        assert.deepEqual(fac.state.cards.map((c) => c.direction).sort(), ["Eerst werk", "Eerst zorg"]);
        await inPanel(phone, "remarks", "button.card").first().click();
        await press(phone, "remarks", "Criticus");
        await write(phone, "remarks", "remark", "Een risico is dat de uitkering te laat stopt.");
        await press(phone, "remarks", "Bij de kaart zetten");
        await statusSays(phone, "remarks", "Je reactie staat bij de kaart");
        await inPanel(wide, "remarks", "button.card").nth(1).click();
        await write(wide, "remarks", "remark", "Een stap verder: een vaste contactpersoon.");
        await press(wide, "remarks", "Bij de kaart zetten");
        await inPanel(wide, "tags", "button.card").first().click();
        await press(wide, "tags", "Snel te doen");
        await statusSays(wide, "tags", "De kaart op de wand is bijgewerkt");
        await fac.until("two remarks and a tag", (s) => s.cards.flatMap((c) => c.remarks).length === 2
                        && s.cards.some((c) => c.tags.includes("snel")));
        assert.deepEqual(fac.state.cards.flatMap((c) => c.remarks.map((r) => r.kind)).sort(), ["critic", "dreamer"]);
        await inPanel(phone, "tags", "button.card").first().click();
        await inPanel(phone, "tags", 'button[aria-pressed="true"]').filter({ hasText: "Snel te doen" }).waitFor();
        for (const page of both)
            await shot(page, "05-phase2-cards-remarks-tags");

        step("phase 3: preferred solution, dots vote with cap, changed vote");
        await fac.cmd("nextPhase");
        for (const [i, page] of both.entries()) {
            await write(page, "solutions", "solution", `Oplossing ${i}: samen een startdatum kiezen.`);
            await write(page, "solutions", "solutionArguments", "Omdat het zekerheid geeft.");
            await press(page, "solutions", "Inleveren bij de begeleider");
            await statusSays(page, "solutions", "Ingeleverd");
        }
        await fac.until("two solutions", (s) => s.solutions.length === 2);
        await fac.cmd("openVote");
        const cards = fac.state.cards.map((c) => c.id);
        const plus = (page, n) => page.locator(`.vote-row[data-card="${cards[n]}"] button[aria-label="Een stip op deze kaart zetten"]`);
        const minus = (page, n) => page.locator(`.vote-row[data-card="${cards[n]}"] button[aria-label="Een stip van deze kaart halen"]`);
        await plus(phone, 0).click();
        await plus(phone, 0).click();
        assert.equal(await plus(phone, 0).isDisabled(), true, "the cap of 2 per card stops a third dot");
        await phone.locator(".dots-left").filter({ hasText: "Nog 1 van je 3 stippen over" }).waitFor();
        // The counter as on the tablet (●○○: one free of three), kept in sight below the bar.
        assert.equal(await phone.locator(".dots-left .dots").textContent(), "\u25CF\u25CB\u25CB");
        assert.equal(await phone.locator(".dots-left").evaluate((e) => getComputedStyle(e).position), "sticky");
        await plus(phone, 1).click();
        assert.equal(await plus(phone, 1).isDisabled(), true, "no dots left");
        await phone.locator(".dots-left").filter({ hasText: "Al je 3 stippen zijn verdeeld." }).waitFor();
        await shot(phone, "06-vote-dots");
        await press(phone, "vote", "Stem versturen");
        await statusSays(phone, "vote", "Je stem is meegeteld");
        await fac.until("one ballot", (s) => s.vote.ballots === 1);
        await minus(phone, 0).click();
        await plus(phone, 1).click();
        await phone.locator('[data-activity="vote"] .status.warn').filter({ hasText: "gewijzigd" }).waitFor();
        await press(phone, "vote", "Gewijzigde stem versturen");
        await statusSays(phone, "vote", "Je stem is meegeteld");
        await plus(wide, 1).click();
        await shot(wide, "06-vote-dots");
        await press(wide, "vote", "Stem versturen");
        await fac.until("two ballots", (s) => s.vote.ballots === 2);
        await fac.cmd("revealTallies", { revealed: true });
        const dotsOn = (s, n) => (s.vote.tallies.find((t) => t.cardId === cards[n]) || { dots: 0 }).dots;
        await fac.until("tallies after the change", (s) => Array.isArray(s.vote.tallies)
                        && dotsOn(s, 0) === 1 && dotsOn(s, 1) === 3);
        for (const page of both)
            await shot(page, "07-vote-sent");

        step("the kiosk hangs (SIGSTOP) while a card is on its way: the phone notices, re-sends it with the same id, it counts once");
        kiosk.child.kill("SIGSTOP");
        await write(phone, "considerations", "cardText", "Overweging terwijl de wand hapert.");
        await press(phone, "considerations", "Op de flipover zetten");
        // What the page does when the phone wakes up or comes back online: check the connection now.
        await phone.evaluate(() => window.dispatchEvent(new Event("online")));
        await phone.locator("#connection.reconnecting").waitFor({ timeout: 15000 });
        kiosk.child.kill("SIGCONT");
        await phone.locator("#connection.online").waitFor({ timeout: 30000 });
        await statusSays(phone, "considerations", "Je kaart staat op de wand");
        await fac.until("the card sent during the hang", (s) => s.cards.some((c) => c.text === "Overweging terwijl de wand hapert."));
        assert.equal(fac.state.cards.filter((c) => c.text === "Overweging terwijl de wand hapert.").length, 1);
        assert.equal(fac.state.cards.length, 3);

        step("the kiosk goes away (SIGKILL): kept on the phone, then resumed without duplicates");
        const ballotsBefore = fac.state.vote.ballots;
        fac.close();
        await kiosk.stop();
        await phone.locator("#connection.reconnecting").waitFor({ timeout: 30000 });
        await write(phone, "considerations", "cardText", "Overweging terwijl de wand weg is.");
        await press(phone, "considerations", "Op de flipover zetten");
        await inPanel(phone, "considerations", ".status").filter({ hasText: "Bewaard op deze telefoon" }).waitFor();
        await phone.locator("#connection").filter({ hasText: "1 bericht wacht" }).waitFor();
        await shot(phone, "08-connection-lost");
        await wide.locator("#connection.reconnecting").waitFor({ timeout: 30000 });
        await shot(wide, "08-connection-lost");
        assert.match(await stored(phone), /Overweging terwijl de wand weg is/, "the outbox is kept in localStorage");
        kiosk = await startKiosk(kioskBin, { dataDir, port });
        const fac2 = new Facilitator(port, pin, facilitatorPin, fac.token);
        await fac2.open();
        await phone.locator("#connection.online").waitFor({ timeout: 30000 });
        await statusSays(phone, "considerations", "Je kaart staat op de wand");
        await fac2.until("the kept card", (s) => s.cards.length === 4);
        // A reload (a phone that discarded the tab) resumes from storage and sends nothing twice.
        await phone.reload();
        await phone.locator("#connection.online").waitFor();
        await wide.locator("#connection.online").waitFor({ timeout: 30000 });
        await fac2.until("both back", (s) => s.presence.participants === 3);
        const texts = fac2.state.cards.map((c) => c.text);
        assert.equal(texts.filter((t) => t === "Overweging terwijl de wand weg is.").length, 1);
        assert.equal(fac2.state.cards.length, 4);
        assert.equal(fac2.state.vote.ballots, ballotsBefore);
        assert.equal(fac2.state.questions.length, 2);
        await inPanel(phone, "vote", ".status.ok").filter({ hasText: "Je stem is binnen" }).waitFor();

        step("the vote closes: both show the result as the kiosk ranked it");
        await fac2.cmd("closeVote");
        await fac2.until("the result", (s) => Array.isArray(s.vote.ranking));
        const ranking = fac2.state.vote.ranking;
        assert.deepEqual(ranking.slice(0, 2).map((r) => [r.cardId, r.rank, r.dots]), [[cards[1], 1, 3], [cards[0], 2, 1]]);
        assert.deepEqual(ranking.slice(2).map((r) => [r.rank, r.dots]), [[3, 0], [3, 0]], "no dots: one shared rank");
        for (const page of both) {
            const rows = inPanel(page, "vote", ".result li");
            await rows.nth(3).waitFor();
            const shown = await rows.evaluateAll((lis) => lis.map((li) => [Number(li.dataset.card), li.value]));
            assert.deepEqual(shown, ranking.map((r) => [r.cardId, r.rank]));
            await shot(page, "08b-vote-result");
        }

        step("quiet phase, insights with own first thoughts shown back");
        await fac2.cmd("nextPhase");
        for (const page of both) {
            await page.locator("#phase-title").filter({ hasText: "Even pauze" }).waitFor();
            await shot(page, "09-quiet-phase");
        }
        await fac2.cmd("nextPhase");
        for (const [i, page] of both.entries()) {
            await inPanel(page, "insights", ".items.mine .item").filter({ hasText: `eerste gedachte ${i}` }).waitFor();
            await write(page, "insights", "insightEnriched", `Verrijkt ${i}: de blik van de inwoner.`);
            await write(page, "insights", "insightTakeaway", `Ik neem mee ${i}: eerst bellen.`);
            if (i === 1)
                await inPanel(page, "insights", "#insight-share").uncheck();
            await shot(page, "10-insights");
            await press(page, "insights", "Mijn inzichten versturen");
            await inPanel(page, "insights", ".status.ok").filter({ hasText: "Verstuurd" }).waitFor();
        }
        await fac2.until("four insights", (s) => s.insights.length === 4);
        assert.equal(fac2.state.insights.filter((x) => x.shared).length, 2);

        step("tips and tops");
        await fac2.cmd("nextPhase");
        for (const [i, page] of both.entries()) {
            await write(page, "tipsTops", "top", `Top ${i}: veilige sfeer.`);
            await press(page, "tipsTops", "Top op de wand zetten");
            await write(page, "tipsTops", "tip", `Tip ${i}: meer tijd voor vragen.`);
            await press(page, "tipsTops", "Tip op de wand zetten");
            await statusSays(page, "tipsTops", "Je tip staat op de wand");
            await shot(page, "11-tips-tops");
        }
        await fac2.until("four tips", (s) => s.tips.length === 4);
        assert.deepEqual(fac2.state.tips.map((x) => x.kind).sort(), ["tip", "tip", "top", "top"]);

        step("the meeting ends: storage wiped; leaving wipes too");
        await wide.locator("header button.quiet").click();
        await wide.locator(".overlay").waitFor();
        await shot(wide, "12-leave-dialog");
        await wide.locator(".overlay button").filter({ hasText: "Blijven" }).click();
        await phone.locator("header button.quiet").click();
        await shot(phone, "12-leave-dialog");
        await phone.locator(".overlay button.primary").click();
        await phone.locator("#left").waitFor();
        assert.equal(await stored(phone), null, "leave wipes the browser's storage");
        await shot(phone, "13-left");
        await fac2.until("one participant left", (s) => s.presence.participants === 2);
        await fac2.cmd("endMeeting");
        await wide.locator("#wiped").waitFor();
        assert.equal(await stored(wide), null, "the meeting's end wipes the browser's storage");
        await shot(wide, "14-ended");
        // The same two screens at the other size.
        await phone.setViewportSize({ width: 1280, height: 800 });
        await shot(phone, "13-left");
        await wide.setViewportSize({ width: 390, height: 844 });
        await shot(wide, "14-ended");
        await phone.goto(link);
        await phone.fill("#pin", pin);
        await phone.click("button[type=submit]");
        // Joining after the end shows the end, and keeps nothing either.
        await phone.locator("#wiped").waitFor();
        assert.equal(await stored(phone), null);
        fac2.close();

        step("English follows the browser's language");
        const en = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-GB" });
        const enPage = await en.newPage();
        await enPage.goto(link);
        await enPage.locator("h1").filter({ hasText: "Join the meeting" }).waitFor();
        assert.equal(await enPage.evaluate(() => document.documentElement.lang), "en");
        await shot(enPage, "15-join-english");
        await enPage.setViewportSize({ width: 1280, height: 800 });
        await shot(enPage, "15-join-english");
        await en.close();

        await kiosk.stop();
        kiosk = null;
        step("single choice vote in a second kiosk");
        await singleVote(browser, kioskBin, join(here, "format-single.json"), { shot, step });
        assert.deepEqual(problems, [], "no script errors in the page");
    } catch (e) {
        // What each page showed when it went wrong, for the log and as a screenshot.
        for (const page of both) {
            if (page.isClosed())
                continue;
            const shown = await page.evaluate(() => document.body.innerText.slice(0, 600)).catch(() => "");
            console.error(`--- ${JSON.stringify(page.viewportSize())} showed:\n${shown}`);
            await shot(page, "failure").catch(() => {});
        }
        throw e;
    } finally {
        await browser.close();
        if (kiosk)
            await kiosk.stop();
        rmSync(dataDir, { recursive: true, force: true });
    }
    console.log(`PASS: ${stepCount} steps in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${shotsDir}`);
}

main().then(() => process.exit(0), (e) => {
    console.error("FAIL:", e && e.stack ? e.stack : e);
    process.exit(1);
});
