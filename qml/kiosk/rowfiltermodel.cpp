#include "rowfiltermodel.h"

namespace flipover {

RowFilterModel::RowFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, &RowFilterModel::resolveRole);
    // Role names of a model are known once it is set; a reset may change them.
    connect(this, &QAbstractItemModel::modelReset, this, [this] {
        if (m_role < 0)
            resolveRole();
    });
    const auto recount = [this] {
        if (rowCount() == m_lastCount)
            return;
        m_lastCount = rowCount();
        Q_EMIT countChanged();
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, recount);
    connect(this, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(this, &QAbstractItemModel::modelReset, this, recount);
    connect(this, &QAbstractItemModel::layoutChanged, this, recount);
}

void RowFilterModel::setRoleName(const QString &name)
{
    if (name == m_roleName)
        return;
    m_roleName = name;
    resolveRole();
    Q_EMIT roleNameChanged();
}

void RowFilterModel::setValue(const QVariant &value)
{
    if (value == m_value)
        return;
    m_value = value;
    invalidateFilter();
    Q_EMIT valueChanged();
}

void RowFilterModel::resolveRole()
{
    m_role = -1;
    if (sourceModel()) {
        const QHash<int, QByteArray> names = sourceModel()->roleNames();
        m_role = names.key(m_roleName.toUtf8(), -1);
    }
    // The filter role makes a dataChanged of that role re-filter the row.
    setFilterRole(m_role < 0 ? Qt::DisplayRole : m_role);
    invalidateFilter();
}

bool RowFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_role < 0 || !m_value.isValid())
        return true;
    const QVariant v = sourceModel()->index(sourceRow, 0, sourceParent).data(m_role);
    return v == m_value;
}

QVariantMap RowFilterModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= rowCount())
        return map;
    const QModelIndex idx = index(row, 0);
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromUtf8(it.value()), idx.data(it.key()));
    return map;
}

int RowFilterModel::role(const QString &name) const
{
    return roleNames().key(name.toUtf8(), -1);
}

} // namespace flipover
