#include "scenarios.h"

#include "processes.h"
#include "stats.h"
#include "wall.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <cmath>
#include <csignal>
#include <memory>
#include <vector>

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

const QString WallStatsFile = QStringLiteral("wall.jsonl");
const QString HeapStatsFile = QStringLiteral("heap");

// The kiosk's heap in use (kiosk/heapstats.h), in KiB, asked for now: the
// file it wrote is removed, SIGUSR1 asks for a new one, and that is waited
// for (at most 5 s). -1 for the floor, which writes none, and for a kiosk
// that cannot tell (then memory per voter is its resident size's growth).
qint64 heapKb(const QString &server, qint64 pid, const QTemporaryDir &dir)
{
    if (server == QLatin1String("floor"))
        return -1;
    const QString path = dir.filePath(HeapStatsFile);
    QFile::remove(path);
    if (::kill(pid_t(pid), SIGUSR1) != 0)
        return -1;
    const qint64 deadline = monotonicNs() + 5000000000LL;
    while (!QFile::exists(path) && monotonicNs() < deadline)
        QThread::msleep(2);
    QFile file(path);
    bool ok = false;
    const qint64 bytes = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong(&ok) : -1;
    return ok && bytes >= 0 ? bytes / 1024 : -1; // -1 in the file: the kiosk's allocator cannot tell (ASan)
}

// "kiosk": flipover-kiosk --no-gui; "gui": the same program with its wall,
// drawn offscreen by the software renderer (the wall's default), writing its
// own figures (wall.h); "floor": flipover-floor.
bool launchServer(const BenchOptions &o, const QString &server, const QTemporaryDir &dir, ServerProcess *p, QString *error)
{
    const QStringList common{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                             QStringLiteral("--pin"), Pin, QStringLiteral("--facilitator-pin"), FacilitatorPin};
    if (server == QLatin1String("floor"))
        return p->launch(o.floor, common, dir.filePath(QStringLiteral("floor.log")), error);
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLIPOVER_HEAP_STATS"), dir.filePath(HeapStatsFile)); // heapKb()
    if (server == QLatin1String("kiosk"))
        return p->launch(o.kiosk, QStringList{QStringLiteral("--no-gui"), QStringLiteral("--data-dir"), data} + common,
                        dir.filePath(QStringLiteral("kiosk.log")), error, env);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    env.insert(QStringLiteral("FLIPOVER_WALL_STATS"), dir.filePath(WallStatsFile));
    return p->launch(o.kiosk, QStringList{QStringLiteral("--data-dir"), data} + common, dir.filePath(QStringLiteral("gui.log")), error, env);
}

bool startServer(const BenchOptions &o, const QString &server, const QTemporaryDir &dir, ServerProcess *p, QString *error)
{
    return launchServer(o, server, dir, p, error) && p->awaitReady(error);
}

QStringList loadArguments(const BenchOptions &o, const ServerProcess &server, int voters)
{
    // Every server was given the same PINs.
    return {QStringLiteral("--load"), QStringLiteral("--url"), server.url().toString(),
            QStringLiteral("--pin"), Pin, QStringLiteral("--facilitator-pin"), FacilitatorPin,
            QStringLiteral("--voters"), QString::number(voters),
            QStringLiteral("--join-concurrency"), QString::number(o.joinConcurrency),
            QStringLiteral("--seed"), QString::number(o.seed + quint32(voters))};
}

double loadTimeout(int voters)
{
    return 60.0 + voters * 0.5;
}

bool startLoad(const BenchOptions &o, const ServerProcess &server, int voters, LoadProcess *load, QString *error)
{
    return load->start(o.self, loadArguments(o, server, voters), loadTimeout(voters), error);
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
    qint64 heapIdleKb = -1;
    qint64 peakSampledKb = 0;
    LoadProcess load;
    load.onTick = [&] { peakSampledKb = qMax(peakSampledKb, sampleProcess(s.pid()).rssKb); };
    ProcSample idle; // the meeting set up, no voter yet
    load.onSetup = [&] {
        idle = sampleProcess(s.pid());
        heapIdleKb = heapKb(server, s.pid(), dir);
    };
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
    const qint64 heapAllKb = heapKb(server, s.pid(), dir);
    const ProcSample l3 = sampleProcess(load.pid());
    load.stop();
    const ProcSample s4 = sampleProcess(s.pid());
    s.stop();

    const ProcSample &before = idle.ok ? idle : s0;
    const auto perVoter = [voters](qint64 fromKb, qint64 toKb) { return std::round(double(toKb - fromKb) * 10.0 / voters) / 10.0; };
    // Memory per voter: what the kiosk's heap grew by (its resident size
    // holds a reserve, kiosk/room/heapreserve.h); the floor's resident size.
    const bool heap = heapIdleKb >= 0 && heapAllKb >= 0;
    QJsonObject serverProcess{{QStringLiteral("rssMbIdle"), mb(before.rssKb)},
                              {QStringLiteral("rssMbAllConnected"), mb(s3.rssKb)},
                              {QStringLiteral("kbPerVoter"), heap ? perVoter(heapIdleKb, heapAllKb) : perVoter(before.rssKb, s3.rssKb)},
                              {QStringLiteral("kbPerVoterOf"), heap ? QStringLiteral("heap") : QStringLiteral("rss")},
                              {QStringLiteral("rssKbPerVoter"), perVoter(before.rssKb, s3.rssKb)},
                              {QStringLiteral("peakRssMb"), mb(qMax(s4.hwmKb, peakSampledKb))},
                              {QStringLiteral("cpuJoinPct"), cpuPercent(before, s1)},
                              {QStringLiteral("cpuPacePct"), cpuPercent(s1, s2)},
                              {QStringLiteral("cpuBurstPct"), cpuPercent(s2, s3)},
                              {QStringLiteral("cpuMsPerVotePace"), perVote(s1, s2, pace)},
                              {QStringLiteral("cpuMsPerVoteBurst"), perVote(s2, s3, burst)}};
    const QJsonObject loadProcess{{QStringLiteral("cpuPacePct"), cpuPercent(l1, l2)},
                                  {QStringLiteral("cpuBurstPct"), cpuPercent(l2, l3)},
                                  {QStringLiteral("rssMb"), mb(l3.rssKb)}};
    QJsonObject run{{QStringLiteral("server"), server},
                    {QStringLiteral("voters"), voters},
                    {QStringLiteral("loadAverageAtStart"), loadAverageAtStart},
                    {QStringLiteral("setup"), load.ready()},
                    {QStringLiteral("join"), load.ready().value(QLatin1String("join"))},
                    {QStringLiteral("pace"), pace},
                    {QStringLiteral("burst"), burst},
                    {QStringLiteral("serverProcess"), serverProcess},
                    {QStringLiteral("loadProcess"), loadProcess}};
    if (server == QLatin1String("gui")) {
        // The kiosk wrote its last figures as it quit.
        const QJsonObject wall = wallFigures(dir.filePath(WallStatsFile), {{QStringLiteral("join"), before.atNs, s1.atNs},
                                                                           {QStringLiteral("pace"), s1.atNs, s2.atNs},
                                                                           {QStringLiteral("burst"), s2.atNs, s3.atNs},
                                                                           {QStringLiteral("all"), before.atNs, s3.atNs}});
        if (wall.isEmpty()) {
            *error = QStringLiteral("the GUI kiosk wrote no figures of its wall");
            return {};
        }
        run.insert(QStringLiteral("wall"), wall);
    }
    return run;
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
    // The servers idle side by side, each with its facilitator and 10 silent
    // voters connected (the meeting running, nobody doing anything): the
    // kiosk, the floor, and the GUI kiosk when it is measured.
    constexpr int Clients = 10;
    QStringList servers{QStringLiteral("kiosk"), QStringLiteral("floor")};
    if (o.servers.contains(QLatin1String("gui")))
        servers.append(QStringLiteral("gui"));
    std::vector<std::unique_ptr<QTemporaryDir>> dirs;
    std::vector<std::unique_ptr<ServerProcess>> procs;
    std::vector<std::unique_ptr<LoadProcess>> loads;
    // All at once: each start takes seconds (the QML, a sanitizer build).
    for (const QString &server : servers) {
        dirs.push_back(std::make_unique<QTemporaryDir>());
        procs.push_back(std::make_unique<ServerProcess>());
        loads.push_back(std::make_unique<LoadProcess>());
        if (!launchServer(o, server, *dirs.back(), procs.back().get(), error))
            return {};
    }
    for (size_t i = 0; i < procs.size(); ++i) {
        if (!procs[i]->awaitReady(error) || !loads[i]->launch(o.self, loadArguments(o, *procs[i], Clients), error))
            return {};
    }
    for (const auto &load : loads) {
        if (!load->awaitReady(loadTimeout(Clients), error))
            return {};
    }
    sleepSeconds(1.0); // the joins' aftermath
    const QString loadAverageAtStart = loadAverage();
    QList<ProcSample> from;
    for (const auto &p : procs)
        from.append(sampleProcess(p->pid()));
    sleepSeconds(o.idleSeconds);
    QList<ProcSample> to;
    for (const auto &p : procs)
        to.append(sampleProcess(p->pid()));
    for (size_t i = 0; i < procs.size(); ++i) {
        loads[i]->stop();
        procs[i]->stop();
    }
    QJsonObject out{{QStringLiteral("seconds"), double(to[0].atNs - from[0].atNs) / 1e9},
                    {QStringLiteral("clients"), Clients + 1},
                    {QStringLiteral("loadAverageAtStart"), loadAverageAtStart}};
    for (qsizetype i = 0; i < servers.size(); ++i) {
        out.insert(servers[i] + QStringLiteral("CpuPct"), cpuPercent(from[i], to[i]));
        out.insert(servers[i] + QStringLiteral("CpuSeconds"), to[i].cpuSeconds - from[i].cpuSeconds);
        out.insert(servers[i] + QStringLiteral("RssMb"), mb(to[i].rssKb));
    }
    if (servers.contains(QLatin1String("gui"))) {
        const qsizetype g = servers.indexOf(QLatin1String("gui"));
        out.insert(QStringLiteral("guiWall"), wallFigures(dirs[size_t(g)]->filePath(WallStatsFile),
                                                          {{QStringLiteral("idle"), from[g].atNs, to[g].atNs}})
                                                  .value(QLatin1String("idle")));
    }
    return out;
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
