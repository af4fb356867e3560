// Turning the benchmark's JSON into what people read: ratios to the floor,
// the targets met or not, a plain-text table; and the sanity check the CI
// smoke test runs on a result (no timing thresholds, only completeness).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace flipover::bench {

// Each server's figures (kiosk, gui) divided by the floor's, per N.
QJsonArray floorRatios(const QJsonArray &runs);
// The targets, each with its value and whether it is met (null when
// this run did not measure it).
QJsonArray evaluateTargets(const QJsonObject &result);
// Prints the machine, the table, the ratios and the targets to stdout.
void printReport(const QJsonObject &result);
// Writes the result as Markdown tables (for docs/performance.md).
bool writeMarkdown(const QJsonObject &result, const QString &path);
// Empty when the result is complete and sane; else what is wrong.
QStringList checkResult(const QJsonObject &result);

} // namespace flipover::bench
