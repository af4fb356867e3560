// RowFilterModel (qml/kiosk): the wall's filter over the facilitator's
// projection. Two filters chained, as the wall chains them (shared insights,
// then one question), each under QAbstractItemModelTester while the source
// inserts, removes, moves, changes and resets rows; after every step both
// show exactly the rows the filter admits, in source order, with `count`
// announced when it changes.
#include "rowfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractListModel>
#include <QSignalSpy>
#include <QTest>

using flipover::RowFilterModel;

namespace {

struct Row
{
    QString text;
    QString question;
    bool shared = false;
};

// A list model with the moves, partial changes and resets of the real ones.
class SourceModel : public QAbstractListModel
{
public:
    enum Role { TextRole = Qt::UserRole, QuestionRole, SharedRole };

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
        const Row &r = m_rows.at(index.row());
        switch (role) {
        case TextRole: return r.text;
        case QuestionRole: return r.question;
        case SharedRole: return r.shared;
        default: return {};
        }
    }
    QHash<int, QByteArray> roleNames() const override
    {
        return {{TextRole, "text"}, {QuestionRole, "question"}, {SharedRole, "shared"}};
    }

    void insert(int at, const QList<Row> &rows)
    {
        beginInsertRows({}, at, at + int(rows.size()) - 1);
        for (int i = 0; i < rows.size(); ++i)
            m_rows.insert(at + i, rows.at(i));
        endInsertRows();
    }
    void remove(int at, int count)
    {
        beginRemoveRows({}, at, at + count - 1);
        m_rows.remove(at, count);
        endRemoveRows();
    }
    // Moves `count` rows from `from` to before row `to` (as beginMoveRows counts).
    void move(int from, int count, int to)
    {
        QVERIFY(beginMoveRows({}, from, from + count - 1, {}, to));
        const QList<Row> moved = m_rows.mid(from, count);
        m_rows.remove(from, count);
        const int at = to > from ? to - count : to;
        for (int i = 0; i < count; ++i)
            m_rows.insert(at + i, moved.at(i));
        endMoveRows();
    }
    void setShared(int row, bool shared)
    {
        m_rows[row].shared = shared;
        Q_EMIT dataChanged(index(row), index(row), {SharedRole});
    }
    void setQuestion(int row, const QString &question)
    {
        m_rows[row].question = question;
        Q_EMIT dataChanged(index(row), index(row), {QuestionRole});
    }
    // A change that names no roles (as QAbstractItemModel allows: all of them).
    void setText(int row, const QString &text)
    {
        m_rows[row].text = text;
        Q_EMIT dataChanged(index(row), index(row));
    }
    void reset(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};

QStringList texts(const QAbstractItemModel &model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.index(i, 0).data(SourceModel::TextRole).toString();
    return out;
}

} // namespace

class TestRowFilterModel : public QObject
{
    Q_OBJECT

    SourceModel *m_source = nullptr;
    RowFilterModel *m_shared = nullptr;   // shared == true
    RowFilterModel *m_takeaway = nullptr; // of those, question == "takeaway"
    QAbstractItemModelTester *m_sharedTester = nullptr;
    QAbstractItemModelTester *m_takeawayTester = nullptr;
    std::unique_ptr<QSignalSpy> m_sharedCount;

    // What each filter must show now, from the source's rows.
    void checkRows()
    {
        QStringList shared, takeaway;
        for (const Row &r : m_source->rows()) {
            if (!r.shared)
                continue;
            shared << r.text;
            if (r.question == QLatin1String("takeaway"))
                takeaway << r.text;
        }
        QCOMPARE(texts(*m_shared), shared);
        QCOMPARE(m_shared->count(), shared.size());
        QCOMPARE(texts(*m_takeaway), takeaway);
        QCOMPARE(m_takeaway->count(), takeaway.size());
    }

private Q_SLOTS:
    void init()
    {
        m_source = new SourceModel;
        m_source->insert(0, {{"a", "enriched", true}, {"b", "takeaway", true}, {"c", "takeaway", false},
                             {"d", "enriched", false}, {"e", "takeaway", true}});
        m_shared = new RowFilterModel(m_source);
        m_shared->setRoleName(QStringLiteral("shared"));
        m_shared->setValue(true);
        m_shared->setSourceModel(m_source);
        m_takeaway = new RowFilterModel(m_source);
        m_takeaway->setSourceModel(m_shared);
        m_takeaway->setRoleName(QStringLiteral("question"));
        m_takeaway->setValue(QStringLiteral("takeaway"));
        // Any violation of the model contract fails the test where it happens.
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        m_sharedTester = new QAbstractItemModelTester(m_shared, mode, m_source);
        m_takeawayTester = new QAbstractItemModelTester(m_takeaway, mode, m_source);
        m_sharedCount = std::make_unique<QSignalSpy>(m_shared, &RowFilterModel::countChanged);
        checkRows();
    }
    void cleanup()
    {
        m_sharedCount.reset();
        delete m_source; // and the filters and testers with it
        m_source = nullptr;
    }

    void filtersAndChains()
    {
        QCOMPARE(texts(*m_shared), (QStringList{"a", "b", "e"}));
        QCOMPARE(texts(*m_takeaway), (QStringList{"b", "e"}));
        QCOMPARE(m_takeaway->get(1).value(QStringLiteral("text")).toString(), QStringLiteral("e"));
        QCOMPARE(m_takeaway->get(1).value(QStringLiteral("shared")).toBool(), true);
        QVERIFY(m_takeaway->get(2).isEmpty());
        QVERIFY(m_takeaway->get(-1).isEmpty());
    }

    void inserts()
    {
        m_source->insert(0, {{"f", "takeaway", true}});
        checkRows();
        m_source->insert(3, {{"g", "enriched", true}, {"h", "takeaway", false}, {"i", "takeaway", true}});
        checkRows();
        m_source->insert(m_source->rowCount(), {{"j", "takeaway", false}});
        checkRows();
        QCOMPARE(texts(*m_takeaway), (QStringList{"f", "b", "i", "e"}));
        QCOMPARE(m_sharedCount->count(), 2); // "j" is not shared: no change
    }

    void removes()
    {
        m_source->remove(2, 2); // c, d: neither shown
        checkRows();
        QCOMPARE(m_sharedCount->count(), 0);
        m_source->remove(0, 2); // a, b
        checkRows();
        m_source->remove(0, 1); // e: nothing left
        checkRows();
        QCOMPARE(m_shared->count(), 0);
        QCOMPARE(m_sharedCount->count(), 2);
    }

    void moves()
    {
        m_source->move(4, 1, 0); // e to the top
        checkRows();
        QCOMPARE(texts(*m_takeaway), (QStringList{"e", "b"}));
        m_source->move(0, 2, 5); // e, a to the end
        checkRows();
        m_source->move(1, 2, 0); // c, d to the top
        checkRows();
        QCOMPARE(m_sharedCount->count(), 0); // a move changes no count
    }

    void dataChanges()
    {
        m_source->setShared(2, true); // c is shown now, in its place
        checkRows();
        QCOMPARE(texts(*m_takeaway), (QStringList{"b", "c", "e"}));
        m_source->setShared(0, false);
        checkRows();
        m_source->setQuestion(4, QStringLiteral("enriched")); // e leaves the second filter only
        checkRows();
        QCOMPARE(texts(*m_takeaway), (QStringList{"b", "c"}));
        m_source->setText(1, QStringLiteral("B"));
        checkRows();
        QCOMPARE(m_sharedCount->count(), 2);
    }

    void resets()
    {
        m_source->reset({{"x", "takeaway", true}, {"y", "takeaway", false}});
        checkRows();
        m_source->reset({});
        checkRows();
        m_source->reset({{"p", "takeaway", true}, {"q", "enriched", true}, {"r", "takeaway", true}});
        checkRows();
        QCOMPARE(m_sharedCount->count(), 3);
    }

    void changingTheFilter()
    {
        m_takeaway->setValue(QStringLiteral("enriched"));
        QCOMPARE(texts(*m_takeaway), (QStringList{"a"}));
        m_takeaway->setRoleName(QStringLiteral("nothing")); // an unknown role lets every row through
        QCOMPARE(texts(*m_takeaway), (QStringList{"a", "b", "e"}));
        m_takeaway->setRoleName(QStringLiteral("question"));
        m_takeaway->setValue(QStringLiteral("takeaway"));
        checkRows();
        // A new source: the role is looked up again.
        SourceModel other;
        other.insert(0, {{"z", "takeaway", true}});
        m_shared->setSourceModel(&other);
        QCOMPARE(texts(*m_takeaway), (QStringList{"z"}));
        m_shared->setSourceModel(m_source);
        checkRows();
    }

    // role(): what the wall's board compares a dataChanged's roles with.
    void rolesByName()
    {
        QCOMPARE(m_takeaway->role(QStringLiteral("question")), int(SourceModel::QuestionRole));
        QCOMPARE(m_shared->role(QStringLiteral("text")), int(SourceModel::TextRole));
        QCOMPARE(m_takeaway->role(QStringLiteral("tally")), -1);
        QCOMPARE(RowFilterModel().role(QStringLiteral("text")), -1); // no source yet
    }
};

QTEST_GUILESS_MAIN(TestRowFilterModel)
#include "tst_rowfiltermodel.moc"
