// The crash loop's checks: what a resumed kiosk must show right after a
// restart (every acknowledged item, the acknowledged phase, a timer that ran
// on through the downtime), and the exact counts once every command is
// answered (nothing counted twice). They fail the current QtTest function.
#include "crashmeeting.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QVariant>
#include <QtTest>

namespace flipover::test::crashloop {

// What a resumed snapshot must show, before anything is re-sent.
void CrashMeeting::checkResumed(qint64 downMs)
{
    harvest();
    const QJsonObject fs = m_actors[Facilitator].client->state;

    // Phase: the acknowledged one, or one further if an unanswered phase
    // command was applied before the kill; never anything else.
    const QJsonObject phase = fs.value(QLatin1String("phase")).toObject();
    const int index = num(phase, "index");
    const int ackedIndex = phaseFromCommands(false);
    const int possibleIndex = phaseFromCommands(true);
    QVERIFY2(index >= ackedIndex && index <= possibleIndex,
             qPrintable(QStringLiteral("phase %1 after restart, acknowledged %2 (at most %3 with unanswered commands)")
                            .arg(index).arg(ackedIndex).arg(possibleIndex)));

    // Timer: ran on through the downtime, was not reset to the plan.
    if (str(phase, "status") == QLatin1String("running")) {
        const qint64 remaining = qint64(phase.value(QLatin1String("remainingMs")).toDouble());
        const qint64 planned = m_plannedMs.value(index);
        QVERIFY(m_timer.valid);
        const qint64 sinceRef = m_timer.since.elapsed();
        if (m_timer.index == index && m_timer.status == QLatin1String("running")) {
            const qint64 expected = m_timer.remainingMs - sinceRef;
            QVERIFY2(qAbs(remaining - expected) < TimerToleranceMs,
                     qPrintable(QStringLiteral("phase %1: %2 ms remaining after %3 ms down, expected about %4 (planned %5)")
                                    .arg(index).arg(remaining).arg(downMs).arg(expected).arg(planned)));
        } else {
            // The phase began (unacknowledged) between the last phase
            // update and the kill.
            QVERIFY2(remaining <= planned && remaining >= planned - sinceRef - TimerToleranceMs,
                     qPrintable(QStringLiteral("phase %1 began during the kill window but shows %2 ms of %3")
                                    .arg(index).arg(remaining).arg(planned)));
        }
    }

    // Every acknowledged item is there.
    QHash<int, QJsonObject> cards;
    for (const QJsonValue &v : fs.value(QLatin1String("cards")).toArray())
        cards.insert(num(v.toObject(), "id"), v.toObject());
    for (const auto &[actor, s] : acked(QStringLiteral("addCard"))) {
        const int id = num(s->result(), "cardId");
        QVERIFY2(cards.contains(id), qPrintable(QStringLiteral("acknowledged card %1 is gone").arg(id)));
        QCOMPARE(str(cards[id], "text"), str(s->fields, "text"));
    }
    QHash<int, QString> remarks;
    for (const QJsonObject &card : std::as_const(cards))
        for (const QJsonValue &r : card.value(QLatin1String("remarks")).toArray())
            remarks.insert(num(r.toObject(), "id"), str(r.toObject(), "text"));
    for (const auto &[actor, s] : acked(QStringLiteral("addRemark"))) {
        const int id = num(s->result(), "remarkId");
        QVERIFY2(remarks.contains(id), qPrintable(QStringLiteral("acknowledged remark %1 is gone").arg(id)));
        QCOMPARE(remarks[id], str(s->fields, "text"));
    }
    QHash<int, QString> questions;
    for (const QJsonValue &q : fs.value(QLatin1String("questions")).toArray())
        questions.insert(num(q.toObject(), "id"), str(q.toObject(), "text"));
    for (const auto &[actor, s] : acked(QStringLiteral("askQuestion"))) {
        const int id = num(s->result(), "questionId");
        QVERIFY2(questions.contains(id), qPrintable(QStringLiteral("acknowledged question %1 is gone").arg(id)));
        QCOMPARE(questions[id], str(s->fields, "text"));
    }
    QHash<int, QString> tips;
    for (const QJsonValue &t : fs.value(QLatin1String("tips")).toArray())
        tips.insert(num(t.toObject(), "id"), str(t.toObject(), "text"));
    for (const auto &[actor, s] : acked(QStringLiteral("addTip"))) {
        const int id = num(s->result(), "tipId");
        QVERIFY2(tips.contains(id), qPrintable(QStringLiteral("acknowledged tip %1 is gone").arg(id)));
        QCOMPARE(tips[id], str(s->fields, "text"));
    }
    for (const auto &[actor, s] : acked(QStringLiteral("addThought"))) {
        const int id = num(s->result(), "thoughtId");
        bool found = false;
        const QJsonObject mine = m_actors[actor].client->state.value(QLatin1String("mine")).toObject();
        for (const QJsonValue &t : mine.value(QLatin1String("thoughts")).toArray())
            found = found || (num(t.toObject(), "id") == id && str(t.toObject(), "text") == str(s->fields, "text"));
        QVERIFY2(found, qPrintable(QStringLiteral("acknowledged thought %1 of voter %2 is gone").arg(id).arg(actor)));
    }

    // Ballots: every acknowledged voter's ballot is in, at most once; an
    // unanswered first vote may or may not have been applied.
    QSet<int> ackedVoters, maybeVoters;
    for (qsizetype i = 0; i < Voters; ++i) {
        for (const Sent &s : m_actors[i].sent) {
            if (s.type != QLatin1String("vote"))
                continue;
            if (s.acked())
                ackedVoters.insert(int(i));
            else if (!s.answer)
                maybeVoters.insert(int(i));
        }
    }
    maybeVoters.subtract(ackedVoters);
    const QJsonObject vote = fs.value(QLatin1String("vote")).toObject();
    const int ballots = num(vote, "ballots");
    QVERIFY2(ballots >= ackedVoters.size() && ballots <= ackedVoters.size() + maybeVoters.size(),
             qPrintable(QStringLiteral("%1 ballots after restart; %2 acknowledged, %3 possibly applied")
                            .arg(ballots).arg(ackedVoters.size()).arg(maybeVoters.size())));
    for (int v : std::as_const(ackedVoters))
        QVERIFY2(m_actors[v].client->state.value(QLatin1String("mine")).toObject().value(QLatin1String("hasVoted")).toBool(),
                 qPrintable(QStringLiteral("voter %1 voted but is not marked as voted").arg(v)));
}

// Once every command (and every re-send) is answered: exact counts. The
// updates of the last changes may still be on their way to the clients,
// so this names the first mismatch (empty when none) for checkExact() to
// wait on.
QString CrashMeeting::exactMismatch()
{
    QString why;
    if (!allAcked(&why))
        return why;
    auto differ = [](const QString &what, const QVariant &actual, const QVariant &expected) {
        return actual == expected ? QString()
                                  : QStringLiteral("%1: %2, expected %3").arg(what, actual.toString(), expected.toString());
    };
#define EXPECT(what, actual, expected) \
    if (const QString d = differ(QStringLiteral(what), QVariant(actual), QVariant(expected)); !d.isEmpty()) \
        return d;
    const QJsonObject fs = m_actors[Facilitator].client->state;
    EXPECT("phase index", num(fs.value(QLatin1String("phase")).toObject(), "index"), phaseFromCommands(false));

    const QJsonArray cards = fs.value(QLatin1String("cards")).toArray();
    int remarks = 0;
    QSet<QString> texts;
    for (const QJsonValue &c : cards) {
        remarks += int(c.toObject().value(QLatin1String("remarks")).toArray().size());
        texts.insert(str(c.toObject(), "text"));
    }
    EXPECT("cards", int(cards.size()), sentCount(QStringLiteral("addCard")));
    EXPECT("distinct card texts", int(texts.size()), sentCount(QStringLiteral("addCard")));
    EXPECT("remarks", remarks, sentCount(QStringLiteral("addRemark")));
    EXPECT("questions", int(fs.value(QLatin1String("questions")).toArray().size()), sentCount(QStringLiteral("askQuestion")));
    EXPECT("tips", int(fs.value(QLatin1String("tips")).toArray().size()), sentCount(QStringLiteral("addTip")));
    for (int v = 0; v < Voters; ++v) {
        int thoughts = 0;
        for (const Sent &s : m_actors[v].sent)
            thoughts += s.type == QLatin1String("addThought");
        const QJsonObject mine = m_actors[v].client->state.value(QLatin1String("mine")).toObject();
        EXPECT("a voter's thoughts", int(mine.value(QLatin1String("thoughts")).toArray().size()), thoughts);
    }

    // Ballots: one per voter whose vote was acknowledged, holding their
    // last acknowledged choice.
    QSet<int> voted;
    QMap<int, int> expectedDots;
    for (int v = 0; v < Voters; ++v) {
        QJsonObject last;
        for (const Sent &s : m_actors[v].sent)
            if (s.type == QLatin1String("vote") && s.acked())
                last = s.fields.value(QLatin1String("choices")).toObject();
        if (last.isEmpty())
            continue;
        voted.insert(v);
        for (auto it = last.begin(); it != last.end(); ++it)
            expectedDots[it.key().toInt()] += it.value().toInt();
    }
    const QJsonObject vote = fs.value(QLatin1String("vote")).toObject();
    EXPECT("ballots", num(vote, "ballots"), int(voted.size()));
    if (str(vote, "status") != QLatin1String("idle")) {
        QMap<int, int> dots;
        for (const QJsonValue &t : vote.value(QLatin1String("tallies")).toArray())
            if (num(t.toObject(), "dots") > 0)
                dots.insert(num(t.toObject(), "cardId"), num(t.toObject(), "dots"));
        auto text = [](const QMap<int, int> &m) {
            QStringList out;
            for (auto it = m.cbegin(); it != m.cend(); ++it)
                out << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
            return out.join(QLatin1Char(' '));
        };
        EXPECT("tallies (card:dots)", text(dots), text(expectedDots));
    }
#undef EXPECT
    return QString();
}

void CrashMeeting::checkExact()
{
    QString mismatch;
    (void)QTest::qWaitFor([&] { mismatch = exactMismatch(); return mismatch.isEmpty(); }, 10000);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

} // namespace flipover::test::crashloop
