// ServerFixture: a KioskServer in-process with real WebSocket clients, a real
// engine and store (in a temporary dir) and a hand-moved clock. Test classes
// derive from it and call setUpServer()/tearDownServer() from init()/cleanup().
#pragma once

#include "kioskprocess.h"
#include "kioskserver.h"
#include "store.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace flipover::test {

inline const QString Pin = QStringLiteral("123456");
inline const QString FacilitatorPin = QStringLiteral("9999");

class ServerFixture : public QObject
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    ManualClock m_clock;
    std::unique_ptr<SessionEngine> m_engine;
    std::unique_ptr<KioskServer> m_server;
    QList<WsTestClient *> m_clients;

    WsTestClient *connectClient(const QString &origin = QString())
    {
        auto *c = new WsTestClient(origin, this);
        m_clients.append(c);
        c->open(m_server->serverUrl());
        if (!c->waitConnected())
            qWarning("client did not connect");
        return c;
    }
    WsTestClient *participant()
    {
        WsTestClient *c = connectClient();
        if (!c->joinAndWait(Pin))
            qWarning("participant could not join");
        return c;
    }
    WsTestClient *facilitator()
    {
        WsTestClient *c = connectClient();
        if (!c->joinAndWait(Pin, {{QStringLiteral("facilitatorPin"), FacilitatorPin}}))
            qWarning("facilitator could not join");
        return c;
    }
    // Runs a facilitator command on the engine directly (as the wall would).
    void wall(const QString &type, const QJsonObject &args = {})
    {
        const Result r = m_engine->execute(Actor::localFacilitator(), type, args);
        QVERIFY2(r.ok, qPrintable(r.code));
    }
    static QString code(const std::optional<QJsonObject> &answer) { return answerCode(answer); }

    void setUpServer(const Format &format = testFormat())
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<Store>();
        QString error;
        QVERIFY2(m_store->open(m_dir->path(), &error), qPrintable(error));
        m_engine = std::make_unique<SessionEngine>(m_store.get(), &m_clock);
        QVERIFY2(m_engine->resumeOrCreate(format, QStringLiteral("Test"), Pin, FacilitatorPin, &error),
                 qPrintable(error));
        m_server = std::make_unique<KioskServer>(m_engine.get(), &m_clock);
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void tearDownServer()
    {
        qDeleteAll(m_clients);
        m_clients.clear();
        m_server.reset();
        m_engine.reset();
        m_store.reset();
        m_dir.reset();
    }
};

} // namespace flipover::test
