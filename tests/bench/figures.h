// Reading figures out of the benchmark's JSON result, for the reports, the
// targets and the check: a run by server and N, a value by dotted path, a
// number as text ("–" when missing).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <cmath>

namespace flipover::bench {

inline QJsonObject findRun(const QJsonArray &runs, const QString &server, int voters)
{
    for (const QJsonValue &v : runs) {
        const QJsonObject r = v.toObject();
        if (r.value(QLatin1String("server")).toString() == server && r.value(QLatin1String("voters")).toInt() == voters)
            return r;
    }
    return {};
}

// The number at a dotted path ("pace.latency.p99"); NaN when there is none.
inline double at(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const QString &k : path.split(QLatin1Char('.')))
        v = v.toObject().value(k);
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toDouble(std::nan(""));
}

inline QString num(double v, int decimals = 1)
{
    return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'f', decimals);
}

} // namespace flipover::bench
