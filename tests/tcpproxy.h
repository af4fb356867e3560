// Test helper: a TCP proxy on loopback, port 0, that forwards every
// connection to a target port and can simulate a network loss: setDown(true)
// drops every open connection and refuses new ones (accepted and closed at
// once) until setDown(false). The target port can change while it runs (a
// restarted kiosk listens on a new port).
#pragma once

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace flipover::test {

class TcpProxy : public QObject
{
public:
    explicit TcpProxy(quint16 targetPort, QObject *parent = nullptr) : QObject(parent), m_target(targetPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    void setTarget(quint16 port) { m_target = port; }
    int connections() const { return int(m_pairs.size()); }
    int refused() const { return m_refused; }

    void setDown(bool down)
    {
        m_down = down;
        if (!down)
            return;
        const auto pairs = m_pairs;
        for (const Pair &p : pairs)
            drop(p.client);
    }

private:
    struct Pair {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            if (m_down) {
                ++m_refused;
                client->abort();
                client->deleteLater();
                continue;
            }
            auto *upstream = new QTcpSocket(this);
            client->setParent(this);
            m_pairs.append(Pair{client, upstream});
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::connected, client, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::disconnected, this, [this, client] { drop(client); });
            connect(upstream, &QTcpSocket::disconnected, this, [this, client] { drop(client); });
            connect(upstream, &QTcpSocket::errorOccurred, this, [this, client] { drop(client); });
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    // Cuts both sides at once, like a pulled cable, and forgets the pair.
    void drop(QTcpSocket *client)
    {
        for (qsizetype i = 0; i < m_pairs.size(); ++i) {
            if (m_pairs[i].client != client)
                continue;
            const Pair p = m_pairs.takeAt(i);
            for (QTcpSocket *s : {p.client.data(), p.upstream.data()}) {
                if (!s)
                    continue;
                s->disconnect(this);
                s->abort();
                s->deleteLater();
            }
            return;
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    QList<Pair> m_pairs;
    bool m_down = false;
    int m_refused = 0;
};

} // namespace flipover::test
