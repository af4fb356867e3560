// Helpers for the browser tests: a real flipover-kiosk process (--no-gui,
// port 0 the first time; a restart reuses the same port and data directory
// so the page can resume) and a facilitator that steers it over a WebSocket
// and holds the facilitator's view of the meeting.
import { spawn } from "node:child_process";
import { applyUpdate } from "../../web/patch.js";

// Node 22 has a WebSocket of its own; older ones (Debian's 18, 20) use the
// npm package ws, which speaks the same onopen/onmessage/send API.
const WebSocketImpl = globalThis.WebSocket ?? (await import("ws")).WebSocket;

export function startKiosk(kiosk, { dataDir, format, port = 0, pin, facilitatorPin, language }) {
    const args = ["--no-gui", "--port", String(port), "--listen", "127.0.0.1", "--data-dir", dataDir];
    if (format)
        args.push("--format", format);
    if (pin)
        args.push("--pin", pin, "--facilitator-pin", facilitatorPin);
    if (language)
        args.push("--language", language);
    const child = spawn(kiosk, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, QT_QPA_PLATFORM: "offscreen" } });
    let stderr = "";
    child.stderr.on("data", (d) => { stderr += d; });
    return new Promise((resolve, reject) => {
        let out = "";
        const timer = setTimeout(() => reject(new Error("the kiosk did not print FLIPOVER_READY:\n" + stderr)), 15000);
        child.on("exit", (code) => reject(new Error(`the kiosk exited (${code}) before it was ready:\n${stderr}`)));
        child.stdout.on("data", (d) => {
            out += d;
            const m = /FLIPOVER_READY port=(\d+) pin=(\S+) facilitatorPin=(\S+)/.exec(out);
            if (m) {
                clearTimeout(timer);
                child.removeAllListeners("exit");
                resolve({ child, port: Number(m[1]), pin: m[2], facilitatorPin: m[3],
                          stop: () => new Promise((done) => { child.once("exit", done); child.kill("SIGKILL"); }) });
            }
        });
    });
}

export class Facilitator {
    // resume: the token of an earlier Facilitator, to come back as the same participant.
    constructor(port, pin, facilitatorPin, resume = "") {
        this.url = `ws://127.0.0.1:${port}/`;
        this.pin = pin;
        this.facilitatorPin = facilitatorPin;
        this.token = resume;
        this.state = {};
        this.waiters = new Map();
        // Ids are unique per participant, also across a resume (the kiosk
        // answers a known id with its first result and does not apply it again).
        this.prefix = "fac" + Math.random().toString(16).slice(2, 10);
        this.counter = 0;
    }

    open() {
        this.socket = new WebSocketImpl(this.url);
        return new Promise((resolve, reject) => {
            this.socket.onerror = () => reject(new Error("the facilitator could not connect"));
            const join = { type: "join", v: 1, pin: this.pin, facilitatorPin: this.facilitatorPin };
            if (this.token)
                join.resume = this.token;
            this.socket.onopen = () => this.socket.send(JSON.stringify(join));
            this.socket.onmessage = (event) => {
                const m = JSON.parse(event.data);
                if (m.type === "joined") {
                    this.token = m.token;
                } else if (m.type === "snapshot") {
                    this.state = m.state;
                    resolve();
                } else if (m.type === "presence") {
                    this.state = { ...this.state, presence: { participants: m.participants } };
                } else if (m.type === "update") {
                    this.state = applyUpdate(this.state, m.sections, m.patch) ?? this.state;
                } else if (m.type === "error" && !m.id) {
                    reject(new Error("facilitator join refused: " + m.code));
                } else if ((m.type === "ack" || m.type === "error") && this.waiters.has(m.id)) {
                    this.waiters.get(m.id)(m);
                    this.waiters.delete(m.id);
                }
            };
        });
    }

    // Sends a command and resolves with its ack; rejects on an error.
    async cmd(type, fields = {}) {
        const id = this.prefix + "-" + (++this.counter);
        const answer = new Promise((resolve) => this.waiters.set(id, resolve));
        this.socket.send(JSON.stringify({ ...fields, type, id }));
        const m = await answer;
        if (m.type !== "ack")
            throw new Error(`${type} refused: ${m.code}`);
        return m.result;
    }

    // Waits until pred(state) holds (the kiosk's updates arrive over the socket).
    async until(what, pred, ms = 8000) {
        const end = Date.now() + ms;
        while (!pred(this.state)) {
            if (Date.now() > end)
                throw new Error("timed out waiting for " + what + "; state: " + JSON.stringify(this.state).slice(0, 2000));
            await new Promise((r) => setTimeout(r, 25));
        }
    }

    close() {
        if (this.socket)
            this.socket.close();
    }
}
