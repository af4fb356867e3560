// Incremental updates (docs/protocol.md, "Patches"): the kiosk sends the list
// sections (questions, cards, insights, tips, solutions) and the vote as
// patches against what this connection holds, item by item, instead of whole.
// The kiosk diffs (diff*), every client applies (apply*): the Qt voter and the
// wall through SessionView, the tests' clients directly. web/patch.js is the
// same for the browser voter. The one rule: applying a patch to the section it
// was made from gives the section it was made to, order included.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace flipover::patch {

// The sections sent as patches (the others always go whole in `sections`).
bool isPatched(const QString &section);

// A list patch {"remove": [keys], "set": [items], "order": [keys]} (each member
// only when needed) that turns `before` into `after`; items are keyed by the
// member `key` ("id"; "cardId" for tallies). Undefined when nothing changed.
QJsonValue diffList(const QJsonArray &before, const QJsonArray &after, QLatin1String key);
// Applies it: drops `remove`, replaces each `set` item with the same key in
// place or appends it, then reorders to `order` when given (it must name every
// item held then, once). False (and `list` unchanged) on a malformed patch.
bool applyList(QJsonArray &list, const QJsonValue &patch, QLatin1String key);

// The vote: an object of the fields that changed, whole, except `tallies`
// and `ranking`: null (hidden now), an array (whole, when it was hidden
// before) or a list patch keyed by cardId. Undefined when nothing changed.
QJsonValue diffVote(const QJsonObject &before, const QJsonObject &after);
bool applyVote(QJsonObject &vote, const QJsonValue &patch);

// A whole section's patch, by section name (isPatched ones only).
QJsonValue diffSection(const QString &section, const QJsonValue &before, const QJsonValue &after);
bool applySection(const QString &section, QJsonValue &held, const QJsonValue &patch);

// A client's whole update: `sections` replace, `patch` patches. False when a
// patch does not fit what is held (the client then resyncs); `state` is then
// left as it was.
bool applyUpdate(QJsonObject &state, const QJsonObject &sections, const QJsonObject &patches);

} // namespace flipover::patch
