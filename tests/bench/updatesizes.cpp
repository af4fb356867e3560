// `flipover-bench --update-sizes`: the bytes of the `update` one participant
// receives for one vote (tallies hidden, then shown), one card added, one card
// edit, one remark, one presence change and the vote closing (the ranking
// comes whole, once), on a board of 6, 50 and 200 cards (docs/performance.md).
// "after" is the frame as the kiosk sends it (patches, docs/protocol.md);
// "before" is what the whole-section updates sent until then: the same
// sections, whole, read from a fresh snapshot taken right after the change.
#include "processes.h"
#include "stats.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWebSocket>

namespace flipover::bench {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool waitFor(const std::function<bool()> &done, int ms = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

struct Peer {
    QWebSocket socket;
    QList<QByteArray> frames;
    QString token;
    int counter = 0;

    bool join(const QUrl &url, QJsonObject join)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &t) { frames.append(t.toUtf8()); });
        QObject::connect(&socket, &QWebSocket::connected, [this, join]() mutable {
            join.insert(QStringLiteral("type"), QStringLiteral("join"));
            join.insert(QStringLiteral("v"), 1);
            socket.sendTextMessage(QString::fromUtf8(compact(join)));
        });
        socket.open(url);
        const bool ok = waitFor([this] { return !ofType("snapshot").isEmpty(); });
        for (const QJsonObject &j : ofType("joined"))
            token = j.value(QLatin1String("token")).toString();
        return ok;
    }
    QList<QJsonObject> ofType(const char *type, qsizetype from = 0) const
    {
        QList<QJsonObject> out;
        for (qsizetype i = from; i < frames.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(frames[i]).object();
            if (o.value(QLatin1String("type")).toString() == QLatin1String(type))
                out.append(o);
        }
        return out;
    }
    // Sends a command and waits for its answer; the answer's object.
    QJsonObject run(const QString &type, QJsonObject fields = {})
    {
        const QString id = QStringLiteral("s%1").arg(++counter);
        fields.insert(QStringLiteral("type"), type);
        fields.insert(QStringLiteral("id"), id);
        const qsizetype from = frames.size();
        socket.sendTextMessage(QString::fromUtf8(compact(fields)));
        QJsonObject answer;
        waitFor([&] {
            for (const char *t : {"ack", "error"})
                for (const QJsonObject &o : ofType(t, from))
                    if (o.value(QLatin1String("id")).toString() == id)
                        answer = o;
            return !answer.isEmpty();
        });
        return answer;
    }
};

} // namespace

int runUpdateSizes(const QString &kiosk)
{
    QTextStream out(stdout);
    const QStringList actions{QStringLiteral("one vote"), QStringLiteral("one card added"), QStringLiteral("one card edit"),
                              QStringLiteral("one remark"), QStringLiteral("one presence change"),
                              QStringLiteral("one vote, tallies hidden"), QStringLiteral("the vote closes (ranking)")};
    QHash<QString, QList<std::pair<qint64, qint64>>> table; // action -> (before, after) per board size
    const QList<int> boards{6, 50, 200};
    for (int cards : boards) {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("data")));
        ServerProcess server;
        QString error;
        if (!server.start(kiosk, {QStringLiteral("--no-gui"), QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                                  QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1")},
                          dir.filePath(QStringLiteral("kiosk.log")), &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        const QString pin = server.value(QStringLiteral("pin"));
        Peer f, p, q, r;
        if (!f.join(server.url(), {{QStringLiteral("pin"), pin}, {QStringLiteral("facilitatorPin"), server.value(QStringLiteral("facilitatorPin"))}})
            || !p.join(server.url(), {{QStringLiteral("pin"), pin}}) || !q.join(server.url(), {{QStringLiteral("pin"), pin}})
            || !r.join(server.url(), {{QStringLiteral("pin"), pin}})) {
            QTextStream(stderr) << "flipover-bench: could not join the kiosk" << Qt::endl;
            return 1;
        }
        // Collegiale ontmoeting, phase 2 (cards and the vote), the tallies shown.
        for (const char *c : {"startMeeting", "nextPhase", "nextPhase"})
            f.run(QString::fromLatin1(c));
        // Paced under the flood limit (20 messages a second, 40 at once).
        for (int i = 0; i < cards; ++i) {
            if (i >= 30)
                waitFor([] { return false; }, 52);
            f.run(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("Kaart %1 met een zin van gewone lengte erop").arg(i + 1)},
                                              {QStringLiteral("direction"), QStringLiteral("richting")}});
        }
        waitFor([] { return false; }, 2000); // the bucket fills again
        f.run(QStringLiteral("openVote"));
        waitFor([] { return false; }, 200);

        // The update p receives for one change, and the same sections whole.
        const auto measure = [&](const QString &action, const std::function<void()> &change) {
            const qsizetype from = p.frames.size();
            change();
            waitFor([&] { return !p.ofType("update", from).isEmpty() || !p.ofType("presence", from).isEmpty(); });
            waitFor([] { return false; }, 50);
            qint64 after = 0;
            QJsonObject touched;
            for (qsizetype i = from; i < p.frames.size(); ++i) {
                const QJsonObject o = QJsonDocument::fromJson(p.frames[i]).object();
                const QString type = o.value(QLatin1String("type")).toString();
                if (type == QLatin1String("presence")) { // its own message since presence coalesces
                    after += p.frames[i].size();
                    touched.insert(QStringLiteral("presence"), true);
                }
                if (type != QLatin1String("update"))
                    continue;
                after += p.frames[i].size();
                for (const char *k : {"sections", "patch"}) {
                    const QJsonObject s = o.value(QLatin1String(k)).toObject();
                    for (auto it = s.constBegin(); it != s.constEnd(); ++it)
                        touched.insert(it.key(), true);
                }
            }
            Peer fresh;
            fresh.join(server.url(), {{QStringLiteral("pin"), pin}, {QStringLiteral("resume"), p.token}});
            const QJsonObject state = fresh.ofType("snapshot").value(0).value(QLatin1String("state")).toObject();
            QJsonObject sections;
            for (auto it = touched.constBegin(); it != touched.constEnd(); ++it)
                sections.insert(it.key(), state.value(it.key()));
            const qint64 before = compact({{QStringLiteral("type"), QStringLiteral("update")},
                                           {QStringLiteral("seq"), fresh.ofType("snapshot").value(0).value(QLatin1String("seq"))},
                                           {QStringLiteral("sections"), sections}}).size();
            table[action].append({before, after});
            fresh.socket.close();
            waitFor([] { return false; }, 50);
        };
        measure(actions[5], [&] {
            r.run(QStringLiteral("vote"), {{QStringLiteral("ballot"), QStringLiteral("ballot-token-of-r-0123456789")},
                                           {QStringLiteral("choices"), QJsonObject{{QStringLiteral("2"), 1}, {QStringLiteral("3"), 2}}}});
        });
        f.run(QStringLiteral("revealTallies"), {{QStringLiteral("revealed"), true}});
        waitFor([] { return false; }, 200);
        int ballot = 0;
        measure(actions[0], [&] {
            q.run(QStringLiteral("vote"), {{QStringLiteral("ballot"), QStringLiteral("ballot-token-of-q-%1-0123456789").arg(++ballot)},
                                           {QStringLiteral("choices"), QJsonObject{{QStringLiteral("1"), 2}, {QStringLiteral("2"), 1}}}});
        });
        measure(actions[1], [&] { f.run(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("Nog een kaart")}}); });
        measure(actions[2], [&] { f.run(QStringLiteral("editCard"), {{QStringLiteral("cardId"), 3}, {QStringLiteral("text"), QStringLiteral("Bewerkt")}}); });
        measure(actions[3], [&] {
            f.run(QStringLiteral("addRemark"), {{QStringLiteral("cardId"), 3}, {QStringLiteral("kind"), QStringLiteral("dreamer")},
                                                {QStringLiteral("text"), QStringLiteral("Een opmerking")}});
        });
        Peer late;
        measure(actions[4], [&] {
            late.join(server.url(), {{QStringLiteral("pin"), pin}});
            waitFor([] { return false; }, 400); // presence is sent at most every 250 ms
        });
        measure(actions[6], [&] { f.run(QStringLiteral("closeVote")); });
        server.stop();
    }

    out << "**Update size** (bytes of the `update` a participant receives; before: the same sections whole)\n\n"
        << "| change | 6 cards before | after | 50 cards before | after | 200 cards before | after |\n"
        << "|---|---:|---:|---:|---:|---:|---:|\n";
    for (const QString &a : actions) {
        out << "| " << a;
        for (const auto &[before, after] : table.value(a))
            out << " | " << before << " | " << after;
        out << " |\n";
    }
    out.flush();
    return 0;
}

} // namespace flipover::bench
