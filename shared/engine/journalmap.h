// JournalMap: a QMap of the meeting's items (participants, ballots, cards...)
// that can go back to an earlier moment without a copy of itself.
//
// A command that is refused, or whose commit fails, leaves the state exactly
// as it was (docs/architecture.md). Keeping a copy of the whole state to go
// back to made every write to a shared QMap copy the map whole: O(items) per
// vote. Here, while a journal is open (StateSavepoint, savepoint.h), every
// write first notes the key's value as it was (or that it was absent); going
// back replays those notes, newest first. Reads are the QMap's own. There is
// no mutable iterator: every write goes through a journaled call.
//
// generation() names the items as they are: every write and every going
// back gives the map a number no map had before (one counter for all), and
// a copy has its original's. Whatever is computed from the items (the
// tallies, ranking.cpp) may be kept under that number: the same number is
// the same items, even after a rollback. A reference from a write call
// (operator[], edit) changes the item after the number moved: use it at
// once, not across a read of the number.
#pragma once

#include <QList>
#include <QMap>
#include <atomic>
#include <optional>
#include <utility>

namespace flipover {

// One counter for every JournalMap: no two writes anywhere share a number.
inline quint64 nextJournalGeneration()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

template <typename K, typename V>
class JournalMap
{
public:
    using const_iterator = typename QMap<K, V>::const_iterator;

    JournalMap() = default;
    JournalMap(std::initializer_list<std::pair<K, V>> list) : m_map(list) {}
    // A copy is of the items only: the journal stays with the map it belongs to.
    JournalMap(const JournalMap &other) : m_map(other.m_map), m_generation(other.m_generation) {}
    JournalMap &operator=(const JournalMap &other)
    {
        Q_ASSERT_X(m_open == 0, "JournalMap", "replaced whole while a savepoint is open");
        m_map = other.m_map;
        m_generation = other.m_generation;
        return *this;
    }
    // What is moved from is left empty, under a number of its own.
    JournalMap(JournalMap &&other) noexcept
        : m_map(std::move(other.m_map)), m_generation(std::exchange(other.m_generation, nextGeneration())),
          m_journal(std::move(other.m_journal)), m_open(std::exchange(other.m_open, 0))
    {
    }
    JournalMap &operator=(JournalMap &&other) noexcept
    {
        m_map = std::move(other.m_map);
        m_generation = std::exchange(other.m_generation, nextGeneration());
        m_journal = std::move(other.m_journal);
        m_open = std::exchange(other.m_open, 0);
        return *this;
    }

    // Reads.
    const QMap<K, V> &map() const { return m_map; }
    qsizetype size() const { return m_map.size(); }
    qsizetype count() const { return m_map.size(); }
    bool isEmpty() const { return m_map.isEmpty(); }
    bool contains(const K &key) const { return m_map.contains(key); }
    V value(const K &key, const V &fallback = V()) const { return m_map.value(key, fallback); }
    V operator[](const K &key) const { return m_map.value(key); }
    const_iterator constFind(const K &key) const { return m_map.constFind(key); }
    const_iterator find(const K &key) const { return m_map.constFind(key); }
    const_iterator begin() const { return m_map.cbegin(); }
    const_iterator end() const { return m_map.cend(); }
    const_iterator cbegin() const { return m_map.cbegin(); }
    const_iterator cend() const { return m_map.cend(); }
    const_iterator constBegin() const { return m_map.cbegin(); }
    const_iterator constEnd() const { return m_map.cend(); }
    const V &first() const { return m_map.first(); }
    const V &last() const { return m_map.last(); }
    const K &firstKey() const { return m_map.firstKey(); }
    const K &lastKey() const { return m_map.lastKey(); }
    QList<K> keys() const { return m_map.keys(); }
    quint64 generation() const { return m_generation; }

    // Writes: each notes what it replaces first.
    // The item under key, inserted (default) if absent.
    V &operator[](const K &key)
    {
        note(key);
        return m_map[key];
    }
    // The item under key to change, or nullptr (then nothing is noted).
    V *edit(const K &key)
    {
        if (!m_map.contains(key))
            return nullptr;
        return &(*this)[key];
    }
    void insert(const K &key, const V &value)
    {
        note(key);
        m_map.insert(key, value);
    }
    qsizetype remove(const K &key)
    {
        if (!m_map.contains(key))
            return 0;
        note(key);
        return m_map.remove(key);
    }
    void clear()
    {
        m_generation = nextGeneration();
        if (m_open)
            for (auto it = m_map.cbegin(); it != m_map.cend(); ++it)
                m_journal.append({it.key(), it.value()});
        m_map.clear();
    }

    // The journal (StateSavepoint). open() returns the mark to go back to.
    qsizetype openJournal()
    {
        ++m_open;
        return m_journal.size();
    }
    // Keeps what was written since; the outermost close drops the notes.
    void closeJournal()
    {
        Q_ASSERT(m_open > 0);
        if (--m_open == 0)
            m_journal.clear();
    }
    // Puts back every key written since mark, as it was then.
    void rollBack(qsizetype mark)
    {
        if (m_journal.size() > mark)
            m_generation = nextGeneration();
        while (m_journal.size() > mark) {
            Entry e = m_journal.takeLast();
            if (e.second)
                m_map.insert(e.first, *e.second);
            else
                m_map.remove(e.first);
        }
    }
    // The item under key as it was at mark (nullopt: there was none).
    std::optional<V> valueAt(qsizetype mark, const K &key) const
    {
        for (qsizetype i = mark; i < m_journal.size(); ++i)
            if (m_journal.at(i).first == key)
                return m_journal.at(i).second;
        const auto it = m_map.constFind(key);
        return it == m_map.cend() ? std::nullopt : std::optional<V>(*it);
    }
    qsizetype journalSize() const { return m_journal.size(); }

private:
    using Entry = std::pair<K, std::optional<V>>;
    static quint64 nextGeneration() { return nextJournalGeneration(); }
    void note(const K &key)
    {
        m_generation = nextGeneration();
        if (!m_open)
            return;
        const auto it = m_map.constFind(key);
        m_journal.append({key, it == m_map.cend() ? std::nullopt : std::optional<V>(*it)});
    }

    QMap<K, V> m_map;
    quint64 m_generation = nextGeneration();
    QList<Entry> m_journal;
    int m_open = 0;
};

} // namespace flipover
