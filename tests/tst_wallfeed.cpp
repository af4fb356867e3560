// One feed for the wall: the wall's SessionView (KioskController's, fed by
// the room's WallChannel from the engine's changes through SectionFeed, the
// walk the network's fan-out uses, one step a frame) ends in exactly the state of a wall that joined over the network,
// after a long random sequence of commands of every kind from the
// facilitator (the wall's own and a tablet's), participants and undo; and the
// wall's own feed writes and reads no wire text (protocol's counters); a
// headless kiosk feeds no view until asked to.
// Seeded: FLIPOVER_SEED=<n> repeats a run.
#include "kioskcontroller.h"
#include "protocol.h"
#include "rawws.h"
#include "serverfixture.h"
#include "sessionview.h"

#include <QRandomGenerator>
#include <QWebSocket>

using namespace flipover;
using namespace flipover::test;

namespace {

QString json(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), v}}).toJson(QJsonDocument::Compact));
}

// A wall display over the network: joins with role "wall" and applies what
// the kiosk sends to its SessionView, as the C++ clients do.
class NetworkWall : public QObject
{
public:
    explicit NetworkWall(const QUrl &url)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            m_socket.sendTextMessage(QString::fromUtf8(protocol::command(
                    QStringLiteral("join"), QStringLiteral("j1"),
                    {{QStringLiteral("v"), 1}, {QStringLiteral("pin"), Pin}, {QStringLiteral("role"), QStringLiteral("wall")}})));
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            QString error;
            const std::optional<QJsonObject> m = protocol::decodeServer(text.toUtf8(), &error);
            if (!m) {
                problem = error;
                return;
            }
            const QString type = m->value(QLatin1String("type")).toString();
            const auto seq = [&m](const char *key) { return quint64(m->value(QLatin1String(key)).toInteger()); };
            if (type == QLatin1String("snapshot")) {
                view.applySnapshot(seq("seq"), m->value(QLatin1String("state")).toObject());
            } else if (type == QLatin1String("presence")) {
                view.applyPresence(m->value(QLatin1String("participants")).toInt());
            } else if (type == QLatin1String("update")) {
                if (view.applyUpdate(seq("seq"), seq("prev"), m->value(QLatin1String("sections")).toObject(),
                                     m->value(QLatin1String("patch")).toObject())
                    != SessionView::Applied::Yes)
                    problem = QStringLiteral("an update did not apply: ") + text;
            }
        });
        m_socket.open(url);
    }
    SessionView view;
    QString problem;

private:
    QWebSocket m_socket;
};

Format wallFormat()
{
    Format f = testFormat();
    f.tagsLabel = QStringLiteral("Tags");
    f.tags = {Tag{QStringLiteral("a"), QStringLiteral("A")}, Tag{QStringLiteral("b"), QStringLiteral("B")}};
    f.phases[1].activities.insert(Activity::Tags);
    f.phases[1].activities.insert(Activity::Vote);
    f.phases[2].vote.capPerCard = 2;
    f.phases[1].vote.dots = 2;
    f.phases[1].vote.liveTallies = true; // the wall sees tallies in one vote, not in the other
    return f;
}

// Every model row by row, and the properties the wall draws.
QString viewsDiffer(const SessionView &a, const SessionView &b)
{
    const QList<std::pair<const char *, std::pair<KeyedListModel *, KeyedListModel *>>> models{
        {"cards", {a.cards(), b.cards()}},          {"questions", {a.questions(), b.questions()}},
        {"insights", {a.insights(), b.insights()}}, {"tips", {a.tips(), b.tips()}},
        {"solutions", {a.solutions(), b.solutions()}}, {"phases", {a.phases(), b.phases()}}};
    for (const auto &[name, pair] : models) {
        if (pair.first->count() != pair.second->count())
            return QStringLiteral("%1: %2 rows, the other %3").arg(QLatin1String(name)).arg(pair.first->count()).arg(pair.second->count());
        for (int i = 0; i < pair.first->count(); ++i)
            if (pair.first->get(i) != pair.second->get(i))
                return QStringLiteral("%1: row %2 differs").arg(QLatin1String(name)).arg(i);
    }
    if (a.ballotCount() != b.ballotCount() || a.talliesVisible() != b.talliesVisible() || a.maxTally() != b.maxTally()
        || a.voteStatus() != b.voteStatus() || a.ranking() != b.ranking() || a.ballotRules() != b.ballotRules()
        || a.phaseIndex() != b.phaseIndex() || a.phaseStatus() != b.phaseStatus() || a.remainingMs() != b.remainingMs()
        || a.caseText() != b.caseText() || a.hasCaseOwner() != b.hasCaseOwner() || a.pin() != b.pin()
        || a.participantCount() != b.participantCount())
        return QStringLiteral("properties differ");
    return {};
}

} // namespace

class tst_WallFeed : public ServerFixture
{
    Q_OBJECT

    QRandomGenerator m_rng;
    quint32 m_seed = 0;
    std::unique_ptr<WallChannel> m_channel;
    std::unique_ptr<KioskController> m_wall;
    QList<Actor> m_people;
    int m_maxCard = 0;

    int pick(int from, int to) { return int(m_rng.bounded(from, to + 1)); } // inclusive
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    QString text()
    {
        QString t;
        for (int i = 0, n = pick(1, 16); i < n; ++i)
            t.append(QChar(u'a' + pick(0, 25)));
        return t;
    }
    int cardId() { return pick(1, m_maxCard + 1); }

    // One random command: the wall's keys, a facilitator tablet or a participant.
    void randomCommand()
    {
        const Actor p = m_people.at(pick(0, int(m_people.size()) - 1));
        const Actor f = m_people.first(); // unlocked as facilitator in init()
        const SessionState &s = m_engine->state();
        const auto run = [this](const Actor &a, const char *type, const QJsonObject &args = {}) {
            const Result r = m_engine->execute(a, QLatin1String(type), args);
            if (r.ok)
                m_maxCard = qMax(m_maxCard, r.data.value(QLatin1String("cardId")).toInt());
        };
        switch (pick(0, 21)) {
        case 0: case 1: run(p, "addCard", {{"text", text()}, {"direction", text()}}); break;
        case 2: m_wall->addCard(text()); m_maxCard = qMax(m_maxCard, int(s.cards.size())); break;
        case 3: m_wall->editCard(cardId(), text(), text()); break;
        case 4: m_wall->hideCard(cardId(), chance(60)); break;
        case 5: run(f, "mergeCards", {{"cardId", cardId()}, {"intoCardId", cardId()}}); break;
        case 6: m_wall->unmergeCard(cardId()); break;
        case 7: m_wall->moveCardBy(cardId(), chance(50) ? 1 : -1); break;
        case 8: run(chance(50) ? p : f, "addRemark", {{"cardId", cardId()}, {"kind", chance(50) ? "dreamer" : "critic"}, {"text", text()}}); break;
        case 9: run(p, "tagCard", {{"cardId", cardId()}, {"tag", chance(50) ? "a" : "b"}, {"on", chance(70)}}); break;
        case 10: run(p, "askQuestion", {{"text", text()}}); break;
        case 11: m_wall->answerQuestion(pick(1, 8), chance(70), text()); break;
        case 12: case 13: {
            QJsonObject choices;
            for (int i = 0, dots = pick(1, 2); i < dots; ++i)
                choices.insert(QString::number(cardId()), 1);
            run(p, "vote", {{"ballot", QStringLiteral("ballot-%1-0123456789").arg(p.participantId)}, {"choices", choices}});
            break;
        }
        case 14: chance(60) ? m_wall->openVote() : m_wall->closeVote(); break;
        case 15: m_wall->revealTallies(chance(60)); break;
        case 16: run(p, chance(50) ? "addInsight" : "addTip",
                     {{"question", chance(50) ? "enriched" : "takeaway"}, {"kind", chance(50) ? "tip" : "top"},
                      {"text", text()}, {"share", chance(60)}}); break;
        case 17: run(p, "submitSolution", {{"text", text()}, {"arguments", text()}}); break;
        case 18: run(p, chance(60) ? "claimCase" : "releaseCase"); break;
        case 19: m_wall->setCase(text()); break;
        case 20:
            if (s.phaseIndex + 1 < s.format.phases.size() && chance(55))
                m_wall->nextPhase();
            else
                m_wall->previousPhase();
            break;
        case 21: chance(70) ? m_wall->undo() : m_wall->adjustTime(chance(50) ? 1 : -1); break;
        }
    }

    // The wall's view against a fresh projection of the wall's sections, with
    // the facilitator's undo (without the card's text) on top.
    void compareWithFresh(const SessionView &wall, const QString &when)
    {
        QJsonObject fresh = m_engine->projection(Actor::wallDisplay());
        QJsonValue undo = m_engine->section(Section::Undo, Actor::localFacilitator());
        if (undo.isObject()) {
            QJsonObject u = undo.toObject();
            u.remove(QStringLiteral("text"));
            undo = u;
        }
        fresh.insert(QStringLiteral("undo"), undo);
        const QJsonObject held = wall.state();
        for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it)
            QVERIFY2(held.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("seed %1, %2: the wall's %3 is\n%4\nbut a fresh projection has\n%5")
                                    .arg(m_seed).arg(when, it.key(), json(held.value(it.key())), json(it.value()))));
        QCOMPARE(held.keys(), fresh.keys());
        QCOMPARE(wall.seq(), m_engine->seq());
    }

private Q_SLOTS:
    void init()
    {
        setUpServer(wallFormat());
        m_seed = qEnvironmentVariableIsSet("FLIPOVER_SEED") ? qEnvironmentVariable("FLIPOVER_SEED").toUInt()
                                                            : QRandomGenerator::global()->generate();
        m_rng.seed(m_seed);
        qInfo("seed %u (FLIPOVER_SEED=%u repeats this run)", m_seed, m_seed);
        m_channel = std::make_unique<WallChannel>(m_engine.get());
        m_wall = std::make_unique<KioskController>(m_channel.get());
        m_people.clear();
        m_maxCard = 0;
        for (int i = 0; i < 4; ++i) {
            const Result r = m_engine->join(Pin, QString(), i == 0 ? FacilitatorPin : QString());
            QVERIFY2(r.ok, qPrintable(r.code));
            m_people.append(m_engine->actorFor(r.data.value(QLatin1String("participantId")).toString(),
                                               r.data.value(QLatin1String("token")).toString()));
        }
        QCOMPARE(m_engine->roleOf(m_people.first()), Role::Facilitator);
        QVERIFY(m_wall->startMeeting());
    }
    void cleanup()
    {
        m_wall.reset();
        m_channel.reset();
        tearDownServer();
    }

    // The wall's own view and a network wall end in the same state.
    void wallMatchesANetworkWall()
    {
        NetworkWall net(m_server->serverUrl());
        QTRY_VERIFY_WITH_TIMEOUT(net.view.hasSnapshot(), 10000);
        int applied = 0;
        connect(m_wall->view(), &SessionView::seqChanged, this, [&applied] { ++applied; });
        const int rounds = 60;
        for (int round = 1; round <= rounds; ++round) {
            for (int i = 0, n = pick(1, 8); i < n; ++i)
                randomCommand();
            if (round % 10 && round != rounds)
                continue;
            // A change every wall sees (the plan), then both hold it.
            QVERIFY(m_wall->setPhaseMinutes(int(m_engine->state().format.phases.size()) - 1, 1 + round));
            const quint64 seq = m_engine->seq();
            QTRY_COMPARE_WITH_TIMEOUT(net.view.seq(), seq, 10000);
            QVERIFY2(net.problem.isEmpty(), qPrintable(net.problem));
            compareWithFresh(*m_wall->view(), QStringLiteral("round %1").arg(round));
            QJsonObject wallState = m_wall->view()->state();
            wallState.remove(QStringLiteral("undo")); // the wall's keys are the facilitator's; a network wall has none
            QCOMPARE(wallState.keys(), net.view.state().keys());
            for (auto it = wallState.constBegin(); it != wallState.constEnd(); ++it)
                QVERIFY2(it.value() == net.view.state().value(it.key()),
                         qPrintable(QStringLiteral("seed %1, round %2: section %3 differs").arg(m_seed).arg(round).arg(it.key())));
            const QString differ = viewsDiffer(*m_wall->view(), net.view);
            QVERIFY2(differ.isEmpty(), qPrintable(QStringLiteral("seed %1, round %2: %3").arg(m_seed).arg(round).arg(differ)));
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d updates applied to the wall, %d cards", applied, m_maxCard);
        QVERIFY(applied > rounds);
        QVERIFY(m_maxCard > 10);
    }

    // The wall's feed writes no message as text and reads none back: with no
    // client connected, the codec's counters stand still while the wall's view
    // follows every change. (A wall that joins over the network moves them.)
    void wallFeedHasNoTextRoundTrip()
    {
        const quint64 encoded = protocol::textEncodedCount();
        const quint64 decoded = protocol::textDecodedCount();
        const quint64 before = m_wall->view()->seq();
        for (int i = 0; i < 200; ++i)
            randomCommand();
        QVERIFY(m_wall->setPhaseMinutes(int(m_engine->state().format.phases.size()) - 1, 7));
        QCOMPARE(protocol::textEncodedCount(), encoded);
        QCOMPARE(protocol::textDecodedCount(), decoded);
        QVERIFY(m_wall->view()->seq() > before);
        compareWithFresh(*m_wall->view(), QStringLiteral("after 200 commands"));

        NetworkWall net(m_server->serverUrl());
        QTRY_VERIFY_WITH_TIMEOUT(net.view.hasSnapshot(), 10000);
        QVERIFY(protocol::textEncodedCount() > encoded);
        QVERIFY(protocol::textDecodedCount() > decoded);
    }

    // A change reaches the tablets before the wall's thread is woken to draw
    // it (WallChannel::onChanged): when the wall's step leaves, the tablet's
    // update is already in its socket (or read).
    void tabletsHearAChangeBeforeTheWall()
    {
        // As in the room, the first change after a quiet interval leaves
        // after one more pass of the loop (KioskServer::gather); 1 ms here,
        // so that the join's own fan-out no longer holds it back.
        m_server->setFanoutInterval(1);
        RawWsClient tablet;
        tablet.open(QHostAddress(QHostAddress::LocalHost), quint16(m_server->serverUrl().port()));
        QVERIFY(tablet.waitOpen());
        tablet.join(Pin);
        QTRY_VERIFY_WITH_TIMEOUT(!tablet.ofType(QStringLiteral("snapshot")).isEmpty(), 10000);
        QTRY_COMPARE(tablet.unreadBytes(), 0);
        QElapsedTimer quiet;
        quiet.start();
        QTRY_VERIFY(quiet.elapsed() > 2);
        const qsizetype updates = tablet.ofType(QStringLiteral("update")).size();
        // At the step: the update is in the tablet's socket, or already read.
        std::optional<bool> tabletFirst;
        connect(m_channel.get(), &WallChannel::step, &tablet, [&] {
            if (!tabletFirst)
                tabletFirst = tablet.unreadBytes() > 0 || tablet.ofType(QStringLiteral("update")).size() > updates;
        });
        QVERIFY(m_engine->execute(m_people.first(), QStringLiteral("adjustTime"), {{QStringLiteral("minutes"), 1}}).ok);
        QTRY_VERIFY(tabletFirst.has_value());
        QVERIFY2(*tabletFirst, "the wall's step left before the tablet's update");
        QTRY_COMPARE(tablet.ofType(QStringLiteral("update")).size(), updates + 1);
    }

    // A kiosk with --no-gui feeds no view; turned on, the view takes the
    // meeting as it is and follows it from there.
    void headlessFeedsNoView()
    {
        m_wall->setFeedsView(false);
        const quint64 held = m_wall->view()->seq();
        for (int i = 0; i < 40; ++i)
            randomCommand();
        QVERIFY(m_wall->addCard(QStringLiteral("nobody sees this yet")));
        QCOMPARE(m_wall->view()->seq(), held);
        m_wall->setFeedsView(true);
        compareWithFresh(*m_wall->view(), QStringLiteral("fed again"));
        for (int i = 0; i < 40; ++i)
            randomCommand();
        QVERIFY(m_wall->setPhaseMinutes(int(m_engine->state().format.phases.size()) - 1, 9));
        compareWithFresh(*m_wall->view(), QStringLiteral("40 commands later"));
    }
};

QTEST_GUILESS_MAIN(tst_WallFeed)
#include "tst_wallfeed.moc"
