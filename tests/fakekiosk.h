// FakeKiosk: an in-test kiosk that speaks docs/protocol.md just enough for
// VoterClient's tests: join -> joined + snapshot, every command -> ack (or
// error), ping -> pong; tests set what it knows and how it answers.
#pragma once

#include "protocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>
#include <QWebSocketServer>

namespace flipover::test {

class FakeKiosk : public QObject
{
public:
    FakeKiosk()
    {
        connect(&server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = server.nextPendingConnection()) {
                ++connections;
                sockets.append(s);
                connect(s, &QWebSocket::textMessageReceived, this, [this, s](const QString &t) { onText(s, t); });
                connect(s, &QWebSocket::disconnected, this, [this, s] {
                    s->disconnect(this);
                    sockets.removeOne(s);
                    s->deleteLater();
                });
            }
        });
    }
    ~FakeKiosk() override
    {
        // nextPendingConnection() hands over sockets without a parent: ours to delete.
        for (QWebSocket *s : std::as_const(sockets)) {
            s->disconnect(this);
            delete s;
        }
    }
    bool listen() { return server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return server.serverUrl(); }
    // Acks every command held so far (holdCommands), in order.
    void ackHeld()
    {
        const auto now = std::exchange(held, {});
        for (const auto &[socket, id] : now)
            if (sockets.contains(socket))
                send(socket, protocol::ack(id, ++seq, {}));
    }
    void dropAll()
    {
        const QList<QWebSocket *> open = sockets; // abort() removes them from the list
        for (QWebSocket *s : open)
            s->abort();
    }

    QWebSocketServer server{QStringLiteral("fake kiosk"), QWebSocketServer::NonSecureMode};
    QList<QWebSocket *> sockets;
    QString pin = QStringLiteral("1234");
    bool holdCommands = false; // record commands without answering them
    bool answerPings = true;
    bool knowsTokens = true;   // false: every resume is refused with unknown_token
    QString meeting;           // the session's meeting code in snapshots (none when empty)
    QStringList rejectTypes;
    int connections = 0;
    QList<QJsonObject> joins;
    QStringList commandIds;    // every command id received, in order (duplicates too)
    QStringList commandTypes;
    QList<QPair<QWebSocket *, QString>> held;
    quint64 seq = 1;
    int nextCard = 1;

private:
    void send(QWebSocket *s, const QByteArray &utf8) { s->sendTextMessage(QString::fromUtf8(utf8)); }

    QJsonObject state() const
    {
        QJsonObject session{{QStringLiteral("name"), QStringLiteral("Team Noord")}};
        if (!meeting.isEmpty())
            session.insert(QStringLiteral("meeting"), meeting);
        return {{QStringLiteral("session"), session},
                {QStringLiteral("phase"), QJsonObject{{QStringLiteral("index"), -1}, {QStringLiteral("count"), 5},
                                                      {QStringLiteral("status"), QStringLiteral("notStarted")}}},
                {QStringLiteral("presence"), QJsonObject{{QStringLiteral("participants"), joins.size()}}}};
    }

    void onText(QWebSocket *s, const QString &text)
    {
        const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = m.value(QLatin1String("type")).toString();
        const QString id = m.value(QLatin1String("id")).toString();
        if (type == QLatin1String("join")) {
            joins.append(m);
            if (m.value(QLatin1String("pin")).toString() != pin) {
                send(s, protocol::error(QString(), QStringLiteral("bad_pin"), QStringLiteral("That is not the PIN.")));
                return;
            }
            QString token = m.value(QLatin1String("resume")).toString();
            if (!token.isEmpty() && !knowsTokens) {
                send(s, protocol::error(QString(), QStringLiteral("unknown_token"), QStringLiteral("Unknown token.")));
                return;
            }
            if (token.isEmpty())
                token = QStringLiteral("token-%1").arg(joins.size());
            send(s, protocol::joined(QStringLiteral("p-") + token, token, QStringLiteral("participant")));
            send(s, protocol::snapshot(seq, state()));
            return;
        }
        if (type == QLatin1String("ping")) {
            if (answerPings)
                send(s, protocol::pong(id));
            return;
        }
        commandIds.append(id);
        commandTypes.append(type);
        if (holdCommands) {
            held.append({s, id});
            return;
        }
        if (rejectTypes.contains(type)) {
            send(s, protocol::error(id, QStringLiteral("not_allowed"), QStringLiteral("Only the facilitator can do this.")));
            return;
        }
        send(s, protocol::ack(id, ++seq, QJsonObject{{QStringLiteral("cardId"), nextCard++}}));
        send(s, protocol::update(seq, QJsonObject{{QStringLiteral("case"), QJsonObject{{QStringLiteral("text"), type}}}}));
        if (type == QLatin1String("leave"))
            s->close();
    }
};


} // namespace flipover::test
