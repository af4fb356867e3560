// The writing panels: the case (to read), first thoughts, clarifying
// questions, considerations, the preferred solution, insights and tips/tops.
// Each returns {el, update(sections)}; update() only refreshes lists, never
// the fields being typed in.
import { button, clear, field, h, panel, sendStatus } from "./dom.js";
import { t, tn } from "./i18n.js";

export function casePanel() {
    const text = h("p", { class: "case-text" });
    const el = panel(t("The case"), t("Read along while the case is read out."), text);
    return {
        el,
        update(s) {
            const caseText = (s.case && s.case.text) || "";
            text.textContent = caseText || t("The case appears here as soon as it is on the wall.");
            text.classList.toggle("muted", !caseText);
        },
    };
}

export function thoughtsPanel(ctx) {
    const input = field(ctx, "thought", t("A keyword or two"), "", false, 200);
    const status = sendStatus(ctx, t("Added to your list."));
    const list = h("ul", { class: "items" });
    const add = () => {
        const text = input.take();
        if (text)
            status.track(ctx.client.send("addThought", { text }));
    };
    input.input.addEventListener("keydown", (e) => { if (e.key === "Enter") add(); });
    const el = panel(t("My first thoughts"),
                     t("Only you see these. A few keywords at a time; you get them back in the insights phase."),
                     h("div", { class: "row" }, input, button(t("Add"), add, "primary")), status, list);
    return {
        el,
        update(s) {
            clear(list);
            for (const thought of (s.mine && s.mine.thoughts) || []) {
                list.append(h("li", { class: "item" }, h("span", {}, thought.text),
                              button(t("Remove"), () => status.track(ctx.client.send("removeThought",
                                                                                     { thoughtId: thought.id })))));
            }
        },
    };
}

export function questionsPanel(ctx) {
    const input = field(ctx, "question", t("What would you like to know about the case?"), "");
    const status = sendStatus(ctx, t("Your question is on the wall."));
    const list = h("ul", { class: "items" });
    const heading = h("h3", {}, t("Questions on the wall"));
    const el = panel(t("Clarifying question"),
                     t("Goes on the wall without your name. The colleague who brought in the case answers it."),
                     input, button(t("Ask the question"), () => {
                         const text = input.take();
                         if (text)
                             status.track(ctx.client.send("askQuestion", { text }));
                     }, "primary"), status, heading, list);
    return {
        el,
        update(s) {
            clear(list);
            const questions = s.questions || [];
            heading.hidden = questions.length === 0;
            for (const q of questions) {
                const answered = q.answered ? (q.answer ? t("✓ Answered: %1").replace("%1", q.answer) : t("✓ Answered"))
                                            : "";
                list.append(h("li", { class: "item" + (q.answered ? " done" : "") }, h("span", {}, q.text),
                              answered ? h("small", {}, answered) : null));
            }
        },
    };
}

export function cardsPanel(ctx) {
    const direction = field(ctx, "cardDirection", t("Direction, in a few words"), t("e.g. Work first"), false, 200);
    const text = field(ctx, "cardText", t("Your consideration"), t("What would you do, and why?"));
    const status = sendStatus(ctx, t("Your card is on the wall."));
    const count = h("p", { class: "hint" });
    const el = panel(t("A consideration for the flipover"),
                     t("Each consideration becomes a card on the wall, without your name."),
                     direction, text, button(t("Put it on the flipover"), () => {
                         const body = text.input.value.trim();
                         if (!body) {
                             text.input.focus();
                             return;
                         }
                         const fields = { text: text.take() };
                         const dir = direction.take();
                         if (dir)
                             fields.direction = dir;
                         status.track(ctx.client.send("addCard", fields));
                     }, "primary"), status, count);
    return {
        el,
        update(s) {
            const n = (s.cards || []).length;
            count.textContent = tn(n, "%n card on the flipover so far.", "%n cards on the flipover so far.");
        },
    };
}

export function solutionPanel(ctx) {
    const text = field(ctx, "solution", t("What would you do?"), t("My solution is…"));
    const args = field(ctx, "solutionArguments", t("Your arguments"), t("Because…"));
    const status = sendStatus(ctx, t("Handed in. You can hand in another one."));
    const el = panel(t("My preferred solution"), t("Only the facilitator sees this, without your name."),
                     text, args, button(t("Hand in to the facilitator"), () => {
                         if (!text.input.value.trim()) {
                             text.input.focus();
                             return;
                         }
                         const fields = { text: text.take() };
                         const reasons = args.take();
                         if (reasons)
                             fields.arguments = reasons;
                         status.track(ctx.client.send("submitSolution", fields));
                     }, "primary"), status);
    return { el, update() {} };
}

export function insightsPanel(ctx) {
    const own = h("ul", { class: "items mine" });
    const format = () => (ctx.sections().session && ctx.sections().session.format) || {};
    const prompts = format().prompts || {};
    const enriched = field(ctx, "insightEnriched", prompts.insightEnriched || t("What has enriched your view?"), "");
    const takeaway = field(ctx, "insightTakeaway", prompts.insightTakeaway || t("Which insights do you take away?"), "");
    const share = h("input", { type: "checkbox", id: "insight-share" });
    share.checked = ctx.drafts().insightShare !== false;
    share.addEventListener("change", () => ctx.setDraft("insightShare", share.checked));
    const shareHint = h("small", {});
    const showShareHint = () => {
        shareHint.textContent = share.checked ? t("Everyone in the room can read it on the wall.")
                                              : t("Off: only the facilitator sees it, without your name.");
    };
    share.addEventListener("change", showShareHint);
    showShareHint();
    let sentShared = true; // as it was when sent: the switch may have moved since
    const status = sendStatus(ctx, () => (sentShared ? t("Sent. It appears on the wall without your name.")
                                                     : t("Sent. Only the facilitator sees it, without your name.")));
    const send = () => {
        if (!enriched.input.value.trim() && !takeaway.input.value.trim()) {
            enriched.input.focus();
            return;
        }
        sentShared = share.checked;
        for (const [question, input] of [["enriched", enriched], ["takeaway", takeaway]]) {
            const text = input.take();
            if (text)
                status.track(ctx.client.send("addInsight", { question, text, share: sentShared }));
        }
    };
    const el = panel(t("New insights"),
                     t("Look back at your first thoughts, then write down what you take away from this meeting."),
                     h("h3", {}, t("Your first thoughts")), h("p", { class: "hint" }, t("Only you see these.")), own,
                     enriched, takeaway,
                     h("label", { class: "check", for: "insight-share" }, share,
                       h("span", {}, t("Show on the wall, without my name"), shareHint)),
                     button(t("Send my insights"), send, "primary"), status);
    return {
        el,
        update(s) {
            clear(own);
            const thoughts = (s.mine && s.mine.thoughts) || [];
            for (const thought of thoughts)
                own.append(h("li", { class: "item" }, thought.text));
            if (thoughts.length === 0)
                own.append(h("li", { class: "muted" }, t("You did not write down any first thoughts.")));
        },
    };
}

export function tipsPanel(ctx) {
    const prompts = ((ctx.sections().session || {}).format || {}).prompts || {};
    const top = field(ctx, "top", prompts.tops || t("Top: what made this meeting valuable?"), "");
    const tip = field(ctx, "tip", prompts.tips || t("Tip: what could make this meeting better?"), "");
    const topStatus = sendStatus(ctx, t("Your top is on the wall."));
    const tipStatus = sendStatus(ctx, t("Your tip is on the wall."));
    const count = h("p", { class: "hint" });
    const put = (input, kind, status) => () => {
        const text = input.take();
        if (text)
            status.track(ctx.client.send("addTip", { kind, text }));
    };
    const el = panel(t("Tips and tops"),
                     t("How could this meeting be even better? Each tip and top becomes a post-it on the wall, without your name."),
                     top, button(t("Put the top on the wall"), put(top, "top", topStatus), "primary"), topStatus,
                     tip, button(t("Put the tip on the wall"), put(tip, "tip", tipStatus), "primary"), tipStatus, count);
    return {
        el,
        update(s) {
            const n = (s.tips || []).length;
            count.textContent = tn(n, "%n post-it on the wall so far.", "%n post-its on the wall so far.");
        },
    };
}
