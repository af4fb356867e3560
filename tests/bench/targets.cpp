// The targets of issue 19 (a town hall on one wall) and the ones before it
// that still stand, each with its value in this run and whether it is met.
// The room's server is the GUI kiosk when it was measured, else the headless
// one; the room's N is 1,000 when measured, else the largest N of the run.
#include "figures.h"
#include "report.h"

#include <algorithm>

namespace flipover::bench {

namespace {

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

QJsonValue valueAt(const QJsonObject &o, const QString &path)
{
    const double v = at(o, path);
    return o.isEmpty() || std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

// The worst of a ratio over every server and N (largest, or smallest when
// higher is better), with where it was.
struct Worst {
    double value = std::nan("");
    QString where;
};

Worst worstRatio(const QJsonArray &ratios, const char *key, bool higherIsBetter, int minVoters = 0)
{
    Worst w;
    for (const QJsonValue &v : ratios) {
        const QJsonObject r = v.toObject();
        const double x = r.value(QLatin1String(key)).toDouble(std::nan(""));
        if (std::isnan(x) || r.value(QLatin1String("voters")).toInt() < minVoters)
            continue;
        if (std::isnan(w.value) || (higherIsBetter ? x < w.value : x > w.value)) {
            w.value = x;
            w.where = QStringLiteral("worst: %1 at N=%2").arg(r.value(QLatin1String("server")).toString()).arg(r.value(QLatin1String("voters")).toInt());
        }
    }
    return w;
}

QJsonValue orNull(double v)
{
    return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

} // namespace

QJsonArray evaluateTargets(const QJsonObject &result)
{
    const QJsonArray runs = result.value(QLatin1String("runs")).toArray();
    QList<int> ns;
    bool gui = false;
    for (const QJsonValue &v : runs) {
        ns.append(v.toObject().value(QLatin1String("voters")).toInt());
        gui = gui || v.toObject().value(QLatin1String("server")).toString() == QLatin1String("gui");
    }
    const int n = ns.contains(1000) ? 1000 : ns.isEmpty() ? 0 : *std::max_element(ns.cbegin(), ns.cend());
    const QString server = gui ? QStringLiteral("gui") : QStringLiteral("kiosk");
    const QJsonObject room = findRun(runs, server, n);
    const QString where = QStringLiteral("%1, %2 voters").arg(server).arg(n);

    QJsonArray out;
    out.append(target(QStringLiteral("p99_room"), QStringLiteral("p99 vote to tally at every client <= 50 ms, paced (%1)").arg(where),
                      valueAt(room, QStringLiteral("pace.latency.p99")), QStringLiteral("ms"), 50));
    QJsonValue everyone = QJsonValue::Null;
    if (!room.isEmpty() && !room.contains(QLatin1String("error"))) {
        everyone = at(room, QStringLiteral("join.failed")) == 0 && at(room, QStringLiteral("join.count")) == n
            && at(room, QStringLiteral("pace.missingDeliveries")) == 0 && at(room, QStringLiteral("burst.missingDeliveries")) == 0
            && at(room, QStringLiteral("pace.clients")) == n + 1 && at(room, QStringLiteral("burst.clients")) == n + 1
            && at(room, QStringLiteral("pace.settled")) == 1 && at(room, QStringLiteral("burst.settled")) == 1;
    }
    out.append(target(QStringLiteral("connected_room"),
                      QStringLiteral("every voter connected, receiving every tally, none dropped (%1)").arg(where), everyone, QString(), 0));
    if (gui) {
        out.append(target(QStringLiteral("tick_room"), QStringLiteral("the wall's timer: no second shown later than 1.2 s (%1, whole run)").arg(where),
                          valueAt(room, QStringLiteral("wall.all.tickMaxGapMs")), QStringLiteral("ms"), 1200));
        out.append(target(QStringLiteral("frame_room"), QStringLiteral("the wall's frame time p99 <= 50 ms while tallies move (%1, paced)").arg(where),
                          valueAt(room, QStringLiteral("wall.pace.frameWait.p99")), QStringLiteral("ms"), 50));
    }
    out.append(target(QStringLiteral("rss_room"), QStringLiteral("peak resident memory <= 150 MB (%1)").arg(where),
                      valueAt(room, QStringLiteral("serverProcess.peakRssMb")), QStringLiteral("MB"), 150));

    const QJsonArray ratios = result.value(QLatin1String("ratios")).toArray();
    const Worst paced = worstRatio(ratios, "paceP50", false);
    out.append(target(QStringLiteral("p50_floor"), QStringLiteral("paced p50 <= 2x the floor at every N"), orNull(paced.value),
                      QStringLiteral("x"), 2, true, paced.where));
    const Worst join = worstRatio(ratios, "joinP50", false);
    out.append(target(QStringLiteral("join_floor"), QStringLiteral("join p50 <= 2x the floor at every N"), orNull(join.value),
                      QStringLiteral("x"), 2, true, join.where));
    const Worst burst = worstRatio(ratios, "burstCommandsPerSecond", true, 50);
    out.append(target(QStringLiteral("burst_floor"), QStringLiteral("burst commands/s >= the floor's at every N >= 50"), orNull(burst.value),
                      QStringLiteral("x"), 1, false, burst.where));

    const QJsonObject idle = result.value(QLatin1String("idle")).toObject();
    out.append(target(QStringLiteral("idle_cpu"), QStringLiteral("idle kiosk (--no-gui, 11 clients) < 2 % of one core"),
                      idle.isEmpty() ? QJsonValue(QJsonValue::Null) : idle.value(QLatin1String("kioskCpuPct")), QStringLiteral("%"), 2));
    if (gui)
        out.append(target(QStringLiteral("idle_wall"), QStringLiteral("idle wall (GUI kiosk, 11 clients) < 2 % of one core"),
                          idle.contains(QLatin1String("guiCpuPct")) ? idle.value(QLatin1String("guiCpuPct")) : QJsonValue(QJsonValue::Null),
                          QStringLiteral("%"), 2));

    const QJsonObject voter = result.value(QLatin1String("voterApp")).toObject();
    const bool measured = voter.value(QLatin1String("measured")).toBool();
    out.append(target(QStringLiteral("voter_rss"), QStringLiteral("voter app < 80 MB resident (DESIGN.md)"),
                      measured ? voter.value(QLatin1String("peakSampledRssMb")) : QJsonValue(QJsonValue::Null),
                      QStringLiteral("MB"), 80, true, measured ? QString() : voter.value(QLatin1String("reason")).toString()));
    return out;
}

} // namespace flipover::bench
