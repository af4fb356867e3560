// KioskRoom: the kiosk as main.cpp wires it, on one thread: a session in a
// data dir, its server on a free local port, the room's end of the wall
// (WallChannel, whose new meetings the server follows) and the wall's
// controller. For tests that drive the wall and real tablets.
#pragma once

#include "kioskcontroller.h"
#include "kioskserver.h"
#include "kiosksession.h"

#include <QHostAddress>

#include <memory>

namespace flipover::test {

struct KioskRoom {
    std::unique_ptr<KioskSession> session;
    std::unique_ptr<KioskServer> server;
    std::unique_ptr<WallChannel> channel;
    std::unique_ptr<KioskController> controller;

    // Empty when the kiosk runs, else what failed.
    QString start(const QString &dataDir)
    {
        session = std::make_unique<KioskSession>();
        SessionOptions options;
        options.dataDir = dataDir;
        QString error;
        if (session->start(options, &error) != KioskSession::Failure::None)
            return QStringLiteral("session: ") + error;
        server = std::make_unique<KioskServer>(session->engine(), session->clock());
        if (!server->listen(QHostAddress::LocalHost, 0, &error))
            return QStringLiteral("server: ") + error;
        channel = std::make_unique<WallChannel>(session->engine(), session.get());
        QObject::connect(channel.get(), &WallChannel::engineReplaced, server.get(), &KioskServer::setEngine);
        controller = std::make_unique<KioskController>(channel.get());
        controller->setEndpoint(QHostAddress::LocalHost, server->port());
        controller->setArchive(session->dataDir(), session->options().language);
        return {};
    }

    void stop()
    {
        controller.reset();
        channel.reset();
        server.reset();
        session.reset();
    }
};

} // namespace flipover::test
