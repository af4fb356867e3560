// The anonymity suite's disk check: what a copy of the kiosk's data dir
// shows at one moment. Ballot records hold a salted hash and choices, nothing
// else; the table keeps key order and the rows do not lie in the file in the
// order they were written; a changed ballot leaves no bytes; no participant id
// lies near a ballot and no token, message id or address is on disk at all.
#include "anonymityrun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <algorithm>

namespace flipover::test::anonymity {

namespace {

// Offsets of every occurrence of needle in hay.
QList<qsizetype> occurrences(const QByteArray &hay, const QByteArray &needle)
{
    QList<qsizetype> out;
    for (qsizetype at = hay.indexOf(needle); at >= 0 && out.size() < 1000; at = hay.indexOf(needle, at + 1))
        out << at;
    return out;
}

// Kendall's tau of two orders of the same voters: 1 the same, -1 reversed,
// about 0 (standard deviation 0.16 for 20 voters) when unrelated.
double kendallTau(const QList<int> &a, const QList<int> &b)
{
    QList<qsizetype> rank;
    for (int v : a)
        rank << b.indexOf(v);
    int concordant = 0, discordant = 0;
    for (qsizetype i = 0; i < rank.size(); ++i)
        for (qsizetype j = i + 1; j < rank.size(); ++j)
            (rank[i] < rank[j] ? concordant : discordant) += 1;
    const int pairs = concordant + discordant;
    return pairs ? double(concordant - discordant) / pairs : 0.0;
}

QString toText(const QList<int> &l)
{
    QStringList s;
    for (int i : l)
        s << QString::number(i);
    return s.join(QLatin1Char(' '));
}

// The bytes of a voter's first ballot as the store would write them.
QByteArray firstBallotData(const Run &run, int v)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("choices"), run.firstChoices.value(v)}}).toJson(QJsonDocument::Compact);
}

// Reads the ballot rows (table order) and the salt through Qt SQL, read-only.
bool readDatabase(const QString &path, QList<QPair<QString, QByteArray>> *ballots, QString *salt, Placement *placement, QString *error)
{
    const QString name = QStringLiteral("anonymity-check-%1").arg(++placement->databaseReads * 100 + ballots->size());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            // No ORDER BY: the order the table itself keeps the rows in.
            if (!q.exec(QStringLiteral("SELECT key, data FROM ballots"))) {
                *error = q.lastError().text();
            } else {
                while (q.next())
                    ballots->append({q.value(0).toString(), q.value(1).toByteArray()});
                QSqlQuery s(db);
                if (s.exec(QStringLiteral("SELECT data FROM records WHERE kind = 'session'")) && s.next()) {
                    *salt = QJsonDocument::fromJson(s.value(0).toByteArray()).object().value(QLatin1String("salt")).toString();
                    ok = true;
                } else {
                    *error = QStringLiteral("no session record");
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

void checkDisk(const Run &run, bool running, Placement *placement)
{
    const QString where = moment(running);
    const QString dbPath = QDir(run.dataDir()).filePath(QStringLiteral("flipover.sqlite"));
    const QByteArray db = readFile(dbPath);
    const QByteArray wal = readFile(dbPath + QStringLiteral("-wal"));
    const QByteArray shm = readFile(dbPath + QStringLiteral("-shm"));
    QVERIFY2(!db.isEmpty(), qPrintable(dbPath));
    QVERIFY2(wal.isEmpty(), qPrintable(QStringLiteral("%1: the WAL holds %2 bytes after the vote closed").arg(where).arg(wal.size())));

    QList<QPair<QString, QByteArray>> ballots;
    QString salt, error;
    QVERIFY2(readDatabase(dbPath, &ballots, &salt, placement, &error), qPrintable(error));
    QVERIFY(!salt.isEmpty());
    QCOMPARE(int(ballots.size()), Voters);

    // Ballot records: a salted hash for a key, choices for data, nothing else.
    static const QRegularExpression hashPattern(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression longNumber(QStringLiteral("\\d{6,}"));
    QHash<QString, int> voterOfKey;
    for (int v = 0; v < Voters; ++v) {
        const QString token = run.secrets.ballotTokens[v];
        voterOfKey.insert(QString::fromLatin1(QCryptographicHash::hash((salt + QLatin1String("ballot:") + token).toUtf8(),
                                                                      QCryptographicHash::Sha256).toHex()), v);
        const QString unsalted = QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
        for (const auto &[id, data] : std::as_const(ballots))
            QVERIFY2(id != unsalted, "a ballot is keyed by the unsalted hash of its token");
    }
    QStringList keys;
    for (const auto &[id, data] : std::as_const(ballots)) {
        keys << id;
        QVERIFY2(hashPattern.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(voterOfKey.contains(id), qPrintable(QStringLiteral("ballot %1 is not the salted hash of a ballot token").arg(id)));
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        // The owner key: 64 hex, an HMAC of the voter's resume token under
        // another domain than the participant's resume key (schema 2).
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("choices"), QStringLiteral("owner")}));
        QVERIFY2(hashPattern.match(o.value(QLatin1String("owner")).toString()).hasMatch(), data.constData());
        const QJsonObject choices = o.value(QLatin1String("choices")).toObject();
        for (auto it = choices.begin(); it != choices.end(); ++it) {
            QVERIFY2(it.key().toInt() > 0 && it.key().toInt() < 100000, data.constData());
            QVERIFY2(it.value().isDouble() && it.value().toInt() > 0 && it.value().toInt() <= 3, data.constData());
        }
        QVERIFY2(!longNumber.match(QString::fromUtf8(QJsonDocument(choices).toJson())).hasMatch(), qPrintable(QStringLiteral("timestamp-like number in ballot %1").arg(QString::fromUtf8(data))));
        for (const QStringList *list : {&run.secrets.participantIds, &run.secrets.resumeTokens, &run.secrets.ballotTokens,
                                        &run.secrets.messageIds, &run.secrets.peerAddresses}) {
            for (const QString &secret : *list)
                QVERIFY2(!data.contains(secret.toUtf8()) && !id.contains(secret), qPrintable(secret));
        }
    }

    // Table order is key order, whatever the casting order.
    QStringList sorted = keys;
    sorted.sort();
    QCOMPARE(keys, sorted);
    QList<int> tableOrder;
    for (const QString &k : std::as_const(keys))
        tableOrder << voterOfKey.value(k);

    // Where the ballots lie in the file: not in the order they were
    // written (SQLite fills a page's free space as rows come in). Only
    // leaf pages of the table count; interior pages repeat some keys.
    const int pageSize = (quint8(db.at(16)) << 8 | quint8(db.at(17))) == 1 ? 65536 : (quint8(db.at(16)) << 8 | quint8(db.at(17)));
    QVERIFY(pageSize >= 512);
    QList<QPair<qsizetype, int>> positions; // file offset, voter
    for (const QString &k : std::as_const(keys)) {
        int live = 0;
        for (qsizetype at : occurrences(db, k.toLatin1())) {
            const qsizetype page = at / pageSize;
            const quint8 type = quint8(db.at(page * pageSize + (page == 0 ? 100 : 0)));
            if (type == 0x0a) {
                positions.append({at, voterOfKey.value(k)});
                ++live;
            }
        }
        QVERIFY2(live == 1, qPrintable(QStringLiteral("%1: ballot %2 lies %3 times in leaf pages (a stale copy?)").arg(where, k).arg(live)));
    }
    std::sort(positions.begin(), positions.end());
    QList<int> fileOrder;
    for (const auto &[at, voter] : std::as_const(positions))
        fileOrder << voter;
    auto reversed = [](QList<int> l) { std::reverse(l.begin(), l.end()); return l; };
    qInfo("%s: cast order %s; last writes %s; table order %s; file order %s", qPrintable(where),
          qPrintable(toText(run.castOrder)), qPrintable(toText(run.lastWriteOrder)), qPrintable(toText(tableOrder)), qPrintable(toText(fileOrder)));
    for (const QList<int> &order : {run.castOrder, run.lastWriteOrder}) {
        QVERIFY2(fileOrder != order && fileOrder != reversed(order),
                 qPrintable(QStringLiteral("%1: the ballots lie in the database file in the order they were written (%2); "
                                           "a copy of the disk shows the casting order").arg(where, toText(fileOrder))));
    }
    if (running) {
        placement->runsDifferingFromCastOrder += tableOrder != run.castOrder;
        placement->fileTauCast << kendallTau(fileOrder, run.castOrder);
        placement->fileTauWrites << kendallTau(fileOrder, run.lastWriteOrder);
        // Within one page (splits move rows between pages; within a page
        // SQLite places each new row below the ones before it).
        for (qsizetype i = 0; i < positions.size(); ++i) {
            for (qsizetype j = i + 1; j < positions.size(); ++j) {
                if (positions[i].first / pageSize != positions[j].first / pageSize)
                    continue;
                // i lies before j in the file: concordant if i was written first.
                const bool writtenFirst = run.lastWriteOrder.indexOf(positions[i].second) < run.lastWriteOrder.indexOf(positions[j].second);
                (writtenFirst ? placement->samePageConcordant : placement->samePageDiscordant) += 1;
            }
        }
        qInfo("rank correlation of file order with cast order %.2f, with write order %.2f", placement->fileTauCast.last(), placement->fileTauWrites.last());
    }

    // Secure delete: a changed ballot's first version leaves no bytes.
    for (int v : std::as_const(run.changeOrder)) {
        const QByteArray firstVersion = firstBallotData(run, v);
        QVERIFY2(!db.contains(firstVersion) && !wal.contains(firstVersion),
                 qPrintable(QStringLiteral("%1: the replaced ballot %2 is still in the file (secure_delete off?)").arg(where, QString::fromUtf8(firstVersion))));
    }

    // Near every ballot in the raw files: no id, token, message id, address.
    for (const QByteArray *file : {&db, &wal, &shm}) {
        for (const QString &k : std::as_const(keys)) {
            for (qsizetype at : occurrences(*file, k.toLatin1())) {
                const QByteArray around = file->mid(qMax<qsizetype>(0, at - NearBytes), k.size() + 2 * NearBytes);
                for (const QString &pid : std::as_const(run.secrets.participantIds))
                    QVERIFY2(!around.contains(pid.toUtf8()),
                             qPrintable(QStringLiteral("%1: participant %2 lies within %3 bytes of ballot %4 in the database file")
                                            .arg(where, pid).arg(NearBytes).arg(k)));
            }
        }
        // Tokens, message ids and addresses are nowhere at all.
        for (const QStringList *list : {&run.secrets.resumeTokens, &run.secrets.ballotTokens, &run.secrets.messageIds, &run.secrets.peerAddresses})
            for (const QString &secret : *list)
                QVERIFY2(!file->contains(secret.toUtf8()), qPrintable(QStringLiteral("%1: %2 is on disk").arg(where, secret)));
        QVERIFY2(!file->contains("127.0.0.1"), qPrintable(QStringLiteral("%1: a peer address is on disk").arg(where)));
    }
}

} // namespace flipover::test::anonymity
