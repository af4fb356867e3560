// The kiosk's disk, copied at any moment, as evidence (issue 16). A meeting
// runs through the real kiosk process: participants write first thoughts,
// then vote in a known, shuffled order, some change their ballot, everyone
// re-votes in bursts, and the kiosk is killed with SIGKILL in the middle of
// one. The data folder (every file) is copied right after each ack, over and
// over while a burst is in flight, and after the kill. Each copy is read the
// way an attacker would, without SQLite (sqlitepages.h): the database file's
// pages and every frame of the -wal (valid or stale) replayed transaction by
// transaction, the cells of every leaf page with where they lie, the bytes no
// live cell holds (freeblocks, gaps, free pages). The test fails if:
//  - a ballot lies beside, or in the same log transaction as, a change to a
//    participant record, or its record holds a participant's id or resume key;
//  - more than one log transaction brings ballots the file did not have (the
//    log would tell which ballots were cast before which: one in-flight
//    commit is the documented limit);
//  - ballot cells lie in a page otherwise than in key order (where SQLite
//    places a cell follows the order rows were written);
//  - a first thought's record names a participant, or comes in the same log
//    transaction as a change to one;
//  - unallocated space holds a ballot, a thought or a participant id;
//  - after the kill, an acknowledged ballot is missing when the kiosk restarts.
#include "format.h"
#include "kioskprocess.h"
#include "sqlitepages.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using flipover::test::KioskProcess;
using flipover::test::WsTestClient;
namespace sq = flipover::test::sqlite;

namespace {

const QString Pin = QStringLiteral("246810");
const QString FacilitatorPin = QStringLiteral("8642");
constexpr int Voters = 12;
constexpr int Cards = 6;

using Copy = QHash<QString, QByteArray>; // file name -> bytes

Copy copyDir(const QString &dir)
{
    Copy out;
    // The database first, its log after: what a copy running beside the
    // kiosk gets (a log copied later is newer, never older, than the file).
    QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (const QString &name : std::as_const(names)) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.insert(name, f.readAll());
    }
    return out;
}

QString text(const QVariant &v) { return v.typeId() == QMetaType::QString ? v.toString() : QString::fromUtf8(v.toByteArray()); }

// What a cell is, to the attacker: a ballot (a 64-hex key and choices), a
// participant or a thought record (its kind), or something else.
struct Classified {
    QString ballot;      // key + data, when a ballot
    QString ballotKey;
    QString participant; // id + data, when a participant record
    QString participantId;
    QString thought;     // data, when a thought record
};

Classified classify(const sq::Cell &c)
{
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    Classified out;
    QStringList values;
    for (const QVariant &v : c.values)
        values << text(v);
    const QString joined = values.join(QLatin1Char('|'));
    if (joined.contains(QLatin1String("\"choices\""))) {
        for (const QString &v : std::as_const(values))
            if (hex64.match(v).hasMatch()) {
                out.ballotKey = v;
                break;
            }
        out.ballot = joined;
    } else if (!values.isEmpty() && values.first() == QLatin1String("participant") && values.size() >= 3) {
        out.participantId = values.at(1);
        out.participant = joined;
    } else if (!values.isEmpty() && values.first() == QLatin1String("thought")) {
        out.thought = joined;
    }
    return out;
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
    QStringList m_participantIds, m_resumeTokens, m_thoughts;
    QList<int> m_cards;
    QList<Copy> m_copies;
    QStringList m_copyNames;
    int m_acked = 0; // distinct voters with an acknowledged ballot

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    WsTestClient *join(const QJsonObject &extra = {}, const QString &resume = {})
    {
        m_clients.push_back(std::make_unique<WsTestClient>());
        WsTestClient *c = m_clients.back().get();
        c->open(m_kiosk->localUrl());
        QJsonObject fields = extra;
        if (!resume.isEmpty())
            fields.insert(QStringLiteral("resume"), resume);
        if (!c->waitConnected() || !c->joinAndWait(Pin, fields))
            return nullptr;
        return c;
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
        choices.insert(QString::number(m_cards[int(rng.bounded(Cards))]), 1 + int(rng.bounded(2)));
        return {{QStringLiteral("ballot"), QStringLiteral("ballot-of-voter-%1-").arg(voter) + QString::number(voter * 7919, 16).rightJustified(12, QLatin1Char('x'))},
                {QStringLiteral("choices"), choices}};
    }
    void keep(const QString &name)
    {
        m_copies.append(copyDir(dataDir()));
        m_copyNames.append(name);
    }

    // One copy, read as evidence; the first reason it gives a link, or empty.
    struct Seen {
        int ballotKeys = 0;    // distinct ballot keys the copy shows
        int thoughts = 0;      // distinct thought records
        int transactions = 0;  // in its log
    };
    QStringList examine(const Copy &copy, Seen *seen) const
    {
        QStringList reasons;
        const QByteArray db = copy.value(QStringLiteral("flipover.sqlite"));
        const QByteArray wal = copy.value(QStringLiteral("flipover.sqlite-wal"));
        const int pageSize = sq::pageSizeOf(db, wal);
        if (pageSize < 512)
            return {QStringLiteral("no database in the copy")};
        const QList<sq::Page> filePages = sq::databasePages(db, pageSize);
        const QList<sq::Transaction> log = sq::logTransactions(wal, pageSize);

        QSet<QString> ballotsSeen, participantsSeen, thoughtsSeen;
        QSet<QString> participantKeys; // the 64-hex values participant records hold (resume keys)
        auto scanPage = [&](const sq::Page &page, QSet<QString> *newBallots, QSet<QString> *changedParticipants,
                            QSet<QString> *newThoughts) -> QString {
            QString first; // the first thing this page gives away; the page is read to the end
            auto note = [&first](const QString &why) { if (first.isEmpty()) first = why; };
            QList<QPair<int, QString>> ballotCells; // offset, key
            for (const sq::Cell &cell : sq::cells(page)) {
                const Classified c = classify(cell);
                if (!c.ballot.isEmpty()) {
                    ballotCells.append({cell.offset, c.ballotKey});
                    for (const QString &id : m_participantIds)
                        if (c.ballot.contains(id))
                            note(QStringLiteral("ballot %1 holds participant id %2").arg(c.ballotKey, id));
                    for (const QString &token : m_resumeTokens)
                        if (c.ballot.contains(token))
                            note(QStringLiteral("ballot %1 holds a resume token").arg(c.ballotKey));
                    if (!ballotsSeen.contains(c.ballot) && newBallots)
                        newBallots->insert(c.ballot);
                    ballotsSeen.insert(c.ballot);
                } else if (!c.participant.isEmpty()) {
                    if (!participantsSeen.contains(c.participant) && changedParticipants) {
                        changedParticipants->insert(c.participantId);
                        if (qEnvironmentVariableIsSet("FORENSIC_DEBUG"))
                            qInfo("page %u: new participant version %s", page.number, qPrintable(c.participant));
                    }
                    participantsSeen.insert(c.participant);
                    static const QRegularExpression hex64(QStringLiteral("[0-9a-f]{64}"));
                    for (auto m = hex64.globalMatch(c.participant); m.hasNext();)
                        participantKeys.insert(m.next().captured());
                } else if (!c.thought.isEmpty()) {
                    for (const QString &id : m_participantIds)
                        if (c.thought.contains(id))
                            note(QStringLiteral("a first thought names participant %1: %2").arg(id, c.thought));
                    if (!thoughtsSeen.contains(c.thought) && newThoughts)
                        newThoughts->insert(c.thought);
                    thoughtsSeen.insert(c.thought);
                }
            }
            // Where SQLite put each ballot cell must follow the keys alone.
            if (ballotCells.size() >= 3 && sq::isLeaf(page)) {
                std::sort(ballotCells.begin(), ballotCells.end());
                bool ascending = true, descending = true;
                for (qsizetype i = 1; i < ballotCells.size(); ++i) {
                    ascending = ascending && ballotCells[i - 1].second < ballotCells[i].second;
                    descending = descending && ballotCells[i - 1].second > ballotCells[i].second;
                }
                if (!ascending && !descending)
                    note(QStringLiteral("page %1: %2 ballot cells lie out of key order (in the order they were written)")
                        .arg(page.number).arg(ballotCells.size()));
            }
            const QByteArray loose = sq::unallocated(page);
            if (loose.contains("\"choices\""))
                note(QStringLiteral("page %1: a ballot lies in unallocated space").arg(page.number));
            for (const QString &id : m_participantIds)
                if (loose.contains(id.toUtf8()))
                    note(QStringLiteral("page %1: participant %2 lies in unallocated space").arg(page.number).arg(id));
            for (const QString &t : m_thoughts)
                if (loose.contains(t.toUtf8()))
                    note(QStringLiteral("page %1: a first thought lies in unallocated space").arg(page.number));
            return first;
        };

        for (const sq::Page &page : filePages)
            if (const QString why = scanPage(page, nullptr, nullptr, nullptr); !why.isEmpty())
                reasons << QStringLiteral("database file: ") + why;
        int bringingBallots = 0;
        for (qsizetype t = 0; t < log.size(); ++t) {
            QSet<QString> newBallots, changedParticipants, newThoughts;
            for (const sq::Page &page : log[t].pages)
                if (const QString why = scanPage(page, &newBallots, &changedParticipants, &newThoughts); !why.isEmpty())
                    reasons << QStringLiteral("log transaction %1: ").arg(t + 1) + why;
            if (!newBallots.isEmpty() && !changedParticipants.isEmpty())
                reasons << QStringLiteral("log transaction %1 changes %2 ballot(s) and participant %3: replaying the log ties them")
                    .arg(t + 1).arg(newBallots.size()).arg(QStringList(changedParticipants.values()).join(QLatin1Char(',')));
            if (!newThoughts.isEmpty() && !changedParticipants.isEmpty())
                reasons << QStringLiteral("log transaction %1 adds a first thought and changes participant %2")
                    .arg(t + 1).arg(QStringList(changedParticipants.values()).join(QLatin1Char(',')));
            if (!newBallots.isEmpty())
                ++bringingBallots;
        }
        // A ballot that holds what its voter's participant record holds.
        for (const QString &b : std::as_const(ballotsSeen))
            for (const QString &k : std::as_const(participantKeys))
                if (b.contains(k))
                    reasons << QStringLiteral("a ballot holds a participant's resume key");
        QSet<QString> keys;
        for (const QString &b : std::as_const(ballotsSeen))
            for (const QString &k : b.split(QLatin1Char('|')))
                if (k.size() == 64)
                    keys.insert(k);
        *seen = {int(keys.size()), int(thoughtsSeen.size()), int(log.size())};
        if (bringingBallots > 1)
            reasons << QStringLiteral("%1 log transactions each bring ballots: replaying the log gives the order of casting")
                .arg(bringingBallots);
        return reasons;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
    }

    void aCopyAtAnyMomentLinksNothing()
    {
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        const QString formatPath = m_dir.filePath(QStringLiteral("format.json"));
        {
            QFile f(formatPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(flipover::test::testFormat().toJson()).toJson());
        }
        const QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), dataDir(),
                               QStringLiteral("--pin"), Pin, QStringLiteral("--facilitator-pin"), FacilitatorPin,
                               QStringLiteral("--format"), formatPath};
        m_kiosk = std::make_unique<KioskProcess>();
        QString error;
        QVERIFY2(m_kiosk->start(args, &error), qPrintable(error));

        m_fac = join({{QStringLiteral("facilitatorPin"), FacilitatorPin}});
        QVERIFY(m_fac);
        for (int v = 0; v < Voters; ++v) {
            WsTestClient *c = join();
            QVERIFY(c);
            m_voters << c;
            m_participantIds << c->participantId;
            m_resumeTokens << c->token;
        }
        QVERIFY(ack(m_fac, QStringLiteral("startMeeting")));
        for (int v = 0; v < Voters; ++v) {
            m_thoughts << QStringLiteral("eerste gedachte %1 van deelnemer %2").arg(rng.generate()).arg(v);
            QVERIFY(ack(m_voters[v], QStringLiteral("addThought"), {{QStringLiteral("text"), m_thoughts.last()}}));
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

        int links = 0, withLog = 0, maxBallots = 0, maxThoughts = 0;
        QHash<QString, int> kinds; // what was found, by its sentence without numbers and ids
        static const QRegularExpression specifics(QStringLiteral("[0-9a-f]{16,}|\\d+|: thought\\|.*"));
        for (qsizetype i = 0; i < m_copies.size(); ++i) {
            Seen seen;
            const QStringList found = examine(m_copies[i], &seen);
            withLog += seen.transactions > 0;
            maxBallots = qMax(maxBallots, seen.ballotKeys);
            maxThoughts = qMax(maxThoughts, seen.thoughts);
            for (const QString &why : found) {
                QString kind = why;
                kind.replace(specifics, QStringLiteral("#"));
                if (!kinds.contains(kind))
                    qWarning("copy \"%s\": %s", qPrintable(m_copyNames[i]), qPrintable(why));
                ++kinds[kind];
            }
            links += !found.isEmpty();
        }
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            qInfo("%d times: %s", it.value(), qPrintable(it.key()));
        qInfo("%d copies of the data folder examined (%d with transactions in the log), %d give a link",
              int(m_copies.size()), withLog, links);
        // The reading works: the attacker does find every ballot and thought.
        QCOMPARE(maxBallots, Voters);
        QVERIFY(maxThoughts >= Voters);
        QVERIFY2(links == 0, qPrintable(QStringLiteral("%1 of %2 copies link a ballot or thought to a participant or to the order of casting")
                                            .arg(links).arg(m_copies.size())));

        // Nothing acknowledged was lost: every voter's ballot is there.
        m_clients.clear();
        m_kiosk = std::make_unique<KioskProcess>();
        QVERIFY2(m_kiosk->start(args, &error), qPrintable(error));
        WsTestClient *f = join({{QStringLiteral("facilitatorPin"), FacilitatorPin}});
        QVERIFY(f);
        QCOMPARE(f->state.value(QLatin1String("vote")).toObject().value(QLatin1String("ballots")).toInt(), m_acked);
        QCOMPARE(m_kiosk->terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Forensic)
#include "tst_forensic.moc"
