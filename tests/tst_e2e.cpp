// End to end: a real kiosk process and six simulated tablets (VoterClient)
// run the whole "Collegiale ontmoeting", every phase, as a room would. A
// seventh tablet, unlocked with the facilitator PIN, steers.
#include "kioskprocess.h"
#include "voterclient.h"
#include "voterharness.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

namespace {

constexpr int Voters = 6;

QString column(const QAbstractListModel *model, int role)
{
    QStringList out;
    for (int i = 0; i < model->rowCount(); ++i)
        out.append(model->index(i).data(role).toString());
    return out.join(QLatin1Char(','));
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    KioskProcess m_kiosk;
    std::unique_ptr<VoterClient> m_fac;
    std::vector<std::unique_ptr<VoterClient>> m_voters;

    // Sends a command and waits for the kiosk's answer: the ack's result, or
    // {"refused": code}.
    QJsonObject must(VoterClient *c, const QString &type, const QJsonObject &fields = {})
    {
        const Answer a = sendAndWait(c, type, fields);
        if (!a.answered)
            QTest::qFail(qPrintable(type + QStringLiteral(": no answer")), __FILE__, __LINE__);
        return a.code.isEmpty() ? a.result : QJsonObject{{QStringLiteral("refused"), a.code}};
    }

    void toPhase(int index)
    {
        must(m_fac.get(), index == 0 ? QStringLiteral("startMeeting") : QStringLiteral("nextPhase"));
        for (const auto &v : m_voters)
            QTRY_COMPARE(v->view()->phaseIndex(), index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_kiosk.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), m_dir.path(),
                                QStringLiteral("--pin"), QStringLiteral("482913"), QStringLiteral("--facilitator-pin"), QStringLiteral("7531")},
                               &error), qPrintable(error));
        m_fac = std::make_unique<VoterClient>();
        m_fac->connectToKiosk(m_kiosk.localUrl(), m_kiosk.pin(), m_kiosk.facilitatorPin());
        QTRY_COMPARE(m_fac->state(), QStringLiteral("online"));
        QCOMPARE(m_fac->role(), QStringLiteral("facilitator"));
        for (int i = 0; i < Voters; ++i) {
            m_voters.push_back(std::make_unique<VoterClient>());
            m_voters.back()->connectToKiosk(m_kiosk.localUrl(), m_kiosk.pin());
        }
        for (const auto &v : m_voters) {
            QTRY_COMPARE(v->state(), QStringLiteral("online"));
            QCOMPARE(v->role(), QStringLiteral("participant"));
        }
        QTRY_COMPARE(m_fac->view()->participantCount(), Voters + 1);
    }

    void wholeMeeting()
    {
        VoterClient *owner = m_voters[0].get();
        QVERIFY(!must(owner, QStringLiteral("claimCase")).contains(QLatin1String("refused")));
        QTRY_VERIFY(owner->view()->isCaseOwner());
        must(owner, QStringLiteral("setCase"), {{QStringLiteral("text"), QStringLiteral("Mevrouw B. (34) wil werken, maar haar inburgering loopt nog.")}});

        // Fase 1: first thoughts (private), clarifying questions.
        toPhase(0);
        for (int i = 0; i < Voters; ++i) {
            must(m_voters[i].get(), QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("gedachte-%1-a").arg(i)}});
            must(m_voters[i].get(), QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("gedachte-%1-b").arg(i)}});
        }
        const QJsonObject q = must(m_voters[1].get(), QStringLiteral("askQuestion"), {{QStringLiteral("text"), QStringLiteral("Spreekt ze al Nederlands?")}});
        must(owner, QStringLiteral("answerQuestion"), {{QStringLiteral("questionId"), q.value(QLatin1String("questionId"))},
                                                       {QStringLiteral("answered"), true}, {QStringLiteral("answer"), QStringLiteral("A2")}});
        QTRY_COMPARE(m_voters[5]->view()->questions()->rowCount(), 1);
        QTRY_VERIFY(m_voters[5]->view()->questions()->index(0).data(QuestionsModel::AnsweredRole).toBool());
        QCOMPARE(must(m_voters[2].get(), QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("te vroeg")}}).value(QLatin1String("refused")).toString(),
                 QStringLiteral("wrong_phase"));

        // Fase 2: a card each, then a dreamer and a critic remark on the next one's card.
        toPhase(1);
        QList<int> cards;
        for (int i = 0; i < Voters; ++i)
            cards.append(must(m_voters[i].get(), QStringLiteral("addCard"),
                              {{QStringLiteral("text"), QStringLiteral("overweging-%1").arg(i)},
                               {QStringLiteral("direction"), i % 2 ? QStringLiteral("Eerst taal") : QStringLiteral("Eerst werk")}})
                                 .value(QLatin1String("cardId")).toInt());
        for (int i = 0; i < Voters; ++i) {
            const int card = cards[(i + 1) % Voters];
            must(m_voters[i].get(), QStringLiteral("addRemark"), {{QStringLiteral("cardId"), card}, {QStringLiteral("kind"), QStringLiteral("dreamer")}, {QStringLiteral("text"), QStringLiteral("verder-%1").arg(i)}});
            must(m_voters[i].get(), QStringLiteral("addRemark"), {{QStringLiteral("cardId"), card}, {QStringLiteral("kind"), QStringLiteral("critic")}, {QStringLiteral("text"), QStringLiteral("risico-%1").arg(i)}});
        }
        for (const auto &v : m_voters)
            QTRY_COMPARE(v->view()->cards()->rowCount(), Voters);
        QCOMPARE(m_voters[3]->view()->cards()->index(0).data(CardsModel::RemarksRole).toList().size(), 2);

        // Fase 3: solutions to the facilitator only, then the dot vote.
        toPhase(2);
        for (int i = 0; i < Voters; ++i)
            must(m_voters[i].get(), QStringLiteral("submitSolution"), {{QStringLiteral("text"), QStringLiteral("oplossing-%1").arg(i)}, {QStringLiteral("arguments"), QStringLiteral("omdat")}});
        QTRY_COMPARE(m_fac->view()->solutions()->rowCount(), Voters);
        QCOMPARE(m_voters[0]->view()->solutions()->rowCount(), 0);
        must(m_fac.get(), QStringLiteral("openVote"));
        // Voter i gives 2 dots to card i % 3 and 1 to card 5; voter 0 changes its mind.
        for (int i = 0; i < Voters; ++i) {
            const QJsonObject choices{{QString::number(cards[i % 3]), 2}, {QString::number(cards[5]), 1}};
            QVERIFY(!must(m_voters[i].get(), QStringLiteral("vote"), {{QStringLiteral("ballot"), m_voters[i]->ballotToken()}, {QStringLiteral("choices"), choices}}).contains(QLatin1String("refused")));
        }
        QVERIFY(!must(m_voters[0].get(), QStringLiteral("vote"), {{QStringLiteral("ballot"), m_voters[0]->ballotToken()},
                                                                  {QStringLiteral("choices"), QJsonObject{{QString::number(cards[4]), 2}}}}).contains(QLatin1String("refused")));
        QHash<int, int> want{{cards[0], 2}, {cards[1], 4}, {cards[2], 4}, {cards[3], 0}, {cards[4], 2}, {cards[5], 5}};
        QTRY_COMPARE(m_voters[2]->view()->ballotCount(), Voters);
        QVERIFY(!m_voters[2]->view()->talliesVisible()); // hidden until revealed
        must(m_fac.get(), QStringLiteral("closeVote"));
        must(m_fac.get(), QStringLiteral("revealTallies"), {{QStringLiteral("revealed"), true}});
        for (const auto &v : m_voters) {
            QTRY_VERIFY(v->view()->talliesVisible());
            for (int row = 0; row < v->view()->cards()->rowCount(); ++row) {
                const QModelIndex idx = v->view()->cards()->index(row);
                QCOMPARE(idx.data(CardsModel::TallyRole).toInt(), want.value(idx.data(CardsModel::IdRole).toInt()));
            }
        }
        QCOMPARE(must(m_voters[1].get(), QStringLiteral("vote"), {{QStringLiteral("ballot"), m_voters[1]->ballotToken()}, {QStringLiteral("choices"), QJsonObject{{QString::number(cards[0]), 1}}}})
                         .value(QLatin1String("refused")).toString(), QStringLiteral("vote_not_open"));

        // Fase 4: each gets back their own first thoughts, and nobody else's.
        toPhase(3);
        for (int i = 0; i < Voters; ++i) {
            ThoughtsModel *mine = m_voters[i]->view()->thoughts();
            QTRY_COMPARE(mine->rowCount(), 2);
            QCOMPARE(column(mine, ThoughtsModel::TextRole), QStringLiteral("gedachte-%1-a,gedachte-%1-b").arg(i));
            must(m_voters[i].get(), QStringLiteral("addInsight"), {{QStringLiteral("question"), QStringLiteral("takeaway")}, {QStringLiteral("text"), QStringLiteral("inzicht-%1").arg(i)}, {QStringLiteral("share"), i % 2 == 0}});
        }
        QTRY_COMPARE(m_voters[1]->view()->insights()->rowCount(), 3); // only the shared ones
        QTRY_COMPARE(m_fac->view()->insights()->rowCount(), Voters);
        QCOMPARE(m_fac->view()->thoughts()->rowCount(), 0);

        // Fase 5: tips and tops, then the end.
        toPhase(4);
        must(m_voters[0].get(), QStringLiteral("addTip"), {{QStringLiteral("kind"), QStringLiteral("top")}, {QStringLiteral("text"), QStringLiteral("fijne structuur")}});
        must(m_voters[1].get(), QStringLiteral("addTip"), {{QStringLiteral("kind"), QStringLiteral("tip")}, {QStringLiteral("text"), QStringLiteral("meer tijd voor fase 2")}});
        QTRY_COMPARE(m_voters[5]->view()->tips()->rowCount(), 2);
        must(m_fac.get(), QStringLiteral("nextPhase"));
        for (const auto &v : m_voters) {
            QTRY_COMPARE(v->view()->phaseStatus(), QStringLiteral("ended"));
            QCOMPARE(v->pendingCount(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_e2e.moc"
