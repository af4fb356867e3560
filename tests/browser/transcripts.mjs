// The browser voter's side of the transcript suite (tests/data/transcripts/README.md):
// for every client of every transcript that a voter can play, a fake socket
// gives web/client.js what the kiosk sent that client, in order, and requires
// that it sends what the transcript recorded (its own ids bind the
// placeholders); at the end its sections must be the recorded state and its
// outbox empty. The client is driven as web/app.js drives it: connect, send,
// leave, ping; its resumes and re-sends come from its own reconnects.
// Also: every protocol constant web/client.js names exists in web/protocol.js.
// Run by ctest (tst_transcripts_web); needs nothing but node.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, "..", "..", "web");
const dir = join(here, "..", "data", "transcripts");

const sent = []; // every message the client sent, over all its sockets, in order
class FakeSocket {
    static OPEN = 1;
    static all = [];
    constructor(url) {
        this.url = url;
        this.readyState = 0;
        FakeSocket.all.push(this);
    }
    send(text) { sent.push(JSON.parse(text)); }
    close() { this.readyState = 3; }
}
globalThis.WebSocket = FakeSocket;
const protocol = await import(join(web, "protocol.js"));
const { Client, Memory } = await import(join(web, "client.js"));
const { MSG, CMD, KEY } = protocol;

// Every constant client.js names is one protocol.js has.
const source = readFileSync(join(web, "client.js"), "utf8");
for (const [, group, name] of source.matchAll(/\b(MSG|CMD|KEY|ERR|SECTION|CLOSE|LIMITS|ROLE|ACTIVITY)\.(\w+)/g))
    assert.ok(name in protocol[group], `web/client.js names ${group}.${name}, which web/protocol.js does not have`);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(what, pred, ms = 5000) {
    const end = Date.now() + ms;
    while (!pred()) {
        if (Date.now() > end)
            throw new Error(`timed out waiting for ${what}`);
        await sleep(1);
    }
}

// Placeholders, as tests/transcript.h has them.
class Vars {
    constructor(shared) { this.bound = new Map(Object.entries(shared).map(([k, v]) => ["$" + k, v])); }
    static isPlaceholder(v) { return typeof v === "string" && v.length > 1 && v.startsWith("$"); }
    fill(v) {
        if (Vars.isPlaceholder(v)) {
            if (!this.bound.has(v))
                this.bound.set(v, v.slice(1));
            return this.bound.get(v);
        }
        if (Array.isArray(v))
            return v.map((x) => this.fill(x));
        if (v && typeof v === "object")
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.fill(x)]));
        return v;
    }
    match(expected, actual, path = "$") {
        if (Vars.isPlaceholder(expected)) {
            if (!this.bound.has(expected)) {
                this.bound.set(expected, actual);
                return;
            }
            assert.deepStrictEqual(actual, this.bound.get(expected), `${path} (${expected})`);
            return;
        }
        if (expected && actual && typeof expected === "object" && typeof actual === "object"
            && Array.isArray(expected) === Array.isArray(actual)) {
            const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
            assert.equal(Object.keys(expected).length, Object.keys(actual).length, `${path}: ${JSON.stringify(actual)}`);
            for (const k of keys) {
                assert.ok(k in expected && k in actual, `${path}.${k}: ${JSON.stringify(actual)}`);
                this.match(expected[k], actual[k], `${path}.${k}`);
            }
            return;
        }
        assert.deepStrictEqual(actual, expected, path);
    }
}

function storage() {
    const items = new Map();
    return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, v), removeItem: (k) => items.delete(k) };
}

async function replay(name, transcript, who, shared) {
    const vars = new Vars(shared);
    sent.length = 0;
    FakeSocket.all = [];
    const client = new Client(new Memory(storage()), "ws://kiosk.test/",
                              { backoffInitialMs: 1, backoffMaxMs: 2, pingMs: 3600000, deadMs: 3600000 });
    let started = false, read = 0;
    const accept = () => { // the kiosk accepts the client's newest socket
        const s = client.socket;
        if (s && s.readyState === 0) {
            s.readyState = FakeSocket.OPEN;
            s.onopen();
        }
    };
    for (const [i, step] of transcript.steps.entries()) {
        if (step.client !== who)
            continue;
        const where = `${name}:${who}, step ${i + 1}`;
        if (step.send) {
            const { type, id, ...fields } = step.send;
            if (type === MSG.Join && !started) {
                client.connect(step.send[KEY.Pin], step.send[KEY.FacilitatorPin] || "");
                started = true;
            } else if (type === MSG.Ping) {
                client.ping(0);
            } else if (type === CMD.Leave) {
                client.leave();
            } else if (type !== MSG.Join && !vars.bound.has(id)) {
                client.send(type, vars.fill(fields));
            }
            await until(`${where}: a message`, () => { accept(); return read < sent.length; });
            try {
                vars.match(step.send, sent[read++]);
            } catch (e) {
                throw new Error(`${where}: ${e.message}`);
            }
        } else if (step.receive) {
            if (client.socket)
                client.onMessage(JSON.stringify(vars.fill(step.receive)));
        } else if (step.closed) {
            if (client.socket)
                client.socket.onclose({ code: step.closed });
        } else if (step.reconnect) {
            const before = FakeSocket.all.length;
            if (client.socket && client.socket.readyState === FakeSocket.OPEN)
                client.socket.onclose({ code: 1006 });
            await until(`${where}: a reconnect`, () => FakeSocket.all.length > before);
        } else {
            throw new Error(`${where}: a step no voter can play`);
        }
    }
    const expected = vars.fill((transcript.final || {})[who] || {});
    assert.deepStrictEqual(client.sections, expected, `${name}:${who}: the final state`);
    assert.equal(client.pending, 0, `${name}:${who}: the outbox`);
    assert.equal(read, sent.length, `${name}:${who}: sent more than the transcript holds`);
    client.wanted = false;
    client.drop();
}

const shared = JSON.parse(readFileSync(join(dir, "values.json"), "utf8"));
let played = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "values.json").sort()) {
    const transcript = JSON.parse(readFileSync(join(dir, file), "utf8"));
    for (const c of transcript.clients) {
        if (c.replay === false)
            continue;
        await replay(file.replace(/\.json$/, ""), transcript, c.name, shared);
        played++;
    }
}
assert.ok(played >= 10, `only ${played} clients played`);
console.log(`transcripts: web/client.js played ${played} clients of the recorded exchanges`);
process.exit(0);
