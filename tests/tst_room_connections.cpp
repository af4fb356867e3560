// Issue 17, finding 1: without the PIN, nobody on the network can use up the
// kiosk's file descriptors or memory. A real kiosk with only 320 open files
// (so the attack needs a few hundred sockets, not thousands) is hit from
// five loopback addresses by idle TCP connections and WebSocket handshakes
// that never join, reopened as fast as the kiosk closes them; an honest
// facilitator beside it joins, starts the meeting and gets its acks. After
// the attack the kiosk's descriptors return to where they were.
#include "roomattack.h"

#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace flipover::test;

class tst_RoomConnections : public QObject
{
    Q_OBJECT

    static bool pongs(WsTestClient &c)
    {
        const QString id = c.command(QStringLiteral("ping"));
        return QTest::qWaitFor([&] {
            const auto all = c.ofType(QStringLiteral("pong"));
            return std::any_of(all.cbegin(), all.cend(), [&](const QJsonObject &o) {
                return o.value(QLatin1String("id")).toString() == id;
            });
        }, 10000);
    }

private Q_SLOTS:
    void idleFloodsLeaveRoomForHonestTablets()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set (run through ctest)");
        QTemporaryDir dir;
        KioskProcess kiosk;
        QString error;
        QVERIFY2(startKiosk(kiosk, dir.filePath(QStringLiteral("data")), &error, 320), qPrintable(error));
        const qint64 pid = kiosk.process().processId();
        const quint16 port = kiosk.port();
        QTest::qWait(200);
        const int baseFds = openFilesOf(pid);
        const qint64 baseRss = rssKiBOf(pid);

        // 5 addresses x 80 sockets: idle TCP and handshakes without a join.
        QList<RawWs *> attack;
        bool attacking = true;
        int endedByKiosk = 0;
        std::function<void(int)> openOne = [&](int i) {
            auto *a = new RawWs(this);
            attack.append(a);
            const QHostAddress from(QStringLiteral("127.0.0.%1").arg(2 + i % 5));
            connect(&a->socket, &QTcpSocket::disconnected, this, [&, a, i] {
                ++endedByKiosk;
                a->deleteLater();
                attack.removeOne(a);
                if (attacking)
                    openOne(i);
            });
            a->open(port, from, i % 2 == 1);
        };
        for (int i = 0; i < 400; ++i)
            openOne(i);
        // The kiosk has to make room: it closes (evicts) sockets of the attack.
        QTRY_VERIFY_WITH_TIMEOUT(endedByKiosk >= 100, 15000);

        // The kiosk stays well inside its descriptors (it used to sit at 320/320).
        int peakFds = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peakFds = qMax(peakFds, openFilesOf(pid)); });
        sampler.start(20);

        // The honest facilitator gets in on its first try, during the attack.
        auto honest = std::make_unique<WsTestClient>();
        honest->open(kiosk.localUrl());
        if (honest->waitConnected())
            honest->joinAndWait(QStringLiteral("123456"), {{QStringLiteral("facilitatorPin"), QStringLiteral("24681357")}});
        QVERIFY2(honest && honest->role == QLatin1String("facilitator"),
                 qPrintable(QStringLiteral("kiosk running: %1, last close %2, errors: %3, stderr: %4")
                                .arg(kiosk.process().state() == QProcess::Running)
                                .arg(honest ? honest->closeCode : -2)
                                .arg(honest ? honest->lastError() : QString())
                                .arg(QString::fromUtf8(kiosk.process().readAllStandardError().right(2000)))));
        const int before = endedByKiosk;
        QTRY_VERIFY_WITH_TIMEOUT(endedByKiosk > before + 50, 15000); // the attack goes on meanwhile
        const auto start = honest->waitAnswer(honest->command(QStringLiteral("startMeeting")));
        QVERIFY(start);
        QCOMPARE(start->value(QLatin1String("type")).toString(), QStringLiteral("ack"));
        QVERIFY(pongs(*honest));
        QVERIFY(!honest->disconnected);
        const int duringFds = openFilesOf(pid);
        sampler.stop();
        QVERIFY2(peakFds <= 320 - 64, qPrintable(QString::number(peakFds)));
        const qint64 duringRss = rssKiBOf(pid);

        attacking = false;
        const QList<RawWs *> rest = std::exchange(attack, {});
        for (RawWs *a : rest) {
            QObject::disconnect(&a->socket, nullptr, this, nullptr);
            a->socket.abort();
        }
        qDeleteAll(rest);
        // Descriptors come back: nothing of the attack is kept.
        QTRY_VERIFY_WITH_TIMEOUT(openFilesOf(pid) <= baseFds + 1, 20000); // + the honest socket
        qInfo("kiosk fds: %d before, %d during (peak %d), %d after; RSS %lld KiB before, %lld during, %lld after; "
              "%d attack sockets closed by the kiosk",
              baseFds, duringFds, peakFds, openFilesOf(pid), baseRss, duringRss, rssKiBOf(pid), endedByKiosk);
        QVERIFY(!honest->disconnected);
        QVERIFY(pongs(*honest));
    }
};

QTEST_GUILESS_MAIN(tst_RoomConnections)
#include "tst_room_connections.moc"
