// Test helper: a real kiosk with both PINs and two Qt tablets online on it,
// a facilitator's and a participant's. Shared by the room tests that steer
// from a tablet (tst_focus_room, tst_undo_room).
#pragma once

#include "kioskprocess.h"
#include "voterclient.h"

#include <QTemporaryDir>
#include <QTest>

namespace flipover::test {

struct TabletRoom {
    QTemporaryDir dir;
    KioskProcess kiosk;
    VoterClient facilitator;
    VoterClient participant;

    // Empty when the kiosk runs and both tablets are online; else what failed.
    QString start(const QString &pin, const QString &facilitatorPin)
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        QString error;
        if (!kiosk.startWithPins(dir.path(), pin, facilitatorPin, &error))
            return error;
        facilitator.connectToKiosk(kiosk.localUrl(), pin, facilitatorPin);
        participant.connectToKiosk(kiosk.localUrl(), pin);
        const auto online = [](const VoterClient &c) { return c.state() == QLatin1String("online"); };
        if (!QTest::qWaitFor([&] { return online(facilitator) && online(participant); }, 10000))
            return QStringLiteral("tablets not online: facilitator %1, participant %2")
                .arg(facilitator.state(), participant.state());
        return {};
    }
};

} // namespace flipover::test
