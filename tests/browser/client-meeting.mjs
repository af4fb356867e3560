// The browser voter's connection (web/client.js) without a browser: a fake
// WebSocket plays the kiosk. What waits in the outbox goes out only after the
// snapshot has named the meeting it was queued for; for another meeting, or
// after unknown_token, it is dropped unsent and reported as rejected
// (new_meeting). Run by run.sh before the browser test; takes milliseconds.
import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

class FakeSocket {
    static OPEN = 1;
    static last = null;
    constructor(url) {
        this.url = url;
        this.readyState = 0;
        this.sent = [];
        FakeSocket.last = this;
    }
    send(text) { this.sent.push(JSON.parse(text)); }
    close() { this.readyState = 3; }
    // The kiosk's side.
    accept() { this.readyState = FakeSocket.OPEN; this.onopen(); }
    receive(message) { this.onmessage({ data: JSON.stringify(message) }); }
}
globalThis.WebSocket = FakeSocket;

const web = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "web");
const { Client, Memory } = await import(join(web, "client.js"));

function storage() {
    const items = new Map();
    return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, v), removeItem: (k) => items.delete(k) };
}

// A client that kept one card for meeting aaaaaaaaaa while offline.
function clientWithOutbox(token = "") {
    const memory = new Memory(storage());
    Object.assign(memory.data, { meeting: "aaaaaaaaaa", pin: "123456", token, ballotToken: "b".repeat(32),
                                 drafts: { ballot: "{\"1\":2}" } });
    const client = new Client(memory, "ws://kiosk.test/");
    const rejected = [];
    client.addEventListener("rejected", (e) => rejected.push(e.detail));
    const id = client.send("addCard", { text: "kept offline" });
    client.connect("123456");
    FakeSocket.last.accept();
    return { client, memory, rejected, id, socket: FakeSocket.last };
}

function stop(client) {
    client.wanted = false;
    clearTimeout(client.retryTimer);
    client.drop();
}

const joined = { type: "joined", v: 1, participantId: "p1", token: "t1", role: "participant" };
const snapshot = (meeting) => ({ type: "snapshot", seq: 1, state: { session: { meeting } } });
const types = (socket) => socket.sent.map((m) => m.type);

{
    // The same meeting: sent once the snapshot says so, not before.
    const { client, rejected, id, socket } = clientWithOutbox();
    socket.receive(joined);
    assert.deepEqual(types(socket), ["join"], "nothing is re-sent before the snapshot names the meeting");
    socket.receive(snapshot("aaaaaaaaaa"));
    assert.deepEqual(types(socket), ["join", "addCard"]);
    assert.equal(socket.sent[1].id, id);
    assert.equal(rejected.length, 0);
    stop(client);
}
{
    // Another meeting in the snapshot: dropped, told, never sent.
    const { client, memory, rejected, id, socket } = clientWithOutbox();
    socket.receive(joined);
    socket.receive(snapshot("bbbbbbbbbb"));
    assert.deepEqual(types(socket), ["join"]);
    assert.deepEqual(rejected, [{ id, type: "addCard", detail: "new_meeting" }]);
    assert.equal(client.pending, 0);
    assert.equal(memory.data.meeting, "bbbbbbbbbb");
    assert.equal(memory.data.ballotToken, "");
    assert.deepEqual(memory.data.drafts, {});
    client.send("askQuestion", { text: "now" });
    assert.deepEqual(types(socket), ["join", "askQuestion"], "the new meeting gets what is sent now");
    stop(client);
}
{
    // unknown_token: the kiosk runs another meeting; nothing goes along.
    const { client, memory, rejected, id, socket } = clientWithOutbox("old-token");
    assert.equal(socket.sent[0].resume, "old-token");
    socket.receive({ type: "error", id: "", code: "unknown_token", message: "Unknown token." });
    assert.deepEqual(rejected, [{ id, type: "addCard", detail: "new_meeting" }]);
    assert.equal(client.pending, 0);
    assert.equal(memory.data.token, "");
    await new Promise((resolve) => setTimeout(resolve, 10)); // the fresh join
    const fresh = FakeSocket.last;
    assert.notEqual(fresh, socket);
    fresh.accept();
    assert.equal(fresh.sent[0].resume, undefined);
    fresh.receive(joined);
    fresh.receive(snapshot("cccccccccc"));
    assert.deepEqual(types(fresh), ["join"]);
    stop(client);
}
console.log("client-meeting: the browser voter sends nothing of an old meeting into a new one");
