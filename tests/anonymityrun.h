// The anonymity suite's shared parts (tst_anonymity): one scripted run of a
// meeting against the real kiosk, the secrets it produced, and the checks of
// what someone copying the disk (anonymitydisk.cpp), reading the logs
// (anonymitylogs.cpp) or holding the exports (anonymityexports.cpp) would get.
// The checks fail the current QtTest function.
#pragma once

#include "kioskprocess.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <vector>

namespace flipover::test::anonymity {

inline const QString Pin = QStringLiteral("135792");
inline const QString FacilitatorPin = QStringLiteral("7531");
constexpr int Voters = 20;
constexpr int NearBytes = 256; // "near a ballot": this many bytes either side

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What one scripted run produced, to look for on disk and in the logs.
struct Secrets {
    QStringList participantIds;
    QStringList resumeTokens;
    QStringList ballotTokens;
    QStringList messageIds;
    QStringList bodies;        // every text submitted
    QStringList peerAddresses; // "127.0.0.1:<client port>"
    QList<quint16> peerPorts;
};

struct Run {
    QTemporaryDir dir;
    std::unique_ptr<KioskProcess> kiosk;
    std::vector<std::unique_ptr<WsTestClient>> clients; // [0] facilitator
    Secrets secrets;
    QList<int> castOrder;  // voter indices in the order of their first ballot
    QList<int> changeOrder; // voters who changed, in order of changing
    QList<int> lastWriteOrder;
    QHash<int, QJsonObject> firstChoices; // voter -> first ballot
    QByteArray stdOut, stdErr;
    QString dataDir() const { return dir.filePath(QStringLiteral("data")); }
};

// Where the ballot rows lie in the database file, gathered over all runs
// while the kiosk runs (the disk check adds to it).
struct Placement {
    int runsDifferingFromCastOrder = 0;
    QList<double> fileTauCast, fileTauWrites; // per run
    int samePageConcordant = 0, samePageDiscordant = 0; // pairs of ballots on one page, all runs
    int databaseReads = 0; // names each read-only connection
};

// The moment a check looks at, as its failure messages name it.
inline QString moment(bool running) { return running ? QStringLiteral("kiosk running") : QStringLiteral("after a clean stop"); }

// The raw bytes of flipover.sqlite, its -wal and -shm, and the ballot table
// read through Qt SQL, with the kiosk running or after it stopped.
void checkDisk(const Run &run, bool running, Placement *placement);
// The kiosk's stdout and stderr so far (read into run.stdOut/stdErr).
void checkLogs(Run &run, bool running);
// The anonymised outcome, exported from the stopped kiosk's data dir.
void checkExports(const Run &run);

} // namespace flipover::test::anonymity
