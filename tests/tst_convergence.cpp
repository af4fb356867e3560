// Incremental updates converge (docs/protocol.md, "Patches"): over a long
// random sequence of commands of every kind, from the facilitator, the
// participants and the wall, with reconnects and forced gaps, a C++ client
// (SessionView, as the Qt voter and the wall use it) that applies only the
// kiosk's updates from its snapshot holds exactly what a fresh snapshot would
// give it, for every audience: participants, a case owner, facilitators (one
// of them unlocked halfway) and a wall. Its models match those of a view
// built from the fresh snapshot. Seeded: FLIPOVER_SEED=<n> repeats a run.
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

// A C++ client: SessionView applies snapshots and updates; a gap (an update
// whose prev is not the seq held, or whose patch does not fit) reconnects and
// resumes, and what was not answered is sent again with the same id.
class ViewClient : public QObject
{
public:
    ViewClient(const QString &name, const QUrl &url, const QJsonObject &joinExtra, QObject *parent)
        : QObject(parent), name(name), m_url(url), m_joinExtra(joinExtra)
    {
        open();
    }

    void reconnect()
    {
        synced = false;
        open();
    }

    QString send(const QString &type, QJsonObject fields = {})
    {
        const QString id = QStringLiteral("%1-%2").arg(name).arg(++m_counter);
        fields.insert(QStringLiteral("type"), type);
        fields.insert(QStringLiteral("id"), id);
        m_order.append(id);
        m_pending.insert(id, fields);
        if (synced)
            m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
        return id;
    }

    bool idle() const { return synced && m_pending.isEmpty(); }
    // Why not idle (for a failure message): unanswered ids, a closed socket.
    QString state() const
    {
        return QStringLiteral("%1: %2 unanswered%3%4").arg(name).arg(m_pending.size())
            .arg(synced ? QString() : QStringLiteral(", not synced"), closed);
    }

    const QString name;
    SessionView view;
    QString token, participantId;
    bool synced = false;
    bool dropNextUpdate = false; // a forced gap: the next update is lost
    QString closed; // set when the kiosk closed the socket (nothing reconnects it)
    int dropped = 0, gaps = 0, snapshots = 0, updates = 0;
    QHash<QString, QJsonObject> results; // acks by id

private:
    void open()
    {
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
            closed.clear();
            m_socket->deleteLater();
        }
        m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        connect(m_socket, &QWebSocket::connected, this, [this] {
            QJsonObject join = m_joinExtra;
            join.insert(QStringLiteral("type"), QStringLiteral("join"));
            join.insert(QStringLiteral("v"), 1);
            join.insert(QStringLiteral("pin"), Pin);
            if (!token.isEmpty())
                join.insert(QStringLiteral("resume"), token);
            m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(join).toJson(QJsonDocument::Compact)));
        });
        connect(m_socket, &QWebSocket::textMessageReceived, this, &ViewClient::onText);
        connect(m_socket, &QWebSocket::disconnected, this, [this] {
            closed = QStringLiteral(", closed by the kiosk (%1 %2)").arg(int(m_socket->closeCode())).arg(m_socket->closeReason());
        });
        m_socket->open(m_url);
    }

    void onText(const QString &text)
    {
        const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = m.value(QLatin1String("type")).toString();
        const auto seq = [&m](const char *key) { return quint64(m.value(QLatin1String(key)).toInteger()); };
        if (type == QLatin1String("joined")) {
            token = m.value(QLatin1String("token")).toString();
            participantId = m.value(QLatin1String("participantId")).toString();
        } else if (type == QLatin1String("snapshot")) {
            ++snapshots;
            view.applySnapshot(seq("seq"), m.value(QLatin1String("state")).toObject());
            synced = true;
            for (const QString &id : std::as_const(m_order))
                m_socket->sendTextMessage(
                        QString::fromUtf8(QJsonDocument(m_pending.value(id)).toJson(QJsonDocument::Compact)));
        } else if (type == QLatin1String("presence") && synced) {
            view.applyPresence(m.value(QLatin1String("participants")).toInt());
        } else if (type == QLatin1String("update") && synced) {
            if (std::exchange(dropNextUpdate, false)) {
                ++dropped;
                return;
            }
            ++updates;
            const SessionView::Applied a = view.applyUpdate(seq("seq"), seq("prev"),
                                                            m.value(QLatin1String("sections")).toObject(),
                                                            m.value(QLatin1String("patch")).toObject());
            if (a == SessionView::Applied::Gap) {
                ++gaps;
                reconnect();
            }
        } else if (type == QLatin1String("ack") || type == QLatin1String("error")) {
            const QString id = m.value(QLatin1String("id")).toString();
            if (type == QLatin1String("ack"))
                results.insert(id, m.value(QLatin1String("result")).toObject());
            if (m_pending.remove(id))
                m_order.removeOne(id);
        }
    }

    QUrl m_url;
    QJsonObject m_joinExtra;
    QWebSocket *m_socket = nullptr;
    int m_counter = 0;
    QList<QString> m_order;
    QHash<QString, QJsonObject> m_pending;
};

Format convergenceFormat()
{
    Format f = testFormat();
    f.tagsLabel = QStringLiteral("Tags");
    f.tags = {Tag{QStringLiteral("a"), QStringLiteral("A")}, Tag{QStringLiteral("b"), QStringLiteral("B")}};
    f.phases[1].activities.insert(Activity::Tags);
    f.phases[2].vote.capPerCard = 2;
    // Until a vote opens, the vote section shows the current phase's settings.
    f.phases[0].vote.dots = 1;
    f.phases[1].vote.dots = 2;
    f.phases[3].vote.mode = VoteMode::Single;
    return f; // tallies hidden from participants until revealed (no live tallies)
}

// Every model row by row: a view fed by updates against one fed the snapshot.
QString modelsDiffer(const SessionView &a, const SessionView &b)
{
    const QList<std::pair<const char *, std::pair<KeyedListModel *, KeyedListModel *>>> models{
        {"cards", {a.cards(), b.cards()}},       {"questions", {a.questions(), b.questions()}},
        {"thoughts", {a.thoughts(), b.thoughts()}}, {"insights", {a.insights(), b.insights()}},
        {"tips", {a.tips(), b.tips()}},          {"solutions", {a.solutions(), b.solutions()}},
        {"phases", {a.phases(), b.phases()}}};
    for (const auto &[name, pair] : models) {
        if (pair.first->count() != pair.second->count())
            return QStringLiteral("%1: %2 rows, fresh %3").arg(QLatin1String(name)).arg(pair.first->count()).arg(pair.second->count());
        for (int i = 0; i < pair.first->count(); ++i)
            if (pair.first->get(i) != pair.second->get(i))
                return QStringLiteral("%1: row %2 differs").arg(QLatin1String(name)).arg(i);
    }
    if (a.ballotCount() != b.ballotCount() || a.talliesVisible() != b.talliesVisible() || a.maxTally() != b.maxTally()
        || a.voteStatus() != b.voteStatus() || a.participantCount() != b.participantCount()
        || a.role() != b.role() || a.phaseIndex() != b.phaseIndex())
        return QStringLiteral("properties differ");
    return {};
}

} // namespace

class tst_Convergence : public ServerFixture
{
    Q_OBJECT

    QRandomGenerator m_rng;
    quint32 m_seed = 0;
    QList<ViewClient *> m_views;
    int m_maxCard = 0, m_maxThought = 0, m_maxQuestion = 0, m_addedPhases = 0;
    int m_nextPhasesSent = 0; // this round's, not yet applied
    // The board the walk builds before it moves on from a phase that takes cards.
    static constexpr int CardsWanted = 25;

    int pick(int from, int to) { return int(m_rng.bounded(from, to + 1)); } // inclusive
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    QString text()
    {
        const int n = chance(5) ? 400 : pick(1, 24);
        QString t;
        for (int i = 0; i < n; ++i)
            t.append(QChar(u'a' + pick(0, 25)));
        return t;
    }
    int cardId() { return pick(1, m_maxCard + 1); }
    static bool collectsCards(const SessionState &s, int index)
    {
        return index >= 0 && index < s.format.phases.size() && s.format.phases.at(index).has(Activity::Considerations);
    }
    static bool collectsCardsAfter(const SessionState &s, int index)
    {
        for (int i = index + 1; i < s.format.phases.size(); ++i)
            if (collectsCards(s, i))
                return true;
        return false;
    }

    Actor actorOf(const ViewClient *v) const
    {
        return v->participantId.isEmpty() ? Actor::wallDisplay() : m_engine->actorFor(v->participantId, v->token);
    }

    // One random command, from the facilitator, a participant or the wall.
    void randomCommand(ViewClient *f, const QList<ViewClient *> &people)
    {
        ViewClient *p = people.at(pick(0, int(people.size()) - 1));
        const SessionState &s = m_engine->state();
        const auto obj = [](std::initializer_list<std::pair<QString, QJsonValue>> l) {
            QJsonObject o;
            for (const auto &[k, v] : l)
                o.insert(k, v);
            return o;
        };
        switch (pick(0, 33)) {
        case 0: case 1: case 2: p->send(QStringLiteral("addCard"), obj({{"text", text()}, {"direction", text()}})); break;
        case 3: f->send(QStringLiteral("addCard"), obj({{"text", text()}})); break;
        case 4: f->send(QStringLiteral("editCard"), obj({{"cardId", cardId()}, {"text", text()}})); break;
        case 5: f->send(QStringLiteral("editCard"), obj({{"cardId", cardId()}, {"direction", text()}})); break;
        case 6: f->send(QStringLiteral("hideCard"), obj({{"cardId", cardId()}, {"hidden", chance(60)}})); break;
        case 7: f->send(QStringLiteral("mergeCards"), obj({{"cardId", cardId()}, {"intoCardId", cardId()}})); break;
        case 8: f->send(QStringLiteral("unmergeCard"), obj({{"cardId", cardId()}})); break;
        case 9: f->send(QStringLiteral("moveCard"), obj({{"cardId", cardId()}, {"position", pick(0, qMax(0, m_maxCard - 1))}})); break;
        case 10: case 11: (chance(70) ? p : f)->send(QStringLiteral("addRemark"),
                     obj({{"cardId", cardId()}, {"kind", chance(50) ? "dreamer" : "critic"}, {"text", text()}})); break;
        case 12: (chance(70) ? p : f)->send(QStringLiteral("tagCard"),
                     obj({{"cardId", cardId()}, {"tag", chance(50) ? "a" : "b"}, {"on", chance(70)}})); break;
        case 13: p->send(QStringLiteral("askQuestion"), obj({{"text", text()}})); break;
        case 14: f->send(QStringLiteral("answerQuestion"), obj({{"questionId", pick(1, m_maxQuestion + 1)},
                     {"answered", chance(70)}, {"answer", text()}})); break;
        case 15: case 16: case 17: {
            QJsonObject choices;
            for (int i = 0, dots = pick(1, 3); i < dots; ++i) {
                const QString key = QString::number(cardId());
                choices.insert(key, choices.value(key).toInt() + 1);
            }
            // One ballot token per participant: a second vote changes the first.
            p->send(QStringLiteral("vote"), obj({{"ballot", QStringLiteral("ballot-of-") + p->name + QStringLiteral("-0123456789")},
                                                 {"choices", choices}}));
            break;
        }
        case 18: f->send(QStringLiteral("openVote")); break;
        case 19: f->send(QStringLiteral("closeVote")); break;
        case 20: f->send(QStringLiteral("revealTallies"), obj({{"revealed", chance(60)}})); break;
        case 21: p->send(QStringLiteral("addInsight"), obj({{"question", chance(50) ? "enriched" : "takeaway"},
                     {"text", text()}, {"share", chance(60)}})); break;
        case 22: p->send(QStringLiteral("addTip"), obj({{"kind", chance(50) ? "tip" : "top"}, {"text", text()}})); break;
        case 23: p->send(QStringLiteral("submitSolution"), obj({{"text", text()}, {"arguments", text()}})); break;
        case 24: p->send(QStringLiteral("addThought"), obj({{"text", text()}})); break;
        case 25: p->send(QStringLiteral("removeThought"), obj({{"thoughtId", pick(1, m_maxThought + 1)}})); break;
        case 26: (chance(50) ? p : f)->send(chance(60) ? QStringLiteral("claimCase") : QStringLiteral("releaseCase")); break;
        case 27: (chance(50) ? p : f)->send(QStringLiteral("setCase"), obj({{"text", text()}})); break;
        case 28: case 29: {
            // Phases, both ways, never past the last one (an ended meeting
            // takes nothing more). The round's commands are all sent before
            // any is applied: the nextPhase already on its way counts too.
            // Until the board holds enough cards for the test to mean
            // something, the walk heads for a phase that takes them and
            // stays there, adding a card instead of moving on.
            const bool collecting = m_maxCard < CardsWanted;
            if (collecting && m_nextPhasesSent == 0 && collectsCards(s, s.phaseIndex)) {
                p->send(QStringLiteral("addCard"), obj({{"text", text()}}));
            } else if (s.phaseIndex + m_nextPhasesSent + 1 < s.format.phases.size()
                       && (collecting ? collectsCardsAfter(s, s.phaseIndex + m_nextPhasesSent) : chance(55))) {
                ++m_nextPhasesSent;
                f->send(QStringLiteral("nextPhase"));
            } else
                f->send(QStringLiteral("previousPhase"));
            break;
        }
        case 30: f->send(QStringLiteral("setPhaseMinutes"), obj({{"index", pick(qMax(0, s.phaseIndex), int(s.format.phases.size()) - 1)},
                     {"minutes", pick(1, 240)}})); break;
        case 31:
            if (m_addedPhases < 4) {
                ++m_addedPhases;
                f->send(QStringLiteral("addPhase"), obj({{"after", qMax(0, s.phaseIndex)}, {"title", text()}, {"minutes", pick(1, 30)},
                    {"activities", QJsonArray{chance(50) ? "considerations" : "vote", "remarks"}}}));
            }
            break;
        case 32: f->send(QStringLiteral("adjustTime"), obj({{"minutes", chance(50) ? 1 : -1}})); break;
        case 33: {
            // The wall's own facilitator, straight into the engine.
            static const char *const types[] = {"addCard", "hideCard", "moveCard"};
            const QString type = QLatin1String(types[pick(0, 2)]);
            QJsonObject args = type == QLatin1String("addCard") ? obj({{"text", text()}})
                             : type == QLatin1String("hideCard") ? obj({{"cardId", cardId()}, {"hidden", chance(50)}})
                                                                  : obj({{"cardId", cardId()}, {"position", 0}});
            const Result r = m_engine->execute(Actor::localFacilitator(), type, args);
            if (r.ok && r.data.contains(QLatin1String("cardId")))
                m_maxCard = qMax(m_maxCard, r.data.value(QLatin1String("cardId")).toInt());
            break;
        }
        }
    }

    void noteResults()
    {
        for (ViewClient *v : std::as_const(m_views)) {
            for (const QJsonObject &r : std::as_const(v->results)) {
                m_maxCard = qMax(m_maxCard, r.value(QLatin1String("cardId")).toInt());
                m_maxThought = qMax(m_maxThought, r.value(QLatin1String("thoughtId")).toInt());
                m_maxQuestion = qMax(m_maxQuestion, r.value(QLatin1String("questionId")).toInt());
            }
        }
    }

    bool allIdle() const
    {
        return std::all_of(m_views.cbegin(), m_views.cend(), [](const ViewClient *v) { return v->idle(); });
    }
    QString notIdle() const
    {
        QStringList out;
        for (const ViewClient *v : std::as_const(m_views))
            if (!v->idle())
                out.append(v->state());
        return QStringLiteral("seed %1: %2").arg(m_seed).arg(out.join(QStringLiteral("; ")));
    }

    // A change every audience sees (the phase), then: does every view hold
    // exactly the fresh snapshot of its audience?
    void checkpoint(int round)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(allIdle(), qPrintable(notIdle()), 20000);
        for (ViewClient *v : std::as_const(m_views))
            v->dropNextUpdate = false; // this change must reach everyone
        const Result r = m_engine->execute(Actor::localFacilitator(), QStringLiteral("setPhaseMinutes"),
                                           {{QStringLiteral("index"), int(m_engine->state().format.phases.size()) - 1},
                                            {QStringLiteral("minutes"), 1 + round % 200}});
        QVERIFY2(r.ok, qPrintable(r.code));
        const quint64 seq = m_engine->seq();
        // Presence settles within its interval: every participant is connected now.
        const int present = int(m_views.size()) - 1; // all but the wall
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_views.cbegin(), m_views.cend(), [seq, present](const ViewClient *v) {
                                     return v->idle() && v->view.seq() == seq && v->view.participantCount() == present;
                                 }), 20000);
        QCOMPARE(m_engine->presentCount(), present);
        for (ViewClient *v : std::as_const(m_views)) {
            const QJsonObject fresh = m_engine->projection(actorOf(v));
            const QJsonObject held = v->view.state();
            for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it)
                QVERIFY2(held.value(it.key()) == it.value(),
                         qPrintable(QStringLiteral("seed %1, round %2, %3: section %4 is\n%5\nbut a fresh snapshot has\n%6")
                                        .arg(m_seed).arg(round).arg(v->name, it.key(), json(held.value(it.key())), json(it.value()))));
            QCOMPARE(held.keys(), fresh.keys());
            SessionView snapshotView;
            snapshotView.applySnapshot(seq, fresh);
            const QString differ = modelsDiffer(v->view, snapshotView);
            QVERIFY2(differ.isEmpty(), qPrintable(QStringLiteral("seed %1, %2: %3").arg(m_seed).arg(v->name, differ)));
        }
    }

private Q_SLOTS:
    void init()
    {
        setUpServer(convergenceFormat());
        // The random run sends faster than a person, and the test's clock
        // never moves, so no flood bucket ever refills: lift all three limits
        // (per socket, per participant, per address: every client here is
        // 127.0.0.1). Otherwise the 41st message of one participant is
        // answered rate_limited and its socket closed (1008), as it should be.
        m_server->setMessageRate(1e6, 1e6);
        m_server->setParticipantMessageRate(1e6, 1e6);
        m_server->setAddressMessageRate(1e6, 1e6);
        // A seed is any quint32 (over INT_MAX too): parsed unsigned.
        m_seed = qEnvironmentVariableIsSet("FLIPOVER_SEED") ? qEnvironmentVariable("FLIPOVER_SEED").toUInt()
                                                            : QRandomGenerator::global()->generate();
        m_rng.seed(m_seed);
        qInfo("seed %u (FLIPOVER_SEED=%u repeats this run)", m_seed, m_seed);
    }
    void cleanup()
    {
        qDeleteAll(m_views);
        m_views.clear();
        tearDownServer();
    }

    void patchesReachTheFreshSnapshot()
    {
        const QUrl url = m_server->serverUrl();
        const QJsonObject asFacilitator{{QStringLiteral("facilitatorPin"), FacilitatorPin}};
        auto *f = new ViewClient(QStringLiteral("facilitator"), url, asFacilitator, nullptr);
        auto *wallView = new ViewClient(QStringLiteral("wall"), url, {{QStringLiteral("role"), QStringLiteral("wall")}}, nullptr);
        QList<ViewClient *> people;
        for (int i = 1; i <= 4; ++i)
            people.append(new ViewClient(QStringLiteral("p%1").arg(i), url, {}, nullptr));
        m_views = QList<ViewClient *>{f, wallView} + people;
        QTRY_VERIFY_WITH_TIMEOUT(allIdle(), 10000);
        f->send(QStringLiteral("startMeeting"));

        const int rounds = 160;
        for (int round = 1; round <= rounds; ++round) {
            m_nextPhasesSent = 0; // the last round's are applied (allIdle)
            for (int i = 0, n = pick(1, 5); i < n; ++i)
                randomCommand(f, people);
            if (chance(8)) // a reconnect: resume, fresh snapshot
                m_views.at(pick(0, int(m_views.size()) - 1))->reconnect();
            if (chance(10)) // a lost update: the next one does not fit, the client resyncs
                m_views.at(pick(0, int(m_views.size()) - 1))->dropNextUpdate = true;
            if (round == rounds / 2) // a participant becomes facilitator: another audience
                people.last()->send(QStringLiteral("unlock"), {{QStringLiteral("facilitatorPin"), FacilitatorPin}});
            QTRY_VERIFY2_WITH_TIMEOUT(allIdle(), qPrintable(notIdle()), 20000);
            noteResults();
            if (round % 10 == 0)
                checkpoint(round);
            if (QTest::currentTestFailed())
                return;
        }
        checkpoint(rounds + 1);
        if (QTest::currentTestFailed())
            return;

        int dropped = 0, gaps = 0, updates = 0;
        for (const ViewClient *v : std::as_const(m_views)) {
            dropped += v->dropped;
            gaps += v->gaps;
            updates += v->updates;
            // A gap is only ever one that was forced: the kiosk never sends a patch that does not fit.
            QVERIFY2(v->gaps <= v->dropped, qPrintable(QStringLiteral("seed %1: %2 had %3 gaps, %4 forced")
                                                           .arg(m_seed).arg(v->name).arg(v->gaps).arg(v->dropped)));
        }
        qInfo("%d updates applied, %d dropped on purpose, %d gaps found and resynced, %d cards", updates, dropped, gaps, m_maxCard);
        QVERIFY(gaps > 0);
        QVERIFY(m_maxCard > 20);
        QCOMPARE(m_engine->roleOf(actorOf(people.last())), Role::Facilitator);
    }
};

QTEST_GUILESS_MAIN(tst_Convergence)
#include "tst_convergence.moc"
