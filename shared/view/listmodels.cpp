#include "listmodels.h"

#include <QJsonObject>
#include <QSet>

namespace flipover {

namespace {

QString keyOf(const QVariantList &row)
{
    return row.isEmpty() ? QString() : row.constFirst().toString();
}

int idOf(const QJsonObject &o)
{
    return o.value(QLatin1String("id")).toInt();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QVariantList objects(const QJsonArray &array)
{
    QVariantList out;
    for (const QJsonValue &v : array)
        out.append(v.toObject().toVariantMap());
    return out;
}

} // namespace

KeyedListModel::KeyedListModel(const QList<QByteArray> &roles, QObject *parent)
    : QAbstractListModel(parent), m_roles(roles)
{
}

int KeyedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant KeyedListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int column = role - Qt::UserRole;
    if (column < 0 || column >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(column);
}

QHash<int, QByteArray> KeyedListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + i, m_roles.at(i));
    return names;
}

QVariantMap KeyedListModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_rows.size())
        return map;
    for (int i = 0; i < m_roles.size(); ++i)
        map.insert(QString::fromLatin1(m_roles.at(i)), m_rows.at(row).value(i));
    return map;
}

int KeyedListModel::indexOfKey(const QVariant &key) const
{
    return findKey(key.toString(), 0);
}

int KeyedListModel::findKey(const QString &key, int from) const
{
    for (int i = from; i < m_rows.size(); ++i) {
        if (keyOf(m_rows.at(i)) == key)
            return i;
    }
    return -1;
}

void KeyedListModel::updateRow(int row, const QVariantList &values)
{
    QList<int> changed;
    QVariantList &current = m_rows[row];
    for (int i = 0; i < m_roles.size(); ++i) {
        if (current.value(i) != values.value(i))
            changed.append(Qt::UserRole + i);
    }
    if (changed.isEmpty())
        return;
    current = values;
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, changed);
}

void KeyedListModel::setRows(const QList<QVariantList> &rows)
{
    const int before = int(m_rows.size());

    // 1. Remove rows whose key is gone, in contiguous ranges from the back.
    QSet<QString> keys;
    for (const QVariantList &row : rows)
        keys.insert(keyOf(row));
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (keys.contains(keyOf(m_rows.at(i))))
            continue;
        const int last = i;
        while (i > 0 && !keys.contains(keyOf(m_rows.at(i - 1))))
            --i;
        beginRemoveRows({}, i, last);
        m_rows.erase(m_rows.begin() + i, m_rows.begin() + last + 1);
        endRemoveRows();
    }

    // 2. Walk the new order: keep, move up, or insert; then update values.
    for (int i = 0; i < rows.size(); ++i) {
        const QString key = keyOf(rows.at(i));
        if (i < m_rows.size() && keyOf(m_rows.at(i)) == key) {
            updateRow(i, rows.at(i));
            continue;
        }
        const int from = findKey(key, i + 1);
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            updateRow(i, rows.at(i));
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, rows.at(i));
            endInsertRows();
        }
    }

    // 3. Only duplicate keys can leave rows behind; drop them.
    if (m_rows.size() > rows.size()) {
        beginRemoveRows({}, int(rows.size()), int(m_rows.size()) - 1);
        m_rows.resize(rows.size());
        endRemoveRows();
    }

    if (m_rows.size() != before)
        Q_EMIT countChanged();
}

CardsModel::CardsModel(QObject *parent)
    : KeyedListModel({"id", "text", "direction", "tags", "remarks", "merged", "hidden",
                      "tally", "position", "mergedInto"},
                     parent)
{
}

void CardsModel::setCards(const QJsonArray &cards, const QHash<int, int> &tallies, bool talliesVisible)
{
    // Merged-away cards (listed for the facilitator only) are the ones named
    // in another card's "merged" list; they have no place on the flipover.
    QHash<int, int> mergedInto;
    for (const QJsonValue &v : cards) {
        const QJsonObject card = v.toObject();
        for (const QJsonValue &m : card.value(QLatin1String("merged")).toArray())
            mergedInto.insert(idOf(m.toObject()), idOf(card));
    }

    QList<QVariantList> rows;
    int position = 0;
    for (const QJsonValue &v : cards) {
        const QJsonObject card = v.toObject();
        const int id = idOf(card);
        const bool hidden = card.value(QLatin1String("hidden")).toBool();
        const int into = mergedInto.value(id, 0);
        const bool shown = !hidden && into == 0;
        rows.append({id, text(card, "text"), text(card, "direction"),
                     card.value(QLatin1String("tags")).toArray().toVariantList(),
                     objects(card.value(QLatin1String("remarks")).toArray()),
                     objects(card.value(QLatin1String("merged")).toArray()), hidden,
                     talliesVisible ? tallies.value(id, 0) : -1, shown ? position++ : -1, into});
    }
    setRows(rows);
}

QuestionsModel::QuestionsModel(QObject *parent)
    : KeyedListModel({"id", "text", "answered", "answer"}, parent)
{
}

void QuestionsModel::setQuestions(const QJsonArray &questions)
{
    QList<QVariantList> rows;
    for (const QJsonValue &v : questions) {
        const QJsonObject q = v.toObject();
        rows.append({idOf(q), text(q, "text"), q.value(QLatin1String("answered")).toBool(),
                     text(q, "answer")});
    }
    setRows(rows);
}

ThoughtsModel::ThoughtsModel(QObject *parent)
    : KeyedListModel({"id", "text"}, parent)
{
}

void ThoughtsModel::setThoughts(const QJsonArray &thoughts)
{
    QList<QVariantList> rows;
    for (const QJsonValue &v : thoughts) {
        const QJsonObject t = v.toObject();
        rows.append({idOf(t), text(t, "text")});
    }
    setRows(rows);
}

InsightsModel::InsightsModel(QObject *parent)
    : KeyedListModel({"id", "question", "text", "shared"}, parent)
{
}

void InsightsModel::setInsights(const QJsonArray &insights)
{
    QList<QVariantList> rows;
    for (const QJsonValue &v : insights) {
        const QJsonObject i = v.toObject();
        rows.append({idOf(i), text(i, "question"), text(i, "text"),
                     i.value(QLatin1String("shared")).toBool()});
    }
    setRows(rows);
}

TipsModel::TipsModel(QObject *parent)
    : KeyedListModel({"id", "kind", "text"}, parent)
{
}

void TipsModel::setTips(const QJsonArray &tips)
{
    QList<QVariantList> rows;
    for (const QJsonValue &v : tips) {
        const QJsonObject t = v.toObject();
        rows.append({idOf(t), text(t, "kind"), text(t, "text")});
    }
    setRows(rows);
}

SolutionsModel::SolutionsModel(QObject *parent)
    : KeyedListModel({"id", "text", "arguments"}, parent)
{
}

void SolutionsModel::setSolutions(const QJsonArray &solutions)
{
    QList<QVariantList> rows;
    for (const QJsonValue &v : solutions) {
        const QJsonObject s = v.toObject();
        rows.append({idOf(s), text(s, "text"), text(s, "arguments")});
    }
    setRows(rows);
}

PhasesModel::PhasesModel(QObject *parent)
    : KeyedListModel({"index", "title", "minutes", "status"}, parent)
{
}

void PhasesModel::setPhases(const QJsonArray &formatPhases, const QJsonArray &runs)
{
    QList<QVariantList> rows;
    for (int i = 0; i < formatPhases.size(); ++i) {
        const QJsonObject phase = formatPhases.at(i).toObject();
        const QJsonObject run = runs.at(i).toObject();
        const int minutes = phase.value(QLatin1String("minutes")).toInt()
                + run.value(QLatin1String("adjustSeconds")).toInt() / 60;
        const QString status = run.value(QLatin1String("status")).toString(QStringLiteral("pending"));
        rows.append({i, text(phase, "title"), qMax(0, minutes), status});
    }
    setRows(rows);
}

} // namespace flipover
