// The ranking of the vote (shared/projection/ranking.h), computed once: its
// tie rule over the core, the `ranking` of the vote section (only as the
// room's result, never telling a hidden tally) and its patches, the wall's
// SessionView that shows it, and the exports that write it.
#include "clock.h"
#include "engine.h"
#include "exporter.h"
#include "format.h"
#include "patch.h"
#include "ranking.h"
#include "sessionview.h"
#include "store.h"
#include "enginefixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

using Dots = QHash<int, int>;
Q_DECLARE_METATYPE(QList<RankedCard>)

namespace {

// A meeting in its vote phase (collegiale ontmoeting: 3 dots, at most 2 a
// card, tallies hidden until revealed) with cards A..E (ids 1..5), D moved
// to the front: the board reads D A B C E. Four ballots: A 2, B 3, C 2, D 3,
// E 2; the vote is still open.
Format voteFormat(bool liveTallies)
{
    Format format = builtIn();
    format.phases[2].vote.liveTallies = liveTallies;
    return format;
}

struct VoteRoom : EngineFixture {
    Actor participant;

    explicit VoteRoom(bool liveTallies = false) : EngineFixture(QStringLiteral("Team"), voteFormat(liveTallies))
    {
        for (const char *c : {"startMeeting", "nextPhase", "nextPhase"})
            ok(fac, c);
        for (const char *text : {"A", "B", "C", "D", "E"})
            ok(fac, "addCard", {{QStringLiteral("text"), QString::fromLatin1(text)}, {QStringLiteral("direction"), QStringLiteral("richting")}});
        ok(fac, "moveCard", {{QStringLiteral("cardId"), 4}, {QStringLiteral("position"), 0}});
        ok(fac, "openVote");
        const QList<QJsonObject> ballots{{{"1", 2}, {"2", 1}}, {{"2", 2}, {"4", 1}}, {{"4", 2}, {"3", 1}}, {{"3", 1}, {"5", 2}}};
        for (int i = 0; i < ballots.size(); ++i) {
            participant = join();
            ok(participant, "vote", {{QStringLiteral("ballot"), QStringLiteral("ballot-token-%1-0123456789").arg(i)},
                                     {QStringLiteral("choices"), ballots[i]}});
        }
    }
    void ok(const Actor &a, const char *type, const QJsonObject &args = {})
    {
        const Result r = run(a, type, args);
        QVERIFY2(r.ok, qPrintable(QString::fromLatin1(type) + QLatin1Char(' ') + r.code));
    }
    QJsonObject vote(const Actor &a) const { return engine->projection(a).value(QLatin1String("vote")).toObject(); }
};

QList<RankedCard> fromJson(const QJsonValue &v)
{
    QList<RankedCard> out;
    for (const QJsonValue &r : v.toArray())
        out.append({r[QLatin1String("cardId")].toInt(), r[QLatin1String("rank")].toInt(), r[QLatin1String("dots")].toInt()});
    return out;
}

QString describe(const QList<RankedCard> &list)
{
    QStringList out;
    for (const RankedCard &r : list)
        out.append(QStringLiteral("%1:#%2(%3)").arg(r.cardId).arg(r.rank).arg(r.dots));
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestRanking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tieRule_data()
    {
        QTest::addColumn<QList<int>>("board");
        QTest::addColumn<Dots>("dots");
        QTest::addColumn<QList<RankedCard>>("expected");
        QTest::addRow("more dots first") << QList<int>{1, 2, 3} << Dots{{1, 1}, {2, 5}, {3, 3}}
                                         << QList<RankedCard>{{2, 1, 5}, {3, 2, 3}, {1, 3, 1}};
        QTest::addRow("ties in the board's order share a rank")
            << QList<int>{5, 3, 9, 1} << Dots{{3, 2}, {9, 2}, {1, 4}}
            << QList<RankedCard>{{1, 1, 4}, {3, 2, 2}, {9, 2, 2}, {5, 4, 0}};
        QTest::addRow("the board's order, not the ids'") << QList<int>{9, 3, 7} << Dots{{3, 1}, {9, 1}, {7, 1}}
                                                         << QList<RankedCard>{{9, 1, 1}, {3, 1, 1}, {7, 1, 1}};
        QTest::addRow("a tie after the first") << QList<int>{4, 3, 2, 1} << Dots{{4, 1}, {3, 1}, {2, 1}, {1, 2}}
                                               << QList<RankedCard>{{1, 1, 2}, {4, 2, 1}, {3, 2, 1}, {2, 2, 1}};
        QTest::addRow("nobody voted") << QList<int>{2, 1} << Dots{} << QList<RankedCard>{{2, 1, 0}, {1, 1, 0}};
        QTest::addRow("dots on a card not on the board") << QList<int>{1} << Dots{{8, 9}} << QList<RankedCard>{{1, 1, 0}};
        QTest::addRow("no cards") << QList<int>{} << Dots{{1, 3}} << QList<RankedCard>{};
    }

    void tieRule()
    {
        QFETCH(QList<int>, board);
        QFETCH(Dots, dots);
        QFETCH(QList<RankedCard>, expected);
        const QList<RankedCard> got = rankCards(board, dots);
        QVERIFY2(got == expected, qPrintable(describe(got) + QStringLiteral(" != ") + describe(expected)));
    }

    // Over a meeting: hidden cards left out, a merged card's dots on the card it joined.
    void rankingOfAMeeting()
    {
        VoteRoom m;
        QCOMPARE(describe(ranking(m.engine->state())), QStringLiteral("4:#1(3) 2:#1(3) 1:#3(2) 3:#3(2) 5:#3(2)"));
        m.ok(m.fac, "closeVote");
        m.ok(m.fac, "hideCard", {{QStringLiteral("cardId"), 5}, {QStringLiteral("hidden"), true}});
        m.ok(m.fac, "mergeCards", {{QStringLiteral("cardId"), 3}, {QStringLiteral("intoCardId"), 2}});
        QCOMPARE(dotTotals(m.engine->state()).value(2), 5);
        QCOMPARE(describe(ranking(m.engine->state())), QStringLiteral("2:#1(5) 4:#2(3) 1:#3(2)"));
    }

    // The room's result: only once the vote is closed and its tallies shown,
    // the same for every role; never while a tally is hidden from the room.
    void projectionShowsOnlyTheResult()
    {
        VoteRoom m;
        const Actor wall = Actor::wallDisplay();
        const QList<Actor> everyone{m.participant, wall, m.fac};
        for (const Actor &a : everyone)
            QVERIFY(m.vote(a).value(QLatin1String("ranking")).isNull()); // open, hidden
        m.ok(m.fac, "revealTallies", {{QStringLiteral("revealed"), true}});
        for (const Actor &a : everyone)
            QVERIFY(m.vote(a).value(QLatin1String("ranking")).isNull()); // open: ballots still come in
        m.ok(m.fac, "revealTallies", {{QStringLiteral("revealed"), false}});
        m.ok(m.fac, "closeVote");
        for (const Actor &a : everyone)
            QVERIFY(m.vote(a).value(QLatin1String("ranking")).isNull()); // closed, hidden
        QVERIFY(m.vote(m.fac).value(QLatin1String("tallies")).isArray()); // the facilitator's own view
        m.ok(m.fac, "revealTallies", {{QStringLiteral("revealed"), true}});
        for (const Actor &a : everyone) {
            const QJsonObject vote = m.vote(a);
            QCOMPARE(describe(fromJson(vote.value(QLatin1String("ranking")))), QStringLiteral("4:#1(3) 2:#1(3) 1:#3(2) 3:#3(2) 5:#3(2)"));
            // The same dots as the tallies.
            for (const QJsonValue &t : vote.value(QLatin1String("tallies")).toArray())
                for (const RankedCard &r : fromJson(vote.value(QLatin1String("ranking"))))
                    if (r.cardId == t[QLatin1String("cardId")].toInt())
                        QCOMPARE(r.dots, t[QLatin1String("dots")].toInt());
        }
        // A hidden card is not in the room's ranking, not even the facilitator's.
        m.ok(m.fac, "hideCard", {{QStringLiteral("cardId"), 1}, {QStringLiteral("hidden"), true}});
        QCOMPARE(describe(fromJson(m.vote(m.fac).value(QLatin1String("ranking")))), QStringLiteral("4:#1(3) 2:#1(3) 3:#3(2) 5:#3(2)"));
        // Opened again: no result until it closes.
        m.ok(m.fac, "openVote");
        QVERIFY(m.vote(wall).value(QLatin1String("ranking")).isNull());
    }

    // Live tallies: the room sees them while ballots come in, and the
    // closed vote's result without a reveal.
    void liveTalliesShowTheResultWhenClosed()
    {
        VoteRoom m(true);
        QVERIFY(m.vote(m.participant).value(QLatin1String("tallies")).isArray());
        QVERIFY(m.vote(m.participant).value(QLatin1String("ranking")).isNull());
        m.ok(m.fac, "closeVote");
        QCOMPARE(describe(fromJson(m.vote(m.participant).value(QLatin1String("ranking")))),
                 QStringLiteral("4:#1(3) 2:#1(3) 1:#3(2) 3:#3(2) 5:#3(2)"));
    }

    // As a patch: keyed by cardId like the tallies; whole when it appears,
    // null when it goes.
    void travelsAsAPatch()
    {
        VoteRoom m;
        const Actor wall = Actor::wallDisplay();
        m.ok(m.fac, "closeVote");
        QJsonObject before = m.vote(wall);
        m.ok(m.fac, "revealTallies", {{QStringLiteral("revealed"), true}});
        QJsonObject after = m.vote(wall);
        QJsonObject p = patch::diffVote(before, after).toObject();
        QVERIFY(p.value(QLatin1String("ranking")).isArray());
        QVERIFY(patch::applyVote(before, p));
        QCOMPARE(before, after);

        m.ok(m.fac, "mergeCards", {{QStringLiteral("cardId"), 3}, {QStringLiteral("intoCardId"), 2}});
        const QJsonObject merged = m.vote(wall);
        p = patch::diffVote(after, merged).toObject();
        const QJsonObject ranking = p.value(QLatin1String("ranking")).toObject();
        QCOMPARE(ranking.value(QLatin1String("remove")).toArray(), QJsonArray{3});
        QVERIFY(ranking.contains(QLatin1String("order")));
        QVERIFY(patch::applyVote(after, p));
        QCOMPARE(after, merged);

        m.ok(m.fac, "revealTallies", {{QStringLiteral("revealed"), false}});
        p = patch::diffVote(after, m.vote(wall)).toObject();
        QVERIFY(p.value(QLatin1String("ranking")).isNull());
        // A list patch while this client holds none does not fit.
        QJsonObject hidden = m.vote(wall);
        QVERIFY(!patch::applyVote(hidden, QJsonObject{{QStringLiteral("ranking"), ranking}}));
    }

    // The wall: its SessionView, fed as the kiosk feeds it, shows the ranking
    // with each card's text, ties with one rank.
    void wallShowsTheRanking()
    {
        VoteRoom m;
        const Actor wall = Actor::wallDisplay();
        SessionView view;
        quint64 seq = 1;
        view.applySnapshot(seq, m.engine->projection(wall));
        QVERIFY(!view.rankingShown());
        QSignalSpy changed(&view, &SessionView::rankingChanged);
        QJsonObject held = m.engine->projection(wall);
        const auto follow = [&](const char *type, const QJsonObject &args) {
            m.ok(m.fac, type, args);
            const QJsonObject now = m.engine->projection(wall);
            QJsonObject patches;
            for (const QString &section : {QStringLiteral("cards"), QStringLiteral("vote")}) {
                const QJsonValue d = patch::diffSection(section, held.value(section), now.value(section));
                if (!d.isUndefined())
                    patches.insert(section, d);
            }
            QCOMPARE(view.applyUpdate(seq + 1, seq, {}, patches), SessionView::Applied::Yes);
            ++seq;
            held = now;
        };
        follow("closeVote", {});
        QVERIFY(!view.rankingShown());
        QCOMPARE(changed.size(), 0);
        follow("revealTallies", {{QStringLiteral("revealed"), true}});
        QVERIFY(view.rankingShown());
        QCOMPARE(changed.size(), 1);
        const auto rows = [&view] {
            QStringList out;
            for (const QVariant &v : view.ranking()) {
                const QVariantMap r = v.toMap();
                out.append(QStringLiteral("%1. %2 (%3)").arg(r.value("rank").toInt()).arg(r.value("text").toString()).arg(r.value("dots").toInt()));
            }
            return out.join(QStringLiteral(", "));
        };
        QCOMPARE(rows(), QStringLiteral("1. D (3), 1. B (3), 3. A (2), 3. C (2), 3. E (2)"));
        QCOMPARE(view.ranking().first().toMap().value("direction").toString(), QStringLiteral("richting"));
        follow("mergeCards", {{QStringLiteral("cardId"), 3}, {QStringLiteral("intoCardId"), 2}});
        QCOMPARE(rows(), QStringLiteral("1. B (5), 2. D (3), 3. A (2), 3. E (2)"));
        follow("editCard", {{QStringLiteral("cardId"), 1}, {QStringLiteral("text"), QStringLiteral("A2")}});
        QCOMPARE(rows(), QStringLiteral("1. B (5), 2. D (3), 3. A2 (2), 3. E (2)"));
        follow("revealTallies", {{QStringLiteral("revealed"), false}});
        QVERIFY(!view.rankingShown());
        QVERIFY(view.ranking().isEmpty());
    }

    // The exports: cards in the ranking's order, ties with one rank.
    void exportsInRankOrder()
    {
        VoteRoom m;
        m.ok(m.fac, "closeVote");
        m.ok(m.fac, "hideCard", {{QStringLiteral("cardId"), 5}, {QStringLiteral("hidden"), true}});
        const Exporter exporter(m.engine->state());
        const QStringList headings = exporter.markdown().split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^### ")));
        QCOMPARE(headings, QStringList({"### 1. D", "### 1. B", "### 3. A", "### 3. C"}));
        const QStringList csv = QString::fromUtf8(exporter.cardsCsv()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 5);
        QVERIFY(csv[0].startsWith(QLatin1String("rank,position,direction,text,")));
        // rank, position on the board, ..., dots
        QStringList got;
        for (const QString &row : csv.mid(1)) {
            const QStringList f = row.split(QLatin1Char(','));
            got.append(f[0] + QLatin1Char('/') + f[1] + QLatin1Char('/') + f[3] + QLatin1Char('/') + f.last());
        }
        QCOMPARE(got, QStringList({"1/1/D/3", "1/3/B/3", "3/2/A/2", "3/4/C/2"}));
    }

    // Nobody voted: the board's order, numbered by position, no rank.
    void exportsWithoutAVote()
    {
        VoteRoom m;
        SessionState s = m.engine->state();
        s.ballots.clear();
        const Exporter exporter(s);
        QVERIFY(!exporter.voted());
        const QStringList headings = exporter.markdown().split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^### ")));
        QCOMPARE(headings, QStringList({"### 1. D", "### 2. A", "### 3. B", "### 4. C", "### 5. E"}));
        const QStringList csv = QString::fromUtf8(exporter.cardsCsv()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(csv[1].startsWith(QLatin1String(",1,richting,D,")));
    }
};

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_ranking.moc"
