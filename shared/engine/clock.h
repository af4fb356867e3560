// Time sources for the engine. The phase timer runs on the monotonic clock;
// the wall clock and the boot id only bridge a kiosk restart (see timer.cpp).
#pragma once

#include <QString>

namespace flipover {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 monotonicMs() const;  // CLOCK_MONOTONIC, comparable across processes of one boot
    virtual qint64 wallMs() const;       // only to bridge a reboot
    virtual QString bootId() const;      // changes when the machine reboots
};

// A clock tests move by hand.
class ManualClock : public Clock
{
public:
    qint64 monotonicMs() const override { return mono; }
    qint64 wallMs() const override { return wall; }
    QString bootId() const override { return boot; }
    void advance(qint64 ms) { mono += ms; wall += ms; }
    qint64 mono = 1000000;
    qint64 wall = 1700000000000;
    QString boot = QStringLiteral("test-boot");
};

} // namespace flipover
