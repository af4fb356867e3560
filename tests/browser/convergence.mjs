// The browser voter's client (web/client.js with web/patch.js) converges on
// a real kiosk: over a long random run of commands of every kind, with
// reconnects and lost updates (each found by its prev and resynced), every
// client that applies only the kiosk's updates from its snapshot holds exactly
// what a fresh snapshot gives, for participants, a case owner, facilitators
// (one unlocked halfway) and a wall. Run by run.sh (tst_browser); seconds.
// Seeded: FLIPOVER_SEED=<n> node convergence.mjs repeats a run.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { WebSocket } from "ws";
import { startKiosk } from "./kiosk.mjs";

globalThis.WebSocket = WebSocket; // Node 20 has none of its own
const here = dirname(fileURLToPath(import.meta.url));
const { Client, Memory } = await import(join(here, "..", "..", "web", "client.js"));
const { applyUpdate } = await import(join(here, "..", "..", "web", "patch.js"));

const seed = Number(process.env.FLIPOVER_SEED || Math.floor(Math.random() * 2 ** 31));
console.log(`convergence: seed ${seed} (FLIPOVER_SEED=${seed} repeats this run)`);
let rngState = seed || 1;
const random = () => { // xorshift32: the same run for the same seed
    rngState ^= rngState << 13; rngState >>>= 0;
    rngState ^= rngState >>> 17;
    rngState ^= rngState << 5; rngState >>>= 0;
    return rngState / 2 ** 32;
};
const pick = (from, to) => from + Math.floor(random() * (to - from + 1));
const chance = (percent) => random() * 100 < percent;
const text = () => Array.from({ length: chance(5) ? 300 : pick(1, 20) }, () => String.fromCharCode(97 + pick(0, 25))).join("");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, pred, ms = 15000) {
    const end = Date.now() + ms;
    while (!pred()) {
        if (Date.now() > end)
            throw new Error(`seed ${seed}: timed out waiting for ${what}`);
        await sleep(5);
    }
}

function storage() {
    const items = new Map();
    return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, v), removeItem: (k) => items.delete(k) };
}

// A browser voter's Client, with a switch that loses its next update.
function voter(name, url, pin, facilitatorPin = "") {
    const client = new Client(new Memory(storage()), url, { backoffInitialMs: 10, backoffMaxMs: 40 });
    Object.assign(client, { name, dropNext: false, dropped: 0, gaps: 0, results: [] });
    const onMessage = client.onMessage.bind(client);
    client.onMessage = (raw) => {
        if (client.dropNext && JSON.parse(raw).type === "update") {
            client.dropNext = false;
            client.dropped++;
            return;
        }
        onMessage(raw);
    };
    const resync = client.resync.bind(client);
    client.resync = () => { client.gaps++; resync(); };
    client.addEventListener("ack", (e) => client.results.push(e.detail.detail));
    client.connect(pin, facilitatorPin);
    return client;
}

// The wall's audience, applying the same patches (web/patch.js).
class Wall {
    constructor(url, pin) { Object.assign(this, { url, pin, seq: -1, state: {}, name: "wall", dropNext: false, dropped: 0, gaps: 0 }); this.open(); }
    open() {
        this.synced = false;
        if (this.socket)
            this.socket.terminate();
        this.socket = new WebSocket(this.url);
        this.socket.onopen = () => this.socket.send(JSON.stringify({ type: "join", v: 1, pin: this.pin, role: "wall" }));
        this.socket.onmessage = (event) => {
            const m = JSON.parse(event.data);
            if (m.type === "snapshot") {
                Object.assign(this, { state: m.state, seq: m.seq, synced: true });
            } else if (m.type === "presence" && this.synced) {
                this.state = { ...this.state, presence: { participants: m.participants } };
            } else if (m.type === "update" && this.synced && m.seq > this.seq) {
                if (this.dropNext) {
                    this.dropNext = false;
                    this.dropped++;
                    return;
                }
                const next = m.prev === this.seq ? applyUpdate(this.state, m.sections, m.patch) : null;
                if (next === null) {
                    this.gaps++;
                    this.open();
                    return;
                }
                Object.assign(this, { state: next, seq: m.seq });
            }
        };
    }
    get idle() { return this.synced; }
    reconnect() { this.open(); }
}

// A fresh snapshot for the same audience: the same participant on a second socket.
function freshSnapshot(url, pin, token) {
    return new Promise((resolve, reject) => {
        const socket = new WebSocket(url);
        socket.onopen = () => socket.send(JSON.stringify(token ? { type: "join", v: 1, pin, resume: token } : { type: "join", v: 1, pin, role: "wall" }));
        socket.onmessage = (event) => {
            const m = JSON.parse(event.data);
            if (m.type === "snapshot") {
                socket.close();
                resolve(m);
            } else if (m.type === "error") {
                reject(new Error("fresh snapshot refused: " + m.code));
            }
        };
    });
}

// The phase's times are as of sending, so two snapshots differ in them by the time between.
function timeless(state) {
    const out = structuredClone(state);
    if (out.phase) {
        delete out.phase.remainingMs;
        delete out.phase.meetingRemainingMs;
    }
    return out;
}

const dataDir = mkdtempSync(join(tmpdir(), "flipover-convergence-"));
const kiosk = await startKiosk(process.env.FLIPOVER_KIOSK, { dataDir, format: join(here, "format-dots.json"),
                                                            pin: "246810", facilitatorPin: "135791" });
try {
    const url = `ws://127.0.0.1:${kiosk.port}/`;
    const f = voter("facilitator", url, kiosk.pin, kiosk.facilitatorPin);
    const people = [1, 2, 3, 4].map((i) => voter("p" + i, url, kiosk.pin));
    const wall = new Wall(url, kiosk.pin);
    const views = [f, ...people, wall];
    const idle = () => views.every((v) => v === wall ? v.idle : v.synced && v.pending === 0);
    await until("everyone joined", idle);
    const tags = f.sections.session.format.tags.items.map((t) => t.id);
    f.send("startMeeting");
    // A board to work on whatever phases the random run goes through (the
    // facilitator may add cards in any phase): edits, merges, moves, tags
    // and votes then always have cards, whatever the seed.
    for (let i = 0; i < 6; ++i)
        f.send("addCard", { text: `kaart ${i + 1}` });

    let maxCard = 0, maxQuestion = 0, maxThought = 0, added = 0;
    const card = () => pick(1, maxCard + 1);
    const commands = [
        (p) => p.send("addCard", { text: text(), direction: text() }),
        (p) => p.send("addRemark", { cardId: card(), kind: chance(50) ? "dreamer" : "critic", text: text() }),
        (p) => p.send("tagCard", { cardId: card(), tag: tags[pick(0, tags.length - 1)], on: chance(70) }),
        (p) => p.send("askQuestion", { text: text() }),
        (p) => p.send("vote", { ballot: "ballot-" + p.name + "-0123456789abcdef",
                                choices: { [card()]: pick(1, 2), ...(chance(50) ? { [card()]: 1 } : {}) } }),
        (p) => p.send("addInsight", { question: chance(50) ? "enriched" : "takeaway", text: text(), share: chance(60) }),
        (p) => p.send("addTip", { kind: chance(50) ? "tip" : "top", text: text() }),
        (p) => p.send("submitSolution", { text: text(), arguments: text() }),
        (p) => p.send("addThought", { text: text() }),
        (p) => p.send("removeThought", { thoughtId: pick(1, maxThought + 1) }),
        (p) => p.send(chance(60) ? "claimCase" : "releaseCase"),
        (p) => p.send("setCase", { text: text() }),
        () => f.send("addCard", { text: text() }),
        () => f.send("editCard", chance(50) ? { cardId: card(), text: text() } : { cardId: card(), direction: text() }),
        () => f.send("hideCard", { cardId: card(), hidden: chance(60) }),
        () => f.send("mergeCards", { cardId: card(), intoCardId: card() }),
        () => f.send("unmergeCard", { cardId: card() }),
        () => f.send("moveCard", { cardId: card(), position: pick(0, Math.max(0, maxCard - 1)) }),
        () => f.send("answerQuestion", { questionId: pick(1, maxQuestion + 1), answered: chance(70), answer: text() }),
        () => f.send(chance(50) ? "openVote" : "closeVote"),
        () => f.send("revealTallies", { revealed: chance(60) }),
        () => {
            const phase = f.sections.phase || {};
            f.send(phase.index + 1 < phase.count && chance(55) ? "nextPhase" : "previousPhase");
        },
        () => f.send("setPhaseMinutes", { index: pick(Math.max(0, (f.sections.phase || {}).index || 0), ((f.sections.phase || {}).count || 1) - 1),
                                          minutes: pick(1, 240) }),
        () => { if (added++ < 3) f.send("addPhase", { after: Math.max(0, (f.sections.phase || {}).index || 0), title: text(), minutes: pick(1, 30), activities: ["considerations", "vote"] }); },
        () => f.send("adjustTime", { minutes: chance(50) ? 1 : -1 }),
    ];

    const checkpoint = async (round) => {
        await until("every answer", idle);
        for (const v of views)
            v.dropNext = false; // the change below must reach everyone
        await new Promise((resolve) => {
            const id = f.send("setPhaseMinutes", { index: f.sections.phase.count - 1, minutes: 1 + (round % 200) });
            const done = (e) => { if (e.detail.id === id) { f.removeEventListener("ack", done); resolve(); } };
            f.addEventListener("ack", done);
        });
        // Presence settles within its interval: every participant is connected now.
        const present = (v) => ((v === wall ? v.state : v.sections).presence || {}).participants;
        await until("every view at the kiosk's seq", () => idle() && views.every((v) => v.seq === f.seq && present(v) === views.length - 1));
        for (const v of views) {
            const token = v === wall ? "" : v.m.token;
            const fresh = await freshSnapshot(url, kiosk.pin, token);
            const held = v === wall ? v.state : v.sections;
            assert.equal(v.seq, fresh.seq, `seed ${seed}, round ${round}, ${v.name}: seq`);
            assert.deepStrictEqual(timeless(held), timeless(fresh.state), `seed ${seed}, round ${round}, ${v.name}: state differs from a fresh snapshot`);
        }
    };

    const rounds = 120;
    for (let round = 1; round <= rounds; ++round) {
        // At most one command per client and round, and rounds paced, to stay under the flood limit.
        const senders = new Set();
        for (let i = 0, n = pick(1, 3); i < n; ++i) {
            const command = commands[pick(0, commands.length - 1)];
            const p = people[pick(0, people.length - 1)];
            const who = command.length ? p : f;
            if (senders.has(who))
                continue;
            senders.add(who);
            command(p);
        }
        if (chance(8)) {
            const v = views[pick(0, views.length - 1)];
            if (v === wall) v.reconnect(); else v.socket?.close();
        }
        if (chance(10))
            views[pick(0, views.length - 1)].dropNext = true;
        if (round === rounds / 2)
            people[3].send("unlock", { facilitatorPin: kiosk.facilitatorPin });
        await until("every answer", idle);
        for (const v of [f, ...people]) {
            for (const r of v.results.splice(0)) {
                maxCard = Math.max(maxCard, r.cardId || 0);
                maxQuestion = Math.max(maxQuestion, r.questionId || 0);
                maxThought = Math.max(maxThought, r.thoughtId || 0);
            }
        }
        await sleep(60);
        if (round % 30 === 0)
            await checkpoint(round);
    }
    await checkpoint(rounds + 1);

    const dropped = views.reduce((n, v) => n + v.dropped, 0);
    const gaps = views.reduce((n, v) => n + v.gaps, 0);
    for (const v of views)
        assert.ok(v.gaps <= v.dropped, `seed ${seed}: ${v.name} found ${v.gaps} gaps but lost only ${v.dropped} updates`);
    assert.ok(gaps > 0, `seed ${seed}: no lost update was found`);
    assert.ok(maxCard >= 6, `seed ${seed}: only ${maxCard} cards`);
    assert.equal(people[3].sections.mine.facilitator, true);
    console.log(`convergence: ok (${dropped} updates lost on purpose, ${gaps} gaps found and resynced, ${maxCard} cards)`);
    for (const v of [f, ...people]) {
        v.wanted = false;
        v.drop();
    }
    wall.socket.terminate();
} finally {
    await kiosk.stop();
    rmSync(dataDir, { recursive: true, force: true });
}
