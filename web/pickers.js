// The panels that work on the cards on the wall: dreamer/critic remarks on a
// chosen card, tags, and the preference vote (single choice or dots, with
// the dots left and the cap per card in sight; the ballot can be changed
// until the vote closes; then the room's result, once shown).
import { button, clear, field, h, panel, sendStatus } from "./dom.js";
import { t, tn } from "./i18n.js";

function cardsOf(s) {
    return (s.cards || []).filter((c) => !c.hidden);
}

function cardLabel(card) {
    return h("span", { class: "card-label" }, card.direction ? h("strong", {}, card.direction) : null,
             h("span", {}, card.text));
}

// A list of the cards as radio-like buttons; picked() is the chosen card id or 0.
function cardPicker(ctx, draftKey, onPick) {
    const list = h("div", { class: "cards", role: "radiogroup" });
    const picker = {
        el: list,
        picked: () => Number(ctx.drafts()[draftKey] || 0),
        update(s) {
            clear(list);
            const cards = cardsOf(s);
            if (cards.length === 0)
                list.append(h("p", { class: "muted" }, t("There are no cards on the flipover yet.")));
            for (const card of cards) {
                const chosen = picker.picked() === card.id;
                list.append(h("button", {
                    type: "button", class: "card" + (chosen ? " chosen" : ""), role: "radio",
                    "aria-checked": chosen ? "true" : "false",
                    onclick: () => { ctx.setDraft(draftKey, card.id); picker.update(ctx.sections()); onPick(); },
                }, cardLabel(card)));
            }
        },
    };
    return picker;
}

export function remarksPanel(ctx) {
    const prompts = ((ctx.sections().session || {}).format || {}).prompts || {};
    const kindHint = h("p", { class: "hint" });
    const text = field(ctx, "remark", t("3. Your remark"), "");
    const status = sendStatus(ctx, t("Your remark is on the card."));
    const remarks = h("ul", { class: "items" });
    const kinds = h("div", { class: "choice", role: "radiogroup" });
    const kind = () => ctx.drafts().remarkKind || "dreamer";
    const showKind = () => {
        clear(kinds);
        for (const [k, label] of [["dreamer", t("Dreamer")], ["critic", t("Critic")]]) {
            kinds.append(h("button", { type: "button", role: "radio", class: kind() === k ? "chosen" : "",
                                       "aria-checked": kind() === k ? "true" : "false",
                                       onclick: () => { ctx.setDraft("remarkKind", k); showKind(); } }, label));
        }
        const dreamer = kind() === "dreamer";
        kindHint.textContent = dreamer ? prompts.dreamer || t("What would you do if you went one step further?")
                                       : prompts.critic || t("What would an opponent say? What is a reason or a risk not to do it?");
        text.input.placeholder = dreamer ? t("One step further would be…") : t("A risk is…");
    };
    const showRemarks = () => {
        clear(remarks);
        const card = cardsOf(ctx.sections()).find((c) => c.id === picker.picked());
        for (const r of (card && card.remarks) || [])
            remarks.append(h("li", { class: "item " + r.kind }, h("small", {}, r.kind === "critic" ? t("Critic") : t("Dreamer")),
                             h("span", {}, r.text)));
    };
    const picker = cardPicker(ctx, "remarkCard", showRemarks);
    showKind();
    const el = panel(t("Dreamer or critic"), t("Your remark is added to the card on the wall, without your name."),
                     h("h3", {}, t("1. Choose a card")), picker.el, remarks,
                     h("h3", {}, t("2. Choose your role")), kinds, kindHint, text,
                     button(t("Add to the card"), () => {
                         if (!picker.picked()) {
                             status.show(t("Choose a card first."), true);
                             return;
                         }
                         if (!text.input.value.trim()) {
                             text.input.focus();
                             return;
                         }
                         status.track(ctx.client.send("addRemark", { cardId: picker.picked(), kind: kind(),
                                                                     text: text.take() }));
                     }, "primary"), status);
    return { el, update(s) { picker.update(s); showRemarks(); } };
}

export function tagsPanel(ctx) {
    const items = (((ctx.sections().session || {}).format || {}).tags || {}).items || [];
    const tags = h("div", { class: "choice wrap" });
    const status = sendStatus(ctx, t("The card on the wall is updated."));
    const showTags = () => {
        clear(tags);
        const card = cardsOf(ctx.sections()).find((c) => c.id === picker.picked());
        for (const tag of items) {
            const on = !!card && (card.tags || []).includes(tag.id);
            tags.append(h("button", {
                type: "button", class: on ? "chosen" : "", "aria-pressed": on ? "true" : "false", disabled: !card,
                onclick: () => status.track(ctx.client.send("tagCard", { cardId: card.id, tag: tag.id, on: !on })),
            }, (on ? "✓ " : "") + tag.label));
        }
    };
    const picker = cardPicker(ctx, "tagCard", showTags);
    picker.el.classList.add("compact");
    const el = panel(t("Tags"), t("Choose a card, then tap a tag to put it on the card or take it off."),
                     picker.el, tags, status);
    return { el, update(s) { picker.update(s); showTags(); } };
}

// Composing a ballot: the rule of shared/engine/ballot.h, for the browser
// (which cannot run that). Both pass tests/data/ballot-vectors.json.
// rules: {mode: "single"/"dots", dots, capPerCard (0: none), cards: [the card
// ids one can vote for, in the board's order]}; a ballot: {"<cardId>": dots}.
// Gives {choices, used, left, canAdd: [the cards that can take one more dot]}.
const isCardKey = (key) => Number.isInteger(Number(key)) && String(Number(key)) === key;

function ballotOf(rules, choices) {
    const single = rules.mode !== "dots";
    const total = single ? 1 : rules.dots;
    const cap = single ? 1 : rules.capPerCard || 0;
    const used = Object.values(choices).reduce((n, d) => n + d, 0);
    const left = total - used;
    const canAdd = rules.cards.filter((id) => {
        const on = choices[String(id)] || 0;
        return single ? on === 0 : left > 0 && (cap === 0 || on < cap);
    });
    return { choices, used, left, canAdd };
}

// The wanted ballot as it may be sent: only cards one can vote for, whole
// dots above 0, at most the cap on a card and the dots in all, taken in the
// order of the card ids.
export function cleanBallot(rules, wanted) {
    const single = rules.mode !== "dots";
    const cap = single ? 1 : rules.capPerCard || 0;
    const cards = new Set(rules.cards);
    let left = single ? 1 : rules.dots;
    const choices = {};
    const ids = Object.keys(wanted || {}).filter(isCardKey).map(Number).sort((a, b) => a - b);
    for (const id of ids) {
        const want = wanted[String(id)];
        if (!cards.has(id) || !Number.isInteger(want) || want <= 0)
            continue;
        const dots = Math.min(want, left, cap > 0 ? cap : Infinity);
        if (dots <= 0)
            continue;
        choices[String(id)] = dots;
        left -= dots;
    }
    return ballotOf(rules, choices);
}

// The ballot with `dots` on one card, as many as fit beside the others (a
// single choice replaces the one before; 0 takes the card off).
export function setBallotDots(rules, ballot, cardId, dots) {
    const choices = { ...cleanBallot(rules, ballot).choices };
    if (!rules.cards.includes(cardId))
        return ballotOf(rules, choices);
    const single = rules.mode !== "dots";
    if (single && dots > 0) {
        for (const key of Object.keys(choices))
            delete choices[key];
    } else {
        delete choices[String(cardId)];
    }
    const others = Object.values(choices).reduce((n, d) => n + d, 0);
    const cap = single ? 1 : rules.capPerCard || 0;
    const fit = Math.min(dots, (single ? 1 : rules.dots) - others, cap > 0 ? cap : Infinity);
    if (fit > 0)
        choices[String(cardId)] = fit;
    return ballotOf(rules, choices);
}

export function votePanel(ctx) {
    const state = h("p", { class: "strong" });
    const left = h("p", { class: "dots-left", "aria-live": "polite" });
    const counted = h("p", { class: "status ok" });
    const sendButton = button("", () => submit(), "primary");
    const status = sendStatus(ctx, t("Your vote has been counted."));
    const rows = h("div", { class: "vote-rows" });
    const result = h("div", { class: "result" });
    let sending = "";
    const vote = () => ctx.sections().vote || {};
    const single = () => vote().mode !== "dots";
    const open = () => vote().status === "open";
    const cap = () => (single() ? 1 : vote().capPerCard || 0);
    // What a ballot may hold now: the vote's settings and the cards on the wall.
    const rules = () => ({ mode: vote().mode, dots: vote().dots, capPerCard: vote().capPerCard,
                           cards: cardsOf(ctx.sections()).map((c) => c.id) });
    const current = () => cleanBallot(rules(), ctx.drafts().ballot || {});
    const choices = () => current().choices;
    const used = (b) => Object.values(b).reduce((n, d) => n + d, 0);
    const setDots = (cardId, dots) => {
        ctx.setDraft("ballot", setBallotDots(rules(), ctx.drafts().ballot || {}, cardId, dots).choices);
        status.show(""); // "counted" no longer describes this ballot
        render();
    };
    const submit = () => {
        sending = JSON.stringify(choices());
        status.track(ctx.client.send("vote", { ballot: ctx.client.ballotToken(), choices: choices() }),
                     () => { ctx.setDraft("sentBallot", sending); render(); });
    };
    const render = () => {
        const v = vote();
        const cur = current();
        const mine = ctx.sections().mine || {};
        const sent = ctx.drafts().sentBallot || "";
        const ballot = open() || !sent ? choices() : JSON.parse(sent);
        const n = used(ballot);
        const changed = sent ? JSON.stringify(choices()) !== sent : n > 0;
        state.hidden = open();
        state.textContent = v.status === "closed" ? t("The vote is closed.")
                                                  : t("The vote is not open yet. The facilitator opens it; you can already read the cards.");
        left.hidden = !open() || single();
        // As on the tablet: a dot for each of mine, filled while it is free (●●○), then in words.
        left.replaceChildren(h("span", { class: "dots", "aria-hidden": "true" },
                               "\u25CF".repeat(cur.left) + "\u25CB".repeat(cur.used)),
                             " " + (cur.left > 0 ? t("%1 of your %2 dots left.").replace("%1", cur.left).replace("%2", cur.used + cur.left)
                                                 : t("All your %1 dots are placed.").replace("%1", cur.used))
                             + (cap() > 0 ? " " + t("At most %1 per card.").replace("%1", cap()) : ""));
        sendButton.hidden = !(open() && (changed || !mine.hasVoted));
        sendButton.textContent = mine.hasVoted ? t("Send my changed vote") : t("Send my vote");
        sendButton.disabled = n === 0;
        counted.hidden = !mine.hasVoted;
        const unsent = open() && changed && !!sent;
        counted.className = unsent ? "status warn" : "status ok";
        counted.textContent = unsent ? t("You changed your vote on this phone. Send it to count the change.")
                                     : open() ? t("✓ Your vote is in. You can change it until the vote closes.")
                                              : t("✓ Your vote is in. Below is your vote as it was counted.");
        // The room's result, in the kiosk's ranking (ties share a rank).
        clear(result);
        result.hidden = !Array.isArray(v.ranking);
        if (Array.isArray(v.ranking)) {
            const byId = new Map(cardsOf(ctx.sections()).map((c) => [c.id, c]));
            const list = h("ol", {});
            for (const r of v.ranking)
                list.append(h("li", { value: r.rank, "data-card": r.cardId }, (byId.get(r.cardId) || {}).text || "", " · ",
                              single() ? tn(r.dots, "Chosen by %n", "Chosen by %n") : tn(r.dots, "%n dot", "%n dots")));
            result.append(h("h3", {}, t("The result")), list);
        }
        clear(rows);
        const tallies = Array.isArray(v.tallies) ? new Map(v.tallies.map((x) => [x.cardId, x.dots])) : null;
        const cards = cardsOf(ctx.sections());
        if (cards.length === 0)
            rows.append(h("p", { class: "muted" }, t("There are no cards on the flipover yet.")));
        for (const card of cards) {
            const dots = ballot[String(card.id)] || 0;
            const room = tallies ? h("small", {}, single() ? tn(tallies.get(card.id) || 0, "Chosen by %n", "Chosen by %n")
                                                         : tn(tallies.get(card.id) || 0, "Room total: %n dot", "Room total: %n dots"))
                                 : null;
            let controls;
            if (single()) {
                controls = h("button", { type: "button", class: dots > 0 ? "chosen" : "", disabled: !open(),
                                         "aria-pressed": dots > 0 ? "true" : "false",
                                         onclick: () => setDots(card.id, dots > 0 ? 0 : 1) },
                             dots > 0 ? t("✓ My choice") : t("Choose"));
            } else {
                const full = !cur.canAdd.includes(card.id);
                controls = h("div", { class: "stepper" },
                             h("button", { type: "button", "aria-label": t("Take a dot off this card"),
                                           disabled: !open() || dots === 0, onclick: () => setDots(card.id, dots - 1) }, "−"),
                             h("span", { class: "dots", "aria-label": tn(dots, "%n dot", "%n dots") },
                               "●".repeat(dots) || "0"),
                             h("button", { type: "button", "aria-label": t("Put a dot on this card"),
                                           disabled: !open() || full, onclick: () => setDots(card.id, dots + 1) }, "+"));
            }
            rows.append(h("div", { class: "vote-row" + (dots > 0 ? " chosen" : ""), "data-card": card.id },
                          h("div", {}, cardLabel(card), room), controls));
        }
    };
    const el = panel(t("Your preference"), " ", state, result, left, h("div", { class: "row" }, sendButton), status, counted, rows);
    const hint = el.querySelector(".hint");
    return {
        el,
        update() {
            el.dataset.mode = single() ? "single" : "dots";
            el.toggleAttribute("data-open", open());
            hint.textContent = single() ? t("Choose the card you prefer. Anonymous: nobody can see what you chose.")
                                        : t("Spread your dots over the cards you prefer. Anonymous: nobody can see where you put them.");
            render();
        },
    };
}
