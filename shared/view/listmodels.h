// The list models SessionView exposes to both apps' QML. Each is filled from
// one protocol section (docs/protocol.md) and updated with the fewest row
// changes: rows are matched by their id, so a new card is one insert, an
// edited card one dataChanged, a moved card one move, and delegates (and
// their animations) survive updates.
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QVariantList>

namespace flipover {

// Rows are value lists in role order; role Qt::UserRole + i is column i and
// column 0 is the key (the item's id, or the phase index).
class KeyedListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    // The row as {roleName: value}, for QML code outside a delegate.
    Q_INVOKABLE QVariantMap get(int row) const;
    // The row holding the item with this key (id), or -1.
    Q_INVOKABLE int indexOfKey(const QVariant &key) const;

    // Replaces all rows, emitting only removes, moves, inserts and
    // dataChanged (with the roles that changed) as needed.
    void setRows(const QList<QVariantList> &rows);
    void clear() { setRows({}); }

Q_SIGNALS:
    void countChanged();

protected:
    KeyedListModel(const QList<QByteArray> &roles, QObject *parent);

private:
    int findKey(const QString &key, int from) const;
    void updateRow(int row, const QVariantList &values);

    QList<QByteArray> m_roles;
    QList<QVariantList> m_rows;
};

// The base is named with its namespace: Qt 6.4's qmltyperegistrar does not
// resolve it otherwise, and the QML tooling would not see count, get(), ...
class CardsModel : public flipover::KeyedListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole, TextRole, DirectionRole, TagsRole, RemarksRole,
        MergedRole, HiddenRole, TallyRole, PositionRole, MergedIntoRole,
    };
    Q_ENUM(Role)
    explicit CardsModel(QObject *parent = nullptr);
    // tallies: card id -> dots; talliesVisible false gives every card tally -1.
    void setCards(const QJsonArray &cards, const QHash<int, int> &tallies, bool talliesVisible);
};

class QuestionsModel : public flipover::KeyedListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, TextRole, AnsweredRole, AnswerRole };
    Q_ENUM(Role)
    explicit QuestionsModel(QObject *parent = nullptr);
    void setQuestions(const QJsonArray &questions);
};

class ThoughtsModel : public flipover::KeyedListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, TextRole };
    Q_ENUM(Role)
    explicit ThoughtsModel(QObject *parent = nullptr);
    void setThoughts(const QJsonArray &thoughts);
};

class InsightsModel : public flipover::KeyedListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, QuestionRole, TextRole, SharedRole };
    Q_ENUM(Role)
    explicit InsightsModel(QObject *parent = nullptr);
    void setInsights(const QJsonArray &insights);
};

class TipsModel : public flipover::KeyedListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, KindRole, TextRole };
    Q_ENUM(Role)
    explicit TipsModel(QObject *parent = nullptr);
    void setTips(const QJsonArray &tips);
};

class SolutionsModel : public flipover::KeyedListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, TextRole, ArgumentsRole };
    Q_ENUM(Role)
    explicit SolutionsModel(QObject *parent = nullptr);
    void setSolutions(const QJsonArray &solutions);
};

// The format's phases with their run status: "pending", "active", "done",
// "skipped". minutes includes the facilitator's adjustments.
class PhasesModel : public flipover::KeyedListModel
{
    Q_OBJECT
public:
    enum Role { IndexRole = Qt::UserRole, TitleRole, MinutesRole, StatusRole };
    Q_ENUM(Role)
    explicit PhasesModel(QObject *parent = nullptr);
    // formatPhases: session.format.phases; runs: phase.runs.
    void setPhases(const QJsonArray &formatPhases, const QJsonArray &runs);
};

} // namespace flipover
