// RowFilterModel: shows the rows of a list model whose role `roleName` equals
// `value`. The wall binds to the facilitator's projection, which also lists
// what the room must not see (hidden cards, insights not shared); the wall
// keeps those off the screen with this filter. Chained filters combine.
#pragma once

#include <QSortFilterProxyModel>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace flipover {

class RowFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString roleName READ roleName WRITE setRoleName NOTIFY roleNameChanged)
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit RowFilterModel(QObject *parent = nullptr);

    QString roleName() const { return m_roleName; }
    void setRoleName(const QString &name);
    QVariant value() const { return m_value; }
    void setValue(const QVariant &value);
    int count() const { return rowCount(); }

    // The row as {roleName: value}, for QML outside a delegate.
    Q_INVOKABLE QVariantMap get(int row) const;
    // The role number of a role name, -1 if the model has none.
    Q_INVOKABLE int role(const QString &name) const;

Q_SIGNALS:
    void roleNameChanged();
    void valueChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void resolveRole();

    QString m_roleName;
    QVariant m_value;
    int m_role = -1;
    int m_lastCount = 0;
};

} // namespace flipover
