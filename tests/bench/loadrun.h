// The load process: one facilitator and N simulated voters in one event loop,
// all on 127.0.0.1, all timed on one monotonic clock. The facilitator sets the
// meeting up (start, phase index 2, cards, vote open, tallies revealed); the
// voters join and then vote at a realistic pace or in bursts. A vote's latency
// is from sending it until every connected client holds an update carrying the
// vote section with a seq at or above the vote's ack seq: until the kernel
// received it on that client's socket (WsClient), as a tablet on its own
// holds it; the time this one process took to read a thousand sockets one
// after the other is given beside it (latencyRead).
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <QVector>

#include "wsclient.h"
#include <functional>
#include <memory>
#include <random>
#include <vector>

namespace flipover::bench {

class LoadRun;

struct LoadOptions {
    QUrl url;
    QString pin;
    QString facilitatorPin;
    int voters = 10;
    int joinConcurrency = 50;
    int cards = 6;
    quint32 seed = 1;
};

class LoadClient : public QObject
{
public:
    LoadClient(LoadRun *run, int index, bool facilitator);

    void open();
    // Sends a command and remembers it as this client's one outstanding one.
    QString send(const QString &type, QJsonObject fields, int record = -1);
    bool busy() const { return !pendingId.isEmpty(); }
    bool usable() const { return joined && !closed; }
    qint64 lastVoteSeq() const { return voteSeqs.isEmpty() ? -1 : voteSeqs.last(); }

    WsClient socket;
    const int index;
    const bool facilitator;
    qint64 openNs = 0;
    qint64 joinedNs = 0;
    bool joined = false;
    bool failed = false;
    bool closed = false;
    QString ballot;
    QMap<int, int> lastChoices;
    QVector<qint64> voteSeqs; // seqs of the updates that carried `vote`, as they came
    QVector<qint64> voteNs;   // ... when they arrived (the kernel's receive time)
    QVector<qint64> voteReadNs; // ... and when this process read them
    QString pendingId;
    int pendingRecord = -1;
    QJsonObject lastResult;   // facilitator: the last ack's result
    QString lastErrorCode;    // the answer to the last command, if refused
    int presence = -1;        // facilitator: participants present

private:
    void onText(QByteArrayView text, qint64 arrivedNs);
    void onFacilitatorMessage(QByteArrayView text);

    LoadRun *m_run;
    int m_counter = 0;
};

struct VoteRecord {
    int client = -1;
    qint64 sentNs = 0;
    qint64 ackNs = 0;
    qint64 ackSeq = -1;
    bool answered = false;
    bool refused = false;
};

class LoadRun : public QObject
{
public:
    explicit LoadRun(const LoadOptions &options);
    ~LoadRun() override;

    // The facilitator joins and sets up the vote (the case, cards, the
    // vote open and its tallies shown).
    bool setupMeeting(QString *error);
    // Then the voters join (the figures say how many could).
    void joinVoters(QJsonObject *out);
    QJsonObject pace(double seconds);
    QJsonObject burst(int bursts);
    // Waits until the facilitator sees more participants than at setup
    // (another tablet, e.g. the real voter app, joined).
    QJsonObject awaitJoin(double seconds);
    void closeAll();

    // Called by clients.
    void answered(LoadClient *c, bool ok, qint64 seq, qint64 arrivedNs);
    void countError(const QString &code) { ++m_errors[code]; }
    void countBadMessage() { ++m_badMessages; }

    static bool waitUntil(const std::function<bool()> &done, double seconds);

private:
    bool facilitatorCommand(const QString &type, const QJsonObject &fields, QString *error);
    void sendVote(int client);
    QMap<int, int> randomChoices(const QMap<int, int> &previous);
    bool allSettled(qsizetype fromRecord) const;
    // Each phase measures its own votes: the updates seen before it (all
    // but the last, which allSettled needs) go, so 2,000 clients do not
    // keep every update of the run.
    void forgetEarlierUpdates();
    // Latencies (ms) of records [from, to) delivered to every client that
    // joined; *missing counts client/vote pairs that never arrived, those of
    // a client the kiosk closed meanwhile too (it holds no tally after its
    // close: the load clients do not resume; `dropped` counts them). *read:
    // the same, until the last of them was read by this process.
    QVector<double> deliveries(qsizetype from, qsizetype to, qint64 *missing, qint64 *lastDeliveryNs,
                               QVector<double> *read = nullptr) const;
    // Sent to acknowledged (ms) for records [from, to).
    QJsonObject ackLatency(qsizetype from, qsizetype to) const;
    QJsonObject errorsSince(const QHash<QString, int> &before) const;
    int usableCount() const;

    LoadOptions m_options;
    std::vector<std::unique_ptr<LoadClient>> m_clients; // [0] is the facilitator
    std::vector<VoteRecord> m_records;
    QHash<QString, int> m_errors;
    qint64 m_badMessages = 0;
    QList<int> m_cardIds;
    std::mt19937 m_rng;
    int m_presenceAtSetup = -1;
    qint64 m_startNs = 0;
    qint64 m_setupDoneNs = 0;
};

} // namespace flipover::bench
