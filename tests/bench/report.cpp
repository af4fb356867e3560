#include "report.h"

#include "figures.h"
#include "scenarios.h"

#include <QTextStream>
#include <cmath>
#include <cstdio>

namespace flipover::bench {

namespace {

QJsonValue ratio(double a, double b)
{
    if (std::isnan(a) || std::isnan(b) || b <= 0)
        return QJsonValue::Null;
    return std::round(a / b * 100.0) / 100.0;
}

} // namespace

QJsonArray floorRatios(const QJsonArray &runs)
{
    QJsonArray out;
    for (const QJsonValue &v : runs) {
        const QJsonObject k = v.toObject();
        const QString server = k.value(QLatin1String("server")).toString();
        if (server == QLatin1String("floor") || k.contains(QLatin1String("error")))
            continue;
        const int n = k.value(QLatin1String("voters")).toInt();
        const QJsonObject f = findRun(runs, QStringLiteral("floor"), n);
        if (f.isEmpty())
            continue;
        auto r = [&](const QString &path) { return ratio(at(k, path), at(f, path)); };
        out.append(QJsonObject{{QStringLiteral("server"), server},
                               {QStringLiteral("voters"), n},
                               {QStringLiteral("joinP50"), r(QStringLiteral("join.p50"))},
                               {QStringLiteral("paceP50"), r(QStringLiteral("pace.latency.p50"))},
                               {QStringLiteral("paceP99"), r(QStringLiteral("pace.latency.p99"))},
                               {QStringLiteral("burstP50"), r(QStringLiteral("burst.latency.p50"))},
                               {QStringLiteral("burstP99"), r(QStringLiteral("burst.latency.p99"))},
                               {QStringLiteral("burstCommandsPerSecond"), r(QStringLiteral("burst.commandsPerSecond"))},
                               {QStringLiteral("peakRss"), r(QStringLiteral("serverProcess.peakRssMb"))},
                               {QStringLiteral("cpuPace"), r(QStringLiteral("serverProcess.cpuPacePct"))}});
    }
    return out;
}

void printReport(const QJsonObject &result)
{
    QTextStream out(stdout);
    const QJsonObject m = result.value(QLatin1String("machine")).toObject();
    out << "\nMachine: " << m.value(QLatin1String("nproc")).toInt() << " cores, " << m.value(QLatin1String("cpuModel")).toString()
        << ", kernel " << m.value(QLatin1String("kernel")).toString() << ", " << m.value(QLatin1String("os")).toString()
        << ", Qt " << m.value(QLatin1String("qt")).toString() << "\n";
    out << "Date: " << result.value(QLatin1String("date")).toString() << "; load average at start "
        << result.value(QLatin1String("loadAverageAtStart")).toString() << ", at end "
        << result.value(QLatin1String("loadAverageAtEnd")).toString() << "\n\n";

    const QJsonArray runs = result.value(QLatin1String("runs")).toArray();
    auto label = [](const QJsonObject &r) {
        return QStringLiteral("%1 %2").arg(r.value(QLatin1String("server")).toString(), -6).arg(r.value(QLatin1String("voters")).toInt(), 4);
    };
    out << "Latency (ms)  | join p50/p99  | paced: votes/s  ack p50/p99  vote->every client p50/p95/p99/max  missing"
           "  read p50/p99 | burst: vote->every client p50/p95/p99/max  cmd/s\n";
    for (const QJsonValue &v : runs) {
        const QJsonObject r = v.toObject();
        auto g = [&](const QString &p, int d = 1) { return num(at(r, p), d); };
        if (r.contains(QLatin1String("error"))) {
            out << label(r) << " | failed: " << r.value(QLatin1String("error")).toString() << "\n";
            continue;
        }
        out << label(r) << " | " << g(QStringLiteral("join.p50")) << "/" << g(QStringLiteral("join.p99"));
        if (const int refused = int(at(r, QStringLiteral("join.failed"))); refused > 0)
            out << " (" << refused << " refused)"; // the run's "every voter connected" says no
        out << " | " << g(QStringLiteral("pace.votesPerSecond")) << "  " << g(QStringLiteral("pace.ack.p50")) << "/"
            << g(QStringLiteral("pace.ack.p99")) << "  " << g(QStringLiteral("pace.latency.p50")) << "/"
            << g(QStringLiteral("pace.latency.p95")) << "/" << g(QStringLiteral("pace.latency.p99")) << "/"
            << g(QStringLiteral("pace.latency.max")) << "  " << g(QStringLiteral("pace.missingDeliveries"), 0) << "  "
            << g(QStringLiteral("pace.latencyRead.p50")) << "/" << g(QStringLiteral("pace.latencyRead.p99"))
            << " | " << g(QStringLiteral("burst.latency.p50")) << "/" << g(QStringLiteral("burst.latency.p95")) << "/"
            << g(QStringLiteral("burst.latency.p99")) << "/" << g(QStringLiteral("burst.latency.max")) << "  "
            << g(QStringLiteral("burst.commandsPerSecond"), 0) << "\n";
    }
    out << "\nResources     | server RSS MB peak/idle/all connected  KB per voter (kiosk: heap; floor: RSS) | server CPU % join/pace/burst"
           " | server CPU ms per vote pace/burst | load process CPU % pace/burst\n";
    for (const QJsonValue &v : runs) {
        const QJsonObject r = v.toObject();
        auto g = [&](const QString &p, int d = 1) { return num(at(r, p), d); };
        if (r.contains(QLatin1String("error")))
            continue;
        out << label(r) << " | " << g(QStringLiteral("serverProcess.peakRssMb")) << "/" << g(QStringLiteral("serverProcess.rssMbIdle"))
            << "/" << g(QStringLiteral("serverProcess.rssMbAllConnected")) << "  " << g(QStringLiteral("serverProcess.kbPerVoter"), 0)
            << " | " << g(QStringLiteral("serverProcess.cpuJoinPct")) << "/" << g(QStringLiteral("serverProcess.cpuPacePct")) << "/"
            << g(QStringLiteral("serverProcess.cpuBurstPct")) << " | " << g(QStringLiteral("serverProcess.cpuMsPerVotePace"), 2) << "/"
            << g(QStringLiteral("serverProcess.cpuMsPerVoteBurst"), 2) << " | " << g(QStringLiteral("loadProcess.cpuPacePct")) << "/"
            << g(QStringLiteral("loadProcess.cpuBurstPct")) << "\n";
    }
    out << "\nWall (gui)    | timer: largest gap between shown seconds ms join/pace/burst | frame time ms paced p50/p99/max"
           " | bursts p99/max | drawing p99 paced | frames/s paced\n";
    for (const QJsonValue &v : runs) {
        const QJsonObject r = v.toObject();
        auto g = [&](const QString &p, int d = 1) { return num(at(r, QStringLiteral("wall.") + p), d); };
        if (!r.contains(QLatin1String("wall")))
            continue;
        out << label(r) << " | " << g(QStringLiteral("join.tickMaxGapMs"), 0) << "/" << g(QStringLiteral("pace.tickMaxGapMs"), 0) << "/"
            << g(QStringLiteral("burst.tickMaxGapMs"), 0) << " | " << g(QStringLiteral("pace.frameWait.p50")) << "/"
            << g(QStringLiteral("pace.frameWait.p99")) << "/" << g(QStringLiteral("pace.frameWait.max")) << " | "
            << g(QStringLiteral("burst.frameWait.p99")) << "/" << g(QStringLiteral("burst.frameWait.max")) << " | "
            << g(QStringLiteral("pace.frameDraw.p99")) << " | "
            << num(at(r, QStringLiteral("wall.pace.frames")) / at(r, QStringLiteral("wall.pace.seconds"))) << "\n";
    }
    out << "\nserver / floor     N | join p50 | paced p50 | paced p99 | burst p50 | burst p99 | burst cmd/s | peak RSS | CPU pace\n";
    for (const QJsonValue &v : result.value(QLatin1String("ratios")).toArray()) {
        const QJsonObject r = v.toObject();
        auto g = [&](const char *k) { return num(r.value(QLatin1String(k)).toDouble(std::nan("")), 2); };
        out << QStringLiteral("%1 %2").arg(r.value(QLatin1String("server")).toString(), -13).arg(r.value(QLatin1String("voters")).toInt(), 6)
            << " | " << g("joinP50") << " | "
            << g("paceP50") << " | " << g("paceP99") << " | " << g("burstP50") << " | " << g("burstP99") << " | "
            << g("burstCommandsPerSecond") << " | " << g("peakRss") << " | " << g("cpuPace") << "\n";
    }
    const QJsonObject flood = result.value(QLatin1String("flood")).toObject();
    if (!flood.isEmpty()) {
        auto g = [&](const QString &p, int d = 1) { return num(at(flood, p), d); };
        out << "\nFlood (" << flood.value(QLatin1String("voters")).toInt() << " voters at pace; then one client sending 200 messages"
            << " at once, cut off and back every 100 ms): vote->every client p50/p99/max ms quiet "
            << g(QStringLiteral("quiet.latency.p50")) << "/" << g(QStringLiteral("quiet.latency.p99")) << "/"
            << g(QStringLiteral("quiet.latency.max")) << ", flooded " << g(QStringLiteral("flooded.latency.p50")) << "/"
            << g(QStringLiteral("flooded.latency.p99")) << "/" << g(QStringLiteral("flooded.latency.max")) << "; kiosk CPU "
            << g(QStringLiteral("kioskCpuQuietPct")) << " % -> " << g(QStringLiteral("kioskCpuFloodedPct")) << " %; flooder cut off "
            << g(QStringLiteral("flooder.cutOffs"), 0) << " times\n";
    }
    const QJsonObject idle = result.value(QLatin1String("idle")).toObject();
    out << "\nIdle (" << num(idle.value(QLatin1String("seconds")).toDouble(std::nan("")), 0) << " s, "
        << idle.value(QLatin1String("clients")).toInt() << " silent clients): kiosk "
        << num(idle.value(QLatin1String("kioskCpuPct")).toDouble(std::nan("")), 2) << " % of one core, floor "
        << num(idle.value(QLatin1String("floorCpuPct")).toDouble(std::nan("")), 2) << " %";
    if (idle.contains(QLatin1String("guiCpuPct")))
        out << ", GUI kiosk " << num(at(idle, QStringLiteral("guiCpuPct")), 2) << " % (its wall drew "
            << num(at(idle, QStringLiteral("guiWall.frames")), 0) << " frames, " << num(at(idle, QStringLiteral("guiWall.ticks")), 0)
            << " seconds shown)";
    out << "\n";
    const QJsonObject voter = result.value(QLatin1String("voterApp")).toObject();
    if (voter.value(QLatin1String("measured")).toBool())
        out << "Voter app (offscreen, joined a meeting in its vote phase): " << num(voter.value(QLatin1String("rssMb")).toDouble())
            << " MB resident, peak sampled " << num(voter.value(QLatin1String("peakSampledRssMb")).toDouble()) << " MB\n";
    else
        out << "Voter app: not measured (" << voter.value(QLatin1String("reason")).toString() << ")\n";
    const QJsonObject sql = result.value(QLatin1String("sqliteCommit")).toObject();
    out << "Durability floor, one fsync'd SQLite commit (WAL, synchronous=FULL): p50 " << num(sql.value(QLatin1String("p50")).toDouble(), 2)
        << " ms, p99 " << num(sql.value(QLatin1String("p99")).toDouble(), 2) << " ms, max " << num(sql.value(QLatin1String("max")).toDouble(), 2)
        << " ms over " << sql.value(QLatin1String("count")).toInt() << " commits\n";
    const QJsonObject paced = result.value(QLatin1String("sqliteCommitPaced")).toObject();
    out << "  the same commit after 250 ms of quiet (a lone vote's case): p50 " << num(paced.value(QLatin1String("p50")).toDouble(), 2)
        << " ms, p99 " << num(paced.value(QLatin1String("p99")).toDouble(), 2) << " ms over " << paced.value(QLatin1String("count")).toInt()
        << " commits\n\n";
    const QJsonObject sizes = result.value(QLatin1String("updateSizes")).toObject();
    if (!sizes.isEmpty() && !sizes.contains(QLatin1String("error")))
        printUpdateSizes(sizes, out);
    out << "Targets:\n";
    for (const QJsonValue &v : result.value(QLatin1String("targets")).toArray()) {
        const QJsonObject t = v.toObject();
        const QJsonValue met = t.value(QLatin1String("met"));
        const QJsonValue value = t.value(QLatin1String("value"));
        out << "  [" << (met.isNull() ? "not measured" : met.toBool() ? "met" : "NOT MET") << "] "
            << t.value(QLatin1String("target")).toString() << ": "
            << (value.isBool() ? (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                               : num(value.toDouble(std::nan("")), 2) + t.value(QLatin1String("unit")).toString());
        if (t.contains(QLatin1String("note")))
            out << " (" << t.value(QLatin1String("note")).toString() << ")";
        out << "\n";
    }
    out.flush();
}

} // namespace flipover::bench
