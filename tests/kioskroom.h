// KioskRoom: the kiosk as main.cpp wires it: a session in a data dir, its
// server on a free local port and the wall's controller, whose new meetings
// the server follows. For tests that drive the wall and real tablets.
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
        controller = std::make_unique<KioskController>(session->engine());
        controller->setEndpoint(QHostAddress::LocalHost, server->port());
        controller->setSession(session.get());
        QObject::connect(controller.get(), &KioskController::engineReplaced, server.get(), &KioskServer::setEngine);
        return {};
    }

    void stop()
    {
        controller.reset();
        server.reset();
        session.reset();
    }
};

} // namespace flipover::test
