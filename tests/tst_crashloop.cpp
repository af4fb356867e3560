// Crash loop (issue 5, item 10): a scripted meeting with 20 voters and a
// facilitator runs against the real kiosk process, which is killed with
// SIGKILL at random points and restarted on the same data dir (on a new port).
// After each restart every client resumes with its token, the resumed
// snapshot must hold every acknowledged item, the phase must be the
// acknowledged one and its timer must have run on through the downtime. Then
// the clients re-send every command they had no answer for, with the same id,
// and nothing may count twice: the counts equal exactly what was sent.
//
// FLIPOVER_CRASHLOOP_ITERATIONS (default 20) is the number of kills;
// FLIPOVER_CRASHLOOP_SEED replays a run (the seed is printed at the start).
// When a meeting's script is done the harness starts a new meeting in a fresh
// data dir, so any number of iterations keeps killing a meeting in progress.
#include "format.h"
#include "kioskprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <memory>

using flipover::test::KioskProcess;
using flipover::test::WsTestClient;

namespace {

const QString Pin = QStringLiteral("246813");
const QString FacilitatorPin = QStringLiteral("8642");
constexpr int Voters = 20;
constexpr int Facilitator = Voters; // actor index of the facilitator
constexpr qint64 TimerToleranceMs = 750;
constexpr int WaitMs = 20000;

int iterationsFromEnv()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("FLIPOVER_CRASHLOOP_ITERATIONS", &ok);
    return ok && n > 0 ? n : 20;
}

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
int num(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInt(); }

// One command as a client sent it, and its answer once one came.
struct Sent {
    QString type;
    QJsonObject fields;
    QString id;
    std::optional<QJsonObject> answer;
    bool acked() const { return answer && str(*answer, "type") == QLatin1String("ack"); }
    QJsonObject result() const { return answer ? answer->value(QLatin1String("result")).toObject() : QJsonObject(); }
};

// A tablet (or the facilitator's tablet) across kiosk restarts.
struct Actor {
    QString token;
    QString participantId;
    QString ballot; // the random ballot token this tablet keeps
    QList<Sent> sent;
    int counter = 0;
    std::unique_ptr<WsTestClient> client;
};

// A script step: a command built when it is sent (so it can use results
// acknowledged earlier), or a barrier that waits for every answer first.
struct Step {
    int actor = -1; // -1: barrier
    std::function<QPair<QString, QJsonObject>()> build;
};

// The last phase section the facilitator saw, and when it arrived.
struct TimerRef {
    bool valid = false;
    int index = -2;
    QString status;
    qint64 remainingMs = 0;
    QElapsedTimer since;
};

} // namespace

class tst_CrashLoop : public QObject
{
    Q_OBJECT

private:
    QRandomGenerator m_rng;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_args;
    std::unique_ptr<KioskProcess> m_kiosk;
    std::vector<Actor> m_actors;
    QList<Step> m_script;
    qsizetype m_next = 0; // next script step
    TimerRef m_timer;
    QList<qint64> m_plannedMs;
    int m_meeting = 0;

    QString actorName(int i) const { return i == Facilitator ? QStringLiteral("facilitator") : QStringLiteral("voter %1").arg(i); }

    // Collects answers that arrived on the current connections.
    void harvest()
    {
        for (Actor &a : m_actors) {
            if (!a.client)
                continue;
            for (Sent &s : a.sent) {
                if (!s.answer)
                    s.answer = a.client->answerFor(s.id);
            }
        }
    }
    int unanswered()
    {
        harvest();
        int n = 0;
        for (const Actor &a : m_actors)
            for (const Sent &s : a.sent)
                n += !s.answer;
        return n;
    }
    // Every sent command of the meeting must have been acknowledged.
    bool allAcked(QString *why)
    {
        harvest();
        for (qsizetype i = 0; i < qsizetype(m_actors.size()); ++i) {
            for (const Sent &s : m_actors[i].sent) {
                if (s.answer && !s.acked()) {
                    *why = QStringLiteral("%1 %2 (%3) was refused: %4")
                               .arg(actorName(int(i)), s.type, s.id, QString::fromUtf8(QJsonDocument(*s.answer).toJson(QJsonDocument::Compact)));
                    return false;
                }
            }
        }
        return true;
    }
    bool waitAllAnswered() { return QTest::qWaitFor([this] { return unanswered() == 0; }, WaitMs); }

    void trackTimer(WsTestClient *c)
    {
        connect(&c->socket(), &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            QJsonObject phase;
            if (str(o, "type") == QLatin1String("snapshot"))
                phase = o.value(QLatin1String("state")).toObject().value(QLatin1String("phase")).toObject();
            else if (str(o, "type") == QLatin1String("update"))
                phase = o.value(QLatin1String("sections")).toObject().value(QLatin1String("phase")).toObject();
            if (phase.isEmpty())
                return;
            m_timer.valid = true;
            m_timer.index = num(phase, "index");
            m_timer.status = str(phase, "status");
            m_timer.remainingMs = qint64(phase.value(QLatin1String("remainingMs")).toDouble());
            m_timer.since.start();
        });
    }

    bool startKiosk(QString *error)
    {
        m_kiosk = std::make_unique<KioskProcess>();
        return m_kiosk->start(m_args, error);
    }

    // Connects every actor (resuming when it has a token) and waits for all
    // snapshots; joins go out in parallel.
    bool connectAll(QString *error)
    {
        for (qsizetype i = 0; i < qsizetype(m_actors.size()); ++i) {
            Actor &a = m_actors[i];
            a.client = std::make_unique<WsTestClient>();
            if (i == Facilitator)
                trackTimer(a.client.get());
            a.client->open(m_kiosk->localUrl());
        }
        if (!QTest::qWaitFor([this] {
                return std::all_of(m_actors.begin(), m_actors.end(), [](const Actor &a) { return a.client->connected || a.client->disconnected; });
            }, WaitMs)) {
            *error = QStringLiteral("not every client connected");
            return false;
        }
        for (qsizetype i = 0; i < qsizetype(m_actors.size()); ++i) {
            Actor &a = m_actors[i];
            QJsonObject extra;
            if (!a.token.isEmpty())
                extra.insert(QStringLiteral("resume"), a.token);
            else if (i == Facilitator)
                extra.insert(QStringLiteral("facilitatorPin"), FacilitatorPin);
            a.client->join(Pin, extra);
        }
        if (!QTest::qWaitFor([this] {
                return std::all_of(m_actors.begin(), m_actors.end(), [](const Actor &a) {
                    return a.client->snapshotSeq >= 0 || a.client->count(QStringLiteral("error")) > 0 || a.client->disconnected;
                });
            }, WaitMs)) {
            *error = QStringLiteral("not every client got its snapshot");
            return false;
        }
        for (qsizetype i = 0; i < qsizetype(m_actors.size()); ++i) {
            Actor &a = m_actors[i];
            if (a.client->snapshotSeq < 0) {
                *error = QStringLiteral("%1 could not (re)join: %2").arg(actorName(int(i)), a.client->lastError());
                return false;
            }
            if (a.token.isEmpty()) {
                a.token = a.client->token;
                a.participantId = a.client->participantId;
            } else if (a.client->participantId != a.participantId) {
                *error = QStringLiteral("%1 resumed as %2, not %3").arg(actorName(int(i)), a.client->participantId, a.participantId);
                return false;
            }
        }
        if (m_actors[Facilitator].client->role != QLatin1String("facilitator")) {
            *error = QStringLiteral("the facilitator resumed as %1").arg(m_actors[Facilitator].client->role);
            return false;
        }
        return true;
    }

    void send(int actor, const QString &type, const QJsonObject &fields)
    {
        Actor &a = m_actors[actor];
        const QString id = QStringLiteral("m%1a%2-%3").arg(m_meeting).arg(actor).arg(++a.counter);
        a.client->command(type, fields, id);
        a.sent.append({type, fields, id, std::nullopt});
    }

    // Acknowledged results of one command type over all actors, in send order per actor.
    QList<QPair<int, const Sent *>> acked(const QString &type) const
    {
        QList<QPair<int, const Sent *>> out;
        for (qsizetype i = 0; i < qsizetype(m_actors.size()); ++i)
            for (const Sent &s : m_actors[i].sent)
                if (s.type == type && s.acked())
                    out.append({int(i), &s});
        return out;
    }
    int sentCount(const QString &type) const
    {
        int n = 0;
        for (const Actor &a : m_actors)
            for (const Sent &s : a.sent)
                n += s.type == type;
        return n;
    }
    QList<int> ackedCardIds() const
    {
        QList<int> ids;
        for (const auto &[actor, s] : acked(QStringLiteral("addCard")))
            ids << num(s->result(), "cardId");
        return ids;
    }
    // The phase index the acknowledged commands put the meeting in, and how
    // far the unanswered ones could move it.
    int phaseFromCommands(bool includeUnanswered) const
    {
        int index = -1;
        for (const Sent &s : m_actors[Facilitator].sent) {
            if (!s.acked() && !(includeUnanswered && !s.answer))
                continue;
            if (s.type == QLatin1String("startMeeting"))
                index = 0;
            else if (s.type == QLatin1String("nextPhase"))
                ++index;
            else if (s.type == QLatin1String("endMeeting"))
                index = int(m_plannedMs.size());
        }
        return index;
    }

    void buildScript()
    {
        m_script.clear();
        m_next = 0;
        auto step = [this](int actor, const QString &type, std::function<QJsonObject()> fields) {
            m_script.append(Step{actor, [type, fields] { return qMakePair(type, fields()); }});
        };
        auto barrier = [this] { m_script.append(Step{-1, {}}); };
        auto fixed = [](const QJsonObject &o) { return [o] { return o; }; };
        const QString m = QString::number(m_meeting);

        step(Facilitator, QStringLiteral("startMeeting"), fixed({}));
        barrier();
        for (int round = 0; round < 2; ++round)
            for (int v = 0; v < Voters; ++v)
                step(v, QStringLiteral("addThought"), fixed({{QStringLiteral("text"), QStringLiteral("gedachte %1-%2-%3").arg(m).arg(v).arg(round)}}));
        for (int v = 0; v < Voters; v += 2)
            step(v, QStringLiteral("askQuestion"), fixed({{QStringLiteral("text"), QStringLiteral("vraag %1-%2").arg(m).arg(v)}}));
        barrier();
        step(Facilitator, QStringLiteral("nextPhase"), fixed({}));
        barrier();
        for (int v = 0; v < Voters; ++v)
            step(v, QStringLiteral("addCard"), fixed({{QStringLiteral("text"), QStringLiteral("kaart %1-%2").arg(m).arg(v)},
                                                      {QStringLiteral("direction"), QStringLiteral("richting %1").arg(v % 3)}}));
        barrier();
        for (int v = 0; v < Voters; ++v) {
            step(v, QStringLiteral("addRemark"), [this, v, m] {
                const QList<int> cards = ackedCardIds();
                return QJsonObject{{QStringLiteral("cardId"), cards.value((v + 1) % cards.size())},
                                   {QStringLiteral("kind"), v % 2 ? QStringLiteral("critic") : QStringLiteral("dreamer")},
                                   {QStringLiteral("text"), QStringLiteral("opmerking %1-%2").arg(m).arg(v)}};
            });
        }
        barrier();
        step(Facilitator, QStringLiteral("nextPhase"), fixed({}));
        barrier();
        step(Facilitator, QStringLiteral("openVote"), fixed({}));
        barrier();
        auto ballot = [this](int v, int variant) {
            return [this, v, variant] {
                const QList<int> cards = ackedCardIds();
                QJsonObject choices;
                choices.insert(QString::number(cards.value((v * 3 + variant) % cards.size())), 2);
                choices.insert(QString::number(cards.value((v * 7 + 5 + variant) % cards.size())), 1);
                return QJsonObject{{QStringLiteral("ballot"), m_actors[v].ballot}, {QStringLiteral("choices"), choices}};
            };
        };
        for (int v = 0; v < Voters; ++v)
            step(v, QStringLiteral("vote"), ballot(v, 0));
        barrier();
        for (int v = 0; v < Voters; v += 3) // some change their mind
            step(v, QStringLiteral("vote"), ballot(v, 1));
        barrier();
        step(Facilitator, QStringLiteral("closeVote"), fixed({}));
        barrier();
        step(Facilitator, QStringLiteral("nextPhase"), fixed({}));
        barrier();
        for (int v = 0; v < Voters; ++v)
            step(v, QStringLiteral("addTip"), fixed({{QStringLiteral("kind"), v % 2 ? QStringLiteral("tip") : QStringLiteral("top")},
                                                     {QStringLiteral("text"), QStringLiteral("tip %1-%2").arg(m).arg(v)}}));
        barrier();
        step(Facilitator, QStringLiteral("endMeeting"), fixed({}));
        barrier();
    }

    // A new meeting in a fresh data dir: new participants, new script.
    bool newMeeting(QString *error)
    {
        if (m_kiosk)
            m_kiosk->terminate();
        m_actors.clear();
        m_actors.resize(Voters + 1);
        ++m_meeting;
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            *error = QStringLiteral("no temporary dir");
            return false;
        }
        const QString formatPath = m_dir->filePath(QStringLiteral("format.json"));
        QFile f(formatPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(flipover::test::testFormat().toJson()).toJson()) <= 0) {
            *error = QStringLiteral("cannot write the format");
            return false;
        }
        f.close();
        m_plannedMs.clear();
        for (const flipover::Phase &p : flipover::test::testFormat().phases)
            m_plannedMs << qint64(p.minutes) * 60000;
        m_args = QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data")),
                             QStringLiteral("--pin"), Pin, QStringLiteral("--facilitator-pin"), FacilitatorPin,
                             QStringLiteral("--format"), formatPath};
        for (int v = 0; v < Voters; ++v) {
            QString b = QStringLiteral("ballot-");
            for (int i = 0; i < 24; ++i)
                b += QLatin1Char("abcdefghijklmnopqrstuvwxyz0123456789"[m_rng.bounded(36)]);
            m_actors[v].ballot = b;
        }
        m_timer = TimerRef();
        buildScript();
        return startKiosk(error) && connectAll(error);
    }

    // Sends up to n script steps; stops early at the end of the script.
    bool advance(int n, QString *error)
    {
        while (n > 0 && m_next < m_script.size()) {
            const Step &s = m_script[m_next];
            if (s.actor < 0) {
                if (!waitAllAnswered()) {
                    *error = QStringLiteral("commands unanswered at a barrier");
                    return false;
                }
                if (!allAcked(error))
                    return false;
            } else {
                const auto [type, fields] = s.build();
                send(s.actor, type, fields);
                --n;
            }
            ++m_next;
        }
        return true;
    }

    // What a resumed snapshot must show, before anything is re-sent.
    void checkResumed(qint64 downMs)
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
    QString exactMismatch()
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
    void checkExact()
    {
        QString mismatch;
        (void)QTest::qWaitFor([&] { mismatch = exactMismatch(); return mismatch.isEmpty(); }, 10000);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set (run through ctest)");
    }

    void killAndResumeAtRandomPoints()
    {
        bool seedSet = false;
        quint32 seed = quint32(qEnvironmentVariable("FLIPOVER_CRASHLOOP_SEED").toUInt(&seedSet));
        if (!seedSet)
            seed = QRandomGenerator::global()->generate();
        m_rng.seed(seed);
        const int iterations = iterationsFromEnv();
        qInfo("crash loop: %d iterations, FLIPOVER_CRASHLOOP_SEED=%u", iterations, seed);

        QString error;
        QVERIFY2(newMeeting(&error), qPrintable(error));
        QElapsedTimer total;
        total.start();
        for (int it = 0; it < iterations; ++it) {
            if (m_next >= m_script.size()) {
                // The meeting is over: check it whole, then begin another.
                QVERIFY(waitAllAnswered());
                checkExact();
                if (QTest::currentTestFailed())
                    return;
                QVERIFY2(newMeeting(&error), qPrintable(error));
            }
            // Run a random stretch of the script, then kill once a random
            // number of the commands in flight have been answered.
            QVERIFY2(advance(1 + int(m_rng.bounded(30)), &error), qPrintable(error));
            const int inFlight = unanswered();
            const int waitFor = inFlight - int(m_rng.bounded(inFlight + 1));
            (void)QTest::qWaitFor([&] { return unanswered() <= inFlight - waitFor; }, WaitMs);
            for (Actor &a : m_actors)
                a.client->socket().flush();
            m_kiosk->kill();
            QElapsedTimer down;
            down.start();
            // Answers already on the wire are read before the sockets close.
            for (Actor &a : m_actors)
                (void)a.client->waitDisconnected(5000);
            const int lost = unanswered();

            QVERIFY2(startKiosk(&error), qPrintable(error));
            QVERIFY2(connectAll(&error), qPrintable(error));
            const qint64 downMs = down.elapsed();
            checkResumed(downMs);
            if (QTest::currentTestFailed()) {
                qWarning("failed at iteration %d; replay with FLIPOVER_CRASHLOOP_SEED=%u", it, seed);
                return;
            }

            // Re-send everything without an answer, with the same id.
            for (Actor &a : m_actors)
                for (const Sent &s : a.sent)
                    if (!s.answer) {
                        QJsonObject fields = s.fields;
                        a.client->command(s.type, fields, s.id);
                    }
            QVERIFY2(waitAllAnswered(), "re-sent commands were not all answered");
            checkExact();
            if (QTest::currentTestFailed()) {
                qWarning("failed at iteration %d; replay with FLIPOVER_CRASHLOOP_SEED=%u", it, seed);
                return;
            }
            qInfo("iteration %d: meeting %d, step %lld of %lld, %d unanswered at the kill, down %lld ms",
                  it + 1, m_meeting, qlonglong(m_next), qlonglong(m_script.size()), lost, qlonglong(downMs));
        }
        QCOMPARE(m_kiosk->terminate(), 0);
        qInfo("crash loop: %d iterations in %lld ms", iterations, qlonglong(total.elapsed()));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // QtTest's watchdog ends a test function after 5 minutes; a long loop
    // (FLIPOVER_CRASHLOOP_ITERATIONS=1000) needs more.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(qMax(300000LL, qlonglong(iterationsFromEnv()) * 30000)));
    tst_CrashLoop tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_crashloop.moc"
