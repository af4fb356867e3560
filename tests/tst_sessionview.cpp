// SessionView: the client projection both apps bind to. Every model runs
// under QAbstractItemModelTester; updates must be minimal row changes.
#include "sessionview.h"
#include "sessionviewdata.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace flipover;
using namespace flipover::test;


class TestSessionView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        view = std::make_unique<SessionView>();
        testers.clear();
        for (KeyedListModel *m : models(*view))
            testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                    m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    void cleanup()
    {
        testers.clear();
        view.reset();
    }

    void roleNames_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<QStringList>("roles");
        QTest::addRow("cards") << 0 << QStringList{"id", "text", "direction", "tags", "remarks", "merged", "hidden", "tally", "position", "mergedInto"};
        QTest::addRow("questions") << 1 << QStringList{"id", "text", "answered", "answer"};
        QTest::addRow("thoughts") << 2 << QStringList{"id", "text"};
        QTest::addRow("insights") << 3 << QStringList{"id", "question", "text", "shared"};
        QTest::addRow("tips") << 4 << QStringList{"id", "kind", "text"};
        QTest::addRow("solutions") << 5 << QStringList{"id", "text", "arguments"};
        QTest::addRow("phases") << 6 << QStringList{"index", "title", "minutes", "status"};
    }
    void roleNames()
    {
        QFETCH(int, model);
        QFETCH(QStringList, roles);
        const QHash<int, QByteArray> names = models(*view).at(model)->roleNames();
        QCOMPARE(names.size(), roles.size());
        for (int i = 0; i < roles.size(); ++i)
            QCOMPARE(QString::fromLatin1(names.value(Qt::UserRole + i)), roles.at(i));
        QCOMPARE(models(*view).at(model)->rowCount(models(*view).at(model)->index(0)), 0);
    }

    void snapshotFillsEverything()
    {
        view->applySnapshot(10, fullState());
        QCOMPARE(view->seq(), quint64(10));
        QVERIFY(view->hasSnapshot());
        QCOMPARE(view->sessionName(), QStringLiteral("Team Noord"));
        QCOMPARE(view->pin(), QStringLiteral("4821"));
        QCOMPARE(view->formatTitle(), QStringLiteral("Collegiale ontmoeting"));
        QCOMPARE(view->agreement(), QStringLiteral("Wat hier besproken wordt, blijft hier."));
        QCOMPARE(view->groundRulesTitle(), QStringLiteral("Spelregels"));
        QCOMPARE(view->groundRules().size(), 1);
        QCOMPARE(view->groundRules().first().toMap().value("title").toString(), QStringLiteral("Luisteren"));
        QCOMPARE(view->tagsLabel(), QStringLiteral("Factor"));
        QCOMPARE(view->tags().size(), 2);
        QCOMPARE(view->tags().at(1).toMap().value("label").toString(), QStringLiteral("IK"));
        QCOMPARE(view->probingQuestions(), QStringList{"Wat maakte het lastig?"});
        QCOMPARE(view->dreamerPrompt(), QStringLiteral("Wat als alles kon?"));
        QCOMPARE(view->criticPrompt(), QStringLiteral("Wat kan misgaan?"));
        QCOMPARE(view->insightEnrichedPrompt(), QStringLiteral("Wat verrijkte je beeld?"));
        QCOMPARE(view->insightTakeawayPrompt(), QStringLiteral("Wat neem je mee?"));
        QCOMPARE(view->tipsPrompt(), QStringLiteral("Tip"));
        QCOMPARE(view->topsPrompt(), QStringLiteral("Top"));

        QCOMPARE(view->phaseIndex(), 0);
        QCOMPARE(view->phaseCount(), 2);
        QCOMPARE(view->phaseStatus(), QStringLiteral("paused"));
        QCOMPARE(view->phaseTitle(), QStringLiteral("Casus"));
        QCOMPARE(view->phaseSteps(), (QStringList{"Vertel", "Vraag"}));
        QCOMPARE(view->phasePrompt(), QStringLiteral("Schrijf je eerste gedachten."));
        QCOMPARE(view->phaseActivities(), (QStringList{"case", "firstThoughts", "questions"}));
        QVERIFY(view->hasActivity("questions"));
        QVERIFY(!view->hasActivity("vote"));
        QCOMPARE(view->plannedMs(), 900000);
        QCOMPARE(view->remainingMs(), 600000);
        QCOMPARE(view->meetingRemainingMs(), 2400000);
        QVERIFY(!view->overtime());

        QCOMPARE(view->caseText(), QStringLiteral("Een klant met schulden"));
        QVERIFY(view->hasCaseOwner());
        QCOMPARE(view->voteStatus(), QStringLiteral("open"));
        QCOMPARE(view->voteMode(), QStringLiteral("dots"));
        QCOMPARE(view->voteDots(), 3);
        QCOMPARE(view->voteCap(), 2);
        QVERIFY(!view->liveTallies());
        QVERIFY(!view->talliesRevealed());
        QVERIFY(!view->talliesVisible());
        QCOMPARE(view->ballotCount(), 2);
        QCOMPARE(view->maxTally(), 0);
        QCOMPARE(view->participantCount(), 6);
        QCOMPARE(view->participantId(), QStringLiteral("p1"));
        QCOMPARE(view->role(), QStringLiteral("facilitator"));
        QVERIFY(view->isFacilitator());
        QVERIFY(!view->isCaseOwner());
        QVERIFY(view->hasVoted());

        CardsModel *cards = view->cards();
        QCOMPARE(cards->rowCount(), 3);
        QCOMPARE(cards->count(), 3);
        const QModelIndex third = cards->index(2);
        QCOMPARE(third.data(CardsModel::TextRole).toString(), QStringLiteral("Bezoeken"));
        QCOMPARE(third.data(CardsModel::TagsRole).toStringList(), QStringList{"het"});
        QCOMPARE(third.data(CardsModel::RemarksRole).toList().first().toMap().value("kind").toString(), QStringLiteral("critic"));
        QCOMPARE(third.data(CardsModel::MergedRole).toList().first().toMap().value("text").toString(), QStringLiteral("Langsgaan"));
        QCOMPARE(third.data(CardsModel::TallyRole).toInt(), -1);
        // Positions count shown cards only; the hidden one has none.
        QCOMPARE(value(cards, 0, "position").toInt(), 0);
        QCOMPARE(value(cards, 1, "hidden").toBool(), true);
        QCOMPARE(value(cards, 1, "position").toInt(), -1);
        QCOMPARE(value(cards, 2, "position").toInt(), 1);
        QCOMPARE(cards->indexOfKey(3), 2);

        QCOMPARE(value(view->questions(), 0, "text").toString(), QStringLiteral("Sinds wanneer?"));
        QCOMPARE(value(view->questions(), 0, "answered").toBool(), false);
        QCOMPARE(value(view->thoughts(), 0, "text").toString(), QStringLiteral("schulden"));
        QCOMPARE(value(view->insights(), 0, "question").toString(), QStringLiteral("takeaway"));
        QCOMPARE(value(view->tips(), 0, "kind").toString(), QStringLiteral("top"));
        QCOMPARE(value(view->solutions(), 0, "arguments").toString(), QStringLiteral("Persoonlijk"));
        QCOMPARE(view->phases()->rowCount(), 2);
        QCOMPARE(value(view->phases(), 0, "minutes").toInt(), 20); // 15 + 5 minutes added
        QCOMPARE(value(view->phases(), 0, "status").toString(), QStringLiteral("active"));
        QCOMPARE(value(view->phases(), 1, "title").toString(), QStringLiteral("Aanpak"));
        QCOMPARE(value(view->phases(), 1, "status").toString(), QStringLiteral("pending"));
    }

    void updateChangesOnlyWhatItHolds()
    {
        view->applySnapshot(10, fullState());
        CardsModel *cards = view->cards();
        QSignalSpy reset(cards, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(cards, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(cards, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(cards, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(cards, &QAbstractItemModel::dataChanged);
        QSignalSpy nameChanged(view.get(), &SessionView::sessionNameChanged);
        QSignalSpy caseChanged(view.get(), &SessionView::caseTextChanged);
        QSignalSpy questionsReset(view->questions(), &QAbstractItemModel::modelReset);

        // Card 3 moves to the front, card 1 is edited, card 2 goes, card 5 comes.
        const QJsonArray newCards{card(3, "Bezoeken", {{"merged", fullState()["cards"][2]["merged"]},
                                                      {"remarks", fullState()["cards"][2]["remarks"]}}),
                                  card(1, "Bellen, vandaag"), card(5, "Mailen")};
        view->applyUpdate(11, {{"cards", newCards}, {"case", QJsonObject{{"text", "Nieuw"}, {"hasOwner", true}}}});
        QCOMPARE(view->seq(), quint64(11));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 2); // card 1's text, card 3's position
        QCOMPARE(cards->rowCount(), 3);
        QCOMPARE(value(cards, 0, "id").toInt(), 3);
        QCOMPARE(value(cards, 1, "text").toString(), QStringLiteral("Bellen, vandaag"));
        QCOMPARE(value(cards, 2, "id").toInt(), 5);
        QCOMPARE(value(cards, 2, "position").toInt(), 2);
        QCOMPARE(caseChanged.size(), 1);
        QCOMPARE(view->caseText(), QStringLiteral("Nieuw"));
        // Sections not in the update keep their value.
        QCOMPARE(nameChanged.size(), 0);
        QCOMPARE(view->sessionName(), QStringLiteral("Team Noord"));
        QCOMPARE(view->questions()->rowCount(), 1);
        QCOMPARE(view->solutions()->rowCount(), 1);
        QCOMPARE(questionsReset.size(), 0);
    }

    void patchesApplyWithTheFewestRowChanges()
    {
        view->applySnapshot(10, fullState());
        CardsModel *cards = view->cards();
        QSignalSpy reset(cards, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(cards, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(cards, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(cards, &QAbstractItemModel::dataChanged);
        // Card 2 goes, card 1 is edited, card 5 comes; the tallies show, then one changes.
        const QJsonObject patch{
            {"cards", QJsonObject{{"remove", QJsonArray{2}}, {"set", QJsonArray{card(1, "Bellen, vandaag"), card(5, "Mailen")}}}},
            {"vote", QJsonObject{{"ballots", 3}, {"tallies", QJsonArray{QJsonObject{{"cardId", 1}, {"dots", 2}},
                                                                          QJsonObject{{"cardId", 3}, {"dots", 1}},
                                                                          QJsonObject{{"cardId", 5}, {"dots", 0}}}}}}};
        QCOMPARE(view->applyUpdate(11, 10, {}, patch), SessionView::Applied::Yes);
        QCOMPARE(view->seq(), quint64(11));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(cards->rowCount(), 3);
        QCOMPARE(value(cards, 0, "text").toString(), QStringLiteral("Bellen, vandaag"));
        QCOMPARE(value(cards, 2, "id").toInt(), 5);
        QCOMPARE(value(cards, 0, "tally").toInt(), 2);
        QCOMPARE(view->ballotCount(), 3);
        QVERIFY(view->talliesVisible());
        changed.clear();
        const QJsonObject tally{{"vote", QJsonObject{{"tallies", QJsonObject{{"set", QJsonArray{QJsonObject{{"cardId", 5}, {"dots", 4}}}}}}}}};
        QCOMPARE(view->applyUpdate(13, 11, {}, tally), SessionView::Applied::Yes);
        QCOMPARE(changed.size(), 1); // one card's tally
        QCOMPARE(value(cards, 2, "tally").toInt(), 4);
        QCOMPARE(view->maxTally(), 4);
        QCOMPARE(view->state().value("vote").toObject().value("ballots").toInt(), 3);

        // A stale update is ignored; one that builds on another seq, or does
        // not fit what is held, is a gap: nothing of it is applied.
        QCOMPARE(view->applyUpdate(12, 11, {}, tally), SessionView::Applied::Ignored);
        QCOMPARE(view->applyUpdate(15, 14, {{"case", QJsonObject{{"text", "x"}}}}, {}), SessionView::Applied::Gap);
        const QJsonObject misfit{{"cards", QJsonObject{{"remove", QJsonArray{42}}}}};
        QCOMPARE(view->applyUpdate(15, 13, {{"case", QJsonObject{{"text", "x"}}}}, misfit), SessionView::Applied::Gap);
        const QJsonObject badOrder{{"cards", QJsonObject{{"order", QJsonArray{5, 1}}}}};
        QCOMPARE(view->applyUpdate(15, 13, {}, badOrder), SessionView::Applied::Gap);
        QCOMPARE(view->caseText(), QStringLiteral("Een klant met schulden"));
        QCOMPARE(view->seq(), quint64(13));
        QCOMPARE(cards->rowCount(), 3);
        // The order, when given, is the new order.
        const QJsonObject move{{"cards", QJsonObject{{"order", QJsonArray{5, 3, 1}}}}};
        QCOMPARE(view->applyUpdate(16, 13, {}, move), SessionView::Applied::Yes);
        QCOMPARE(value(cards, 0, "id").toInt(), 5);
        QCOMPARE(value(cards, 2, "id").toInt(), 1);
    }

    void sameDataEmitsNothing()
    {
        view->applySnapshot(10, fullState());
        QSignalSpy name(view.get(), &SessionView::sessionNameChanged);
        QSignalSpy remaining(view.get(), &SessionView::remainingMsChanged);
        QSignalSpy rules(view.get(), &SessionView::groundRulesChanged);
        QSignalSpy cardsChanged(view->cards(), &QAbstractItemModel::dataChanged);
        QSignalSpy cardsInserted(view->cards(), &QAbstractItemModel::rowsInserted);
        view->applySnapshot(10, fullState());
        view->applyUpdate(11, fullState());
        QCOMPARE(view->seq(), quint64(11));
        QCOMPARE(name.size(), 0);
        QCOMPARE(remaining.size(), 0);
        QCOMPARE(rules.size(), 0);
        QCOMPARE(cardsChanged.size(), 0);
        QCOMPARE(cardsInserted.size(), 0);
    }

    void staleSequenceIsIgnored()
    {
        view->applyUpdate(5, {{"case", QJsonObject{{"text", "te vroeg"}}}});
        QVERIFY(view->caseText().isEmpty()); // no snapshot yet
        view->applySnapshot(10, fullState());
        view->applyUpdate(10, {{"case", QJsonObject{{"text", "dubbel"}}}});
        view->applyUpdate(9, {{"case", QJsonObject{{"text", "oud"}}}});
        QCOMPARE(view->caseText(), QStringLiteral("Een klant met schulden"));
        QCOMPARE(view->seq(), quint64(10));
        view->applyUpdate(12, {{"case", QJsonObject{{"text", "nieuw"}}}});
        QCOMPARE(view->caseText(), QStringLiteral("nieuw"));
        QCOMPARE(view->seq(), quint64(12));
    }

    void aSnapshotWinsEvenWithALowerSeq()
    {
        // A kiosk restarted after a power cut may be behind what it showed.
        view->applySnapshot(10, fullState());
        view->applyUpdate(12, {{"case", QJsonObject{{"text", "nooit opgeslagen"}}}});
        view->applySnapshot(8, fullState());
        QCOMPARE(view->caseText(), QStringLiteral("Een klant met schulden"));
        QCOMPARE(view->seq(), quint64(8));
        view->applyUpdate(9, {{"case", QJsonObject{{"text", "na de herstart"}}}});
        QCOMPARE(view->caseText(), QStringLiteral("na de herstart"));
    }

    void snapshotReplacesAll()
    {
        view->applySnapshot(10, fullState());
        QJsonObject participantState = fullState();
        participantState.remove("solutions");
        participantState.remove("mine");
        QJsonObject session = participantState["session"].toObject();
        session.remove("pin");
        participantState["session"] = session;
        view->applySnapshot(11, participantState);
        QCOMPARE(view->solutions()->rowCount(), 0);
        QCOMPARE(view->thoughts()->rowCount(), 0);
        QVERIFY(view->pin().isEmpty());
        QVERIFY(!view->isFacilitator());
        QCOMPARE(view->cards()->rowCount(), 3);
    }

    void talliesAndMaxTally()
    {
        view->applySnapshot(10, fullState());
        QSignalSpy visible(view.get(), &SessionView::talliesVisibleChanged);
        QJsonObject vote = fullState()["vote"].toObject();
        vote["revealed"] = true;
        vote["tallies"] = QJsonArray{QJsonObject{{"cardId", 1}, {"dots", 4}}, QJsonObject{{"cardId", 3}, {"dots", 7}}};
        view->applyUpdate(11, {{"vote", vote}});
        QCOMPARE(visible.size(), 1);
        QVERIFY(view->talliesVisible());
        QVERIFY(view->talliesRevealed());
        QCOMPARE(view->maxTally(), 7);
        QCOMPARE(value(view->cards(), 0, "tally").toInt(), 4);
        QCOMPARE(value(view->cards(), 1, "tally").toInt(), 0);
        QCOMPARE(value(view->cards(), 2, "tally").toInt(), 7);

        vote["tallies"] = QJsonValue::Null;
        view->applyUpdate(12, {{"vote", vote}});
        QVERIFY(!view->talliesVisible());
        QCOMPARE(view->maxTally(), 0);
        QCOMPARE(value(view->cards(), 2, "tally").toInt(), -1);
    }

    void phaseChangeUpdatesDetails()
    {
        view->applySnapshot(10, fullState());
        QSignalSpy steps(view.get(), &SessionView::phaseStepsChanged);
        view->applyUpdate(11, {{"phase", phase(1, "paused", 1800000)}});
        QCOMPARE(steps.size(), 1);
        QCOMPARE(view->phaseTitle(), QStringLiteral("Aanpak"));
        QCOMPARE(view->phaseSteps(), QStringList{"Bedenk"});
        QVERIFY(view->hasActivity("vote"));
        QCOMPARE(value(view->phases(), 0, "status").toString(), QStringLiteral("done"));
        QCOMPARE(value(view->phases(), 1, "status").toString(), QStringLiteral("active"));
        // After the end: no current phase, no details.
        QJsonObject ended = phase(1, "ended", 0);
        ended["index"] = 2;
        view->applyUpdate(12, {{"phase", ended}});
        QVERIFY(view->phaseSteps().isEmpty());
        QVERIFY(view->phaseActivities().isEmpty());
    }

    void timerTicksOnlyWhileRunning()
    {
        QJsonObject state = fullState();
        view->applySnapshot(10, state);
        QCOMPARE(view->phaseStatus(), QStringLiteral("paused"));
        QVERIFY(!view->isTicking()); // an idle wall schedules nothing

        QSignalSpy remaining(view.get(), &SessionView::remainingMsChanged);
        view->applyUpdate(11, {{"phase", phase(0, "running", 2300)}});
        QVERIFY(view->isTicking());
        QCOMPARE(view->remainingMs(), 2300);
        // The first tick comes when the displayed second changes (at 2000).
        QTRY_VERIFY(view->remainingMs() < 2000);
        // Aligned: the tick lands just past the boundary, so 2 s still show.
        QCOMPARE(qCeil(view->remainingMs() / 1000.0), 2);
        QVERIFY(view->meetingRemainingMs() < 1802000);
        QTRY_VERIFY(view->remainingMs() < 1000);
        QVERIFY(view->remainingMs() > 0);

        view->applyUpdate(12, {{"phase", phase(0, "paused", 900)}});
        QVERIFY(!view->isTicking());
        QCOMPARE(view->remainingMs(), 900);

        view->applyUpdate(13, {{"phase", phase(0, "running", 150)}});
        QVERIFY(view->isTicking());
        QTRY_VERIFY(view->overtime());
        QVERIFY(view->remainingMs() < 0);
        QVERIFY(view->isTicking()); // overtime keeps counting

        view->applyUpdate(14, {{"phase", phase(0, "notStarted", 0)}});
        QVERIFY(!view->isTicking());
        QVERIFY(!view->overtime());
    }

    void cycleFollowsTheSession()
    {
        view->applySnapshot(10, fullState());
        QCOMPARE(view->cycleMeeting(), 0); // this session's format has no cycle
        QVERIFY(view->cycleAccent().isEmpty());
        QSignalSpy cycle(view.get(), &SessionView::cycleChanged);
        QJsonObject session = fullState()["session"].toObject();
        session["cycle"] = QJsonObject{{"meeting", 2}, {"size", 5}, {"title", "Draagvlakcyclus"},
                                       {"meetingTitle", "2e bijeenkomst"}, {"accent", "De IK factor"}};
        view->applyUpdate(11, {{"session", session}});
        QCOMPARE(cycle.size(), 1);
        QCOMPARE(view->cycleMeeting(), 2);
        QCOMPARE(view->cycleSize(), 5);
        QCOMPARE(view->cycleTitle(), QStringLiteral("Draagvlakcyclus"));
        QCOMPARE(view->cycleMeetingTitle(), QStringLiteral("2e bijeenkomst"));
        QCOMPARE(view->cycleAccent(), QStringLiteral("De IK factor"));
        view->applyUpdate(12, {{"session", session}});
        QCOMPARE(cycle.size(), 1); // the same cycle again: no signal
        session["cycle"] = QJsonValue::Null;
        view->applyUpdate(13, {{"session", session}});
        QCOMPARE(cycle.size(), 2);
        QCOMPARE(view->cycleMeeting(), 0);
        QCOMPARE(view->cycleSize(), 0);
        QVERIFY(view->cycleTitle().isEmpty() && view->cycleMeetingTitle().isEmpty());
    }

    void clearForgetsEverything()
    {
        view->applySnapshot(10, fullState());
        view->applyUpdate(11, {{"phase", phase(0, "running", 60000)}});
        view->clear();
        QVERIFY(!view->hasSnapshot());
        QCOMPARE(view->seq(), quint64(0));
        QVERIFY(!view->isTicking());
        QVERIFY(view->sessionName().isEmpty());
        QVERIFY(view->participantId().isEmpty());
        QCOMPARE(view->phaseStatus(), QStringLiteral("notStarted"));
        for (KeyedListModel *m : models(*view))
            QCOMPARE(m->rowCount(), 0);
        view->applySnapshot(0, fullState()); // a fresh session may start at seq 0
        QVERIFY(view->hasSnapshot());
    }

    // Random reorders, inserts, removes and edits end in the wanted rows,
    // with the model tester checking every step.
    void keyedDiffMatchesRandomLists()
    {
        QRandomGenerator rng(42);
        QuestionsModel *model = view->questions();
        for (int round = 0; round < 300; ++round) {
            QJsonArray wanted;
            QList<int> ids;
            for (int id = 1; id <= 12; ++id)
                if (rng.bounded(3) != 0)
                    ids.append(id);
            std::shuffle(ids.begin(), ids.end(), rng);
            for (int id : std::as_const(ids))
                wanted.append(QJsonObject{{"id", id}, {"text", QString::number(id * 10 + rng.bounded(2))},
                                          {"answered", rng.bounded(2) == 1}, {"answer", ""}});
            model->setQuestions(wanted);
            QCOMPARE(model->rowCount(), int(wanted.size()));
            for (int i = 0; i < wanted.size(); ++i) {
                const QJsonObject q = wanted.at(i).toObject();
                QCOMPARE(value(model, i, "id").toInt(), q["id"].toInt());
                QCOMPARE(value(model, i, "text").toString(), q["text"].toString());
                QCOMPARE(value(model, i, "answered").toBool(), q["answered"].toBool());
            }
        }
    }

private:
    std::unique_ptr<SessionView> view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

QTEST_GUILESS_MAIN(TestSessionView)
#include "tst_sessionview.moc"
