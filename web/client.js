// The browser voter's connection to the kiosk: docs/protocol.md, the same
// behaviour as the Qt voter (voter/client/voterclient.cpp): join with the PIN
// or resume with the token, client message ids with a random prefix, an outbox
// kept in localStorage that is sent again with the same ids after every
// reconnect, reconnect with exponential backoff and jitter, a ballot token of
// this browser's own. Message bodies are never logged. The outbox belongs to
// one meeting: it goes out only after the snapshot has shown the same meeting
// code, and is dropped unsent when the kiosk runs another meeting.

import { applyUpdate } from "./patch.js";
import { CLOSE, CMD, ERR, JOIN_AFRESH_CODES, JOIN_STOP_CODES, MSG, VERSION } from "./protocol.js";

const STORE_KEY = "flipover.voter";
const WINDOW = 16; // unanswered commands in flight at once (see pump)

function randomHex(bytes) {
    const raw = new Uint8Array(bytes);
    crypto.getRandomValues(raw);
    return Array.from(raw, (b) => b.toString(16).padStart(2, "0")).join("");
}

function emptyMemory() {
    return { version: 1, meeting: "", pin: "", token: "", participantId: "", idPrefix: "", idCounter: 0,
             ballotToken: "", outbox: [], drafts: {} };
}

// What this browser keeps between page loads. Everything in it is private to
// the participant and wiped by leave() and at the meeting's end.
export class Memory {
    constructor(storage) {
        this.storage = storage;
        this.data = emptyMemory();
        this.enabled = true;
        try {
            const stored = JSON.parse(storage.getItem(STORE_KEY) || "null");
            if (stored && stored.version === 1)
                this.data = Object.assign(emptyMemory(), stored);
        } catch (e) {
            this.data = emptyMemory(); // unreadable: start afresh
        }
    }

    save() {
        if (!this.enabled)
            return;
        try {
            this.storage.setItem(STORE_KEY, JSON.stringify(this.data));
        } catch (e) {
            // Private mode or a full quota: the meeting still works, only a reload forgets.
        }
    }

    // Removes what is stored but keeps this page's copy, and stores nothing
    // more: the page goes on showing the meeting, a reload finds nothing.
    wipeStorage() {
        this.enabled = false;
        try {
            this.storage.removeItem(STORE_KEY);
        } catch (e) {
            // nothing stored, nothing to wipe
        }
    }

    wipe() {
        this.data = emptyMemory();
        this.enabled = true;
        try {
            this.storage.removeItem(STORE_KEY);
        } catch (e) {
            // nothing stored, nothing to wipe
        }
    }
}

export class Client extends EventTarget {
    constructor(memory, url, options = {}) {
        super();
        this.memory = memory;
        this.url = url;
        this.pingMs = options.pingMs || 10000;
        this.deadMs = options.deadMs || 25000;
        this.backoffInitialMs = options.backoffInitialMs || 500;
        this.backoffMaxMs = options.backoffMaxMs || 15000;
        this.socket = null;
        this.state = "offline"; // offline, connecting, online, reconnecting
        this.joined = false;
        this.synced = false; // this connection's snapshot named the meeting the outbox is for
        this.inFlight = new Set(); // ids sent on this connection and not yet answered
        this.wanted = false;
        this.everOnline = false;
        this.attempt = 0;
        this.lastError = "";
        this.facilitatorPin = "";
        this.seq = -1;
        this.sections = {};
        this.pings = 0;
        this.retryTimer = 0;
        this.pingTimer = 0;
        this.deadTimer = 0;
    }

    get m() { return this.memory.data; }
    get pending() { return this.m.outbox.length; }
    get hasStoredSession() { return this.m.token !== "" && this.m.pin !== ""; }

    emit(type, detail) { this.dispatchEvent(new CustomEvent(type, { detail })); }

    setState(state) {
        if (this.state === state)
            return;
        this.state = state;
        this.emit("state", state);
    }

    setError(code) {
        this.lastError = code;
        this.emit("error", code);
    }

    connect(pin, facilitatorPin = "") {
        if (this.m.pin !== pin) {
            this.m.token = ""; // another PIN is another join
            this.m.pin = pin;
        }
        this.facilitatorPin = facilitatorPin;
        this.memory.save();
        this.wanted = true;
        this.everOnline = false;
        this.attempt = 0;
        this.setError("");
        this.setState("connecting");
        this.open();
    }

    resume() {
        if (!this.hasStoredSession)
            return false;
        this.connect(this.m.pin);
        return true;
    }

    // Back in view or back online: try now rather than when the backoff says.
    wake() {
        if (!this.wanted)
            return;
        if (this.joined) {
            this.ping(4000); // a socket that slept with the phone may be dead without knowing
            return;
        }
        clearTimeout(this.retryTimer);
        this.attempt = 0;
        this.open();
    }

    // Out of sight (another app, a locked screen, a closed or cached page):
    // close the socket, so that the wall counts who is here now. A page in
    // the background may be frozen while the browser still answers the
    // kiosk's pings. wake() joins again with the token.
    sleep() {
        if (!this.wanted || !this.socket)
            return;
        clearTimeout(this.retryTimer);
        this.retire();
        this.setState(this.everOnline ? "reconnecting" : "connecting");
    }

    send(type, fields = {}) {
        const entry = { id: this.nextId(), type, fields };
        this.m.outbox.push(entry);
        this.memory.save();
        this.emit("pending", this.pending);
        this.pump();
        return entry.id;
    }

    leave() {
        if (this.socket && this.joined)
            this.socket.send(JSON.stringify({ type: CMD.Leave, id: this.nextId() }));
        this.wanted = false;
        this.retire();
        this.forget();
        this.setState("offline");
    }

    // This browser's ballot token for this meeting: random, never tied to the participant.
    ballotToken() {
        if (!this.m.ballotToken) {
            this.m.ballotToken = randomHex(16);
            this.memory.save();
        }
        return this.m.ballotToken;
    }

    forget() {
        this.memory.wipe();
        this.sections = {};
        this.seq = -1;
        this.facilitatorPin = "";
        this.emit("pending", 0);
        this.emit("view", this.sections);
    }

    open() {
        this.drop();
        let socket;
        try {
            socket = new WebSocket(this.url);
        } catch (e) {
            this.lost();
            return;
        }
        this.socket = socket;
        socket.onopen = () => this.onOpen(socket);
        socket.onmessage = (event) => { if (this.socket === socket) this.onMessage(event.data); };
        socket.onclose = (event) => { if (this.socket === socket) this.onClose(event); };
        socket.onerror = () => { if (this.socket === socket) this.lost(); };
        this.armDeadline(this.deadMs); // also bounds a connect that hangs
    }

    onOpen(socket) {
        if (this.socket !== socket)
            return;
        const join = { type: MSG.Join, v: VERSION, pin: this.m.pin };
        if (this.m.token)
            join.resume = this.m.token;
        if (this.facilitatorPin)
            join.facilitatorPin = this.facilitatorPin;
        socket.send(JSON.stringify(join));
    }

    onClose(event) {
        if (!this.joined && event.code === CLOSE.Policy && this.wanted && !this.everOnline)
            this.setError("refused");
        this.lost();
    }

    armDeadline(ms) {
        clearTimeout(this.deadTimer);
        this.deadTimer = setTimeout(() => this.lost(), ms);
    }

    ping(deadlineMs) {
        if (!this.socket || !this.joined)
            return;
        this.socket.send(JSON.stringify({ type: MSG.Ping, id: "ping-" + (++this.pings) }));
        if (deadlineMs)
            this.armDeadline(deadlineMs);
    }

    detach() {
        this.joined = false;
        this.synced = false;
        clearInterval(this.pingTimer);
        clearTimeout(this.deadTimer);
        const socket = this.socket;
        this.socket = null;
        if (socket)
            socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
        return socket;
    }

    drop() {
        const socket = this.detach();
        if (socket && socket.readyState <= WebSocket.OPEN)
            socket.close();
    }

    // Closes gracefully so that a last message (leave) still goes out.
    retire() {
        const socket = this.detach();
        if (socket)
            socket.close(1000);
    }

    lost() {
        this.drop();
        if (!this.wanted) {
            this.setState("offline");
            return;
        }
        this.setState(this.everOnline ? "reconnecting" : "connecting");
        // Exponential backoff with equal jitter: half the step fixed, half random.
        const step = Math.min(this.backoffMaxMs, this.backoffInitialMs * 2 ** Math.min(this.attempt, 20));
        this.attempt++;
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => { if (this.wanted) this.open(); },
                                     step / 2 + Math.random() * (step / 2));
    }

    onMessage(text) {
        this.armDeadline(this.deadMs);
        let m;
        try {
            m = JSON.parse(text);
        } catch (e) {
            return; // a kiosk that speaks nonsense
        }
        if (!m || typeof m !== "object")
            return;
        switch (m.type) {
        case MSG.Joined:
            this.onJoined(m);
            break;
        case MSG.Snapshot:
            if (this.joined) {
                this.sections = m.state || {};
                this.adoptMeeting((this.sections.session || {}).meeting || "");
                this.seq = m.seq;
                this.emit("view", this.sections);
                this.synced = true;
                this.pump();
            }
            break;
        case MSG.Update:
            if (this.joined && this.synced && m.seq > this.seq)
                this.onUpdate(m);
            break;
        case MSG.Presence:
            if (this.joined && this.synced && Number.isInteger(m.participants)) {
                this.sections = { ...this.sections, presence: { participants: m.participants } };
                this.emit("view", this.sections);
            }
            break;
        case MSG.Ack:
            this.settle(m.id, "ack", m.result || {});
            break;
        case MSG.Error:
            this.onError(m);
            break;
        case MSG.Bye:
            this.setError(m.code);
            if (JOIN_STOP_CODES.includes(m.code))
                this.wanted = false;
            break;
        default:
            break;
        }
    }

    // Applies an update's patches to what this client holds (web/patch.js).
    // One that does not build on the seq held (prev), or does not fit, means
    // this view went astray: reconnect at once; the snapshot puts it right.
    onUpdate(m) {
        const next = m.prev === this.seq ? applyUpdate(this.sections, m.sections, m.patch) : null;
        if (next === null) {
            this.resync();
            return;
        }
        this.sections = next;
        this.seq = m.seq;
        this.emit("view", this.sections);
    }

    resync() {
        this.drop();
        clearTimeout(this.retryTimer);
        this.attempt = 0;
        this.setState("reconnecting");
        this.open();
    }

    settle(id, how, detail) {
        const i = this.m.outbox.findIndex((e) => e.id === id);
        if (i < 0)
            return false;
        const entry = this.m.outbox.splice(i, 1)[0];
        this.inFlight.delete(id);
        this.memory.save();
        this.emit("pending", this.pending);
        this.emit(how, { id, type: entry.type, detail });
        this.pump();
        return true;
    }

    onJoined(m) {
        if (this.m.participantId && m.participantId !== this.m.participantId) {
            this.sections = {}; // a different participant: nothing of the old view holds
            this.seq = -1;
        }
        if (m.token)
            this.m.token = m.token;
        this.m.participantId = m.participantId || "";
        this.joined = true;
        this.everOnline = true;
        this.attempt = 0;
        this.setError("");
        this.memory.save();
        this.setState("online");
        clearInterval(this.pingTimer);
        this.pingTimer = setInterval(() => this.ping(0), this.pingMs);
        // Everything without an answer goes again, in order, with the same
        // ids, once the snapshot that follows has named the meeting.
        this.inFlight = new Set();
    }

    // The meeting the kiosk runs now (the snapshot's code). Another one than
    // the outbox was filled for: what waits for the old one is dropped.
    adoptMeeting(code) {
        if (!code || code === this.m.meeting)
            return;
        if (this.m.meeting)
            this.dropOldMeeting();
        this.m.meeting = code;
        this.memory.save();
    }

    // Nothing queued for an old meeting is ever sent into a new one; its
    // ballot token and drafts (they name its cards) go too.
    dropOldMeeting() {
        const dropped = this.m.outbox;
        this.m.outbox = [];
        this.inFlight = new Set();
        this.m.ballotToken = "";
        this.m.drafts = {};
        this.memory.save();
        this.emit("pending", 0);
        for (const entry of dropped)
            this.emit("rejected", { id: entry.id, type: entry.type, detail: ERR.NewMeeting });
    }

    // Sends what waits in the outbox, at most WINDOW unanswered at a time: a
    // phone back online with a long outbox stays under the kiosk's flood
    // limit (40 messages at once, docs/protocol.md).
    pump() {
        for (const entry of this.m.outbox) {
            if (!this.joined || !this.synced || this.inFlight.size >= WINDOW)
                break;
            if (this.inFlight.has(entry.id))
                continue;
            this.inFlight.add(entry.id);
            this.transmit(entry);
        }
    }

    onError(m) {
        if (!this.joined) {
            this.onJoinRefused(m.code);
            return;
        }
        if (m.id && this.settle(m.id, "rejected", m.code))
            return;
        this.setError(m.code);
    }

    onJoinRefused(code) {
        this.setError(code);
        if (JOIN_AFRESH_CODES.includes(code)) {
            // The kiosk no longer knows us (a new session): join afresh, and
            // send nothing of the old meeting into the new one.
            this.m.token = "";
            this.dropOldMeeting();
            this.drop();
            this.retryTimer = setTimeout(() => { if (this.wanted) this.open(); }, 0);
            return;
        }
        if (JOIN_STOP_CODES.includes(code)) {
            this.wanted = false;
            this.drop();
            this.setState("offline");
            this.emit("joinFailed", code);
            return;
        }
        this.lost(); // e.g. too_many_attempts: try again later
    }

    transmit(entry) {
        if (this.socket && this.socket.readyState === WebSocket.OPEN)
            this.socket.send(JSON.stringify(Object.assign({}, entry.fields, { type: entry.type, id: entry.id })));
    }

    nextId() {
        if (!this.m.idPrefix)
            this.m.idPrefix = randomHex(4);
        this.m.idCounter++;
        this.memory.save();
        return this.m.idPrefix + "-" + this.m.idCounter;
    }
}
