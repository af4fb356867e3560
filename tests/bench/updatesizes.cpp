// The update-size table (docs/performance.md): the bytes of the `update` one
// participant receives for one vote, one card added, one card edit, one
// remark and one presence change, one vote with the tallies hidden, the
// vote closing (the ranking comes whole, once), and what one who joins receives, on boards
// of 6, 50 and 200 cards (`--update-size-cards`). Part of the full run, or
// alone with `flipover-bench --update-sizes`.
// "after" is the frame as the kiosk sends it (patches, docs/protocol.md);
// "before" is what the whole-section updates sent until then: the same
// sections, whole, read from a fresh snapshot taken right after the change.
#include "processes.h"
#include "scenarios.h"
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

QJsonObject measureUpdateSizes(const QString &kiosk, const QList<int> &boards, QString *error)
{
    const QStringList actions{QStringLiteral("one vote"), QStringLiteral("one card added"), QStringLiteral("one card edit"),
                              QStringLiteral("one remark"), QStringLiteral("one presence change"), QStringLiteral("one join"),
                              QStringLiteral("one vote, tallies hidden"), QStringLiteral("the vote closes (ranking)")};
    QHash<QString, QList<std::pair<qint64, qint64>>> table; // action -> (before, after) per board size
    for (int cards : boards) {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("data")));
        ServerProcess server;
        if (!server.start(kiosk, {QStringLiteral("--no-gui"), QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                                  QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1")},
                          dir.filePath(QStringLiteral("kiosk.log")), error))
            return {};
        const QString pin = server.value(QStringLiteral("pin"));
        Peer f, p, q, r;
        if (!f.join(server.url(), {{QStringLiteral("pin"), pin}, {QStringLiteral("facilitatorPin"), server.value(QStringLiteral("facilitatorPin"))}})
            || !p.join(server.url(), {{QStringLiteral("pin"), pin}}) || !q.join(server.url(), {{QStringLiteral("pin"), pin}})
            || !r.join(server.url(), {{QStringLiteral("pin"), pin}})) {
            *error = QStringLiteral("could not join the kiosk");
            return {};
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
        if (cards > 30)
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
        measure(actions[6], [&] {
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
        // What the one who joins receives: joined and the snapshot (the
        // whole board, so "before" is the same; -1 says there is none).
        qint64 joinBytes = 0;
        for (const QByteArray &frame : late.frames) {
            joinBytes += frame.size();
            if (QJsonDocument::fromJson(frame).object().value(QLatin1String("type")).toString() == QLatin1String("snapshot"))
                break;
        }
        table[actions[5]].append({-1, joinBytes});
        measure(actions[7], [&] { f.run(QStringLiteral("closeVote")); });
        server.stop();
    }
    QJsonArray rows;
    for (const QString &a : actions) {
        QJsonArray before;
        QJsonArray after;
        for (const auto &[b, x] : table.value(a)) {
            before.append(b < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(b)));
            after.append(double(x));
        }
        rows.append(QJsonObject{{QStringLiteral("change"), a}, {QStringLiteral("before"), before}, {QStringLiteral("after"), after}});
    }
    QJsonArray cards;
    for (int n : boards)
        cards.append(n);
    return QJsonObject{{QStringLiteral("cards"), cards}, {QStringLiteral("rows"), rows}};
}

void printUpdateSizes(const QJsonObject &sizes, QTextStream &out)
{
    const QJsonArray cards = sizes.value(QLatin1String("cards")).toArray();
    out << "**Update size** (bytes a participant receives for one change; before: the same sections whole; "
           "a join: what the one who joins receives)\n\n| change |";
    for (const QJsonValue &n : cards)
        out << " " << n.toInt() << " cards before | after |";
    out << "\n|---|";
    for (qsizetype i = 0; i < cards.size(); ++i)
        out << "---:|---:|";
    out << "\n";
    for (const QJsonValue &v : sizes.value(QLatin1String("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        out << "| " << row.value(QLatin1String("change")).toString();
        const QJsonArray before = row.value(QLatin1String("before")).toArray();
        const QJsonArray after = row.value(QLatin1String("after")).toArray();
        for (qsizetype i = 0; i < after.size(); ++i) {
            out << " | " << (before.at(i).isDouble() ? QString::number(qint64(before.at(i).toDouble())) : QStringLiteral("–"))
                << " | " << qint64(after.at(i).toDouble());
        }
        out << " |\n";
    }
    out << "\n";
}

} // namespace flipover::bench
