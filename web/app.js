// The browser voter: join screen, meeting screen (phase header, activity
// panels, waiting, quiet and end bodies) and the leave dialog, on top of
// client.js. Opened from the wall's QR code as http://HOST:PORT/?m=MEETING.
import { Client, Memory } from "./client.js";
import { button, clear, h, panel } from "./dom.js";
import { errorText, followMeeting, language, t, tn } from "./i18n.js";
import { casePanel, cardsPanel, insightsPanel, questionsPanel, solutionPanel, thoughtsPanel, tipsPanel } from "./panels.js";
import { remarksPanel, tagsPanel, votePanel } from "./pickers.js";

// In the order the formats' prompts ask for them (an open vote moves first, style.css).
const PANELS = [["case", casePanel], ["firstThoughts", thoughtsPanel], ["questions", questionsPanel],
                ["solutions", solutionPanel], ["considerations", cardsPanel], ["remarks", remarksPanel],
                ["tags", tagsPanel], ["vote", votePanel], ["insights", insightsPanel], ["tipsTops", tipsPanel]];

const params = new URLSearchParams(location.search);
const linkMeeting = /^[0-9a-f]{4,32}$/.test(params.get("m") || "") ? params.get("m") : "";
// Storage blocked (some private modes) leaves a page that works until it is reloaded.
function browserStorage() {
    try {
        return window.localStorage;
    } catch (e) {
        return { getItem: () => null, setItem() {}, removeItem() {} };
    }
}
const memory = new Memory(browserStorage());
if (linkMeeting && memory.data.meeting && memory.data.meeting !== linkMeeting)
    memory.wipe(); // what this browser kept belongs to another meeting
if (linkMeeting)
    memory.data.meeting = linkMeeting;

const client = new Client(memory, (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/");
const watchers = new Map();
const ctx = {
    client,
    sections: () => client.sections,
    drafts: () => memory.data.drafts,
    setDraft(key, value) {
        memory.data.drafts[key] = value;
        memory.save();
    },
    watch: (id, handlers) => watchers.set(id, handlers),
};
client.addEventListener("ack", (e) => settle(e.detail.id, "ack", e.detail.detail));
client.addEventListener("rejected", (e) => settle(e.detail.id, "rejected", e.detail.detail));
function settle(id, how, detail) {
    const handlers = watchers.get(id);
    watchers.delete(id);
    if (handlers)
        handlers[how](detail);
}

const app = document.getElementById("app");
let screen = "";
let panels = [];
let panelsKey = "";
let receivedAt = 0;

function applyLanguage() {
    document.documentElement.lang = language;
    document.title = t("Flipover – take part");
}
applyLanguage();

// --- join -------------------------------------------------------------------

function showJoin(message = "") {
    screen = "join";
    clear(app);
    const pin = h("input", { id: "pin", type: "text", inputmode: "numeric", autocomplete: "one-time-code",
                             maxlength: 12, placeholder: t("the PIN from the wall"), required: true });
    pin.value = memory.data.pin || "";
    const error = h("p", { class: "status bad", role: "alert", id: "join-error" }, message);
    const joining = h("p", { class: "status", hidden: true }, t("Connecting to the wall…"));
    const form = h("form", { class: "join", novalidate: true },
                   h("h1", {}, t("Join the meeting")),
                   h("p", {}, t("Type the PIN that is shown on the wall, then tap Join.")),
                   h("div", { class: "field" }, h("label", { for: "pin" }, t("PIN")), pin),
                   h("button", { type: "submit", class: "primary" }, t("Join")), joining, error,
                   h("p", { class: "hint" }, t("You take part without your name. When you leave, this phone forgets the meeting.")));
    form.addEventListener("submit", (e) => {
        e.preventDefault();
        const value = pin.value.replace(/\s+/g, "");
        if (!value) {
            error.textContent = t("Type the PIN first.");
            pin.focus();
            return;
        }
        error.textContent = "";
        joining.hidden = false;
        client.connect(value);
    });
    app.append(h("main", { class: "narrow" }, form));
    pin.focus();
}

client.addEventListener("joinFailed", (e) => showJoin(errorText(e.detail)));
client.addEventListener("error", (e) => {
    if (e.detail && e.detail !== "unknown_token" && screen === "join")
        document.getElementById("join-error").textContent = errorText(e.detail);
});
client.addEventListener("state", () => {
    if (client.state === "online" && screen !== "meeting")
        showMeeting();
    renderConnection();
});
client.addEventListener("pending", renderConnection);
client.addEventListener("view", () => {
    if (screen === "meeting")
        renderMeeting();
});

// --- meeting ----------------------------------------------------------------

const header = {};

function showMeeting() {
    screen = "meeting";
    panelsKey = "";
    clear(app);
    header.title = h("h1", { id: "phase-title" });
    header.progress = h("span", { class: "progress" });
    header.timer = h("span", { class: "timer", id: "timer" });
    header.asked = h("p", { class: "asked", id: "asked" });
    header.connection = h("p", { class: "connection", id: "connection", role: "status", "aria-live": "polite" });
    header.leave = button(t("Leave"), confirmLeave, "quiet");
    header.body = h("main", { id: "body" });
    // The bar stays in sight while scrolling. What is asked now shows two
    // lines there on a phone; a tap shows all of it.
    header.asked.setAttribute("role", "button");
    header.asked.setAttribute("tabindex", "0");
    header.asked.setAttribute("aria-expanded", "false");
    const toggleAsked = () => header.asked.setAttribute("aria-expanded",
                                                        String(header.asked.getAttribute("aria-expanded") !== "true"));
    header.asked.addEventListener("click", toggleAsked);
    header.asked.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggleAsked(); } });
    const bar = h("header", { class: "bar" },
                  h("div", { class: "top" }, h("div", { class: "titles" }, header.progress, header.title), header.leave),
                  h("div", { class: "now" }, header.timer, header.connection), header.asked);
    app.append(bar, header.body);
    // What stays in sight below the bar (the dots left) sits just under it, however tall it is.
    new ResizeObserver(() => document.documentElement.style.setProperty("--bar-height", bar.offsetHeight + "px"))
        .observe(bar);
    renderMeeting();
}

function format() {
    return (client.sections.session && client.sections.session.format) || {};
}

function renderMeeting() {
    const s = client.sections;
    const phase = s.phase || {};
    const session = s.session || {};
    if (session.meeting && memory.data.meeting !== session.meeting) {
        if (memory.data.meeting)
            memory.data.drafts = {}; // drafts and ballot of another meeting
        memory.data.meeting = session.meeting;
        memory.save();
    }
    receivedAt = performance.now();
    header.remainingMs = phase.remainingMs || 0;
    const status = phase.status || "notStarted";
    const fmt = format();
    if (followMeeting(fmt.language)) {
        applyLanguage();
        showMeeting(); // every text again, in the meeting's language
        return;
    }
    const current = (fmt.phases || [])[phase.index] || {};
    if (status === "notStarted")
        header.title.textContent = t("Welcome! The meeting starts soon");
    else if (status === "ended")
        header.title.textContent = t("The meeting has ended");
    else
        header.title.textContent = phase.title || current.title || "";
    header.progress.textContent = status === "running" || status === "paused"
        ? t("%1 · phase %2 of %3").replace("%1", fmt.title || session.name || "").replace("%2", phase.index + 1)
                                  .replace("%3", phase.count)
        : fmt.title || session.name || "";
    header.asked.hidden = !current.prompt || status === "ended" || status === "notStarted";
    header.asked.replaceChildren(h("strong", {}, t("Asked now:") + " "), current.prompt || "");
    renderTimer();
    renderConnection();

    // The waiting body shows the plan: it is built again when the plan arrives or changes.
    const key = status === "running" || status === "paused" ? "phase:" + phase.index
        : status === "notStarted" ? status + JSON.stringify([fmt.agreement, fmt.groundRules, fmt.phases])
        : status;
    if (key !== panelsKey) {
        panelsKey = key;
        buildBody(status, current);
    }
    for (const p of panels)
        p.update(s);
}

function buildBody(status, current) {
    clear(header.body);
    panels = [];
    if (status === "notStarted") {
        header.body.append(waitingBody());
        return;
    }
    if (status === "ended") {
        memory.wipeStorage(); // the meeting's end: nothing private stays in this browser
        header.body.append(endBody());
        return;
    }
    const activities = current.activities || [];
    for (const [activity, make] of PANELS) {
        if (activities.includes(activity)) {
            const p = make(ctx);
            p.el.dataset.activity = activity;
            panels.push(p);
        }
    }
    if (panels.length === 0)
        panels.push(quietPanel(current));
    const grid = h("div", { class: "panels" + (panels.length > 1 ? " many" : "") });
    for (const p of panels)
        grid.append(p.el);
    header.body.append(grid);
}

function waitingBody() {
    const fmt = format();
    const parts = [panel(t("How this works"), "",
                         h("p", {}, t("The facilitator starts the meeting on the wall. This phone then shows by itself what you can do in each phase.")),
                         h("p", {}, t("You take part without your name. Each field says who will see what you write: only you, only the facilitator, or everyone on the wall.")))];
    if (fmt.agreement)
        parts.push(panel(t("Working agreements"), "", h("p", {}, fmt.agreement)));
    const rules = (fmt.groundRules && fmt.groundRules.items) || [];
    if (rules.length)
        parts.push(panel((fmt.groundRules && fmt.groundRules.title) || t("Ground rules"), "",
                         h("ol", {}, rules.map((r) => h("li", {}, h("strong", {}, r.title), r.text ? h("p", {}, r.text) : null)))));
    const phases = fmt.phases || [];
    if (phases.length)
        parts.push(panel(t("The meeting, phase by phase"), "",
                         h("ol", { id: "plan" }, phases.map((p) => h("li", {}, p.title + " · " + tn(p.minutes, "%n min", "%n min"))))));
    return h("div", { class: "panels" }, parts);
}

function quietPanel(current) {
    const el = panel(t("Nothing to do on the phone right now"), t("Look and listen along with the wall. In this phase:"),
                     h("ol", {}, (current.steps || []).map((step) => h("li", {}, step))));
    return { el, update() {} };
}

function endBody() {
    const s = client.sections;
    return h("div", { class: "panels" }, panel(t("Thank you for taking part!"),
        t("The facilitator shares the outcome. The wall shows it for now."),
        h("p", {}, t("Together you gathered: %1, %2 and %3.")
            .replace("%1", tn((s.cards || []).length, "%n card", "%n cards"))
            .replace("%2", tn((s.questions || []).length, "%n question", "%n questions"))
            .replace("%3", tn((s.tips || []).length, "%n tip or top", "%n tips and tops"))),
        h("p", { class: "status ok", id: "wiped" }, t("This phone has already forgotten what you typed here.")),
        button(t("Leave the meeting"), () => doLeave(), "primary")));
}

function renderTimer() {
    const phase = client.sections.phase || {};
    if (!header.timer)
        return;
    if (phase.status !== "running" && phase.status !== "paused") {
        header.timer.hidden = true;
        return;
    }
    header.timer.hidden = false;
    const elapsed = phase.status === "running" ? performance.now() - receivedAt : 0;
    const ms = header.remainingMs - elapsed;
    const secs = Math.floor(Math.abs(ms) / 1000);
    const clock = Math.floor(secs / 60) + ":" + String(secs % 60).padStart(2, "0");
    const label = phase.status === "paused" ? t("paused") : ms < 0 ? t("over time") : t("left in this phase");
    header.timer.className = "timer" + (ms < 0 ? " over" : "") + (phase.status === "paused" ? " paused" : "");
    header.timer.replaceChildren(h("strong", {}, (ms < 0 ? "+" : "") + clock), " " + label);
}

function renderConnection() {
    if (!header.connection || screen !== "meeting")
        return;
    const n = (client.sections.presence && client.sections.presence.participants) || 0;
    let text;
    switch (client.state) {
    case "online":
        text = tn(n, "Connected · %n taking part", "Connected · %n taking part");
        break;
    case "reconnecting":
    case "connecting":
        text = client.everOnline ? t("Connection lost – your input is kept and sent later.") : t("Connecting to the wall…");
        if (client.pending > 0)
            text += " " + tn(client.pending, "%n item waiting to be sent.", "%n items waiting to be sent.");
        break;
    default:
        text = t("Not connected");
    }
    header.connection.textContent = text;
    header.connection.className = "connection " + client.state;
}

// --- leave ------------------------------------------------------------------

function confirmLeave() {
    const dialog = h("div", { class: "overlay", role: "dialog", "aria-modal": "true", "aria-labelledby": "leave-title" },
                     h("div", { class: "panel" },
                       h("h2", { id: "leave-title" }, t("Leave the meeting on this phone?")),
                       h("p", {}, t("This phone then forgets everything about this meeting: what you typed but did not send, and your first thoughts. Your first thoughts are also removed from the wall's computer.")),
                       h("p", {}, t("What you already shared stays on the wall, without your name. Your vote still counts, but you can no longer change it.")),
                       h("div", { class: "row" }, button(t("Yes, leave and wipe"), () => { dialog.remove(); doLeave(); }, "primary"),
                         button(t("Stay"), () => dialog.remove()))));
    app.append(dialog);
    dialog.querySelector("button").focus();
}

function doLeave() {
    client.leave();
    showJoin();
    const note = h("p", { class: "status ok", id: "left" }, t("You left the meeting. This phone has forgotten it."));
    app.querySelector("form").prepend(note);
}

// --- wake-ups ---------------------------------------------------------------

// Out of sight, the page lets go of the wall (presence counts who is here
// now); back in view, it joins again where it was.
document.addEventListener("visibilitychange", () => { if (document.hidden) client.sleep(); else client.wake(); });
window.addEventListener("pagehide", () => client.sleep());
window.addEventListener("online", () => client.wake());
window.addEventListener("pageshow", () => client.wake());
setInterval(renderTimer, 1000);

if (client.resume())
    showMeeting();
else
    showJoin();
