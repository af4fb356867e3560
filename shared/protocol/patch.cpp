#include "patch.h"

#include "protocolnames.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace flipover::patch {

namespace {

using protocol::key::CardId;
using protocol::key::Id;
using protocol::key::Order;
using protocol::key::Ranking;
using protocol::key::Remove;
using protocol::key::Set;
using protocol::key::Tallies;

// Keys are integers on the wire; anything else makes the item unkeyable.
bool keyOf(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    *out = qint64(d);
    return double(*out) == d;
}

bool itemKey(const QJsonValue &item, QLatin1String key, qint64 *out)
{
    return item.isObject() && keyOf(item.toObject().value(key), out);
}

// The vote's lists of cards, patched item by item (keyed by cardId).
bool isCardList(const QString &field)
{
    return field == Tallies || field == Ranking;
}

} // namespace

bool isPatched(const QString &section)
{
    for (const QLatin1String name : protocol::PatchedSections)
        if (section == name)
            return true;
    return false;
}

QJsonValue diffList(const QJsonArray &before, const QJsonArray &after, QLatin1String key)
{
    QHash<qint64, QJsonValue> old;
    QList<qint64> oldKeys;
    for (const QJsonValue &item : before) {
        qint64 k = 0;
        itemKey(item, key, &k);
        old.insert(k, item);
        oldKeys.append(k);
    }
    QSet<qint64> newKeys;
    QList<qint64> target;
    QJsonArray set;
    for (const QJsonValue &item : after) {
        qint64 k = 0;
        itemKey(item, key, &k);
        newKeys.insert(k);
        target.append(k);
        const auto it = old.constFind(k);
        if (it == old.cend() || *it != item)
            set.append(item);
    }
    // What the client holds after `remove` and `set`: the survivors in their
    // old order, then the new items in the order they are listed.
    QJsonArray remove;
    QList<qint64> result;
    for (qint64 k : std::as_const(oldKeys)) {
        if (newKeys.contains(k))
            result.append(k);
        else
            remove.append(double(k));
    }
    for (qint64 k : std::as_const(target))
        if (!old.contains(k))
            result.append(k);

    QJsonObject out;
    if (!remove.isEmpty())
        out.insert(Remove, remove);
    if (!set.isEmpty())
        out.insert(Set, set);
    if (result != target) {
        QJsonArray order;
        for (qint64 k : std::as_const(target))
            order.append(double(k));
        out.insert(Order, order);
    }
    if (out.isEmpty())
        return QJsonValue::Undefined;
    return out;
}

bool applyList(QJsonArray &list, const QJsonValue &patchValue, QLatin1String key)
{
    if (!patchValue.isObject())
        return false;
    const QJsonObject p = patchValue.toObject();
    for (const QLatin1String member : {Remove, Set, Order})
        if (p.contains(member) && !p.value(member).isArray())
            return false;

    QList<qint64> keys;
    QList<QJsonValue> items;
    QHash<qint64, qsizetype> at;
    for (const QJsonValue &item : std::as_const(list)) {
        qint64 k = 0;
        if (!itemKey(item, key, &k) || at.contains(k))
            return false;
        at.insert(k, keys.size());
        keys.append(k);
        items.append(item);
    }

    const QJsonArray remove = p.value(Remove).toArray();
    if (!remove.isEmpty()) {
        QSet<qint64> gone;
        for (const QJsonValue &v : remove) {
            qint64 k = 0;
            if (!keyOf(v, &k) || !at.contains(k))
                return false; // removes what this client does not hold
            gone.insert(k);
        }
        QList<qint64> keptKeys;
        QList<QJsonValue> keptItems;
        at.clear();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (gone.contains(keys[i]))
                continue;
            at.insert(keys[i], keptKeys.size());
            keptKeys.append(keys[i]);
            keptItems.append(items[i]);
        }
        keys = keptKeys;
        items = keptItems;
    }

    for (const QJsonValue &item : p.value(Set).toArray()) {
        qint64 k = 0;
        if (!itemKey(item, key, &k))
            return false;
        const auto it = at.constFind(k);
        if (it != at.cend()) {
            items[*it] = item;
        } else {
            at.insert(k, keys.size());
            keys.append(k);
            items.append(item);
        }
    }

    QJsonArray out;
    if (p.contains(Order)) {
        const QJsonArray order = p.value(Order).toArray();
        if (order.size() != keys.size())
            return false;
        QSet<qint64> seen;
        for (const QJsonValue &v : order) {
            qint64 k = 0;
            if (!keyOf(v, &k) || !at.contains(k) || seen.contains(k))
                return false;
            seen.insert(k);
            out.append(items[at.value(k)]);
        }
    } else {
        for (const QJsonValue &item : std::as_const(items))
            out.append(item);
    }
    list = out;
    return true;
}

QJsonValue diffVote(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject out;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (isCardList(it.key()))
            continue;
        if (!before.contains(it.key()) || before.value(it.key()) != it.value())
            out.insert(it.key(), it.value());
    }
    for (const QLatin1String list : {Tallies, Ranking}) {
        const QJsonValue was = before.value(list);
        const QJsonValue now = after.value(list);
        if (was.isArray() && now.isArray()) {
            const QJsonValue d = diffList(was.toArray(), now.toArray(), CardId);
            if (!d.isUndefined())
                out.insert(list, d);
        } else if (was != now && !now.isUndefined()) {
            out.insert(list, now); // null: hidden now; an array: shown now, whole
        }
    }
    if (out.isEmpty())
        return QJsonValue::Undefined;
    return out;
}

bool applyVote(QJsonObject &vote, const QJsonValue &patchValue)
{
    if (!patchValue.isObject())
        return false;
    const QJsonObject p = patchValue.toObject();
    QJsonObject out = vote;
    for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
        if (!isCardList(it.key()) || it.value().isNull() || it.value().isArray()) {
            out.insert(it.key(), it.value());
            continue;
        }
        const QJsonValue held = out.value(it.key());
        if (!held.isArray())
            return false; // a patch of a list this client does not hold
        QJsonArray list = held.toArray();
        if (!applyList(list, it.value(), CardId))
            return false;
        out.insert(it.key(), list);
    }
    vote = out;
    return true;
}

QJsonValue diffSection(const QString &section, const QJsonValue &before, const QJsonValue &after)
{
    if (section == protocol::section::Vote)
        return diffVote(before.toObject(), after.toObject());
    return diffList(before.toArray(), after.toArray(), Id);
}

bool applySection(const QString &section, QJsonValue &held, const QJsonValue &patchValue)
{
    if (section == protocol::section::Vote) {
        if (!held.isObject())
            return false;
        QJsonObject vote = held.toObject();
        if (!applyVote(vote, patchValue))
            return false;
        held = vote;
        return true;
    }
    if (!held.isArray())
        return false;
    QJsonArray list = held.toArray();
    if (!applyList(list, patchValue, Id))
        return false;
    held = list;
    return true;
}

bool applyUpdate(QJsonObject &state, const QJsonObject &sections, const QJsonObject &patches)
{
    QJsonObject out = state;
    for (auto it = sections.constBegin(); it != sections.constEnd(); ++it)
        out.insert(it.key(), it.value());
    for (auto it = patches.constBegin(); it != patches.constEnd(); ++it) {
        if (!isPatched(it.key()))
            return false;
        QJsonValue held = out.value(it.key());
        if (!applySection(it.key(), held, it.value()))
            return false;
        out.insert(it.key(), held);
    }
    state = out;
    return true;
}

} // namespace flipover::patch
