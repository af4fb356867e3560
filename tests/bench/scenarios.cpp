#include "scenarios.h"

#include "processes.h"
#include "stats.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <cmath>

namespace flipover::bench {

namespace {

const QString Pin = QStringLiteral("482913");
const QString FacilitatorPin = QStringLiteral("7531");

double mb(qint64 kb)
{
    return double(kb * 10 / 1024) / 10.0;
}

// CPU milliseconds the process spent per vote sent in a phase.
double perVote(const ProcSample &from, const ProcSample &to, const QJsonObject &phase)
{
    const int votes = phase.value(QLatin1String("votes")).toInt();
    return votes > 0 ? std::round((to.cpuSeconds - from.cpuSeconds) * 1e6 / votes) / 1000.0 : 0.0;
}

bool startServer(const BenchOptions &o, const QString &server, const QTemporaryDir &dir, ServerProcess *p, QString *error)
{
    const QStringList common{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                             QStringLiteral("--pin"), Pin, QStringLiteral("--facilitator-pin"), FacilitatorPin};
    if (server == QLatin1String("kiosk")) {
        const QString data = dir.filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        return p->start(o.kiosk, QStringList{QStringLiteral("--no-gui"), QStringLiteral("--data-dir"), data} + common,
                        dir.filePath(QStringLiteral("kiosk.log")), error);
    }
    return p->start(o.floor, common, dir.filePath(QStringLiteral("floor.log")), error);
}

bool startLoad(const BenchOptions &o, const ServerProcess &server, int voters, LoadProcess *load, QString *error)
{
    const QStringList args{QStringLiteral("--load"), QStringLiteral("--url"), server.url().toString(),
                           QStringLiteral("--pin"), server.value(QStringLiteral("pin")),
                           QStringLiteral("--facilitator-pin"), server.value(QStringLiteral("facilitatorPin")),
                           QStringLiteral("--voters"), QString::number(voters),
                           QStringLiteral("--join-concurrency"), QString::number(o.joinConcurrency),
                           QStringLiteral("--seed"), QString::number(o.seed + quint32(voters))};
    return load->start(o.self, args, 60.0 + voters * 0.5, error);
}

void sleepSeconds(double seconds, const std::function<void()> &tick = {})
{
    const qint64 end = monotonicNs() + qint64(seconds * 1e9);
    while (monotonicNs() < end) {
        if (tick)
            tick();
        QThread::msleep(qMin<qint64>(250, qMax<qint64>(1, (end - monotonicNs()) / 1000000)));
    }
}

} // namespace

QJsonObject runScenario(const BenchOptions &o, const QString &server, int voters, QString *error)
{
    QTemporaryDir dir;
    ServerProcess s;
    if (!startServer(o, server, dir, &s, error))
        return {};
    const QString loadAverageAtStart = loadAverage();
    const ProcSample s0 = sampleProcess(s.pid());
    qint64 peakSampledKb = 0;
    LoadProcess load;
    load.onTick = [&] { peakSampledKb = qMax(peakSampledKb, sampleProcess(s.pid()).rssKb); };
    if (!startLoad(o, s, voters, &load, error))
        return {};
    const ProcSample s1 = sampleProcess(s.pid());
    const ProcSample l1 = sampleProcess(load.pid());

    QJsonObject pace;
    QJsonObject burst;
    if (!load.command(QStringLiteral("pace %1").arg(o.duration), o.duration + 60, &pace, error))
        return {};
    const ProcSample s2 = sampleProcess(s.pid());
    const ProcSample l2 = sampleProcess(load.pid());
    if (!load.command(QStringLiteral("burst %1").arg(o.bursts), o.bursts * 70.0 + 10, &burst, error))
        return {};
    const ProcSample s3 = sampleProcess(s.pid());
    const ProcSample l3 = sampleProcess(load.pid());
    load.stop();
    const ProcSample s4 = sampleProcess(s.pid());
    s.stop();

    const QJsonObject serverProcess{{QStringLiteral("rssMbAllConnected"), mb(s3.rssKb)},
                                    {QStringLiteral("peakRssMb"), mb(qMax(s4.hwmKb, peakSampledKb))},
                                    {QStringLiteral("cpuJoinPct"), cpuPercent(s0, s1)},
                                    {QStringLiteral("cpuPacePct"), cpuPercent(s1, s2)},
                                    {QStringLiteral("cpuBurstPct"), cpuPercent(s2, s3)},
                                    {QStringLiteral("cpuMsPerVotePace"), perVote(s1, s2, pace)},
                                    {QStringLiteral("cpuMsPerVoteBurst"), perVote(s2, s3, burst)}};
    const QJsonObject loadProcess{{QStringLiteral("cpuPacePct"), cpuPercent(l1, l2)},
                                  {QStringLiteral("cpuBurstPct"), cpuPercent(l2, l3)},
                                  {QStringLiteral("rssMb"), mb(l3.rssKb)}};
    return QJsonObject{{QStringLiteral("server"), server},
                       {QStringLiteral("voters"), voters},
                       {QStringLiteral("loadAverageAtStart"), loadAverageAtStart},
                       {QStringLiteral("setup"), load.ready()},
                       {QStringLiteral("join"), load.ready().value(QLatin1String("join"))},
                       {QStringLiteral("pace"), pace},
                       {QStringLiteral("burst"), burst},
                       {QStringLiteral("serverProcess"), serverProcess},
                       {QStringLiteral("loadProcess"), loadProcess}};
}

QJsonObject runFlood(const BenchOptions &o, QString *error)
{
    QTemporaryDir dir;
    ServerProcess s;
    if (!startServer(o, QStringLiteral("kiosk"), dir, &s, error))
        return {};
    LoadProcess load;
    if (!startLoad(o, s, o.floodVoters, &load, error))
        return {};
    QJsonObject quiet;
    QJsonObject flooded;
    QJsonObject flooder;
    const ProcSample s0 = sampleProcess(s.pid());
    if (!load.command(QStringLiteral("pace %1").arg(o.duration), o.duration + 60, &quiet, error))
        return {};
    const ProcSample s1 = sampleProcess(s.pid());
    LoadProcess flood;
    if (!flood.start(o.self, {QStringLiteral("--flood"), QStringLiteral("--url"), s.url().toString(),
                              QStringLiteral("--pin"), s.value(QStringLiteral("pin"))}, 60, error))
        return {};
    const ProcSample s2 = sampleProcess(s.pid());
    if (!load.command(QStringLiteral("pace %1").arg(o.duration), o.duration + 60, &flooded, error)
        || !flood.command(QStringLiteral("stats"), 30, &flooder, error))
        return {};
    const ProcSample s3 = sampleProcess(s.pid());
    flood.stop();
    load.stop();
    s.stop();
    return QJsonObject{{QStringLiteral("voters"), o.floodVoters},
                       {QStringLiteral("quiet"), quiet},
                       {QStringLiteral("flooded"), flooded},
                       {QStringLiteral("flooder"), flooder},
                       {QStringLiteral("kioskCpuQuietPct"), cpuPercent(s0, s1)},
                       {QStringLiteral("kioskCpuFloodedPct"), cpuPercent(s2, s3)}};
}

QJsonObject runIdle(const BenchOptions &o, QString *error)
{
    // Both servers idle side by side, each with its facilitator and 10 silent
    // voters connected (the meeting running, nobody doing anything).
    constexpr int Clients = 10;
    QTemporaryDir kioskDir;
    QTemporaryDir floorDir;
    ServerProcess kiosk;
    ServerProcess floor;
    LoadProcess kioskLoad;
    LoadProcess floorLoad;
    if (!startServer(o, QStringLiteral("kiosk"), kioskDir, &kiosk, error) || !startServer(o, QStringLiteral("floor"), floorDir, &floor, error)
        || !startLoad(o, kiosk, Clients, &kioskLoad, error) || !startLoad(o, floor, Clients, &floorLoad, error))
        return {};
    sleepSeconds(1.0); // the joins' aftermath
    const QString loadAverageAtStart = loadAverage();
    const ProcSample k0 = sampleProcess(kiosk.pid());
    const ProcSample f0 = sampleProcess(floor.pid());
    sleepSeconds(o.idleSeconds);
    const ProcSample k1 = sampleProcess(kiosk.pid());
    const ProcSample f1 = sampleProcess(floor.pid());
    kioskLoad.stop();
    floorLoad.stop();
    kiosk.stop();
    floor.stop();
    return QJsonObject{{QStringLiteral("seconds"), double(k1.atNs - k0.atNs) / 1e9},
                       {QStringLiteral("clients"), Clients + 1},
                       {QStringLiteral("loadAverageAtStart"), loadAverageAtStart},
                       {QStringLiteral("kioskCpuPct"), cpuPercent(k0, k1)},
                       {QStringLiteral("kioskCpuSeconds"), k1.cpuSeconds - k0.cpuSeconds},
                       {QStringLiteral("kioskRssMb"), mb(k1.rssKb)},
                       {QStringLiteral("floorCpuPct"), cpuPercent(f0, f1)},
                       {QStringLiteral("floorCpuSeconds"), f1.cpuSeconds - f0.cpuSeconds}};
}

QJsonObject runVoterApp(const BenchOptions &o)
{
    QJsonObject out{{QStringLiteral("measured"), false}, {QStringLiteral("program"), o.voterApp}};
    if (o.voterApp.isEmpty() || !QFileInfo(o.voterApp).isExecutable()) {
        out.insert(QStringLiteral("reason"), QStringLiteral("flipover-voter is not built"));
        return out;
    }
    QString error;
    QTemporaryDir dir;
    ServerProcess kiosk;
    LoadProcess load;
    QJsonObject ignored;
    if (!startServer(o, QStringLiteral("kiosk"), dir, &kiosk, &error) || !startLoad(o, kiosk, 5, &load, &error)
        || !load.command(QStringLiteral("pace 2"), 60, &ignored, &error)) {
        out.insert(QStringLiteral("reason"), error);
        return out;
    }
    // The real tablet app, offscreen, joins the meeting in its vote phase.
    QProcess voter;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    voter.setProcessEnvironment(env);
    voter.setStandardOutputFile(dir.filePath(QStringLiteral("voter.log")));
    voter.setStandardErrorFile(dir.filePath(QStringLiteral("voter.log")), QIODevice::Append);
    const QString voterData = dir.filePath(QStringLiteral("voter"));
    QDir().mkpath(voterData);
    voter.start(o.voterApp, {QStringLiteral("--kiosk"), kiosk.url().toString(), QStringLiteral("--pin"), kiosk.value(QStringLiteral("pin")),
                             QStringLiteral("--data-dir"), voterData});
    if (!voter.waitForStarted(10000)) {
        out.insert(QStringLiteral("reason"), QStringLiteral("cannot start: %1").arg(voter.errorString()));
        return out;
    }
    QJsonObject joined;
    load.command(QStringLiteral("await-join 30"), 40, &joined, &error);
    // While the others vote, the tablet receives every tally.
    qint64 peakSampledKb = 0;
    load.onTick = [&] { peakSampledKb = qMax(peakSampledKb, sampleProcess(voter.processId()).rssKb); };
    load.command(QStringLiteral("pace 4"), 60, &ignored, &error);
    sleepSeconds(1.0, load.onTick);
    const ProcSample v = sampleProcess(voter.processId());
    const bool running = voter.state() == QProcess::Running;
    voter.terminate();
    if (!voter.waitForFinished(5000)) {
        voter.kill();
        voter.waitForFinished(5000);
    }
    load.stop();
    kiosk.stop();
    out.insert(QStringLiteral("joined"), joined.value(QLatin1String("joined")).toBool());
    out.insert(QStringLiteral("measured"), running && v.ok);
    if (!running)
        out.insert(QStringLiteral("reason"), QStringLiteral("the voter app exited early"));
    out.insert(QStringLiteral("rssMb"), mb(v.rssKb));
    out.insert(QStringLiteral("peakSampledRssMb"), mb(qMax(peakSampledKb, v.rssKb)));
    out.insert(QStringLiteral("peakRssMb"), mb(v.hwmKb));
    return out;
}

QJsonObject sqliteCommitCost(int commits, int gapMs)
{
    QTemporaryDir dir; // in $TMPDIR, the file system the kiosk's data dirs use here
    QVector<double> ms;
    QString journal;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-sqlite-floor"));
        db.setDatabaseName(dir.filePath(QStringLiteral("floor.sqlite")));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            journal = q.next() ? q.value(0).toString() : QString();
            q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
            q.exec(QStringLiteral("CREATE TABLE records (id INTEGER PRIMARY KEY, data TEXT NOT NULL)"));
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO records (data) VALUES (?)"));
            for (int i = 0; i < commits; ++i) {
                if (gapMs > 0)
                    QThread::msleep(gapMs); // the disk idles between commits, as between lone votes
                const qint64 t0 = monotonicNs();
                db.transaction();
                insert.bindValue(0, QStringLiteral("{\"ballot\":%1}").arg(i));
                if (!insert.exec() || !db.commit()) {
                    error = insert.lastError().text() + db.lastError().text();
                    break;
                }
                ms.append(double(monotonicNs() - t0) / 1e6);
            }
        } else {
            error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-sqlite-floor"));
    QJsonObject out = summarize(ms);
    out.insert(QStringLiteral("journalMode"), journal);
    out.insert(QStringLiteral("synchronous"), QStringLiteral("FULL"));
    out.insert(QStringLiteral("gapMs"), gapMs);
    out.insert(QStringLiteral("directory"), QDir::tempPath());
    if (!error.isEmpty())
        out.insert(QStringLiteral("error"), error);
    return out;
}

} // namespace flipover::bench
