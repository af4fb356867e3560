// The Qt voter's side of the transcript suite (tests/data/transcripts/README.md):
// for every client of every transcript that a voter can play, a stand-in
// kiosk sends the VoterClient what the kiosk sent that client, in order, and
// requires that the client sends what the transcript recorded (its own ids
// bind the placeholders); at the end its SessionView must hold the recorded
// state and nothing may wait in its outbox. The client is driven only as the
// app drives it: connectToKiosk, send, leave; its pings come from its
// keep-alive timer, its resumes and re-sends from its own reconnects.
#include "protocol.h"
#include "transcript.h"
#include "voterclient.h"

#include <QPointer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

using namespace flipover;
namespace tr = flipover::test::transcript;

namespace {

constexpr int Hour = 3600 * 1000;

// The kiosk's side, played from the transcript.
class StandIn : public QObject
{
public:
    StandIn()
    {
        connect(&server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = server.nextPendingConnection()) {
                s->setParent(this);
                current = s;
                ++connections;
                connect(s, &QWebSocket::textMessageReceived, this, [this](const QString &t) {
                    inbox.append(QJsonDocument::fromJson(t.toUtf8()).object());
                });
            }
        });
    }
    QWebSocketServer server{QStringLiteral("transcript kiosk"), QWebSocketServer::NonSecureMode};
    QPointer<QWebSocket> current;
    int connections = 0;
    QList<QJsonObject> inbox; // what the client sent, in order
};

QString typeOf(const QJsonObject &m)
{
    return m.value(protocol::key::Type).toString();
}

} // namespace

class tst_TranscriptsVoter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("client");
        int rows = 0;
        for (const QString &name : tr::files()) {
            QString error;
            const tr::Transcript t = tr::load(name, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const QString &client : t.clientNames())
                if (t.replayable(client)) {
                    QTest::addRow("%s:%s", qPrintable(name), qPrintable(client)) << name << client;
                    ++rows;
                }
        }
        QVERIFY(rows >= 10);
    }

    void replay()
    {
        QFETCH(QString, name);
        QFETCH(QString, client);
        QString error;
        const tr::Transcript t = tr::load(name, &error);
        tr::Vars vars;
        QVERIFY2(error.isEmpty() && vars.loadShared(&error), qPrintable(error));

        StandIn kiosk;
        QVERIFY(kiosk.server.listen(QHostAddress::LocalHost, 0));
        VoterClient voter;
        voter.setBackoff(5, 20);
        voter.setKeepAlive(Hour, Hour);
        bool started = false;
        qsizetype read = 0;

        for (qsizetype i = 0; i < t.steps.size(); ++i) {
            const tr::Step &step = t.steps.at(i);
            if (step.client() != client)
                continue;
            const QString where = QStringLiteral("%1, step %2").arg(name).arg(i + 1);
            if (step.is("send")) {
                const QJsonObject expected = step.value("send").toObject();
                const QString type = typeOf(expected);
                if (type == protocol::msg::Join && !started) {
                    voter.connectToKiosk(kiosk.server.serverUrl(), expected.value(protocol::key::Pin).toString(),
                                         expected.value(protocol::key::FacilitatorPin).toString());
                    started = true;
                } else if (type == protocol::msg::Ping) {
                    voter.setKeepAlive(1, Hour); // its next ping, now
                } else if (type == protocol::cmd::Leave) {
                    voter.leave();
                } else if (type != protocol::msg::Join && !vars.isBound(expected.value(protocol::key::Id).toString())) {
                    QJsonObject fields = expected;
                    fields.remove(protocol::key::Type);
                    fields.remove(protocol::key::Id);
                    voter.send(type, vars.fill(fields).toObject());
                } // else: a join or a re-send the client makes by itself after a reconnect
                // Pings it was not asked for are its keep-alive: not part of the exchange.
                const auto next = [&] {
                    while (read < kiosk.inbox.size() && type != protocol::msg::Ping
                           && typeOf(kiosk.inbox.at(read)) == protocol::msg::Ping)
                        ++read;
                    return read < kiosk.inbox.size();
                };
                QVERIFY2(QTest::qWaitFor(next, 10000), qPrintable(where + QStringLiteral(": the client sent nothing")));
                if (type == protocol::msg::Ping)
                    voter.setKeepAlive(Hour, Hour);
                QString why;
                QVERIFY2(vars.match(expected, kiosk.inbox.at(read++), &why), qPrintable(where + QStringLiteral(": ") + why));
            } else if (step.is("receive")) {
                QVERIFY2(kiosk.current, qPrintable(where + QStringLiteral(": no connection")));
                kiosk.current->sendTextMessage(tr::compact(vars.fill(step.value("receive"))));
            } else if (step.is("closed")) {
                if (kiosk.current)
                    kiosk.current->close(QWebSocketProtocol::CloseCode(step.value("closed").toInt()));
            } else if (step.is("reconnect")) {
                const int before = kiosk.connections;
                // Dropped after what was sent before it (a close frame, not an
                // abort, which would throw away what is not written yet).
                if (kiosk.current && kiosk.current->state() == QAbstractSocket::ConnectedState)
                    kiosk.current->close(QWebSocketProtocol::CloseCodeGoingAway);
                QVERIFY2(QTest::qWaitFor([&] { return kiosk.connections > before; }, 10000),
                         qPrintable(where + QStringLiteral(": the client did not reconnect")));
            } else {
                QFAIL(qPrintable(where + QStringLiteral(": a step no voter can play")));
            }
        }
        const QJsonObject expected = vars.fill(t.finalState(client)).toObject();
        QTRY_VERIFY2_WITH_TIMEOUT(voter.view()->state() == expected,
                                  qPrintable(QStringLiteral("final: ") + tr::difference(expected, voter.view()->state())),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(voter.pendingCount(), 0, 10000);
        // Nothing more was sent than the transcript holds (keep-alive pings aside).
        for (; read < kiosk.inbox.size(); ++read)
            QCOMPARE(typeOf(kiosk.inbox.at(read)), QString(protocol::msg::Ping));
    }
};

QTEST_GUILESS_MAIN(tst_TranscriptsVoter)
#include "tst_transcripts_voter.moc"
