// The kiosk's disk, copied at any moment, as evidence (issue 16). Meetings
// run through the real kiosk process and the data folder (every file) is
// copied over and over; each copy is read the way an attacker would, without
// SQLite (forensicreader.h says what counts as a link). Two meetings:
//  - aCopyAtAnyMomentLinksNothing: participants write first thoughts, then
//    vote in a known, shuffled order, some change their ballot, everyone
//    re-votes in bursts, and the kiosk is killed with SIGKILL in the middle of
//    one. Copies right after each ack, over and over while a burst is in
//    flight (as a backup beside the running kiosk takes them), and after the
//    kill; then every acknowledged ballot must be there after a restart.
//  - joinsBesideWordsAndBallotsLinkNothing: people keep joining while others
//    write (thoughts, questions, cards, remarks, solutions, insights, tips)
//    and vote, and one who wrote leaves. The kiosk is stopped (SIGSTOP, every
//    thread) for each copy, so each is the disk at one instant, as a kill -9
//    or a power cut leaves it.
#include "forensicreader.h"
#include "format.h"
#include "kioskprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <thread>

#include <signal.h>

using flipover::test::KioskProcess;
using flipover::test::WsTestClient;
namespace fx = flipover::test::forensic;

namespace {

const QString Pin = QStringLiteral("246810");
const QString FacilitatorPin = QStringLiteral("8642");
constexpr int Voters = 12;
constexpr int Cards = 6;

// Whether every thread of the process has stopped (SIGSTOP is asynchronous).
bool allStopped(qint64 pid)
{
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    const QStringList ids = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : ids) {
        QFile stat(tasks + QLatin1Char('/') + id + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // a thread that ended
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const char state = close > 0 && close + 2 < line.size() ? line.at(close + 2) : '?';
        if (state != 'T' && state != 't')
            return false;
    }
    return !ids.isEmpty();
}

} // namespace

class tst_Forensic : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KioskProcess> m_kiosk;
    std::vector<std::unique_ptr<WsTestClient>> m_clients;
    WsTestClient *m_fac = nullptr;
    QList<WsTestClient *> m_voters;
    fx::Secrets m_secrets;
    QList<int> m_cards;
    QList<fx::Copy> m_copies;
    QStringList m_copyNames;
    QSet<QByteArray> m_copyHashes;
    QString m_data;
    int m_acked = 0; // distinct voters with an acknowledged ballot

    QString dataDir() const { return m_data; }

    bool startKiosk(const QString &name, QStringList *args)
    {
        m_data = m_dir.filePath(name);
        const QString formatPath = m_dir.filePath(QStringLiteral("format.json"));
        QFile f(formatPath);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QJsonDocument(flipover::test::testFormat().toJson()).toJson());
        f.close();
        *args = {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), m_data,
                 QStringLiteral("--pin"), Pin, QStringLiteral("--facilitator-pin"), FacilitatorPin,
                 QStringLiteral("--format"), formatPath, QStringLiteral("--no-beacon")};
        m_kiosk = std::make_unique<KioskProcess>();
        QString error;
        if (!m_kiosk->start(*args, &error))
            qWarning("%s", qPrintable(error));
        return m_kiosk->process().state() == QProcess::Running;
    }
    WsTestClient *connectClient()
    {
        m_clients.push_back(std::make_unique<WsTestClient>());
        WsTestClient *c = m_clients.back().get();
        c->open(m_kiosk->localUrl());
        return c->waitConnected() ? c : nullptr;
    }
    WsTestClient *join(const QJsonObject &extra = {})
    {
        WsTestClient *c = connectClient();
        if (!c || !c->joinAndWait(Pin, extra))
            return nullptr;
        learn(c);
        return c;
    }
    void learn(const WsTestClient *c)
    {
        m_secrets.participantIds << c->participantId;
        m_secrets.resumeTokens << c->token;
    }
    bool ack(WsTestClient *c, const QString &type, const QJsonObject &fields = {}, QJsonObject *result = nullptr)
    {
        const auto a = c->waitAnswer(c->command(type, fields));
        if (!a || a->value(QLatin1String("type")).toString() != QLatin1String("ack")) {
            qWarning("%s: %s", qPrintable(type), a ? QJsonDocument(*a).toJson(QJsonDocument::Compact).constData() : "no answer");
            return false;
        }
        if (result)
            *result = a->value(QLatin1String("result")).toObject();
        return true;
    }
    QJsonObject vote(QRandomGenerator &rng, int voter) const
    {
        QJsonObject choices;
        choices.insert(QString::number(m_cards[int(rng.bounded(m_cards.size()))]), 1 + int(rng.bounded(2)));
        return {{QStringLiteral("ballot"), QStringLiteral("ballot-of-voter-%1-").arg(voter) + QString::number(voter * 7919, 16).rightJustified(12, QLatin1Char('x'))},
                {QStringLiteral("choices"), choices}};
    }
    // A copy as it lies now (as a backup beside the running kiosk takes it).
    void keep(const QString &name) { store(fx::copyDir(dataDir()), name); }
    // A copy of one instant: the kiosk stopped, every thread, while it is taken.
    bool freeze(const QString &name)
    {
        const qint64 pid = m_kiosk->process().processId();
        if (pid <= 0 || ::kill(pid_t(pid), SIGSTOP) != 0)
            return false;
        QElapsedTimer waited;
        waited.start();
        while (!allStopped(pid) && waited.elapsed() < 5000)
            std::this_thread::yield();
        const bool stopped = allStopped(pid);
        fx::Copy copy = fx::copyDir(dataDir());
        ::kill(pid_t(pid), SIGCONT);
        if (stopped)
            store(std::move(copy), name);
        return stopped;
    }
    void store(fx::Copy copy, const QString &name)
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (auto it = copy.cbegin(); it != copy.cend(); ++it)
            h.addData(it.key().toUtf8() + '\0' + it.value());
        if (!m_copyHashes.contains(h.result())) { // a copy like one before tells nothing new
            m_copyHashes.insert(h.result());
            m_copies.append(std::move(copy));
            m_copyNames.append(name);
        }
    }

    struct Verdict {
        int links = 0, withLog = 0, withParticipants = 0, withWritten = 0, withStale = 0, maxBallots = 0, maxThoughts = 0;
    };
    // Reads every copy kept; says what was found, once per kind of finding.
    Verdict judge()
    {
        Verdict v;
        const fx::Reader reader(m_secrets);
        QHash<QString, int> kinds; // what was found, by its sentence without numbers and ids
        static const QRegularExpression specifics(QStringLiteral("[0-9a-f]{16,}|\\d+|: thought\\|.*"));
        for (qsizetype i = 0; i < m_copies.size(); ++i) {
            fx::Seen seen;
            const QStringList found = reader.examine(m_copies[i], &seen);
            v.withLog += seen.transactions > 0;
            v.withParticipants += seen.participantsInLog;
            v.withWritten += seen.writtenInLog;
            v.withStale += seen.staleCopies > 0;
            v.maxBallots = qMax(v.maxBallots, seen.ballotKeys);
            v.maxThoughts = qMax(v.maxThoughts, seen.thoughts);
            for (const QString &why : found) {
                QString kind = why;
                kind.replace(specifics, QStringLiteral("#"));
                if (!kinds.contains(kind))
                    qWarning("copy \"%s\": %s", qPrintable(m_copyNames[i]), qPrintable(why));
                ++kinds[kind];
            }
            v.links += !found.isEmpty();
        }
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            qInfo("%d times: %s", it.value(), qPrintable(it.key()));
        qInfo("%d distinct copies of the data folder examined (%d with transactions in the log: %d with participant "
              "changes, %d with ballots or written items; %d with stale copies of live rows), %d give a link",
              int(m_copies.size()), v.withLog, v.withParticipants, v.withWritten, v.withStale, v.links);
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        m_clients.clear();
        m_voters.clear();
        m_secrets = {};
        m_cards.clear();
        m_copies.clear();
        m_copyNames.clear();
        m_copyHashes.clear();
    }

    void aCopyAtAnyMomentLinksNothing()
    {
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        QStringList args;
        QVERIFY(startKiosk(QStringLiteral("votes"), &args));
        m_fac = join({{QStringLiteral("facilitatorPin"), FacilitatorPin}});
        QVERIFY(m_fac);
        for (int v = 0; v < Voters; ++v) {
            WsTestClient *c = join();
            QVERIFY(c);
            m_voters << c;
        }
        QVERIFY(ack(m_fac, QStringLiteral("startMeeting")));
        for (int v = 0; v < Voters; ++v) {
            m_secrets.texts << QStringLiteral("eerste gedachte %1 van deelnemer %2").arg(rng.generate()).arg(v);
            QVERIFY(ack(m_voters[v], QStringLiteral("addThought"), {{QStringLiteral("text"), m_secrets.texts.last()}}));
            keep(QStringLiteral("after thought %1").arg(v));
        }
        QVERIFY(ack(m_fac, QStringLiteral("nextPhase")));
        for (int i = 0; i < Cards; ++i) {
            QJsonObject r;
            QVERIFY(ack(m_fac, QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("kaart %1").arg(i)}}, &r));
            m_cards << r.value(QLatin1String("cardId")).toInt();
        }
        QVERIFY(ack(m_fac, QStringLiteral("nextPhase")));
        QVERIFY(ack(m_fac, QStringLiteral("openVote")));

        // One at a time, in a shuffled order; a copy after every ack.
        QList<int> order;
        for (int v = 0; v < Voters; ++v)
            order << v;
        std::shuffle(order.begin(), order.end(), rng);
        for (int v : std::as_const(order)) {
            QVERIFY(ack(m_voters[v], QStringLiteral("vote"), vote(rng, v)));
            keep(QStringLiteral("after the ack of voter %1's ballot").arg(v));
        }
        for (int i = 0; i < 4; ++i) { // some change their ballot
            QVERIFY(ack(m_voters[order[i]], QStringLiteral("vote"), vote(rng, order[i])));
            keep(QStringLiteral("after voter %1 changed their ballot").arg(order[i]));
        }
        m_acked = Voters;

        // Bursts: everyone re-votes at once; copies while they are in flight.
        for (int burst = 0; burst < 2; ++burst) {
            QList<QPair<WsTestClient *, QString>> sent;
            for (int v : std::as_const(order))
                sent.append({m_voters[v], m_voters[v]->command(QStringLiteral("vote"), vote(rng, v))});
            for (int i = 0; i < 200; ++i) {
                keep(QStringLiteral("burst %1, copy %2").arg(burst + 1).arg(i + 1));
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                const bool all = std::all_of(sent.cbegin(), sent.cend(), [](const auto &s) { return s.first->answerFor(s.second).has_value(); });
                if (all)
                    break;
            }
            for (const auto &[client, id] : std::as_const(sent)) {
                const auto a = client->waitAnswer(id);
                QVERIFY(a && a->value(QLatin1String("type")).toString() == QLatin1String("ack"));
            }
            keep(QStringLiteral("after burst %1").arg(burst + 1));
        }

        // A burst, and SIGKILL as soon as the first ack is back.
        QList<QPair<WsTestClient *, QString>> sent;
        for (int v : std::as_const(order))
            sent.append({m_voters[v], m_voters[v]->command(QStringLiteral("vote"), vote(rng, v))});
        QVERIFY(QTest::qWaitFor([&] {
            return std::any_of(sent.cbegin(), sent.cend(), [](const auto &s) { return s.first->answerFor(s.second).has_value(); });
        }, 10000));
        m_kiosk->kill();
        keep(QStringLiteral("after kill -9 mid-burst"));

        const Verdict v = judge();
        // The reading works: the attacker does find every ballot and thought.
        QCOMPARE(v.maxBallots, Voters);
        QVERIFY(v.maxThoughts >= Voters);
        QVERIFY2(v.links == 0, qPrintable(QStringLiteral("%1 of %2 copies link a ballot or thought to a participant or to the order of casting")
                                              .arg(v.links).arg(m_copies.size())));

        // Nothing acknowledged was lost: every voter's ballot is there.
        m_clients.clear();
        m_kiosk = std::make_unique<KioskProcess>();
        QString error;
        QVERIFY2(m_kiosk->start(args, &error), qPrintable(error));
        WsTestClient *f = join({{QStringLiteral("facilitatorPin"), FacilitatorPin}});
        QVERIFY(f);
        QCOMPARE(f->state.value(QLatin1String("vote")).toObject().value(QLatin1String("ballots")).toInt(), m_acked);
        QCOMPARE(m_kiosk->terminate(), 0);
    }

    // Joins are not sealed (they wait in the log for the next sealed commit);
    // what someone writes or casts is. A copy must never show a join and a
    // written item or ballot in one log, in either order, nor a participant's
    // row beside a written one in a page.
    void joinsBesideWordsAndBallotsLinkNothing()
    {
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        QStringList args;
        QVERIFY(startKiosk(QStringLiteral("joins"), &args));
        m_fac = join({{QStringLiteral("facilitatorPin"), FacilitatorPin}});
        QVERIFY(m_fac);
        QList<WsTestClient *> writers;
        for (int i = 0; i < 3; ++i) {
            writers << join();
            QVERIFY(writers.last());
        }
        QVERIFY(ack(m_fac, QStringLiteral("startMeeting")));
        int said = 0;
        auto words = [&](const char *what) {
            m_secrets.texts << QStringLiteral("%1 %2 nummer %3").arg(QLatin1String(what)).arg(rng.generate()).arg(++said);
            return m_secrets.texts.last();
        };
        // What each writer sends in the phase at hand (index: the writer).
        using Command = std::function<QPair<QString, QJsonObject>(int)>;
        const QList<QList<Command>> phases = {
            {[&](int) { return qMakePair(QStringLiteral("addThought"), QJsonObject{{QStringLiteral("text"), words("gedachte")}}); },
             [&](int) { return qMakePair(QStringLiteral("askQuestion"), QJsonObject{{QStringLiteral("text"), words("vraag")}}); }},
            {[&](int) { return qMakePair(QStringLiteral("addCard"), QJsonObject{{QStringLiteral("text"), words("kaart")}}); },
             [&](int) {
                 return qMakePair(QStringLiteral("addRemark"),
                                  QJsonObject{{QStringLiteral("cardId"), m_cards.isEmpty() ? 1 : m_cards.last()},
                                              {QStringLiteral("kind"), QStringLiteral("critic")},
                                              {QStringLiteral("text"), words("opmerking")}});
             }},
            {[&](int w) { return qMakePair(QStringLiteral("vote"), vote(rng, w)); },
             [&](int) { return qMakePair(QStringLiteral("submitSolution"), QJsonObject{{QStringLiteral("text"), words("oplossing")}}); }},
            {[&](int) {
                 return qMakePair(QStringLiteral("addInsight"), QJsonObject{{QStringLiteral("question"), QStringLiteral("takeaway")},
                                                                            {QStringLiteral("text"), words("inzicht")},
                                                                            {QStringLiteral("share"), false}});
             },
             [&](int) {
                 return qMakePair(QStringLiteral("addTip"),
                                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("tip")}, {QStringLiteral("text"), words("tip")}});
             }},
        };
        int joined = 0;
        for (qsizetype phase = 0; phase < phases.size(); ++phase) {
            if (phase > 0)
                QVERIFY(ack(m_fac, QStringLiteral("nextPhase")));
            if (phase == 1) { // a card to remark on from the start
                QJsonObject r;
                QVERIFY(ack(m_fac, QStringLiteral("addCard"), {{QStringLiteral("text"), words("kaart")}}, &r));
                m_cards << r.value(QLatin1String("cardId")).toInt();
            }
            if (phase == 2)
                QVERIFY(ack(m_fac, QStringLiteral("openVote")));
            for (int round = 0; round < 3; ++round) {
                // Two newcomers, connected; the joins go with the writers' commands.
                QList<WsTestClient *> newcomers{connectClient(), connectClient()};
                QVERIFY(newcomers[0] && newcomers[1]);
                freeze(QStringLiteral("phase %1, round %2, before").arg(phase).arg(round));
                QList<QPair<WsTestClient *, QString>> sent;
                for (qsizetype w = 0; w < writers.size(); ++w) {
                    if (w == 1)
                        newcomers[0]->join(Pin);
                    // The first writer always writes first thoughts (the leave below takes them).
                    const int pick = phase == 0 && w == 0 ? 0 : int(rng.bounded(2));
                    const auto [type, fields] = phases[phase][pick](int(w));
                    sent.append({writers[w], writers[w]->command(type, fields)});
                }
                newcomers[1]->join(Pin);
                const auto done = [&] {
                    return std::all_of(newcomers.cbegin(), newcomers.cend(), [](const WsTestClient *c) { return c->snapshotSeq >= 0; })
                        && std::all_of(sent.cbegin(), sent.cend(), [](const auto &s) { return s.first->answerFor(s.second).has_value(); });
                };
                for (int i = 0; i < 300 && !done(); ++i) {
                    QVERIFY(freeze(QStringLiteral("phase %1, round %2, copy %3").arg(phase).arg(round).arg(i + 1)));
                    (void)QTest::qWaitFor(done, int(rng.bounded(3))); // a moment later, at random
                }
                QVERIFY(QTest::qWaitFor(done, 10000));
                for (const auto &[client, id] : std::as_const(sent)) {
                    const QJsonObject a = *client->answerFor(id);
                    QVERIFY2(a.value(QLatin1String("type")).toString() == QLatin1String("ack"),
                             QJsonDocument(a).toJson(QJsonDocument::Compact).constData());
                    if (const int card = a.value(QLatin1String("result")).toObject().value(QLatin1String("cardId")).toInt())
                        m_cards << card;
                }
                for (WsTestClient *c : std::as_const(newcomers)) {
                    learn(c);
                    writers << c;
                    ++joined;
                }
                // The joins now wait in the log for the next sealed commit.
                freeze(QStringLiteral("phase %1, round %2, after").arg(phase).arg(round));
            }
        }
        // One who wrote first thoughts leaves (they go with them), beside a join.
        WsTestClient *newcomer = connectClient();
        QVERIFY(newcomer);
        const QString leave = writers[0]->command(QStringLiteral("leave"));
        newcomer->join(Pin);
        for (int i = 0; i < 100 && !(writers[0]->answerFor(leave) && newcomer->snapshotSeq >= 0); ++i)
            QVERIFY(freeze(QStringLiteral("leave, copy %1").arg(i + 1)));
        QVERIFY(writers[0]->waitAnswer(leave).has_value());
        QVERIFY(freeze(QStringLiteral("after the leave")));
        QCOMPARE(joined, 24);

        const Verdict v = judge();
        QVERIFY(v.withParticipants > 0); // the reading sees joins in the log
        QVERIFY(v.maxThoughts > 0);
        QVERIFY2(v.links == 0, qPrintable(QStringLiteral("%1 of %2 copies tie a written item or ballot to a participant "
                                                         "or give the order of writing")
                                              .arg(v.links).arg(m_copies.size())));
        QCOMPARE(m_kiosk->terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Forensic)
#include "tst_forensic.moc"
