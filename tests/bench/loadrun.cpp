#include "loadrun.h"

#include "stats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <algorithm>

namespace flipover::bench {

namespace {

QString hexToken(std::mt19937 &rng, int chars)
{
    static const char digits[] = "0123456789abcdef";
    QString s;
    s.reserve(chars);
    for (int i = 0; i < chars; ++i)
        s.append(QLatin1Char(digits[rng() % 16]));
    return s;
}

double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}

} // namespace

LoadRun::LoadRun(const LoadOptions &options) : m_options(options), m_rng(options.seed)
{
    setProperty("url", options.url);
    setProperty("pin", options.pin);
    setProperty("facilitatorPin", options.facilitatorPin);
    m_clients.push_back(std::make_unique<LoadClient>(this, 0, true));
    for (int i = 1; i <= options.voters; ++i) {
        m_clients.push_back(std::make_unique<LoadClient>(this, i, false));
        m_clients.back()->ballot = hexToken(m_rng, 32);
    }
}

LoadRun::~LoadRun()
{
    closeAll();
}

bool LoadRun::waitUntil(const std::function<bool()> &done, double seconds)
{
    const qint64 deadline = monotonicNs() + qint64(seconds * 1e9);
    QTimer wake; // processEvents must return now and then to check the clock
    wake.start(5);
    while (!done()) {
        if (monotonicNs() > deadline)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void LoadRun::answered(LoadClient *c, bool ok, qint64 seq, qint64 arrivedNs)
{
    if (c->pendingRecord < 0)
        return;
    VoteRecord &r = m_records[size_t(c->pendingRecord)];
    r.answered = true;
    r.refused = !ok;
    r.ackNs = arrivedNs;
    r.ackSeq = seq;
    c->pendingRecord = -1;
}

bool LoadRun::facilitatorCommand(const QString &type, const QJsonObject &fields, QString *error)
{
    LoadClient *f = m_clients[0].get();
    f->send(type, fields);
    if (!waitUntil([f] { return !f->busy() || f->closed; }, 20)) {
        *error = QStringLiteral("no answer to %1").arg(type);
        return false;
    }
    if (f->closed || !f->lastErrorCode.isEmpty()) {
        *error = QStringLiteral("%1 refused: %2").arg(type, f->closed ? QStringLiteral("closed") : f->lastErrorCode);
        return false;
    }
    return true;
}

int LoadRun::usableCount() const
{
    return int(std::count_if(m_clients.cbegin(), m_clients.cend(), [](const auto &c) { return c->usable(); }));
}

bool LoadRun::setupMeeting(QString *error)
{
    m_startNs = monotonicNs();
    LoadClient *f = m_clients[0].get();
    f->open();
    if (!waitUntil([f] { return f->joined || f->failed; }, 20) || !f->joined) {
        *error = QStringLiteral("the facilitator could not join");
        return false;
    }
    // What a wall shows in a real meeting: the case beside the cards.
    const QJsonObject theCase{{QStringLiteral("text"),
                               QStringLiteral("Een inwoner met een bijstandsuitkering wil een eigen bedrijf starten. Het "
                                              "re-integratietraject loopt, maar de schuldhulpverlening vraagt eerst een "
                                              "stabiel inkomen. Hoe komen we samen tot een aanpak?")}};
    if (!facilitatorCommand(QStringLiteral("setCase"), theCase, error))
        return false;
    const QStringList steps{QStringLiteral("startMeeting"), QStringLiteral("nextPhase"), QStringLiteral("nextPhase")};
    for (const QString &step : steps) {
        if (!facilitatorCommand(step, {}, error))
            return false;
    }
    for (int k = 0; k < m_options.cards; ++k) {
        const QJsonObject card{{QStringLiteral("text"), QStringLiteral("Overweging %1: eerst een gesprek met werk en inkomen samen").arg(k + 1)},
                               {QStringLiteral("direction"), k % 2 ? QStringLiteral("Eerst taal") : QStringLiteral("Eerst werk")}};
        if (!facilitatorCommand(QStringLiteral("addCard"), card, error))
            return false;
        m_cardIds.append(f->lastResult.value(QLatin1String("cardId")).toInt(k + 1)); // the floor gives no ids
    }
    if (!facilitatorCommand(QStringLiteral("openVote"), {}, error)
        || !facilitatorCommand(QStringLiteral("revealTallies"), {{QStringLiteral("revealed"), true}}, error))
        return false;
    m_setupDoneNs = monotonicNs();
    return true;
}

void LoadRun::joinVoters(QJsonObject *out)
{
    LoadClient *f = m_clients[0].get();
    const qint64 setupDone = m_setupDoneNs;

    // Voters join, at most joinConcurrency of them between open and snapshot at once.
    int next = 1;
    const int total = int(m_clients.size());
    auto inFlight = [&] {
        int n = 0;
        for (int i = 1; i < next; ++i)
            n += !m_clients[size_t(i)]->joined && !m_clients[size_t(i)]->failed;
        return n;
    };
    const bool allJoined = waitUntil([&] {
        int flying = inFlight();
        while (next < total && flying < m_options.joinConcurrency) {
            m_clients[size_t(next++)]->open();
            ++flying;
        }
        return next == total && flying == 0;
    }, 60.0 + total * 0.2);
    QVector<double> joinMs;
    int failed = 0;
    for (int i = 1; i < total; ++i) {
        const LoadClient *c = m_clients[size_t(i)].get();
        if (c->joined)
            joinMs.append(msBetween(c->openNs, c->joinedNs));
        else
            ++failed;
    }
    const qint64 joinsDone = monotonicNs();
    waitUntil([] { return false; }, 0.5); // let the last presence updates land
    m_presenceAtSetup = f->presence;

    QJsonObject join = summarize(joinMs);
    join.insert(QStringLiteral("failed"), failed);
    join.insert(QStringLiteral("finished"), allJoined);
    join.insert(QStringLiteral("concurrency"), m_options.joinConcurrency);
    join.insert(QStringLiteral("allMs"), msBetween(setupDone, joinsDone));
    *out = QJsonObject{{QStringLiteral("join"), join},
                       {QStringLiteral("setupMs"), msBetween(m_startNs, setupDone)},
                       {QStringLiteral("connected"), usableCount()},
                       {QStringLiteral("presence"), m_presenceAtSetup},
                       {QStringLiteral("cards"), QJsonArray::fromVariantList(QVariantList(m_cardIds.cbegin(), m_cardIds.cend()))}};
}

QMap<int, int> LoadRun::randomChoices(const QMap<int, int> &previous)
{
    // Dots mode, 3 dots, at most 2 per card (the format's phase 3).
    QMap<int, int> m;
    for (int attempt = 0; attempt < 50; ++attempt) {
        m.clear();
        const int dots = 1 + int(m_rng() % 3);
        for (int d = 0; d < dots; ++d) {
            int card = m_cardIds[int(m_rng() % quint32(m_cardIds.size()))];
            while (m.value(card) >= 2)
                card = m_cardIds[int(m_rng() % quint32(m_cardIds.size()))];
            ++m[card];
        }
        if (m != previous)
            break;
    }
    return m;
}

void LoadRun::sendVote(int client)
{
    LoadClient *c = m_clients[size_t(client)].get();
    c->lastChoices = randomChoices(c->lastChoices);
    QJsonObject choices;
    for (auto it = c->lastChoices.cbegin(); it != c->lastChoices.cend(); ++it)
        choices.insert(QString::number(it.key()), it.value());
    VoteRecord r;
    r.client = client;
    r.sentNs = monotonicNs();
    m_records.push_back(r);
    c->send(QStringLiteral("vote"), {{QStringLiteral("ballot"), c->ballot}, {QStringLiteral("choices"), choices}},
            int(m_records.size() - 1));
}

bool LoadRun::allSettled(qsizetype fromRecord) const
{
    qint64 maxSeq = -1;
    for (size_t i = size_t(fromRecord); i < m_records.size(); ++i) {
        const VoteRecord &r = m_records[i];
        if (!r.answered && !m_clients[size_t(r.client)]->closed)
            return false;
        if (!r.refused)
            maxSeq = qMax(maxSeq, r.ackSeq);
    }
    return std::all_of(m_clients.cbegin(), m_clients.cend(),
                       [maxSeq](const auto &c) { return !c->usable() || c->lastVoteSeq() >= maxSeq; });
}

QVector<double> LoadRun::deliveries(qsizetype from, qsizetype to, qint64 *missing, qint64 *lastDeliveryNs,
                                    QVector<double> *read) const
{
    QVector<double> out;
    for (qsizetype i = from; i < to; ++i) {
        const VoteRecord &r = m_records[size_t(i)];
        if (!r.answered || r.refused)
            continue;
        qint64 last = 0;
        qint64 lastRead = 0;
        bool complete = true;
        for (const auto &c : m_clients) {
            if (!c->joined || c->failed)
                continue;
            const auto it = std::lower_bound(c->voteSeqs.cbegin(), c->voteSeqs.cend(), r.ackSeq);
            if (it == c->voteSeqs.cend()) {
                ++*missing;
                complete = false;
                continue;
            }
            last = qMax(last, c->voteNs[it - c->voteSeqs.cbegin()]);
            lastRead = qMax(lastRead, c->voteReadNs[it - c->voteSeqs.cbegin()]);
        }
        *lastDeliveryNs = qMax(*lastDeliveryNs, last);
        if (complete) {
            out.append(msBetween(r.sentNs, last));
            if (read)
                read->append(msBetween(r.sentNs, lastRead));
        }
    }
    return out;
}

QJsonObject LoadRun::ackLatency(qsizetype from, qsizetype to) const
{
    QVector<double> ms;
    for (qsizetype i = from; i < to; ++i) {
        const VoteRecord &r = m_records[size_t(i)];
        if (r.answered && !r.refused)
            ms.append(msBetween(r.sentNs, r.ackNs));
    }
    return summarize(ms);
}

QJsonObject LoadRun::errorsSince(const QHash<QString, int> &before) const
{
    QJsonObject o;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (it.value() > before.value(it.key()))
            o.insert(it.key(), it.value() - before.value(it.key()));
    }
    return o;
}

void LoadRun::forgetEarlierUpdates()
{
    for (const auto &c : m_clients) {
        if (c->voteSeqs.size() > 1) {
            c->voteSeqs.remove(0, c->voteSeqs.size() - 1);
            c->voteNs.remove(0, c->voteNs.size() - 1);
            c->voteReadNs.remove(0, c->voteReadNs.size() - 1);
        }
    }
}

QJsonObject LoadRun::pace(double seconds)
{
    forgetEarlierUpdates();
    const QHash<QString, int> errorsBefore = m_errors;
    const int usableBefore = usableCount();
    const qsizetype first = qsizetype(m_records.size());
    const qint64 start = monotonicNs();
    const qint64 end = start + qint64(seconds * 1e9);
    std::uniform_int_distribution<qint64> firstVote(0, qint64(qMin(2.0, seconds) * 1e9));
    std::uniform_int_distribution<qint64> interval(2000000000LL, 5000000000LL);
    QVector<qint64> due(qsizetype(m_clients.size()), 0);
    for (qsizetype i = 1; i < due.size(); ++i)
        due[i] = start + firstVote(m_rng);
    qint64 busySkips = 0;
    qint64 nextScan = 0;
    waitUntil([&] {
        const qint64 now = monotonicNs();
        if (now >= end)
            return true;
        if (now < nextScan) // a few ms of slack; the send time is what counts
            return false;
        nextScan = now + 2000000;
        for (qsizetype i = 1; i < due.size(); ++i) {
            if (due[i] > now || !m_clients[size_t(i)]->usable())
                continue;
            if (m_clients[size_t(i)]->busy()) { // a tablet waits for its answer
                ++busySkips;
                due[i] = now + 100000000LL;
                continue;
            }
            sendVote(int(i));
            due[i] = now + interval(m_rng);
        }
        return false;
    }, seconds + 1);
    const qint64 sendingDone = monotonicNs();
    const bool settled = waitUntil([&] { return allSettled(first); }, 30);
    const qsizetype last = qsizetype(m_records.size());
    qint64 missing = 0;
    qint64 lastDelivery = 0;
    QVector<double> read;
    const QVector<double> latency = deliveries(first, last, &missing, &lastDelivery, &read);
    int acked = 0;
    for (qsizetype i = first; i < last; ++i)
        acked += m_records[size_t(i)].answered && !m_records[size_t(i)].refused;
    return QJsonObject{{QStringLiteral("seconds"), msBetween(start, sendingDone) / 1000.0},
                       {QStringLiteral("votes"), int(last - first)},
                       {QStringLiteral("acked"), acked},
                       {QStringLiteral("votesPerSecond"), double(last - first) / (msBetween(start, sendingDone) / 1000.0)},
                       {QStringLiteral("busySkips"), double(busySkips)},
                       {QStringLiteral("settled"), settled},
                       {QStringLiteral("missingDeliveries"), double(missing)},
                       {QStringLiteral("clients"), usableCount()},
                       {QStringLiteral("dropped"), usableBefore - usableCount()},
                       {QStringLiteral("errors"), errorsSince(errorsBefore)},
                       {QStringLiteral("ack"), ackLatency(first, last)},
                       {QStringLiteral("latency"), summarize(latency)},
                       {QStringLiteral("latencyRead"), summarize(read)}};
}

QJsonObject LoadRun::burst(int bursts)
{
    forgetEarlierUpdates();
    const QHash<QString, int> errorsBefore = m_errors;
    const int usableBefore = usableCount();
    const qsizetype firstOfAll = qsizetype(m_records.size());
    QVector<double> latency;
    qint64 missing = 0;
    int votes = 0;
    int acked = 0;
    double activeSeconds = 0;
    QVector<double> allDeliveredMs;
    bool settledAll = true;
    for (int b = 0; b < bursts; ++b) {
        const qsizetype first = qsizetype(m_records.size());
        const qint64 start = monotonicNs();
        for (size_t i = 1; i < m_clients.size(); ++i) {
            if (m_clients[i]->usable() && !m_clients[i]->busy())
                sendVote(int(i));
        }
        settledAll = waitUntil([&] { return allSettled(first); }, 60) && settledAll;
        const qsizetype last = qsizetype(m_records.size());
        qint64 lastAck = start;
        for (qsizetype i = first; i < last; ++i) {
            const VoteRecord &r = m_records[size_t(i)];
            if (r.answered && !r.refused) {
                ++acked;
                lastAck = qMax(lastAck, r.ackNs);
            }
        }
        votes += int(last - first);
        activeSeconds += msBetween(start, lastAck) / 1000.0;
        qint64 lastDelivery = start;
        latency += deliveries(first, last, &missing, &lastDelivery);
        allDeliveredMs.append(msBetween(start, lastDelivery));
        waitUntil([] { return false; }, 1.0); // a breath between bursts
    }
    return QJsonObject{{QStringLiteral("bursts"), bursts},
                       {QStringLiteral("votes"), votes},
                       {QStringLiteral("acked"), acked},
                       {QStringLiteral("commandsPerSecond"), activeSeconds > 0 ? double(acked) / activeSeconds : 0.0},
                       {QStringLiteral("settled"), settledAll},
                       {QStringLiteral("missingDeliveries"), double(missing)},
                       {QStringLiteral("clients"), usableCount()},
                       {QStringLiteral("dropped"), usableBefore - usableCount()},
                       {QStringLiteral("errors"), errorsSince(errorsBefore)},
                       {QStringLiteral("allDelivered"), summarize(allDeliveredMs)},
                       {QStringLiteral("ack"), ackLatency(firstOfAll, qsizetype(m_records.size()))},
                       {QStringLiteral("latency"), summarize(latency)}};
}

QJsonObject LoadRun::awaitJoin(double seconds)
{
    LoadClient *f = m_clients[0].get();
    const qint64 start = monotonicNs();
    const bool joined = waitUntil([&] { return f->presence > m_presenceAtSetup; }, seconds);
    return QJsonObject{{QStringLiteral("joined"), joined},
                       {QStringLiteral("presence"), f->presence},
                       {QStringLiteral("waitedMs"), msBetween(start, monotonicNs())}};
}

void LoadRun::closeAll()
{
    for (const auto &c : m_clients) {
        c->socket.abort();
    }
}

} // namespace flipover::bench
