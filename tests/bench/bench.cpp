// flipover-bench: measures the kiosk under N simulated voters, headless and
// with its wall drawing, side by side with flipover-floor (a bare broadcast
// server), and prints tables and JSON.
//   flipover-bench [--voters 10,50,200,500,1000] [--servers kiosk,gui,floor] [--duration 15]
//                  [--idle-seconds 60] [--json out.json] [--markdown out.md] [--check]
// It starts every process itself (the server, and this program again with
// --load as the load process so the server is measured alone), uses only
// 127.0.0.1, and every wait is bounded. See docs/performance.md.
#include "epolldispatcher.h"
#include "loadmain.h"
#include "loadrun.h"
#include "report.h"
#include "scenarios.h"
#include "stats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <csignal>

using namespace flipover::bench;

namespace {

#ifndef FLIPOVER_BENCH_KIOSK
#define FLIPOVER_BENCH_KIOSK ""
#endif
#ifndef FLIPOVER_BENCH_FLOOR
#define FLIPOVER_BENCH_FLOOR ""
#endif
#ifndef FLIPOVER_BENCH_VOTER
#define FLIPOVER_BENCH_VOTER ""
#endif

void progress(const QString &line)
{
    QTextStream(stderr) << "[bench] " << line << Qt::endl;
}

QString firstOf(const QStringList &candidates)
{
    for (const QString &c : candidates) {
        if (!c.isEmpty())
            return c;
    }
    return {};
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

int check(const QJsonObject &result, const QString &source)
{
    const QStringList problems = checkResult(result);
    for (const QString &p : problems)
        QTextStream(stderr) << "check: " << p << Qt::endl;
    QTextStream(stdout) << "check (" << source << "): " << (problems.isEmpty() ? "the run completed and its figures are sane" : "FAILED")
                        << Qt::endl;
    return problems.isEmpty() ? 0 : 1;
}

QJsonObject optionsJson(const BenchOptions &o)
{
    QJsonArray voters;
    for (int n : o.voters)
        voters.append(n);
    QJsonArray cards;
    for (int n : o.updateSizeCards)
        cards.append(n);
    return QJsonObject{{QStringLiteral("voters"), voters},
                       {QStringLiteral("servers"), QJsonArray::fromStringList(o.servers)},
                       {QStringLiteral("duration"), o.duration},
                       {QStringLiteral("bursts"), o.bursts},
                       {QStringLiteral("idleSeconds"), o.idleSeconds},
                       {QStringLiteral("sqliteCommits"), o.sqliteCommits},
                       {QStringLiteral("floodVoters"), o.floodVoters},
                       {QStringLiteral("updateSizeCards"), cards},
                       {QStringLiteral("joinConcurrency"), o.joinConcurrency},
                       {QStringLiteral("seed"), double(o.seed)},
                       {QStringLiteral("kiosk"), o.kiosk},
                       {QStringLiteral("floor"), o.floor},
                       {QStringLiteral("voterApp"), o.voterApp}};
}

int runBench(const BenchOptions &o, const QStringList &arguments)
{
    const qint64 start = monotonicNs();
    QJsonObject result{{QStringLiteral("benchmark"), QStringLiteral("flipover-bench")},
                       {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {QStringLiteral("command"), arguments.join(QLatin1Char(' '))},
                       {QStringLiteral("machine"), machineInfo()},
                       {QStringLiteral("loadAverageAtStart"), loadAverage()},
                       {QStringLiteral("options"), optionsJson(o)}};
    bool completed = true;

    progress(QStringLiteral("SQLite commit cost, %1 commits").arg(o.sqliteCommits));
    result.insert(QStringLiteral("sqliteCommit"), sqliteCommitCost(o.sqliteCommits));
    // One in five of them again, each after 250 ms of quiet (about a paced voter's pause at N = 10).
    result.insert(QStringLiteral("sqliteCommitPaced"), sqliteCommitCost(qMin(40, (o.sqliteCommits + 4) / 5), 250));

    QJsonArray runs;
    for (int n : o.voters) {
        for (const QString &server : o.servers) {
            progress(QStringLiteral("%1 with %2 voters (load average %3)").arg(server).arg(n).arg(loadAverage()));
            QString error;
            QJsonObject run = runScenario(o, server, n, &error);
            if (run.isEmpty()) {
                progress(QStringLiteral("%1 with %2 voters failed: %3").arg(server).arg(n).arg(error));
                run = QJsonObject{{QStringLiteral("server"), server}, {QStringLiteral("voters"), n}, {QStringLiteral("error"), error}};
                completed = false;
            }
            runs.append(run);
        }
    }
    result.insert(QStringLiteral("runs"), runs);
    result.insert(QStringLiteral("ratios"), floorRatios(runs));

    if (o.floodVoters > 0 && o.servers.contains(QLatin1String("kiosk"))) {
        progress(QStringLiteral("flood: %1 voters, then one client flooding beside them").arg(o.floodVoters));
        QString error;
        QJsonObject flood = runFlood(o, &error);
        if (flood.isEmpty()) {
            flood.insert(QStringLiteral("error"), error);
            completed = false;
        }
        result.insert(QStringLiteral("flood"), flood);
    }
    if (o.idleSeconds > 0) {
        progress(QStringLiteral("idle kiosk and idle floor, %1 s").arg(o.idleSeconds));
        QString error;
        QJsonObject idle = runIdle(o, &error);
        if (idle.isEmpty()) {
            idle.insert(QStringLiteral("error"), error);
            completed = false;
        }
        result.insert(QStringLiteral("idle"), idle);
    }
    if (!o.updateSizeCards.isEmpty()) {
        progress(QStringLiteral("update sizes"));
        QString error;
        QJsonObject sizes = measureUpdateSizes(o.kiosk, o.updateSizeCards, &error);
        if (sizes.isEmpty()) {
            sizes.insert(QStringLiteral("error"), error);
            completed = false;
        }
        result.insert(QStringLiteral("updateSizes"), sizes);
    }
    progress(QStringLiteral("voter app footprint"));
    result.insert(QStringLiteral("voterApp"), runVoterApp(o));

    result.insert(QStringLiteral("loadAverageAtEnd"), loadAverage());
    result.insert(QStringLiteral("elapsedSeconds"), double((monotonicNs() - start) / 1000000) / 1000.0);
    result.insert(QStringLiteral("completed"), completed);
    result.insert(QStringLiteral("targets"), evaluateTargets(result));
    printReport(result);

    if (!o.json.isEmpty()) {
        QFile f(o.json);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(QJsonDocument(result).toJson()) < 0) {
            progress(QStringLiteral("cannot write %1").arg(o.json));
            return 1;
        }
        f.close();
        progress(QStringLiteral("wrote %1").arg(QFileInfo(o.json).absoluteFilePath()));
    }
    if (!o.markdown.isEmpty() && !writeMarkdown(result, o.markdown))
        progress(QStringLiteral("cannot write %1").arg(o.markdown));
    if (o.check)
        return check(o.json.isEmpty() ? result : readJson(o.json), o.json.isEmpty() ? QStringLiteral("in memory") : o.json);
    return completed ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    // The load generator holds a thousand voters' sockets on one thread,
    // as the kiosk's room thread does (epolldispatcher.h).
    QCoreApplication::setEventDispatcher(new flipover::EpollDispatcher);
    QCoreApplication app(argc, argv);
    std::signal(SIGPIPE, SIG_IGN);
    raiseFileLimit();

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Flipover benchmark: the kiosk under N voters, beside a bare broadcast floor."));
    p.addHelpOption();
    auto opt = [&p](const char *name, const char *help, const char *value = nullptr, const char *def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        if (def)
            o.setDefaultValue(QString::fromLatin1(def));
        p.addOption(o);
        return o;
    };
    const auto voters = opt("voters", "Voter counts, comma separated (up to 5000; 2000 is the stretch run).", "list", "10,50,200,500,1000");
    const auto duration = opt("duration", "Seconds of realistic pace per run.", "s", "15");
    const auto bursts = opt("bursts", "Bursts (all voters at once) per run.", "n", "3");
    const auto idle = opt("idle-seconds", "Seconds to measure the idle kiosk (0 skips).", "s", "60");
    const auto floodVoters = opt("flood-voters", "Honest voters in the flood scenario (0 skips it).", "n", "50");
    const auto sqlite = opt("sqlite-commits", "fsync'd SQLite commits to time.", "n", "200");
    const auto servers = opt("servers", "Servers to measure, comma separated: kiosk (--no-gui), gui (with its wall, offscreen), floor.",
                             "list", "kiosk,gui,floor");
    const auto concurrency = opt("join-concurrency", "At most this many joins in flight.", "n", "50");
    const auto seed = opt("seed", "Random seed.", "n", "1");
    const auto kiosk = opt("kiosk", "flipover-kiosk to measure (default: $FLIPOVER_KIOSK, then the built one).", "path");
    const auto floor = opt("floor", "flipover-floor (default: the built one).", "path");
    const auto voterApp = opt("voter-app", "flipover-voter (default: $FLIPOVER_VOTER, then the built one).", "path");
    const auto json = opt("json", "Write the results as JSON to this file.", "file");
    const auto markdown = opt("markdown", "Also write the tables as Markdown to this file.", "file");
    const auto checkOpt = opt("check", "After the run, check that it completed and its figures are sane.");
    const auto checkFile = opt("check-file", "Only check an earlier JSON result.", "file");
    const auto updateSizes = opt("update-sizes", "Only print the update sizes for one change (--update-size-cards).");
    const auto updateSizeCards = opt("update-size-cards", "Boards for the update sizes, comma separated (0 skips them).", "list", "6,50,200");
    const auto load = opt("load", "Internal: be the load process.");
    const auto flood = opt("flood", "Internal: be the flooding client.");
    const auto url = opt("url", "Internal (--load): the server's URL.", "url");
    const auto pin = opt("pin", "Internal (--load): session PIN.", "pin");
    const auto fpin = opt("facilitator-pin", "Internal (--load): facilitator PIN.", "pin");
    p.process(app);

    if (p.isSet(flood))
        return runFlood(QUrl(p.value(url)), p.value(pin));
    if (p.isSet(load)) {
        LoadOptions l;
        l.url = QUrl(p.value(url));
        l.pin = p.value(pin);
        l.facilitatorPin = p.value(fpin);
        l.voters = qBound(1, p.value(voters).toInt(), 5000);
        l.joinConcurrency = qMax(1, p.value(concurrency).toInt());
        l.seed = p.value(seed).toUInt();
        return runLoad(l);
    }
    if (p.isSet(checkFile))
        return check(readJson(p.value(checkFile)), p.value(checkFile));

    BenchOptions o;
    o.updateSizeCards.clear();
    for (const QString &v : p.value(updateSizeCards).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = v.trimmed().toInt();
        if (n < 0 || n > 500) {
            QTextStream(stderr) << "flipover-bench: --update-size-cards takes numbers from 0 to 500" << Qt::endl;
            return 2;
        }
        if (n > 0)
            o.updateSizeCards.append(n);
    }
    o.kiosk = firstOf({p.value(kiosk), qEnvironmentVariable("FLIPOVER_KIOSK"), QStringLiteral(FLIPOVER_BENCH_KIOSK)});
    if (p.isSet(updateSizes)) {
        QString error;
        const QJsonObject sizes = measureUpdateSizes(o.kiosk, o.updateSizeCards, &error);
        QTextStream out(stdout);
        if (sizes.isEmpty()) {
            QTextStream(stderr) << "flipover-bench: " << error << Qt::endl;
            return 1;
        }
        printUpdateSizes(sizes, out);
        return 0;
    }
    o.voters.clear();
    for (const QString &v : p.value(voters).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = v.trimmed().toInt();
        if (n < 1 || n > 5000) {
            QTextStream(stderr) << "flipover-bench: --voters takes numbers from 1 to 5000" << Qt::endl;
            return 2;
        }
        o.voters.append(n);
    }
    o.duration = qBound(1.0, p.value(duration).toDouble(), 600.0);
    o.bursts = qBound(1, p.value(bursts).toInt(), 20);
    o.idleSeconds = qBound(0.0, p.value(idle).toDouble(), 600.0);
    o.floodVoters = qBound(0, p.value(floodVoters).toInt(), 5000);
    o.sqliteCommits = qBound(0, p.value(sqlite).toInt(), 100000);
    o.joinConcurrency = qMax(1, p.value(concurrency).toInt());
    o.seed = p.value(seed).toUInt();
    o.servers = p.value(servers).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.self = QCoreApplication::applicationFilePath();
    const QString appDir = QCoreApplication::applicationDirPath();
    o.floor = firstOf({p.value(floor), QStringLiteral(FLIPOVER_BENCH_FLOOR), appDir + QStringLiteral("/floor/flipover-floor")});
    o.voterApp = firstOf({p.value(voterApp), qEnvironmentVariable("FLIPOVER_VOTER"), QStringLiteral(FLIPOVER_BENCH_VOTER)});
    o.json = p.value(json);
    o.markdown = p.value(markdown);
    o.check = p.isSet(checkOpt);
    for (const QString &s : o.servers) {
        if (s != QLatin1String("kiosk") && s != QLatin1String("gui") && s != QLatin1String("floor")) {
            QTextStream(stderr) << "flipover-bench: --servers takes kiosk, gui and floor" << Qt::endl;
            return 2;
        }
        const QString path = s == QLatin1String("floor") ? o.floor : o.kiosk;
        if (path.isEmpty() || !QFileInfo(path).isExecutable()) {
            QTextStream(stderr) << "flipover-bench: no " << s << " program (\"" << path << "\"); build it or pass --" << s << Qt::endl;
            return 2;
        }
    }
    return runBench(o, app.arguments());
}
