#include "meetinglimits.h"

#include "state.h"

namespace flipover::limits {

qsizetype sharedCharacters(const SessionState &s)
{
    qsizetype n = 0;
    for (const Card &card : s.cards) {
        n += card.text.size() + card.direction.size();
        for (const Remark &r : card.remarks)
            n += r.text.size();
    }
    for (const Question &q : s.questions)
        n += q.text.size() + q.answer.size();
    for (const Solution &x : s.solutions)
        n += x.text.size() + x.arguments.size();
    for (const Insight &x : s.insights)
        n += x.text.size();
    for (const Tip &x : s.tips)
        n += x.text.size();
    return n;
}

Result room(qsizetype count, qsizetype max, const char *code, const QString &what)
{
    if (count < max)
        return Result::success();
    return Result::fail(QLatin1String(code),
                        QStringLiteral("This meeting is full: it holds at most %1 %2.").arg(max).arg(what));
}

Result roomForText(const SessionState &s, qsizetype adding)
{
    if (sharedCharacters(s) + adding <= MaxSharedCharacters)
        return Result::success();
    return Result::fail(QStringLiteral("board_full"),
                        QStringLiteral("This meeting is full: its texts hold at most %1 characters together.")
                            .arg(MaxSharedCharacters));
}

bool stopsTheRoom(const QString &code)
{
    static const QStringList codes = {
        QStringLiteral("storage_failed"), QStringLiteral("meeting_full"), QStringLiteral("too_many_cards"),
        QStringLiteral("too_many_remarks"), QStringLiteral("too_many_items"), QStringLiteral("board_full"),
    };
    return codes.contains(code);
}

} // namespace flipover::limits
