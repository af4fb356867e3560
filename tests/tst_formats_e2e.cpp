// Every built-in format, end to end: a real kiosk started with --format <id>,
// a facilitator tablet and four simulated tablets (VoterClient) walk every
// phase and use every activity the phase enables, as the tablets read them
// from the view. Each submission must be acked and show up where it belongs
// (and only there); the meeting must end.
#include "kioskprocess.h"
#include "voterclient.h"
#include "voterharness.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

namespace {

constexpr int Voters = 4;

QStringList phaseActivityNames(const Phase &phase)
{
    QStringList names;
    for (Activity a : allActivities())
        if (phase.has(a))
            names.append(activityName(a));
    return names;
}

} // namespace

class TestFormatsEndToEnd : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<VoterClient> m_fac;
    std::vector<std::unique_ptr<VoterClient>> m_voters;
    QSet<QString> m_used; // activities exercised, over all formats

    // Sends a command and waits for the kiosk's ack; fails the test on a refusal.
    QJsonObject must(VoterClient *c, const QString &type, const QJsonObject &fields = {})
    {
        const Answer a = sendAndWait(c, type, fields);
        if (!a.answered)
            QTest::qFail(qPrintable(type + QStringLiteral(": no answer")), __FILE__, __LINE__);
        else if (!a.code.isEmpty())
            QTest::qFail(qPrintable(type + QStringLiteral(" refused: ") + a.code + QStringLiteral(": ") + a.message), __FILE__, __LINE__);
        return a.result;
    }

    int firstCardId(VoterClient *c) const
    {
        return c->view()->cards()->index(0).data(CardsModel::IdRole).toInt();
    }

    // Uses one activity of the current phase and checks where its results show.
    void use(const QString &activity, const Format &format, int *cards, int *questions, int *insightsShared,
             int *insightsAll, int *tips)
    {
        VoterClient *owner = m_voters[0].get();
        if (activity == QLatin1String("case")) {
            const QString text = QStringLiteral("Casus voor %1\nMet een tweede regel.").arg(format.id);
            must(owner, QStringLiteral("setCase"), {{QStringLiteral("text"), text}});
            for (const auto &v : m_voters)
                QTRY_COMPARE(v->view()->caseText(), text);
        } else if (activity == QLatin1String("firstThoughts")) {
            for (int i = 0; i < Voters; ++i)
                must(m_voters[i].get(), QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("gedachte-%1").arg(i)}});
            for (int i = 0; i < Voters; ++i) { // private: each sees only their own
                QTRY_COMPARE(m_voters[i]->view()->thoughts()->rowCount(), 1);
                QCOMPARE(m_voters[i]->view()->thoughts()->index(0).data(ThoughtsModel::TextRole).toString(),
                         QStringLiteral("gedachte-%1").arg(i));
            }
            QCOMPARE(m_fac->view()->thoughts()->rowCount(), 0);
        } else if (activity == QLatin1String("questions")) {
            const QJsonObject q = must(m_voters[1].get(), QStringLiteral("askQuestion"),
                                       {{QStringLiteral("text"), QStringLiteral("vraag-%1").arg(*questions)}});
            ++*questions;
            VoterClient *answerer = owner->view()->isCaseOwner() ? owner : m_fac.get();
            must(answerer, QStringLiteral("answerQuestion"), {{QStringLiteral("questionId"), q.value(QLatin1String("questionId"))},
                                                              {QStringLiteral("answered"), true}, {QStringLiteral("answer"), QStringLiteral("ja")}});
            for (const auto &v : m_voters)
                QTRY_COMPARE(v->view()->questions()->rowCount(), *questions);
            QTRY_VERIFY(m_voters[3]->view()->questions()->index(*questions - 1).data(QuestionsModel::AnsweredRole).toBool());
        } else if (activity == QLatin1String("considerations")) {
            for (int i = 0; i < Voters; ++i)
                QVERIFY(must(m_voters[i].get(), QStringLiteral("addCard"),
                             {{QStringLiteral("text"), QStringLiteral("kaart-%1").arg(*cards + i)},
                              {QStringLiteral("direction"), QStringLiteral("richting-%1").arg(i % 2)}})
                            .value(QLatin1String("cardId")).toInt() > 0);
            *cards += Voters;
            for (const auto &v : m_voters)
                QTRY_COMPARE(v->view()->cards()->rowCount(), *cards);
        } else if (activity == QLatin1String("remarks")) {
            QVERIFY2(*cards > 0, "remarks in a phase before any card");
            const int card = firstCardId(m_voters[2].get());
            const int before = m_voters[2]->view()->cards()->index(0).data(CardsModel::RemarksRole).toList().size();
            for (int i = 0; i < Voters; ++i)
                must(m_voters[i].get(), QStringLiteral("addRemark"),
                     {{QStringLiteral("cardId"), card}, {QStringLiteral("kind"), i % 2 ? QStringLiteral("critic") : QStringLiteral("dreamer")},
                      {QStringLiteral("text"), QStringLiteral("opmerking-%1").arg(i)}});
            for (const auto &v : m_voters)
                QTRY_COMPARE(v->view()->cards()->index(0).data(CardsModel::RemarksRole).toList().size(), before + Voters);
        } else if (activity == QLatin1String("tags")) {
            QVERIFY2(*cards > 0, "tags in a phase before any card");
            const QString tag = format.tags.last().id;
            const int card = firstCardId(m_voters[1].get());
            must(m_voters[1].get(), QStringLiteral("tagCard"), {{QStringLiteral("cardId"), card}, {QStringLiteral("tag"), tag},
                                                                {QStringLiteral("on"), true}});
            for (const auto &v : m_voters)
                QTRY_VERIFY(v->view()->cards()->index(0).data(CardsModel::TagsRole).toStringList().contains(tag));
        } else if (activity == QLatin1String("solutions")) {
            for (int i = 0; i < Voters; ++i)
                must(m_voters[i].get(), QStringLiteral("submitSolution"),
                     {{QStringLiteral("text"), QStringLiteral("oplossing-%1").arg(i)}, {QStringLiteral("arguments"), QStringLiteral("omdat")}});
            QTRY_COMPARE(m_fac->view()->solutions()->rowCount(), Voters);
            QCOMPARE(m_voters[0]->view()->solutions()->rowCount(), 0); // to the facilitator only
        } else if (activity == QLatin1String("vote")) {
            QVERIFY2(*cards > 0, "a vote in a phase before any card");
            must(m_fac.get(), QStringLiteral("openVote"));
            QTRY_COMPARE(m_voters[0]->view()->voteStatus(), QStringLiteral("open"));
            const int card = firstCardId(m_voters[0].get());
            const int dots = m_voters[0]->view()->voteMode() == QLatin1String("single")
                ? 1 : (m_voters[0]->view()->voteCap() > 0 ? m_voters[0]->view()->voteCap() : m_voters[0]->view()->voteDots());
            for (const auto &v : m_voters)
                must(v.get(), QStringLiteral("vote"), {{QStringLiteral("ballot"), v->ballotToken()},
                                                       {QStringLiteral("choices"), QJsonObject{{QString::number(card), dots}}}});
            QTRY_COMPARE(m_voters[3]->view()->ballotCount(), Voters);
            must(m_fac.get(), QStringLiteral("closeVote"));
            must(m_fac.get(), QStringLiteral("revealTallies"), {{QStringLiteral("revealed"), true}});
            for (const auto &v : m_voters) {
                QTRY_VERIFY(v->view()->talliesVisible());
                QTRY_COMPARE(v->view()->cards()->index(0).data(CardsModel::TallyRole).toInt(), Voters * dots);
            }
        } else if (activity == QLatin1String("insights")) {
            for (int i = 0; i < Voters; ++i)
                must(m_voters[i].get(), QStringLiteral("addInsight"),
                     {{QStringLiteral("question"), i % 2 ? QStringLiteral("enriched") : QStringLiteral("takeaway")},
                      {QStringLiteral("text"), QStringLiteral("inzicht-%1").arg(i)}, {QStringLiteral("share"), i < 2}});
            *insightsShared += 2;
            *insightsAll += Voters;
            QTRY_COMPARE(m_voters[3]->view()->insights()->rowCount(), *insightsShared); // only shared ones
            QTRY_COMPARE(m_fac->view()->insights()->rowCount(), *insightsAll);
        } else if (activity == QLatin1String("tipsTops")) {
            for (int i = 0; i < Voters; ++i)
                must(m_voters[i].get(), QStringLiteral("addTip"), {{QStringLiteral("kind"), i % 2 ? QStringLiteral("tip") : QStringLiteral("top")},
                                                                   {QStringLiteral("text"), QStringLiteral("tip-%1").arg(i)}});
            *tips += Voters;
            for (const auto &v : m_voters)
                QTRY_COMPARE(v->view()->tips()->rowCount(), *tips);
        } else {
            QFAIL(qPrintable(QStringLiteral("this test does not know the activity ") + activity));
        }
        m_used.insert(activity);
    }

private Q_SLOTS:
    void builtIn_data()
    {
        QTest::addColumn<QString>("id");
        const QStringList ids = FormatLoader::builtInIds();
        QVERIFY(ids.size() >= 3);
        for (const QString &id : ids)
            QTest::addRow("%s", qPrintable(id)) << id;
    }

    void builtIn()
    {
        QFETCH(QString, id);
        const FormatResult loaded = FormatLoader::loadFile(FormatLoader::builtInPath(id));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        const Format &format = *loaded.format;

        QTemporaryDir dir;
        KioskProcess kiosk;
        QString error;
        QVERIFY2(kiosk.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), dir.path(),
                              QStringLiteral("--format"), id, QStringLiteral("--pin"), QStringLiteral("482913"),
                              QStringLiteral("--facilitator-pin"), QStringLiteral("7531")}, &error), qPrintable(error));
        m_voters.clear();
        m_fac = std::make_unique<VoterClient>();
        m_fac->connectToKiosk(kiosk.localUrl(), kiosk.pin(), kiosk.facilitatorPin());
        QTRY_COMPARE(m_fac->state(), QStringLiteral("online"));
        QCOMPARE(m_fac->role(), QStringLiteral("facilitator"));
        for (int i = 0; i < Voters; ++i) {
            m_voters.push_back(std::make_unique<VoterClient>());
            m_voters.back()->connectToKiosk(kiosk.localUrl(), kiosk.pin());
        }
        for (const auto &v : m_voters)
            QTRY_COMPARE(v->state(), QStringLiteral("online"));
        QTRY_COMPARE(m_voters[0]->view()->formatTitle(), format.title);
        QCOMPARE(m_voters[0]->view()->phaseCount(), int(format.phases.size()));
        QCOMPARE(m_voters[0]->view()->probingQuestions(), format.probingQuestions);
        QCOMPARE(m_voters[0]->view()->agreement(), format.agreement);

        bool hasCase = false;
        for (const Phase &p : format.phases)
            hasCase = hasCase || p.has(Activity::Case);
        if (hasCase) {
            must(m_voters[0].get(), QStringLiteral("claimCase"));
            QTRY_VERIFY(m_voters[0]->view()->isCaseOwner());
        }

        int cards = 0, questions = 0, insightsShared = 0, insightsAll = 0, tips = 0;
        for (int index = 0; index < format.phases.size(); ++index) {
            must(m_fac.get(), index == 0 ? QStringLiteral("startMeeting") : QStringLiteral("nextPhase"));
            for (const auto &v : m_voters)
                QTRY_COMPARE(v->view()->phaseIndex(), index);
            QStringList activities = m_voters[0]->view()->phaseActivities();
            QStringList want = phaseActivityNames(format.phases[index]);
            activities.sort();
            want.sort();
            QCOMPARE(activities, want); // the view says what the format says
            // In meeting order: cards exist before remarks, tags and the vote need them.
            for (Activity a : allActivities()) {
                const QString activity = activityName(a);
                if (!activities.contains(activity))
                    continue;
                use(activity, format, &cards, &questions, &insightsShared, &insightsAll, &tips);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        must(m_fac.get(), QStringLiteral("nextPhase"));
        for (const auto &v : m_voters) {
            QTRY_COMPARE(v->view()->phaseStatus(), QStringLiteral("ended"));
            QCOMPARE(v->pendingCount(), 0);
        }
        m_voters.clear();
        m_fac.reset();
    }

    // Together the built-ins exercise every activity there is.
    void everyActivityUsed()
    {
        for (Activity a : allActivities())
            QVERIFY2(m_used.contains(activityName(a)), qPrintable(activityName(a)));
    }
};

QTEST_GUILESS_MAIN(TestFormatsEndToEnd)
#include "tst_formats_e2e.moc"
