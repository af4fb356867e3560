// StateSavepoint: the moment a command (or a batch, or its commit) can go back
// to, in O(1) for the meeting's items. It keeps a copy of the state's small
// fields (phase, timer, vote, pins, format...) and opens the journal of every
// item map (journalmap.h, SessionState::itemMaps); restore() puts the small
// fields back and replays the journals. The copy holds none of the item maps,
// so a write to one of them never copies the map whole.
//
// Savepoints nest (a batch's holds its commands' own) and close in reverse
// order, at the end of their scope.
#pragma once

#include "state.h"

#include <array>
#include <optional>
#include <type_traits>
#include <tuple>

namespace flipover {

class StateSavepoint
{
public:
    explicit StateSavepoint(SessionState &state) : m_state(state), m_before(state)
    {
        each([this](auto member, qsizetype &mark) {
            m_before.*member = {}; // its items stay in the journal's care, unshared
            mark = (m_state.*member).openJournal();
        });
    }
    ~StateSavepoint()
    {
        each([this](auto member, qsizetype &) { (m_state.*member).closeJournal(); });
    }
    StateSavepoint(const StateSavepoint &) = delete;
    StateSavepoint &operator=(const StateSavepoint &) = delete;

    // The state exactly as it was when this savepoint was made.
    void restore()
    {
        SessionState back = m_before;
        each([&](auto member, qsizetype &mark) {
            (m_state.*member).rollBack(mark);
            back.*member = std::move(m_state.*member);
        });
        m_state = std::move(back);
    }

    // The item under key in one item map as it was when this savepoint was made.
    template <typename K, typename V>
    std::optional<V> valueAt(JournalMap<K, V> SessionState::*which, const K &key) const
    {
        using Which = JournalMap<K, V> SessionState::*;
        std::optional<V> found;
        each([&](auto member, const qsizetype &mark) {
            if constexpr (std::is_same_v<decltype(member), Which>) {
                if (member == which)
                    found = (m_state.*member).valueAt(mark, key);
            }
        });
        return found;
    }

private:
    template <typename F>
    void each(F &&f)
    {
        std::size_t i = 0;
        std::apply([&](auto... member) { (f(member, m_marks[i++]), ...); }, SessionState::itemMaps());
    }
    template <typename F>
    void each(F &&f) const
    {
        std::size_t i = 0;
        std::apply([&](auto... member) { (f(member, m_marks[i++]), ...); }, SessionState::itemMaps());
    }

    SessionState &m_state;
    SessionState m_before; // without its item maps
    std::array<qsizetype, std::tuple_size_v<decltype(SessionState::itemMaps())>> m_marks{};
};

} // namespace flipover
