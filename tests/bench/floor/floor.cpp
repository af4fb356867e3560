// flipover-floor: the thinnest server this machine can run for the benchmark's
// load. A bare QWebSocketServer: `join` gets `joined` and a tiny `snapshot`;
// any other command gets an `ack` and one small `update` with a counter,
// serialised once and sent to every joined client. No engine, no storage.
// Accepted sockets get TCP_NODELAY (--nagle leaves it off: then a small
// update can wait ~40 ms for the peer's delayed ACK of the one before).
// The benchmark reports the kiosk's figures as ratios to this one.
#include "epolldispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>
#include <csignal>
#include <cstdio>

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

class FloorServer : public QObject
{
public:
    FloorServer(QString pin, QString facilitatorPin, bool noDelay)
        : m_server(QStringLiteral("flipover-floor"), QWebSocketServer::NonSecureMode),
          m_pin(std::move(pin)), m_facilitatorPin(std::move(facilitatorPin)), m_noDelay(noDelay)
    {
        // Our own listener: a backlog for hundreds joining at once, and
        // TCP_NODELAY so a small update never waits for the previous one's ACK.
        m_tcp.setListenBacklogSize(1024);
        connect(&m_tcp, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
                if (m_noDelay)
                    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                m_server.handleConnection(socket);
            }
        });
        connect(&m_server, &QWebSocketServer::newConnection, this, &FloorServer::accept);
    }

    bool listen(const QHostAddress &address, quint16 port) { return m_tcp.listen(address, port); }
    quint16 port() const { return m_tcp.serverPort(); }

private:
    QJsonObject voteSection() const
    {
        return QJsonObject{{QStringLiteral("vote"), QJsonObject{{QStringLiteral("ballots"), double(m_seq)}}}};
    }

    void accept()
    {
        while (QWebSocket *s = m_server.nextPendingConnection()) {
            connect(s, &QWebSocket::textMessageReceived, this, [this, s](const QString &text) { onText(s, text); });
            connect(s, &QWebSocket::disconnected, this, [this, s] {
                if (m_members.remove(s))
                    m_joined.removeOne(s);
                s->deleteLater();
            });
        }
    }

    void reply(QWebSocket *s, const QJsonObject &o) { s->sendTextMessage(compact(o)); }

    void onText(QWebSocket *s, const QString &text)
    {
        const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = m.value(QLatin1String("type")).toString();
        const QString id = m.value(QLatin1String("id")).toString();
        if (type == QLatin1String("join")) {
            if (m.value(QLatin1String("pin")).toString() != m_pin) {
                reply(s, {{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("id"), id},
                          {QStringLiteral("code"), QStringLiteral("bad_pin")}, {QStringLiteral("message"), QStringLiteral("Wrong PIN.")}});
                return;
            }
            const bool facilitator = !m_facilitatorPin.isEmpty()
                && m.value(QLatin1String("facilitatorPin")).toString() == m_facilitatorPin;
            const QString n = QString::number(++m_participants);
            reply(s, {{QStringLiteral("type"), QStringLiteral("joined")}, {QStringLiteral("v"), 1},
                      {QStringLiteral("participantId"), QStringLiteral("p") + n}, {QStringLiteral("token"), QStringLiteral("t") + n},
                      {QStringLiteral("role"), facilitator ? QStringLiteral("facilitator") : QStringLiteral("participant")}});
            reply(s, {{QStringLiteral("type"), QStringLiteral("snapshot")}, {QStringLiteral("seq"), double(m_seq)},
                      {QStringLiteral("state"), voteSection()}});
            if (!m_members.contains(s)) {
                m_members.insert(s);
                m_joined.append(s);
            }
            return;
        }
        if (type == QLatin1String("ping")) {
            reply(s, {{QStringLiteral("type"), QStringLiteral("pong")}, {QStringLiteral("id"), id}});
            return;
        }
        if (!m_members.contains(s)) {
            reply(s, {{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("id"), id},
                      {QStringLiteral("code"), QStringLiteral("not_joined")}, {QStringLiteral("message"), QStringLiteral("Join first.")}});
            return;
        }
        ++m_seq;
        reply(s, {{QStringLiteral("type"), QStringLiteral("ack")}, {QStringLiteral("id"), id},
                  {QStringLiteral("seq"), double(m_seq)}, {QStringLiteral("result"), QJsonObject()}});
        // Serialised once, the same text to every client.
        const QString update = compact({{QStringLiteral("type"), QStringLiteral("update")}, {QStringLiteral("seq"), double(m_seq)},
                                        {QStringLiteral("sections"), voteSection()}});
        const QList<QWebSocket *> targets = m_joined;
        for (QWebSocket *t : targets)
            t->sendTextMessage(update);
    }

    QTcpServer m_tcp;
    QWebSocketServer m_server;
    QString m_pin;
    QString m_facilitatorPin;
    bool m_noDelay;
    QList<QWebSocket *> m_joined;
    QSet<QWebSocket *> m_members;
    quint64 m_seq = 0;
    int m_participants = 0;
};

} // namespace

int main(int argc, char **argv)
{
    // The thinnest server this machine runs holds its sockets the way the
    // kiosk's room thread does (epolldispatcher.h).
    QCoreApplication::setEventDispatcher(new flipover::EpollDispatcher);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bare WebSocket broadcast server: the benchmark's floor."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (0 picks a free one)."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on."), QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption pin(QStringLiteral("pin"), QStringLiteral("Session PIN."), QStringLiteral("digits"), QStringLiteral("123456"));
    const QCommandLineOption fpin(QStringLiteral("facilitator-pin"), QStringLiteral("Facilitator PIN."), QStringLiteral("digits"), QStringLiteral("9999"));
    const QCommandLineOption nagle(QStringLiteral("nagle"), QStringLiteral("Leave Nagle's algorithm on (no TCP_NODELAY)."));
    parser.addOptions({port, listen, pin, fpin, nagle});
    parser.process(app);

    QHostAddress address;
    if (!address.setAddress(parser.value(listen))) {
        std::fprintf(stderr, "flipover-floor: --listen must be an IP address\n");
        return 2;
    }
    FloorServer server(parser.value(pin), parser.value(fpin), !parser.isSet(nagle));
    if (!server.listen(address, quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "flipover-floor: cannot listen\n");
        return 1;
    }
    std::signal(SIGPIPE, SIG_IGN);
    std::printf("FLIPOVER_READY port=%u pin=%s facilitatorPin=%s url=ws://%s:%u/\n", unsigned(server.port()),
                qPrintable(parser.value(pin)), qPrintable(parser.value(fpin)), qPrintable(address.toString()),
                unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
