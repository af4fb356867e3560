// The kiosk's side of the transcript suite (tests/data/transcripts/README.md):
// every transcript's client messages are played against a real KioskServer
// (in-process, real engine and store, a clock that stands still), and what
// comes back must be what the transcript recorded, message for message and
// per client in order; each client's state at the end must be what it
// recorded and what a fresh snapshot would give. After each step the replay
// waits for the sender's answer, then sends every connection a WebSocket ping
// and waits for the pong, so everything the step caused has arrived.
// FLIPOVER_RECORD_TRANSCRIPTS=1 writes what came back into the files instead
// (review the diff before committing it).
#include "serverfixture.h"
#include "transcript.h"

#include <QtTest>

#include <functional>

using namespace flipover;
using namespace flipover::test;
namespace tr = flipover::test::transcript;

namespace {

// The test format with a tag set, so that tagCard has something to set.
Format transcriptFormat()
{
    Format f = testFormat();
    f.tags = {Tag{QStringLiteral("ik"), QStringLiteral("Ik")}, Tag{QStringLiteral("wij"), QStringLiteral("Wij")}};
    f.phases[1].activities.insert(Activity::Tags);
    return f;
}

bool recording()
{
    return qEnvironmentVariableIntValue("FLIPOVER_RECORD_TRANSCRIPTS") == 1;
}

// One connection of a transcript's client.
class Peer : public QObject
{
public:
    explicit Peer(const QUrl &url)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &t) {
            inbox.append(QJsonDocument::fromJson(t.toUtf8()).object());
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            closeCode = int(socket.closeCode());
            open = false;
        });
        connect(&socket, &QWebSocket::pong, this, [this] { ++pongs; });
        connect(&socket, &QWebSocket::connected, this, [this] { open = true; });
        socket.open(url);
    }
    void send(const QString &text) { socket.sendTextMessage(text); }
    bool has(const std::function<bool(const QJsonObject &)> &pred, qsizetype from) const
    {
        return std::any_of(inbox.cbegin() + from, inbox.cend(), pred);
    }
    // Everything the kiosk sent before this returns has arrived.
    bool settle()
    {
        if (!open)
            return true;
        const quint64 before = pongs;
        socket.ping();
        return QTest::qWaitFor([&] { return pongs > before || !open; }, 10000);
    }

    QWebSocket socket;
    QList<QJsonObject> inbox;
    qsizetype read = 0; // inbox messages already recorded
    bool open = false;
    bool reported = false; // its close is recorded
    bool lost = false;     // what arrives now is lost with the connection (a "thenLost" step)
    int closeCode = -1;
    quint64 pongs = 0;
};

// What a client holds, as both voters hold it: the snapshot and the updates
// applied to it; nothing after it left.
struct Held {
    QJsonObject state;
    qint64 seq = -1;
    int pids = 0;
};

} // namespace

class tst_Transcripts : public ServerFixture
{
    Q_OBJECT

    QHash<QString, Peer *> m_peers;
    QHash<QString, Held> m_held;
    tr::Vars m_vars;
    QList<QJsonObject> m_out;

    Peer *peer(const QString &client)
    {
        Peer *&p = m_peers[client];
        if (!p || (!p->open && p->closeCode >= 0)) {
            delete p;
            p = new Peer(m_server->serverUrl());
            if (!QTest::qWaitFor([p] { return p->open; }, 10000))
                qWarning("%s could not connect", qPrintable(client));
        }
        return p;
    }

    // The kiosk's random values get their placeholders as they first appear.
    void bindNew(const QString &client, const QJsonObject &m)
    {
        const auto bindValue = [this](const QString &name, const QJsonValue &v) {
            if (v.toString().isEmpty() || m_vars.canonical(v) != v)
                return;
            QString n = name;
            for (int i = 2; m_vars.isBound(n); ++i)
                n = name + QString::number(i);
            m_vars.bind(n, v);
        };
        const QString type = m.value(protocol::key::Type).toString();
        if (type == protocol::msg::Joined) {
            bindValue(QStringLiteral("$pid.") + client, m.value(protocol::key::ParticipantId));
            bindValue(QStringLiteral("$token.") + client, m.value(protocol::key::Token));
        } else if (type == protocol::msg::Snapshot) {
            const QJsonObject session = m.value(protocol::key::State).toObject().value(protocol::section::Session).toObject();
            bindValue(QStringLiteral("$meeting"), session.value(protocol::key::Meeting));
        }
    }

    void hold(Held &h, const QJsonObject &m)
    {
        const QString type = m.value(protocol::key::Type).toString();
        if (type == protocol::msg::Snapshot) {
            h.state = m.value(protocol::key::State).toObject();
            h.seq = m.value(protocol::key::Seq).toInteger();
        } else if (type == protocol::msg::Update && m.value(protocol::key::Seq).toInteger() > h.seq) {
            QVERIFY2(m.value(protocol::key::Prev).toInteger() == h.seq
                             && patch::applyUpdate(h.state, m.value(protocol::key::Sections).toObject(),
                                                   m.value(protocol::key::Patch).toObject()),
                     "an update that does not fit what the client holds");
            h.seq = m.value(protocol::key::Seq).toInteger();
        } else if (type == protocol::msg::Presence) {
            h.state.insert(protocol::section::Presence,
                           QJsonObject{{protocol::key::Participants, m.value(protocol::key::Participants)}});
        }
    }

    // Records what each client received since the last step.
    void collect(const tr::Transcript &t)
    {
        for (const QString &client : t.clientNames()) {
            Peer *p = m_peers.value(client);
            if (!p || p->lost)
                continue;
            QVERIFY2(p->settle(), qPrintable(client + QStringLiteral(": no pong")));
            for (; p->read < p->inbox.size(); ++p->read) {
                const QJsonObject &m = p->inbox.at(p->read);
                bindNew(client, m);
                hold(m_held[client], m);
                m_out.append({{QStringLiteral("client"), client}, {QStringLiteral("receive"), m_vars.canonical(m)}});
            }
            if (!p->open && p->closeCode >= 0 && !p->reported) {
                p->reported = true;
                m_out.append({{QStringLiteral("client"), client}, {QStringLiteral("closed"), p->closeCode}});
            }
        }
    }

    // Waits for the answer to what the client just sent (not for others').
    void awaitAnswer(Peer *p, const QJsonObject &sent, qsizetype from)
    {
        const QString type = sent.value(protocol::key::Type).toString();
        const QString id = sent.value(protocol::key::Id).toString();
        const auto answered = [&] {
            if (!p->open)
                return true;
            return p->has([&](const QJsonObject &m) {
                const QString t = m.value(protocol::key::Type).toString();
                if (type == protocol::msg::Join)
                    return t == protocol::msg::Snapshot || t == protocol::msg::Error;
                if (type == protocol::msg::Ping)
                    return t == protocol::msg::Pong || t == protocol::msg::Error;
                return (t == protocol::msg::Ack || t == protocol::msg::Error) && m.value(protocol::key::Id).toString() == id;
            }, from);
        };
        QVERIFY2(QTest::qWaitFor(answered, 10000), qPrintable(QStringLiteral("no answer to ") + tr::compact(sent)));
        if (type == protocol::cmd::Leave)
            QVERIFY(QTest::qWaitFor([p] { return !p->open; }, 10000));
    }

    void run(const tr::Transcript &t)
    {
        for (const tr::Step &step : t.steps) {
            const QString client = step.client();
            if (step.is("receive") || step.is("closed"))
                continue; // what the kiosk sends: recorded anew below
            m_out.append(step.json);
            if (step.is("kiosk")) {
                QCOMPARE(step.value("kiosk").toString(), QStringLiteral("presence"));
                m_server->sendPresence();
            } else if (step.is("reconnect")) {
                Peer *p = m_peers.take(client);
                QVERIFY(p);
                if (!p->lost)
                    QVERIFY2(p->read == p->inbox.size(), "a reconnect step with messages not recorded");
                p->socket.close();
                QVERIFY(QTest::qWaitFor([p] { return !p->open; }, 10000));
                delete p;
            } else {
                Peer *p = peer(client);
                const qsizetype from = p->inbox.size();
                const quint64 seq = m_engine->seq();
                const QJsonValue sent = step.is("send") ? m_vars.fill(step.value("send")) : step.value("sendRaw");
                p->send(sent.isString() ? sent.toString() : tr::compact(sent));
                if (step.value("thenLost").toBool()) {
                    // The connection is lost after this message: the kiosk
                    // commits it, and its answers never reach the client.
                    QVERIFY(QTest::qWaitFor([&] { return m_engine->seq() > seq; }, 10000));
                    p->lost = true;
                } else if (step.is("send")) {
                    awaitAnswer(p, sent.toObject(), from);
                }
                else if (step.is("sendRaw"))
                    QVERIFY(QTest::qWaitFor([&] { return !p->open || p->inbox.size() > from; }, 10000));
                if (step.is("send") && sent.toObject().value(protocol::key::Type).toString() == protocol::cmd::Leave)
                    m_held[client] = Held(); // both voters forget everything at leave
            }
            collect(t);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // What each client holds is what a fresh snapshot gives it (presence
    // aside: it goes out when the kiosk counts, not with every change).
    void checkConvergence(const tr::Transcript &t)
    {
        for (const QString &client : t.clientNames()) {
            const Peer *p = m_peers.value(client);
            if (!p || !p->open || m_held.value(client).seq < 0)
                continue;
            const auto last = std::find_if(p->inbox.crbegin(), p->inbox.crend(), [](const QJsonObject &m) {
                return m.value(protocol::key::Type).toString() == protocol::msg::Joined;
            });
            QVERIFY(last != p->inbox.crend());
            const QJsonObject joined = *last;
            const Actor actor = joined.value(protocol::key::Role).toString() == protocol::role::Wall
                                        ? Actor::wallDisplay()
                                        : m_engine->actorFor(joined.value(protocol::key::ParticipantId).toString(),
                                                             joined.value(protocol::key::Token).toString());
            QJsonObject fresh = m_engine->projection(actor);
            QJsonObject held = m_held.value(client).state;
            fresh.remove(protocol::section::Presence);
            held.remove(protocol::section::Presence);
            QVERIFY2(held == fresh, qPrintable(client + QStringLiteral(": ") + tr::difference(fresh, held)));
        }
    }

private Q_SLOTS:
    void init() { setUpServer(transcriptFormat()); }
    void cleanup()
    {
        qDeleteAll(m_peers);
        m_peers.clear();
        m_held.clear();
        m_out.clear();
        m_vars = tr::Vars();
        tearDownServer();
    }

    void replay_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = tr::files();
        QVERIFY(names.size() >= 8);
        for (const QString &n : names)
            QTest::newRow(qPrintable(n)) << n;
    }

    void replay()
    {
        QFETCH(QString, name);
        QString error;
        const tr::Transcript t = tr::load(name, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_server->setPresenceInterval(24 * 3600 * 1000); // presence goes out at the transcript's kiosk steps only
        const QJsonValue format = m_engine->section(Section::Session, Actor::wallDisplay()).toObject().value(protocol::key::Format);
        if (recording())
            m_vars.bind(QStringLiteral("$format"), format);
        else
            QVERIFY2(m_vars.loadShared(&error), qPrintable(error));

        run(t);
        if (QTest::currentTestFailed())
            return;
        checkConvergence(t);
        QJsonObject final;
        for (const QString &client : t.clientNames())
            final.insert(client, m_vars.canonical(m_held.value(client).state));

        if (recording()) {
            QVERIFY2(tr::save(t, m_out, final, &error), qPrintable(error));
            QFile values(tr::directory() + QStringLiteral("/values.json"));
            QVERIFY(values.open(QIODevice::WriteOnly | QIODevice::Truncate));
            values.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), format}}).toJson());
            return;
        }
        const QJsonArray expected = t.json.value(QLatin1String("steps")).toArray();
        for (qsizetype i = 0; i < qMax(expected.size(), m_out.size()); ++i) {
            const QJsonValue got = i < m_out.size() ? QJsonValue(m_out.at(i)) : QJsonValue();
            QVERIFY2(expected.at(i) == got, qPrintable(QStringLiteral("step %1: %2 (FLIPOVER_RECORD_TRANSCRIPTS=1 records anew)")
                                                               .arg(i + 1)
                                                               .arg(tr::difference(expected.at(i), got))));
        }
        const QJsonObject recorded = t.json.value(QLatin1String("final")).toObject();
        QVERIFY2(recorded == final, qPrintable(QStringLiteral("final: ") + tr::difference(recorded, final)));
    }
};

QTEST_GUILESS_MAIN(tst_Transcripts)
#include "tst_transcripts.moc"
