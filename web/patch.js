// Incremental updates (docs/protocol.md, "Patches"), as shared/protocol/patch.cpp
// applies them for the Qt clients. An update's `sections` replace whole; its
// `patch` patches the lists (keyed by id) and the vote (tallies and ranking
// keyed by cardId). Each function returns the new value, or null when the patch does
// not fit what is held: the client then resyncs (reconnects and resumes).

const PATCHED = ["questions", "cards", "vote", "insights", "tips", "solutions"];

const isKey = (k) => Number.isInteger(k);

// {remove: [keys], set: [items], order: [keys]}, each optional.
export function applyList(list, patch, key = "id") {
    if (!Array.isArray(list) || !patch || typeof patch !== "object" || Array.isArray(patch))
        return null;
    const { remove = [], set = [], order } = patch;
    if (!Array.isArray(remove) || !Array.isArray(set) || (order !== undefined && !Array.isArray(order)))
        return null;
    const byKey = new Map(list.map((item) => [item && item[key], item]));
    if (byKey.size !== list.length || ![...byKey.keys()].every(isKey))
        return null;
    if (!remove.every((k) => byKey.has(k)))
        return null; // removes what this client does not hold
    const gone = new Set(remove);
    let out = list.filter((item) => !gone.has(item[key]));
    const at = new Map(out.map((item, i) => [item[key], i]));
    for (const item of set) {
        if (!item || typeof item !== "object" || !isKey(item[key]))
            return null;
        if (at.has(item[key])) {
            out[at.get(item[key])] = item;
        } else {
            at.set(item[key], out.length);
            out.push(item);
        }
    }
    if (order !== undefined) {
        if (order.length !== out.length || new Set(order).size !== order.length || !order.every((k) => at.has(k)))
            return null;
        out = order.map((k) => out[at.get(k)]);
    }
    return out;
}

// The changed fields whole; `tallies` and `ranking` null (hidden), an array
// (whole) or a list patch keyed by cardId.
const CARD_LISTS = ["tallies", "ranking"];

export function applyVote(vote, patch) {
    if (!vote || typeof vote !== "object" || !patch || typeof patch !== "object" || Array.isArray(patch))
        return null;
    const out = { ...vote };
    for (const [name, value] of Object.entries(patch)) {
        if (!CARD_LISTS.includes(name) || value === null || Array.isArray(value)) {
            out[name] = value;
            continue;
        }
        const list = applyList(vote[name], value, "cardId");
        if (list === null)
            return null;
        out[name] = list;
    }
    return out;
}

// The state after an update, or null when a patch does not fit it.
export function applyUpdate(state, sections = {}, patch = {}) {
    const out = { ...state, ...sections };
    for (const [name, value] of Object.entries(patch)) {
        if (!PATCHED.includes(name))
            return null;
        const next = name === "vote" ? applyVote(out.vote, value) : applyList(out[name], value);
        if (next === null)
            return null;
        out[name] = next;
    }
    return out;
}
