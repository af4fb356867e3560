// Test helpers for talking to a kiosk the way tablets do: WsTestClient is a
// raw WebSocket client that keeps every frame and decoded message, and
// KioskProcess starts the real flipover-kiosk (path in $FLIPOVER_KIOSK),
// reads its FLIPOVER_READY line, and stops or kills it (SIGKILL).
// testFormat() is a small four-phase format for tests that must not depend
// on the built-in ones.
#pragma once

#include "format.h"
#include "patch.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUrl>
#include <QWebSocket>
#include <optional>

namespace flipover::test {

inline Format testFormat()
{
    auto phase = [](const QString &id, int minutes, const QSet<Activity> &activities) {
        Phase p;
        p.id = id;
        p.title = id;
        p.minutes = minutes;
        p.activities = activities;
        return p;
    };
    Format f;
    f.id = QStringLiteral("test");
    f.title = QStringLiteral("Test");
    f.language = QStringLiteral("nl");
    f.phases = {phase(QStringLiteral("casus"), 15, {Activity::Case, Activity::FirstThoughts, Activity::Questions}),
                phase(QStringLiteral("overwegingen"), 30, {Activity::Considerations, Activity::Remarks}),
                phase(QStringLiteral("kiezen"), 25, {Activity::Solutions, Activity::Vote}),
                phase(QStringLiteral("afronding"), 10, {Activity::Insights, Activity::TipsTops})};
    f.phases[2].vote.mode = VoteMode::Dots;
    f.phases[2].vote.dots = 3;
    return f;
}

// What came back for a command, in one word: "ack", the error's code, or
// "<no answer>" when none came in time.
inline QString answerCode(const std::optional<QJsonObject> &a)
{
    if (!a)
        return QStringLiteral("<no answer>");
    return a->value(QLatin1String("type")).toString() == QLatin1String("ack") ? QStringLiteral("ack")
                                                                             : a->value(QLatin1String("code")).toString();
}

class WsTestClient : public QObject
{
public:
    explicit WsTestClient(const QString &origin = QString(), QObject *parent = nullptr)
        : QObject(parent), m_socket(origin)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] { connected = true; });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] {
            disconnected = true;
            closeCode = int(m_socket.closeCode());
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            frames.append(text);
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            messages.append(o);
            apply(o);
        });
    }

    QWebSocket &socket() { return m_socket; }
    void open(const QUrl &url) { m_socket.open(url); }
    bool waitConnected(int ms = 10000) { return QTest::qWaitFor([this] { return connected || disconnected; }, ms) && connected; }
    bool waitDisconnected(int ms = 10000) { return QTest::qWaitFor([this] { return disconnected; }, ms); }
    void close() { m_socket.close(); }

    void sendRaw(const QString &text) { m_socket.sendTextMessage(text); }
    void send(const QJsonObject &o) { sendRaw(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))); }

    void join(const QString &pin, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("type"), QStringLiteral("join"));
        extra.insert(QStringLiteral("v"), 1);
        extra.insert(QStringLiteral("pin"), pin);
        send(extra);
    }
    // Joins and waits for joined + snapshot; false if an error came instead.
    bool joinAndWait(const QString &pin, const QJsonObject &extra = {}, int ms = 10000)
    {
        const qsizetype before = messages.size();
        join(pin, extra);
        (void)QTest::qWaitFor([&] {
            for (qsizetype i = before; i < messages.size(); ++i) {
                const QString t = messages[i].value(QLatin1String("type")).toString();
                if (t == QLatin1String("snapshot") || t == QLatin1String("error"))
                    return true;
            }
            return disconnected;
        }, ms);
        return !token.isNull() && snapshotSeq >= 0 && lastOfType(QStringLiteral("error"), before) == std::nullopt;
    }

    // Sends a command with a fresh id (or the given one) and returns the id.
    QString command(const QString &type, QJsonObject fields = {}, QString id = QString())
    {
        if (id.isEmpty())
            id = QStringLiteral("%1-%2").arg(m_idPrefix).arg(++m_counter);
        fields.insert(QStringLiteral("type"), type);
        fields.insert(QStringLiteral("id"), id);
        send(fields);
        return id;
    }

    std::optional<QJsonObject> answerFor(const QString &id) const
    {
        for (const QJsonObject &m : messages) {
            const QString t = m.value(QLatin1String("type")).toString();
            if ((t == QLatin1String("ack") || t == QLatin1String("error")) && m.value(QLatin1String("id")).toString() == id)
                return m;
        }
        return std::nullopt;
    }
    std::optional<QJsonObject> waitAnswer(const QString &id, int ms = 10000) const
    {
        (void)QTest::qWaitFor([&] { return answerFor(id).has_value() || disconnected; }, ms);
        return answerFor(id);
    }
    int answersFor(const QString &id) const
    {
        int n = 0;
        for (const QJsonObject &m : messages) {
            const QString t = m.value(QLatin1String("type")).toString();
            n += (t == QLatin1String("ack") || t == QLatin1String("error")) && m.value(QLatin1String("id")).toString() == id;
        }
        return n;
    }
    QList<QJsonObject> ofType(const QString &type, qsizetype from = 0) const
    {
        QList<QJsonObject> out;
        for (qsizetype i = from; i < messages.size(); ++i)
            if (messages[i].value(QLatin1String("type")).toString() == type)
                out.append(messages[i]);
        return out;
    }
    std::optional<QJsonObject> lastOfType(const QString &type, qsizetype from = 0) const
    {
        const QList<QJsonObject> all = ofType(type, from);
        return all.isEmpty() ? std::nullopt : std::optional<QJsonObject>(all.last());
    }
    int count(const QString &type) const { return int(ofType(type).size()); }
    // The code of the last error received, or an empty string.
    QString lastError() const
    {
        const auto e = lastOfType(QStringLiteral("error"));
        return e ? e->value(QLatin1String("code")).toString() : QString();
    }
    bool anyFrameContains(const QString &needle) const
    {
        return std::any_of(frames.cbegin(), frames.cend(), [&](const QString &f) { return f.contains(needle); });
    }

    void setIdPrefix(const QString &prefix) { m_idPrefix = prefix; }

    // What this client holds: the last snapshot with later updates applied.
    QJsonObject state;
    qint64 seq = -1;
    qint64 snapshotSeq = -1;
    int gaps = 0; // updates whose prev or patch did not fit the state held
    QString token;
    QString participantId;
    QString role;

    QStringList frames;
    QList<QJsonObject> messages;
    bool connected = false;
    bool disconnected = false;
    int closeCode = -1;

private:
    void apply(const QJsonObject &o)
    {
        const QString t = o.value(QLatin1String("type")).toString();
        if (t == QLatin1String("joined")) {
            token = o.value(QLatin1String("token")).toString(QStringLiteral(""));
            participantId = o.value(QLatin1String("participantId")).toString();
            role = o.value(QLatin1String("role")).toString();
        } else if (t == QLatin1String("snapshot")) {
            state = o.value(QLatin1String("state")).toObject();
            seq = snapshotSeq = qint64(o.value(QLatin1String("seq")).toDouble());
        } else if (t == QLatin1String("presence")) {
            state.insert(QStringLiteral("presence"),
                         QJsonObject{{QStringLiteral("participants"), o.value(QLatin1String("participants"))}});
        } else if (t == QLatin1String("update")) {
            const qint64 s = qint64(o.value(QLatin1String("seq")).toDouble());
            if (s <= seq)
                return;
            // Patches apply to the state this client holds (docs/protocol.md,
            // "Patches"); one that does not fit is counted, not applied.
            if (qint64(o.value(QLatin1String("prev")).toDouble()) != seq
                || !patch::applyUpdate(state, o.value(QLatin1String("sections")).toObject(),
                                       o.value(QLatin1String("patch")).toObject())) {
                ++gaps;
                return;
            }
            seq = s;
        }
    }

    QWebSocket m_socket;
    QString m_idPrefix = QStringLiteral("m");
    int m_counter = 0;
};

class KioskProcess
{
public:
    ~KioskProcess() { kill(); }

    static QString executable() { return qEnvironmentVariable("FLIPOVER_KIOSK"); }

    // Starts the kiosk with --no-gui and the given arguments, and waits for
    // its FLIPOVER_READY line. On failure *error says why (with its stderr).
    // A headless kiosk on port 0 with these PINs and no beacon, as the room
    // tests start it; `extra` are further options.
    bool startWithPins(const QString &dataDir, const QString &pin, const QString &facilitatorPin, QString *error,
                       const QStringList &extra = {})
    {
        return start(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), dataDir,
                                 QStringLiteral("--pin"), pin, QStringLiteral("--facilitator-pin"), facilitatorPin,
                                 QStringLiteral("--no-beacon")}
                         + extra,
                     error);
    }

    bool start(const QStringList &args, QString *error, int timeoutMs = 20000)
    {
        m_ready.clear();
        m_process.setProgram(executable());
        m_process.setArguments(QStringList{QStringLiteral("--no-gui")} + args);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(timeoutMs)) {
            *error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process.errorString());
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (timer.elapsed() < timeoutMs) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith("FLIPOVER_READY ")) {
                    parseReady(QString::fromUtf8(line));
                    return true;
                }
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(100);
        }
        *error = QStringLiteral("no FLIPOVER_READY line; exit code %1, stderr: %2")
                     .arg(m_process.exitCode())
                     .arg(QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }

    // SIGKILL: the kiosk gets no chance to tidy up.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    // SIGTERM; returns the exit code, or -1 when it did not exit in time.
    int terminate(int ms = 10000)
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(ms)) {
            qWarning("the kiosk did not stop within %d ms of SIGTERM", ms);
            return -1;
        }
        if (m_process.exitStatus() != QProcess::NormalExit) {
            // Its last words (a sanitizer's report, say), not a meeting's contents.
            qWarning("the kiosk crashed on SIGTERM: %s", m_process.readAllStandardError().right(4000).constData());
            return -1;
        }
        return m_process.exitCode();
    }
    // Runs the kiosk to completion (for option errors); returns the exit code.
    int runToExit(const QStringList &args, QByteArray *stdErr = nullptr, int ms = 20000)
    {
        m_process.start(executable(), args);
        if (!m_process.waitForFinished(ms))
            return -1;
        if (stdErr)
            *stdErr = m_process.readAllStandardError();
        return m_process.exitCode();
    }

    QProcess &process() { return m_process; }
    QString value(const QString &key) const { return m_ready.value(key); }
    quint16 port() const { return quint16(value(QStringLiteral("port")).toUInt()); }
    QString pin() const { return value(QStringLiteral("pin")); }
    QString facilitatorPin() const { return value(QStringLiteral("facilitatorPin")); }
    // Tests connect over loopback whatever address the kiosk advertises.
    QUrl localUrl() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port())); }

private:
    void parseReady(const QString &line)
    {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq > 0)
                m_ready.insert(part.left(eq), part.mid(eq + 1));
        }
    }

    QProcess m_process;
    QHash<QString, QString> m_ready;
};

} // namespace flipover::test
