// Small DOM helpers shared by the browser voter's screens and panels.
import { errorText, t } from "./i18n.js";

// h("button", {class: "primary", onclick: f}, "text", child, ...)
export function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
        if (value === undefined || value === null || value === false)
            continue;
        if (key.startsWith("on"))
            el.addEventListener(key.slice(2), value);
        else if (key === "class")
            el.className = value;
        else if (key === "text")
            el.textContent = value;
        else
            el.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
        if (child === null || child === undefined || child === false)
            continue;
        el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
}

export function clear(el) {
    while (el.firstChild)
        el.firstChild.remove();
}

let fieldCounter = 0;

// A labelled text field whose content lives in the client's drafts, so a
// reload or a locked phone does not lose what was typed.
export function field(ctx, draftKey, label, placeholder, multiline = true, maxLength = 2000) {
    const id = "field-" + (++fieldCounter);
    const input = h(multiline ? "textarea" : "input", {
        id, placeholder, maxlength: maxLength, rows: multiline ? 3 : undefined,
        type: multiline ? undefined : "text", autocomplete: "off", "data-draft": draftKey,
    });
    input.value = ctx.drafts()[draftKey] || "";
    input.addEventListener("input", () => ctx.setDraft(draftKey, input.value));
    const wrap = h("div", { class: "field" }, h("label", { for: id }, label), input);
    wrap.input = input;
    wrap.take = () => {
        const text = input.value.trim();
        input.value = "";
        ctx.setDraft(draftKey, "");
        return text;
    };
    return wrap;
}

// One line under a send button: sending, kept for later, sent, or the
// kiosk's refusal in the participant's words.
export function sendStatus(ctx, sentText) {
    const el = h("p", { class: "status", role: "status", "aria-live": "polite" });
    el.track = (id, onAccepted) => {
        if (!id)
            return;
        el.className = "status";
        el.textContent = ctx.client.joined ? t("Sending…")
                                           : t("Kept on this phone. It will be sent as soon as the connection is back.");
        ctx.watch(id, {
            ack: (result) => {
                el.className = "status ok";
                el.textContent = typeof sentText === "function" ? sentText(result) : sentText;
                if (onAccepted)
                    onAccepted(result);
            },
            rejected: (code) => {
                el.className = "status bad";
                el.textContent = errorText(code);
            },
        });
    };
    el.show = (text, bad = false) => {
        el.className = bad ? "status bad" : "status";
        el.textContent = text;
    };
    return el;
}

export function panel(title, hint, ...children) {
    return h("section", { class: "panel" }, h("h2", {}, title), hint ? h("p", { class: "hint" }, hint) : null,
             ...children);
}

export function button(text, onclick, cls = "") {
    return h("button", { type: "button", class: cls, onclick }, text);
}
