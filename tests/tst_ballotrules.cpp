// Composing a ballot (shared/engine/ballot.h) against the vectors the
// browser's rule passes too (tests/data/ballot-vectors.json; the node side is
// tests/browser/ballot-vectors.mjs), the engine's own validation of `vote`
// against the same vectors, and the tablet's way in (SessionView).
#include "ballot.h"
#include "clock.h"
#include "engine.h"
#include "format.h"
#include "sessionview.h"
#include "store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;

namespace {

QJsonArray loadVectors()
{
    QFile f(QStringLiteral(FLIPOVER_TEST_DATA "/ballot-vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("tests/data/ballot-vectors.json does not open");
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("vectors")).toArray();
}

QList<int> ids(const QJsonValue &v)
{
    QList<int> out;
    for (const QJsonValue &id : v.toArray())
        out.append(id.toInt());
    return out;
}

QJsonObject toJson(const CleanBallot &b)
{
    QJsonArray canAdd;
    for (int id : b.canAdd)
        canAdd.append(id);
    return {{QStringLiteral("choices"), b.choicesJson()}, {QStringLiteral("used"), b.used},
            {QStringLiteral("left"), b.left}, {QStringLiteral("canAdd"), canAdd}};
}

CleanBallot apply(const QJsonObject &v)
{
    const BallotRules rules = BallotRules::fromJson(v.value(QLatin1String("settings")).toObject(),
                                                    ids(v.value(QLatin1String("cards"))));
    const QMap<int, int> ballot = ballotFromJson(v.value(QLatin1String("ballot")).toObject());
    if (!v.contains(QLatin1String("set")))
        return cleanBallot(rules, ballot);
    const QJsonObject set = v.value(QLatin1String("set")).toObject();
    return setBallotDots(rules, ballot, set.value(QLatin1String("cardId")).toInt(), set.value(QLatin1String("dots")).toInt());
}

// A meeting in its vote phase with the vote's settings of a vector: cards
// 1..n, those one cannot vote for hidden, and the vote open.
struct VoteRoom {
    QTemporaryDir dir;
    ManualClock clock;
    Store store;
    std::unique_ptr<SessionEngine> engine;
    Actor fac = Actor::localFacilitator();

    explicit VoteRoom(const QJsonObject &v)
    {
        const FormatResult loaded = FormatLoader::loadFile(FormatLoader::builtInPath(QStringLiteral("collegiale-ontmoeting")));
        QVERIFY(loaded.ok());
        Format format = *loaded.format;
        const QJsonObject s = v.value(QLatin1String("settings")).toObject();
        VoteSettings &vote = format.phases[2].vote;
        vote.mode = s.value(QLatin1String("mode")).toString() == QLatin1String("dots") ? VoteMode::Dots : VoteMode::Single;
        vote.dots = s.value(QLatin1String("dots")).toInt();
        vote.capPerCard = s.value(QLatin1String("capPerCard")).toInt();
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        engine = std::make_unique<SessionEngine>(&store, &clock);
        QVERIFY2(engine->resumeOrCreate(format, QStringLiteral("Team"), QStringLiteral("123456"), QStringLiteral("9999"), &error),
                 qPrintable(error));
        QVERIFY(run(fac, "startMeeting").ok && run(fac, "nextPhase").ok && run(fac, "nextPhase").ok);
        const QList<int> votable = ids(v.value(QLatin1String("cards")));
        const int n = *std::max_element(votable.cbegin(), votable.cend());
        for (int id = 1; id <= n; ++id) {
            const Result added = run(fac, "addCard", {{QStringLiteral("text"), QStringLiteral("kaart %1").arg(id)}});
            QCOMPARE(added.data.value(QLatin1String("cardId")).toInt(), id);
            if (!votable.contains(id))
                QVERIFY(run(fac, "hideCard", {{QStringLiteral("cardId"), id}, {QStringLiteral("hidden"), true}}).ok);
        }
        QVERIFY(run(fac, "openVote").ok);
    }
    Result run(const Actor &a, const char *type, const QJsonObject &args = {})
    {
        return engine->execute(a, QString::fromLatin1(type), args, {});
    }
    // A new participant's ballot.
    Result vote(const QJsonObject &choices)
    {
        const Result joined = engine->join(QStringLiteral("123456"), {}, {});
        const Actor voter = engine->actorFor(joined.data.value(QLatin1String("participantId")).toString(),
                                             joined.data.value(QLatin1String("token")).toString());
        static int n = 0;
        return run(voter, "vote", {{QStringLiteral("ballot"), QStringLiteral("ballot-token-%1-0123456789").arg(++n)},
                                   {QStringLiteral("choices"), choices}});
    }
};

} // namespace

class TestBallotRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        const QJsonArray all = loadVectors();
        QVERIFY(all.size() >= 20);
        for (const QJsonValue &v : all)
            QTest::newRow(qPrintable(v.toObject().value(QLatin1String("name")).toString())) << v.toObject();
    }

    void vectors()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject got = toJson(apply(vector));
        const QJsonObject expected = vector.value(QLatin1String("expect")).toObject();
        QVERIFY2(got == expected, QJsonDocument(got).toJson(QJsonDocument::Compact).constData());
    }

    // What cleaning gives, the engine takes (or refuses the empty ballot the
    // tablets do not send); a wanted ballot the engine takes, cleaning keeps.
    void engineAgrees_data() { vectors_data(); }
    void engineAgrees()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject expected = vector.value(QLatin1String("expect")).toObject();
        VoteRoom m(vector);
        if (QTest::currentTestFailed())
            return;
        const Result cleaned = m.vote(expected.value(QLatin1String("choices")).toObject());
        if (expected.value(QLatin1String("used")).toInt() > 0)
            QVERIFY2(cleaned.ok, qPrintable(cleaned.code + QLatin1Char(' ') + cleaned.message));
        else
            QCOMPARE(cleaned.code, QStringLiteral("invalid"));
        if (vector.contains(QLatin1String("set")))
            return;
        const QJsonObject wanted = vector.value(QLatin1String("ballot")).toObject();
        const Result raw = m.vote(wanted);
        QJsonObject positive;
        for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it)
            if (!it.value().isDouble() || it.value().toDouble() != 0)
                positive.insert(it.key(), it.value());
        const bool kept = positive == expected.value(QLatin1String("choices")).toObject();
        QCOMPARE(raw.ok, kept && expected.value(QLatin1String("used")).toInt() > 0);
    }

    // The tablets call it through SessionView, with the rules it holds.
    void sessionView()
    {
        SessionView view;
        const auto card = [](int id, bool hidden) {
            return QJsonObject{{"id", id}, {"text", QStringLiteral("kaart %1").arg(id)}, {"direction", ""},
                               {"tags", QJsonArray()}, {"remarks", QJsonArray()}, {"hidden", hidden},
                               {"merged", id == 3 ? QJsonArray{QJsonObject{{"id", 4}, {"text", "x"}, {"direction", ""}}} : QJsonArray()}};
        };
        view.applySnapshot(1, {{"cards", QJsonArray{card(1, false), card(2, true), card(3, false)}},
                               {"vote", QJsonObject{{"status", "open"}, {"mode", "dots"}, {"dots", 3}, {"capPerCard", 2}}}});
        const QVariantMap rules = view.ballotRules();
        QCOMPARE(rules.value("mode").toString(), QStringLiteral("dots"));
        QCOMPARE(rules.value("dots").toInt(), 3);
        QCOMPARE(rules.value("capPerCard").toInt(), 2);
        QCOMPARE(rules.value("cards").toList(), QVariantList({1, 3})); // not the hidden one
        const QVariantMap b = view.cleanBallot(rules, {{"1", 3}, {"2", 1}, {"4", 1}, {"3", 1.0}});
        QCOMPARE(b.value("choices").toMap(), QVariantMap({{"1", 2}, {"3", 1}}));
        QCOMPARE(b.value("used").toInt(), 3);
        QCOMPARE(b.value("left").toInt(), 0);
        QCOMPARE(b.value("canAdd").toList(), QVariantList());
        const QVariantMap set = view.ballotWithDots(rules, b.value("choices").toMap(), 1, 1);
        QCOMPARE(set.value("choices").toMap(), QVariantMap({{"1", 1}, {"3", 1}}));
        QCOMPARE(set.value("canAdd").toList(), QVariantList({1, 3}));

        QSignalSpy changed(&view, &SessionView::ballotRulesChanged);
        view.applyUpdate(2, {{"vote", QJsonObject{{"status", "open"}, {"mode", "single"}, {"dots", 1}, {"capPerCard", 0}}}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view.ballotRules().value("mode").toString(), QStringLiteral("single"));
        view.applyUpdate(3, {{"vote", QJsonObject{{"status", "closed"}, {"mode", "single"}, {"dots", 1}, {"capPerCard", 0}}}});
        QCOMPARE(changed.size(), 1); // the same rules: no signal
    }
};

QTEST_GUILESS_MAIN(TestBallotRules)
#include "tst_ballotrules.moc"
