// The result as Markdown tables, for docs/performance.md (--markdown FILE).
#include "report.h"

#include "figures.h"
#include "scenarios.h"

#include <QFile>
#include <QTextStream>
#include <cmath>

namespace flipover::bench {

namespace {

// One table: a header, then a row per run from the given paths.
void table(QTextStream &out, const QJsonArray &runs, const QStringList &headers, const QStringList &paths, int decimals = 1)
{
    out << "| server | N | " << headers.join(QStringLiteral(" | ")) << " |\n|---|---:|";
    for (qsizetype i = 0; i < headers.size(); ++i)
        out << "---:|";
    out << "\n";
    for (const QJsonValue &v : runs) {
        const QJsonObject r = v.toObject();
        out << "| " << r.value(QLatin1String("server")).toString() << " | " << r.value(QLatin1String("voters")).toInt() << " | ";
        if (r.contains(QLatin1String("error"))) {
            out << "failed: " << r.value(QLatin1String("error")).toString() << " |\n";
            continue;
        }
        QStringList cells;
        for (const QString &p : paths)
            cells.append(num(at(r, p), p.endsWith(QLatin1String("votes")) || p.endsWith(QLatin1String("frames"))
                                           || p.contains(QLatin1String("missing")) || p.contains(QLatin1String("commandsPerSecond"))
                                           || p.contains(QLatin1String("failed")) || p.contains(QLatin1String("tickMaxGap"))
                                           || p.contains(QLatin1String("KbPerVoter")) || p.contains(QLatin1String("kbPerVoter"))
                                           ? 0 : decimals));
        out << cells.join(QStringLiteral(" | ")) << " |\n";
    }
    out << "\n";
}

} // namespace

bool writeMarkdown(const QJsonObject &result, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&f);
    const QJsonObject m = result.value(QLatin1String("machine")).toObject();
    const QJsonArray runs = result.value(QLatin1String("runs")).toArray();
    out << "Machine: " << m.value(QLatin1String("nproc")).toInt() << " cores (" << m.value(QLatin1String("cpuModel")).toString()
        << "), " << num(m.value(QLatin1String("memoryMb")).toDouble() / 1024.0, 0) << " GB, kernel "
        << m.value(QLatin1String("kernel")).toString() << ", " << m.value(QLatin1String("os")).toString() << ", Qt "
        << m.value(QLatin1String("qt")).toString() << ".  \nDate: " << result.value(QLatin1String("date")).toString()
        << "; load average (1/5/15 min) at start " << result.value(QLatin1String("loadAverageAtStart")).toString().section(QLatin1Char(' '), 0, 2)
        << ", at end " << result.value(QLatin1String("loadAverageAtEnd")).toString().section(QLatin1Char(' '), 0, 2)
        << "; run took " << num(result.value(QLatin1String("elapsedSeconds")).toDouble(), 0) << " s.\n\n";

    out << "**Vote to tally at every client, paced** (each voter every 2–5 s; ms, until the last client's socket received it;"
           " read: until the load process, one thread for all clients, had read it there)\n\n";
    table(out, runs, {QStringLiteral("votes/s"), QStringLiteral("votes"), QStringLiteral("ack p50"), QStringLiteral("ack p99"),
                      QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99"), QStringLiteral("max"), QStringLiteral("missing"),
                      QStringLiteral("read p50"), QStringLiteral("read p99")},
          {QStringLiteral("pace.votesPerSecond"), QStringLiteral("pace.votes"), QStringLiteral("pace.ack.p50"), QStringLiteral("pace.ack.p99"),
           QStringLiteral("pace.latency.p50"), QStringLiteral("pace.latency.p95"), QStringLiteral("pace.latency.p99"),
           QStringLiteral("pace.latency.max"), QStringLiteral("pace.missingDeliveries"), QStringLiteral("pace.latencyRead.p50"),
           QStringLiteral("pace.latencyRead.p99")});
    out << "**Bursts** (every voter at once; ms from sending to the tally at every client; missing: client/vote pairs "
           "never delivered; dropped: clients the kiosk closed; accepted commands per second)\n\n";
    table(out, runs, {QStringLiteral("votes"), QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99"), QStringLiteral("max"),
                      QStringLiteral("ack p99"), QStringLiteral("missing"), QStringLiteral("dropped"), QStringLiteral("accepted cmd/s")},
          {QStringLiteral("burst.votes"), QStringLiteral("burst.latency.p50"), QStringLiteral("burst.latency.p95"),
           QStringLiteral("burst.latency.p99"), QStringLiteral("burst.latency.max"), QStringLiteral("burst.ack.p99"),
           QStringLiteral("burst.missingDeliveries"), QStringLiteral("burst.dropped"), QStringLiteral("burst.commandsPerSecond")});
    out << "**Joins** (socket opened to snapshot; ms; at most " << result.value(QLatin1String("options")).toObject().value(QLatin1String("joinConcurrency")).toInt()
        << " joins in flight)\n\n";
    table(out, runs, {QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99"), QStringLiteral("max"), QStringLiteral("failed")},
          {QStringLiteral("join.p50"), QStringLiteral("join.p95"), QStringLiteral("join.p99"), QStringLiteral("join.max"), QStringLiteral("join.failed")});
    out << "**Server process** (from /proc; MB; KB per voter: what the kiosk's heap in use grew by from idle to all"
           " connected ÷ N (kiosk/heapstats.h; its RSS holds a heap reserve from the start), for the floor (RSS all"
           " connected − RSS idle) ÷ N, and that RSS growth for every server beside it; CPU in % of one core;"
           " the load process runs beside it on the same cores)\n\n";
    table(out, runs, {QStringLiteral("peak RSS"), QStringLiteral("RSS idle"), QStringLiteral("RSS all connected"), QStringLiteral("KB per voter"),
                      QStringLiteral("RSS KB per voter"),
                      QStringLiteral("CPU % joins"), QStringLiteral("CPU % paced"), QStringLiteral("CPU % bursts"),
                      QStringLiteral("CPU ms/vote paced"), QStringLiteral("load CPU % paced"), QStringLiteral("load CPU % bursts")},
          {QStringLiteral("serverProcess.peakRssMb"), QStringLiteral("serverProcess.rssMbIdle"), QStringLiteral("serverProcess.rssMbAllConnected"),
           QStringLiteral("serverProcess.kbPerVoter"), QStringLiteral("serverProcess.rssKbPerVoter"), QStringLiteral("serverProcess.cpuJoinPct"), QStringLiteral("serverProcess.cpuPacePct"),
           QStringLiteral("serverProcess.cpuBurstPct"), QStringLiteral("serverProcess.cpuMsPerVotePace"), QStringLiteral("loadProcess.cpuPacePct"),
           QStringLiteral("loadProcess.cpuBurstPct")});
    QJsonArray walls;
    for (const QJsonValue &v : runs) {
        if (v.toObject().contains(QLatin1String("wall")))
            walls.append(v);
    }
    if (!walls.isEmpty()) {
        out << "**The wall** (the GUI kiosk's own figures, kiosk/wallstats.h. Timer: the largest gap in ms between two seconds"
               " shown on the wall, per phase. Frame time: ms from a new tally or second reaching the wall's view to the"
               " frame that shows it; drawing: ms of the frame itself)\n\n";
        table(out, walls, {QStringLiteral("timer gap joins"), QStringLiteral("timer gap paced"), QStringLiteral("timer gap bursts"),
                           QStringLiteral("frame p50 paced"), QStringLiteral("frame p99 paced"), QStringLiteral("frame max paced"),
                           QStringLiteral("frame p99 bursts"), QStringLiteral("drawing p99 paced"), QStringLiteral("frames paced")},
              {QStringLiteral("wall.join.tickMaxGapMs"), QStringLiteral("wall.pace.tickMaxGapMs"), QStringLiteral("wall.burst.tickMaxGapMs"),
               QStringLiteral("wall.pace.frameWait.p50"), QStringLiteral("wall.pace.frameWait.p99"), QStringLiteral("wall.pace.frameWait.max"),
               QStringLiteral("wall.burst.frameWait.p99"), QStringLiteral("wall.pace.frameDraw.p99"), QStringLiteral("wall.pace.frames")});
    }

    out << "**Kiosk ÷ floor and GUI kiosk ÷ floor** (latency and memory: lower is better; cmd/s: higher is better)\n\n"
        << "| server | N | join p50 | paced p50 | paced p99 | burst p50 | burst p99 | burst cmd/s | peak RSS | CPU paced |\n"
        << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const QJsonValue &v : result.value(QLatin1String("ratios")).toArray()) {
        const QJsonObject r = v.toObject();
        auto g = [&](const char *k) { return num(r.value(QLatin1String(k)).toDouble(std::nan("")), 2); };
        out << "| " << r.value(QLatin1String("server")).toString() << " | " << r.value(QLatin1String("voters")).toInt() << " | " << g("joinP50") << " | " << g("paceP50") << " | " << g("paceP99")
            << " | " << g("burstP50") << " | " << g("burstP99") << " | " << g("burstCommandsPerSecond") << " | " << g("peakRss")
            << " | " << g("cpuPace") << " |\n";
    }
    const QJsonObject idle = result.value(QLatin1String("idle")).toObject();
    const QJsonObject voter = result.value(QLatin1String("voterApp")).toObject();
    const QJsonObject sql = result.value(QLatin1String("sqliteCommit")).toObject();
    out << "\n| other figure | value |\n|---|---|\n"
        << "| idle kiosk, " << num(idle.value(QLatin1String("seconds")).toDouble(std::nan("")), 0) << " s, "
        << idle.value(QLatin1String("clients")).toInt() << " silent clients | " << num(idle.value(QLatin1String("kioskCpuPct")).toDouble(std::nan("")), 2)
        << " % of one core (floor beside it: " << num(idle.value(QLatin1String("floorCpuPct")).toDouble(std::nan("")), 2) << " %) |\n";
    if (idle.contains(QLatin1String("guiCpuPct")))
        out << "| idle wall (GUI kiosk), the same " << idle.value(QLatin1String("clients")).toInt() << " silent clients beside them | "
            << num(at(idle, QStringLiteral("guiCpuPct")), 2) << " % of one core, " << num(at(idle, QStringLiteral("guiRssMb"))) << " MB; "
            << num(at(idle, QStringLiteral("guiWall.frames")), 0) << " frames for " << num(at(idle, QStringLiteral("guiWall.ticks")), 0)
            << " seconds shown |\n";
    out
        << "| voter app (flipover-voter, offscreen, joined in the vote phase) | "
        << (voter.value(QLatin1String("measured")).toBool()
                ? num(voter.value(QLatin1String("peakSampledRssMb")).toDouble()) + QStringLiteral(" MB resident (peak sampled)")
                : QStringLiteral("not measured: ") + voter.value(QLatin1String("reason")).toString())
        << " |\n| one fsync'd SQLite commit (WAL, synchronous=FULL, " << sql.value(QLatin1String("count")).toInt() << " commits) | p50 "
        << num(sql.value(QLatin1String("p50")).toDouble(), 2) << " ms, p99 " << num(sql.value(QLatin1String("p99")).toDouble(), 2)
        << " ms, max " << num(sql.value(QLatin1String("max")).toDouble(), 2) << " ms |\n";
    const QJsonObject paced = result.value(QLatin1String("sqliteCommitPaced")).toObject();
    out << "| the same commit, each after 250 ms of quiet (" << paced.value(QLatin1String("count")).toInt() << " commits; a lone vote's case) | p50 "
        << num(paced.value(QLatin1String("p50")).toDouble(), 2) << " ms, p99 " << num(paced.value(QLatin1String("p99")).toDouble(), 2)
        << " ms, max " << num(paced.value(QLatin1String("max")).toDouble(), 2) << " ms |\n\n";

    const QJsonObject sizes = result.value(QLatin1String("updateSizes")).toObject();
    if (!sizes.isEmpty() && !sizes.contains(QLatin1String("error")))
        printUpdateSizes(sizes, out);
    out << "| target | value | |\n|---|---|---|\n";
    for (const QJsonValue &v : result.value(QLatin1String("targets")).toArray()) {
        const QJsonObject t = v.toObject();
        const QJsonValue value = t.value(QLatin1String("value"));
        const QJsonValue met = t.value(QLatin1String("met"));
        out << "| " << t.value(QLatin1String("target")).toString() << " | "
            << (value.isBool() ? (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                               : num(value.toDouble(std::nan("")), 2) + QLatin1Char(' ') + t.value(QLatin1String("unit")).toString());
        if (t.contains(QLatin1String("note")))
            out << " (" << t.value(QLatin1String("note")).toString() << ")";
        out << " | " << (met.isNull() ? "not measured" : met.toBool() ? "**met**" : "**not met**") << " |\n";
    }
    return true;
}

} // namespace flipover::bench
