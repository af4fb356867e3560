// What the benchmark runs, each returning its figures as JSON: one load run
// against one server at one N, the idle servers side by side, the voter
// app's footprint, the cost of one fsync'd SQLite commit, and the bytes one
// change costs on the wire.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace flipover::bench {

struct BenchOptions {
    QList<int> voters{10, 50, 200, 500, 1000};
    double duration = 15;      // seconds of realistic pace per run
    int bursts = 3;            // all voters at once, this many times per run
    double idleSeconds = 60;
    int sqliteCommits = 200;
    int joinConcurrency = 50;
    int floodVoters = 50;      // the flood scenario's honest voters (0 skips it)
    quint32 seed = 1;
    // kiosk (--no-gui), gui (the kiosk with its wall, offscreen), floor
    QStringList servers{QStringLiteral("kiosk"), QStringLiteral("gui"), QStringLiteral("floor")};
    QList<int> updateSizeCards{6, 50, 200}; // boards for the update sizes (empty skips them)
    QString kiosk;             // paths of the programs
    QString floor;
    QString voterApp;
    QString self;
    QString json;              // where to write the results
    QString markdown;          // ... and as Markdown tables
    bool check = false;
};

QJsonObject runScenario(const BenchOptions &o, const QString &server, int voters, QString *error);
// N honest voters at pace, first alone, then beside one client that floods
// the kiosk (flooder.cpp): what the flood limit leaves of their latency.
QJsonObject runFlood(const BenchOptions &o, QString *error);
QJsonObject runIdle(const BenchOptions &o, QString *error);
QJsonObject runVoterApp(const BenchOptions &o);
// Back to back (gapMs 0), or each after gapMs of idle disk: a lone vote's
// commit pays for the idle device and CPU waking up (about 1 ms here).
QJsonObject sqliteCommitCost(int commits, int gapMs = 0);
// The bytes one change costs on the wire, on boards of these sizes
// (updatesizes.cpp); empty, with *error, when the kiosk could not be used.
QJsonObject measureUpdateSizes(const QString &kiosk, const QList<int> &boards, QString *error);
void printUpdateSizes(const QJsonObject &sizes, QTextStream &out);

} // namespace flipover::bench
