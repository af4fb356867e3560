#include "report.h"

#include <QTextStream>
#include <cmath>
#include <cstdio>

namespace flipover::bench {

namespace {

QJsonObject findRun(const QJsonArray &runs, const QString &server, int voters)
{
    for (const QJsonValue &v : runs) {
        const QJsonObject r = v.toObject();
        if (r.value(QLatin1String("server")).toString() == server && r.value(QLatin1String("voters")).toInt() == voters)
            return r;
    }
    return {};
}

double at(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const QString &k : path.split(QLatin1Char('.')))
        v = v.toObject().value(k);
    return v.toDouble(std::nan(""));
}

QJsonValue ratio(double a, double b)
{
    if (std::isnan(a) || std::isnan(b) || b <= 0)
        return QJsonValue::Null;
    return std::round(a / b * 100.0) / 100.0;
}

QString num(double v, int decimals = 1)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', decimals);
}

QJsonObject target(const QString &id, const QString &text, const QJsonValue &value, const QString &unit,
                   double limit, bool lowerIsBetter = true, const QString &note = QString())
{
    QJsonValue met = QJsonValue::Null;
    if (value.isDouble())
        met = lowerIsBetter ? value.toDouble() <= limit : value.toDouble() >= limit;
    else if (value.isBool())
        met = value.toBool();
    QJsonObject t{{QStringLiteral("id"), id}, {QStringLiteral("target"), text}, {QStringLiteral("value"), value},
                  {QStringLiteral("unit"), unit}, {QStringLiteral("met"), met}};
    if (!note.isEmpty())
        t.insert(QStringLiteral("note"), note);
    return t;
}

} // namespace

QJsonArray floorRatios(const QJsonArray &runs)
{
    QJsonArray out;
    for (const QJsonValue &v : runs) {
        const QJsonObject k = v.toObject();
        if (k.value(QLatin1String("server")).toString() != QLatin1String("kiosk"))
            continue;
        const int n = k.value(QLatin1String("voters")).toInt();
        const QJsonObject f = findRun(runs, QStringLiteral("floor"), n);
        if (f.isEmpty())
            continue;
        auto r = [&](const QString &path) { return ratio(at(k, path), at(f, path)); };
        out.append(QJsonObject{{QStringLiteral("voters"), n},
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

QJsonArray evaluateTargets(const QJsonObject &result)
{
    const QJsonArray runs = result.value(QLatin1String("runs")).toArray();
    QJsonArray out;
    const QJsonObject k200 = findRun(runs, QStringLiteral("kiosk"), 200);
    out.append(target(QStringLiteral("p99_200"), QStringLiteral("p99 vote-to-tally <= 50 ms with 200 voters (paced)"),
                      k200.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(at(k200, QStringLiteral("pace.latency.p99"))),
                      QStringLiteral("ms"), 50));

    const QJsonObject k500 = findRun(runs, QStringLiteral("kiosk"), 500);
    QJsonValue all500 = QJsonValue::Null;
    if (!k500.isEmpty()) {
        all500 = at(k500, QStringLiteral("join.failed")) == 0 && at(k500, QStringLiteral("join.count")) == 500
            && at(k500, QStringLiteral("pace.missingDeliveries")) == 0 && at(k500, QStringLiteral("burst.missingDeliveries")) == 0
            && k500.value(QLatin1String("pace")).toObject().value(QLatin1String("settled")).toBool()
            && k500.value(QLatin1String("burst")).toObject().value(QLatin1String("settled")).toBool();
    }
    out.append(target(QStringLiteral("connected_500"), QStringLiteral("500 voters connected at once, every one receiving every tally"),
                      all500, QString(), 0));
    out.append(target(QStringLiteral("rss_500"), QStringLiteral("kiosk <= 150 MB resident with 500 voters (peak)"),
                      k500.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(at(k500, QStringLiteral("serverProcess.peakRssMb"))),
                      QStringLiteral("MB"), 150));

    const QJsonObject idle = result.value(QLatin1String("idle")).toObject();
    out.append(target(QStringLiteral("idle_cpu"), QStringLiteral("idle kiosk < 2 % of one core"),
                      idle.isEmpty() ? QJsonValue(QJsonValue::Null) : idle.value(QLatin1String("kioskCpuPct")),
                      QStringLiteral("%"), 2));

    double worst = std::nan("");
    int worstN = 0;
    for (const QJsonValue &v : result.value(QLatin1String("ratios")).toArray()) {
        const double r = v.toObject().value(QLatin1String("paceP50")).toDouble(std::nan(""));
        if (!std::isnan(r) && (std::isnan(worst) || r > worst)) {
            worst = r;
            worstN = v.toObject().value(QLatin1String("voters")).toInt();
        }
    }
    out.append(target(QStringLiteral("p50_floor"), QStringLiteral("p50 vote-to-tally <= 3x the floor, at every N (paced)"),
                      std::isnan(worst) ? QJsonValue(QJsonValue::Null) : QJsonValue(worst), QStringLiteral("x"), 3, true,
                      std::isnan(worst) ? QString() : QStringLiteral("worst at N=%1").arg(worstN)));

    const QJsonObject voter = result.value(QLatin1String("voterApp")).toObject();
    const bool measured = voter.value(QLatin1String("measured")).toBool();
    out.append(target(QStringLiteral("voter_rss"), QStringLiteral("voter app < 80 MB resident (DESIGN.md)"),
                      measured ? voter.value(QLatin1String("peakSampledRssMb")) : QJsonValue(QJsonValue::Null),
                      QStringLiteral("MB"), 80, true, measured ? QString() : voter.value(QLatin1String("reason")).toString()));
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
           " | burst: vote->every client p50/p95/p99/max  cmd/s\n";
    for (const QJsonValue &v : runs) {
        const QJsonObject r = v.toObject();
        auto g = [&](const QString &p, int d = 1) { return num(at(r, p), d); };
        if (r.contains(QLatin1String("error"))) {
            out << label(r) << " | failed: " << r.value(QLatin1String("error")).toString() << "\n";
            continue;
        }
        out << label(r) << " | " << g(QStringLiteral("join.p50")) << "/" << g(QStringLiteral("join.p99"))
            << " | " << g(QStringLiteral("pace.votesPerSecond")) << "  " << g(QStringLiteral("pace.ack.p50")) << "/"
            << g(QStringLiteral("pace.ack.p99")) << "  " << g(QStringLiteral("pace.latency.p50")) << "/"
            << g(QStringLiteral("pace.latency.p95")) << "/" << g(QStringLiteral("pace.latency.p99")) << "/"
            << g(QStringLiteral("pace.latency.max")) << "  " << g(QStringLiteral("pace.missingDeliveries"), 0)
            << " | " << g(QStringLiteral("burst.latency.p50")) << "/" << g(QStringLiteral("burst.latency.p95")) << "/"
            << g(QStringLiteral("burst.latency.p99")) << "/" << g(QStringLiteral("burst.latency.max")) << "  "
            << g(QStringLiteral("burst.commandsPerSecond"), 0) << "\n";
    }
    out << "\nResources     | server RSS MB peak/all connected | server CPU % join/pace/burst | server CPU ms per vote pace/burst"
           " | load process CPU % pace/burst\n";
    for (const QJsonValue &v : runs) {
        const QJsonObject r = v.toObject();
        auto g = [&](const QString &p, int d = 1) { return num(at(r, p), d); };
        if (r.contains(QLatin1String("error")))
            continue;
        out << label(r) << " | " << g(QStringLiteral("serverProcess.peakRssMb")) << "/" << g(QStringLiteral("serverProcess.rssMbAllConnected"))
            << " | " << g(QStringLiteral("serverProcess.cpuJoinPct")) << "/" << g(QStringLiteral("serverProcess.cpuPacePct")) << "/"
            << g(QStringLiteral("serverProcess.cpuBurstPct")) << " | " << g(QStringLiteral("serverProcess.cpuMsPerVotePace"), 2) << "/"
            << g(QStringLiteral("serverProcess.cpuMsPerVoteBurst"), 2) << " | " << g(QStringLiteral("loadProcess.cpuPacePct")) << "/"
            << g(QStringLiteral("loadProcess.cpuBurstPct")) << "\n";
    }
    out << "\nkiosk / floor      N | join p50 | paced p50 | paced p99 | burst p50 | burst p99 | burst cmd/s | peak RSS | CPU pace\n";
    for (const QJsonValue &v : result.value(QLatin1String("ratios")).toArray()) {
        const QJsonObject r = v.toObject();
        auto g = [&](const char *k) { return num(r.value(QLatin1String(k)).toDouble(std::nan("")), 2); };
        out << QStringLiteral("%1").arg(r.value(QLatin1String("voters")).toInt(), 20) << " | " << g("joinP50") << " | "
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
        << num(idle.value(QLatin1String("floorCpuPct")).toDouble(std::nan("")), 2) << " %\n";
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
        << " commits\n\nTargets:\n";
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
