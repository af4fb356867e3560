#include "wall.h"

#include "stats.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace flipover::bench {

namespace {

struct Frame {
    double at = 0;
    double waited = -1;
    double drawn = -1;
};

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

} // namespace

QJsonObject wallFigures(const QString &path, const QList<Span> &spans)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Frame> frames;
    QList<double> ticks; // when each new second was on screen, in ms
    int lines = 0;
    while (!f.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(f.readLine()).object();
        if (line.isEmpty())
            continue;
        ++lines;
        for (const QJsonValue &v : line.value(QLatin1String("frames")).toArray()) {
            const QJsonArray a = v.toArray();
            frames.append({a.at(0).toDouble(), a.at(1).toDouble(-1), a.at(2).toDouble(-1)});
        }
        for (const QJsonValue &v : line.value(QLatin1String("ticks")).toArray())
            ticks.append(v.toArray().at(0).toDouble());
    }
    QJsonObject out{{QStringLiteral("lines"), lines}};
    for (const Span &span : spans) {
        const double from = double(span.fromNs) / 1e6;
        const double to = double(span.toNs) / 1e6;
        QVector<double> waited;
        QVector<double> drawn;
        int count = 0;
        for (const Frame &fr : frames) {
            if (fr.at < from || fr.at >= to)
                continue;
            ++count;
            if (fr.waited >= 0)
                waited.append(fr.waited);
            if (fr.drawn >= 0)
                drawn.append(fr.drawn);
        }
        int shown = 0;
        double maxGap = 0;
        double last = std::nan("");
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            if (ticks[i] >= to)
                break;
            last = ticks[i];
            if (ticks[i] < from)
                continue;
            ++shown;
            if (i > 0)
                maxGap = qMax(maxGap, ticks[i] - ticks[i - 1]);
        }
        // A wall that stopped ticking: the second still on screen at the end.
        if (!std::isnan(last))
            maxGap = qMax(maxGap, to - last);
        out.insert(span.name, QJsonObject{{QStringLiteral("seconds"), round3((to - from) / 1000.0)},
                                          {QStringLiteral("frames"), count},
                                          {QStringLiteral("frameWait"), summarize(waited)},
                                          {QStringLiteral("frameDraw"), summarize(drawn)},
                                          {QStringLiteral("ticks"), shown},
                                          {QStringLiteral("tickMaxGapMs"), round3(maxGap)}});
    }
    return out;
}

} // namespace flipover::bench
