// The smoke test's checker: the run completed and its figures are sane.
// Deliberately no timing thresholds: a busy CI machine must not fail it.
#include "report.h"

namespace flipover::bench {

namespace {

class Checker
{
public:
    QStringList problems;

    void expect(bool ok, const QString &what)
    {
        if (!ok)
            problems.append(what);
    }

    // count > 0 (unless allowed empty) and 0 <= p50 <= p95 <= p99 <= max.
    void percentiles(const QJsonObject &s, const QString &what, bool mayBeEmpty = false)
    {
        const int count = s.value(QLatin1String("count")).toInt(-1);
        expect(count > 0 || (mayBeEmpty && count == 0), QStringLiteral("%1: no samples").arg(what));
        const double p50 = s.value(QLatin1String("p50")).toDouble(-1);
        const double p95 = s.value(QLatin1String("p95")).toDouble(-1);
        const double p99 = s.value(QLatin1String("p99")).toDouble(-1);
        const double max = s.value(QLatin1String("max")).toDouble(-1);
        expect(p50 >= 0 && p50 <= p95 && p95 <= p99 && p99 <= max,
               QStringLiteral("%1: percentiles out of order (%2/%3/%4/%5)").arg(what).arg(p50).arg(p95).arg(p99).arg(max));
    }

    void run(const QJsonObject &r, int bursts)
    {
        const QString name = QStringLiteral("%1 N=%2").arg(r.value(QLatin1String("server")).toString()).arg(r.value(QLatin1String("voters")).toInt());
        const int n = r.value(QLatin1String("voters")).toInt();
        const QJsonObject join = r.value(QLatin1String("join")).toObject();
        expect(join.value(QLatin1String("count")).toInt() == n, name + QStringLiteral(": not every voter joined"));
        expect(join.value(QLatin1String("failed")).toInt(-1) == 0, name + QStringLiteral(": failed joins"));
        percentiles(join, name + QStringLiteral(" join"));
        expect(r.value(QLatin1String("setup")).toObject().value(QLatin1String("connected")).toInt() == n + 1,
               name + QStringLiteral(": not all clients connected after setup"));

        const QJsonObject pace = r.value(QLatin1String("pace")).toObject();
        const int votes = pace.value(QLatin1String("votes")).toInt();
        expect(votes > 0, name + QStringLiteral(": no paced votes"));
        expect(pace.value(QLatin1String("acked")).toInt() == votes, name + QStringLiteral(": paced votes not all accepted"));
        expect(pace.value(QLatin1String("settled")).toBool(), name + QStringLiteral(": paced votes did not settle"));
        expect(pace.value(QLatin1String("missingDeliveries")).toDouble(-1) == 0,
               name + QStringLiteral(": a client missed a paced tally"));
        expect(pace.value(QLatin1String("errors")).toObject().isEmpty(), name + QStringLiteral(": errors during the paced run"));
        expect(pace.value(QLatin1String("dropped")).toInt(-1) == 0, name + QStringLiteral(": the kiosk closed a client in the paced run"));
        percentiles(pace.value(QLatin1String("latency")).toObject(), name + QStringLiteral(" paced latency"));
        expect(pace.value(QLatin1String("latency")).toObject().value(QLatin1String("count")).toInt() == votes,
               name + QStringLiteral(": not every paced vote reached every client"));
        // A message is read after its socket received it: the receive
        // timestamps are on the same clock as the reads, or they are wrong.
        const QJsonObject read = pace.value(QLatin1String("latencyRead")).toObject();
        percentiles(read, name + QStringLiteral(" paced latency, read"));
        for (const char *p : {"p50", "p99", "max"})
            expect(read.value(QLatin1String(p)).toDouble(-1) >= pace.value(QLatin1String("latency")).toObject().value(QLatin1String(p)).toDouble(),
                   name + QStringLiteral(": a paced tally read before its socket received it (%1)").arg(QLatin1String(p)));

        const QJsonObject burst = r.value(QLatin1String("burst")).toObject();
        expect(burst.value(QLatin1String("votes")).toInt() == n * bursts, name + QStringLiteral(": burst did not send N votes per burst"));
        expect(burst.value(QLatin1String("acked")).toInt() == n * bursts, name + QStringLiteral(": burst votes not all accepted"));
        expect(burst.value(QLatin1String("settled")).toBool(), name + QStringLiteral(": burst did not settle"));
        expect(burst.value(QLatin1String("missingDeliveries")).toDouble(-1) == 0, name + QStringLiteral(": a client missed a burst tally"));
        expect(burst.value(QLatin1String("dropped")).toInt(-1) == 0, name + QStringLiteral(": the kiosk closed a client in the bursts"));
        expect(burst.value(QLatin1String("errors")).toObject().isEmpty(), name + QStringLiteral(": errors during the bursts"));
        expect(burst.value(QLatin1String("commandsPerSecond")).toDouble() > 0, name + QStringLiteral(": no burst throughput"));
        percentiles(burst.value(QLatin1String("latency")).toObject(), name + QStringLiteral(" burst latency"));
        expect(burst.value(QLatin1String("latency")).toObject().value(QLatin1String("count")).toInt() == n * bursts,
               name + QStringLiteral(": not every burst vote reached every client"));

        const QJsonObject proc = r.value(QLatin1String("serverProcess")).toObject();
        expect(proc.value(QLatin1String("peakRssMb")).toDouble() > 0, name + QStringLiteral(": no server memory figure"));
        expect(proc.value(QLatin1String("rssMbAllConnected")).toDouble() > 0, name + QStringLiteral(": no server memory figure"));
        for (const char *k : {"cpuJoinPct", "cpuPacePct", "cpuBurstPct"})
            expect(proc.value(QLatin1String(k)).toDouble(-1) >= 0, name + QStringLiteral(": no server CPU figure"));
        expect(proc.value(QLatin1String("rssMbIdle")).toDouble() > 0 && proc.value(QLatin1String("kbPerVoter")).isDouble(),
               name + QStringLiteral(": no memory per voter"));
        for (const char *k : {"cpuPacePct", "cpuBurstPct"})
            expect(r.value(QLatin1String("loadProcess")).toObject().value(QLatin1String(k)).toDouble(-1) >= 0,
                   name + QStringLiteral(": no load process CPU figure"));
        if (r.value(QLatin1String("server")).toString() == QLatin1String("gui"))
            wall(r.value(QLatin1String("wall")).toObject(), name);
    }

    // The GUI kiosk's wall drew the tallies while they moved and showed its
    // timer's seconds (kiosk/wallstats.h).
    void wall(const QJsonObject &w, const QString &name)
    {
        expect(!w.isEmpty(), name + QStringLiteral(": no figures of the wall"));
        for (const char *phase : {"pace", "burst"}) {
            const QJsonObject p = w.value(QLatin1String(phase)).toObject();
            const QString what = QStringLiteral("%1 wall (%2)").arg(name, QLatin1String(phase));
            expect(p.value(QLatin1String("frames")).toInt() > 0, what + QStringLiteral(": no frame drawn while the tallies moved"));
            percentiles(p.value(QLatin1String("frameWait")).toObject(), what + QStringLiteral(" frame time"));
            percentiles(p.value(QLatin1String("frameDraw")).toObject(), what + QStringLiteral(" drawing time"));
        }
        const QJsonObject all = w.value(QLatin1String("all")).toObject();
        expect(all.value(QLatin1String("ticks")).toInt() > 0 && all.value(QLatin1String("tickMaxGapMs")).toDouble() > 0,
               name + QStringLiteral(": the wall's timer showed no second"));
    }
};

} // namespace

QStringList checkResult(const QJsonObject &result)
{
    Checker c;
    const QJsonObject options = result.value(QLatin1String("options")).toObject();
    const int bursts = options.value(QLatin1String("bursts")).toInt();
    const QJsonArray voters = options.value(QLatin1String("voters")).toArray();
    const QJsonArray servers = options.value(QLatin1String("servers")).toArray();
    c.expect(result.value(QLatin1String("completed")).toBool(), QStringLiteral("the run did not complete"));
    c.expect(result.value(QLatin1String("machine")).toObject().value(QLatin1String("nproc")).toInt() > 0, QStringLiteral("no machine info"));
    const QJsonArray runs = result.value(QLatin1String("runs")).toArray();
    c.expect(!runs.isEmpty() && runs.size() == voters.size() * servers.size(), QStringLiteral("not every server/N run is there"));
    for (const QJsonValue &r : runs)
        c.run(r.toObject(), bursts);
    if (servers.contains(QStringLiteral("floor")))
        c.expect(result.value(QLatin1String("ratios")).toArray().size() == voters.size() * (servers.size() - 1),
                 QStringLiteral("ratios to the floor missing"));

    if (options.value(QLatin1String("floodVoters")).toInt() > 0 && servers.contains(QStringLiteral("kiosk"))) {
        // The honest voters kept working beside the flooder, which was cut off.
        const QJsonObject flood = result.value(QLatin1String("flood")).toObject();
        for (const char *phase : {"quiet", "flooded"}) {
            const QJsonObject pace = flood.value(QLatin1String(phase)).toObject();
            const QString name = QStringLiteral("flood (%1)").arg(QLatin1String(phase));
            c.expect(pace.value(QLatin1String("votes")).toInt() > 0, name + QStringLiteral(": no paced votes"));
            c.expect(pace.value(QLatin1String("acked")).toInt() == pace.value(QLatin1String("votes")).toInt(),
                     name + QStringLiteral(": votes not all accepted"));
            c.expect(pace.value(QLatin1String("missingDeliveries")).toDouble(-1) == 0, name + QStringLiteral(": a client missed a tally"));
            c.percentiles(pace.value(QLatin1String("latency")).toObject(), name + QStringLiteral(" latency"));
        }
        const QJsonObject flooder = flood.value(QLatin1String("flooder")).toObject();
        c.expect(flooder.value(QLatin1String("cutOffs")).toInt() > 0 && flooder.value(QLatin1String("rateLimited")).toInt() > 0,
                 QStringLiteral("flood: the flooder was never cut off"));
    }
    const QJsonObject idle = result.value(QLatin1String("idle")).toObject();
    if (options.value(QLatin1String("idleSeconds")).toDouble() > 0) {
        c.expect(idle.value(QLatin1String("seconds")).toDouble() > 0, QStringLiteral("no idle measurement"));
        c.expect(idle.value(QLatin1String("kioskCpuPct")).toDouble(-1) >= 0 && idle.value(QLatin1String("floorCpuPct")).toDouble(-1) >= 0,
                 QStringLiteral("no idle CPU figures"));
        if (servers.contains(QStringLiteral("gui")))
            c.expect(idle.value(QLatin1String("guiCpuPct")).toDouble(-1) >= 0
                         && idle.value(QLatin1String("guiWall")).toObject().value(QLatin1String("ticks")).toInt() > 0,
                     QStringLiteral("no idle figures of the wall (CPU, seconds shown)"));
    }
    const QJsonArray boards = options.value(QLatin1String("updateSizeCards")).toArray();
    if (!boards.isEmpty()) {
        const QJsonObject sizes = result.value(QLatin1String("updateSizes")).toObject();
        const QJsonArray rows = sizes.value(QLatin1String("rows")).toArray();
        c.expect(!sizes.contains(QLatin1String("error")) && rows.size() == 8, QStringLiteral("update sizes missing"));
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const QJsonArray after = row.value(QLatin1String("after")).toArray();
            bool sane = after.size() == boards.size();
            for (const QJsonValue &x : after)
                sane = sane && x.toDouble() > 0;
            c.expect(sane, QStringLiteral("update size of %1: not measured on every board").arg(row.value(QLatin1String("change")).toString()));
        }
    }
    const QJsonObject sql = result.value(QLatin1String("sqliteCommit")).toObject();
    c.expect(!sql.contains(QLatin1String("error")), QStringLiteral("SQLite commit test failed: ") + sql.value(QLatin1String("error")).toString());
    c.expect(sql.value(QLatin1String("count")).toInt() == options.value(QLatin1String("sqliteCommits")).toInt(),
             QStringLiteral("SQLite: not every commit timed"));
    c.percentiles(sql, QStringLiteral("SQLite commit"), options.value(QLatin1String("sqliteCommits")).toInt() == 0);
    const QJsonObject paced = result.value(QLatin1String("sqliteCommitPaced")).toObject();
    c.expect(!paced.contains(QLatin1String("error")), QStringLiteral("paced SQLite commit test failed: ") + paced.value(QLatin1String("error")).toString());
    c.expect(paced.value(QLatin1String("count")).toInt() == qMin(40, (options.value(QLatin1String("sqliteCommits")).toInt() + 4) / 5),
             QStringLiteral("SQLite: not every paced commit timed"));
    c.percentiles(paced, QStringLiteral("paced SQLite commit"), options.value(QLatin1String("sqliteCommits")).toInt() == 0);
    c.expect(sql.value(QLatin1String("journalMode")).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0
                 || options.value(QLatin1String("sqliteCommits")).toInt() == 0,
             QStringLiteral("SQLite floor did not run in WAL mode"));

    const QJsonObject voter = result.value(QLatin1String("voterApp")).toObject();
    if (voter.value(QLatin1String("measured")).toBool()) {
        c.expect(voter.value(QLatin1String("joined")).toBool(), QStringLiteral("the voter app did not join"));
        c.expect(voter.value(QLatin1String("rssMb")).toDouble() > 0, QStringLiteral("no voter app memory figure"));
    } else {
        c.expect(!voter.value(QLatin1String("reason")).toString().isEmpty(), QStringLiteral("voter app skipped without a reason"));
    }
    c.expect(!result.value(QLatin1String("targets")).toArray().isEmpty(), QStringLiteral("no targets evaluated"));
    return c.problems;
}

} // namespace flipover::bench
