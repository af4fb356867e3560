// Issue 17, finding 1, with --tls: connections that never finish their TLS
// handshake count in the kiosk's pending budget like plain ones (admission.h,
// docs/security.md "Connection limits"). A real TLS kiosk with only 320 open
// files is hit from five loopback addresses by TCP connections that never
// send a ClientHello, reopened as fast as the kiosk closes them; an honest
// facilitator beside it completes its TLS handshake, joins, starts the
// meeting and gets its answers, and the kiosk's descriptors stay far from
// the limit (before, QSslServer held every such connection for its whole
// handshake timeout, outside the budget, until accept failed).
#include "roomattack.h"

#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace flipover::test;

class tst_RoomTlsHandshakes : public QObject
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
    void unfinishedTlsHandshakesLeaveRoomForHonestTablets()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set (run through ctest)");
        QTemporaryDir dir;
        KioskProcess kiosk;
        kiosk.process().setChildProcessModifier([] {
            const rlimit r{320, 320};
            ::setrlimit(RLIMIT_NOFILE, &r);
        });
        QString error;
        QVERIFY2(kiosk.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls"),
                              QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")), QStringLiteral("--pin"),
                              QStringLiteral("123456"), QStringLiteral("--facilitator-pin"), QStringLiteral("24681357"),
                              QStringLiteral("--no-beacon"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1")},
                             &error),
                 qPrintable(error));
        const qint64 pid = kiosk.process().processId();
        const quint16 port = kiosk.port();
        QTest::qWait(200);
        const int baseFds = openFilesOf(pid);

        // 5 addresses x 80 TCP connections that never start TLS.
        QList<RawWs *> attack;
        bool attacking = true;
        int endedByKiosk = 0;
        std::function<void(int)> openOne = [&](int i) {
            auto *a = new RawWs(this);
            attack.append(a);
            connect(&a->socket, &QTcpSocket::disconnected, this, [&, a, i] {
                ++endedByKiosk;
                a->deleteLater();
                attack.removeOne(a);
                if (attacking)
                    openOne(i);
            });
            a->open(port, QHostAddress(QStringLiteral("127.0.0.%1").arg(2 + i % 5)), false);
        };
        for (int i = 0; i < 400; ++i)
            openOne(i);
        QTRY_VERIFY_WITH_TIMEOUT(std::count_if(attack.cbegin(), attack.cend(), [](RawWs *a) { return a->connected; }) >= 300,
                                 15000);

        int peakFds = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peakFds = qMax(peakFds, openFilesOf(pid)); });
        sampler.start(20);

        // The honest facilitator: TLS, join, start, ping, during the attack.
        WsTestClient honest;
        QSslConfiguration tls = honest.socket().sslConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        honest.socket().setSslConfiguration(tls);
        honest.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(port)));
        if (honest.waitConnected())
            honest.joinAndWait(QStringLiteral("123456"), {{QStringLiteral("facilitatorPin"), QStringLiteral("24681357")}});
        QVERIFY2(honest.role == QLatin1String("facilitator"),
                 qPrintable(QStringLiteral("kiosk running: %1, last close %2, errors: %3, peak fds %4")
                                .arg(kiosk.process().state() == QProcess::Running)
                                .arg(honest.closeCode)
                                .arg(honest.lastError())
                                .arg(peakFds)));
        const int before = endedByKiosk;
        QTRY_VERIFY_WITH_TIMEOUT(endedByKiosk > before + 50, 15000); // the attack goes on meanwhile
        const auto start = honest.waitAnswer(honest.command(QStringLiteral("startMeeting")));
        QVERIFY(start);
        QCOMPARE(start->value(QLatin1String("type")).toString(), QStringLiteral("ack"));
        QVERIFY(pongs(honest));
        QVERIFY(!honest.disconnected);
        sampler.stop();
        // At most 112 pending (the budget for 320 files) plus the honest one:
        // the unfinished handshakes are inside the budget, not beside it.
        QVERIFY2(peakFds <= 320 - 64, qPrintable(QString::number(peakFds)));

        attacking = false;
        const QList<RawWs *> rest = std::exchange(attack, {});
        for (RawWs *a : rest) {
            QObject::disconnect(&a->socket, nullptr, this, nullptr);
            a->socket.abort();
        }
        qDeleteAll(rest);
        QTRY_VERIFY_WITH_TIMEOUT(openFilesOf(pid) <= baseFds + 1, 20000); // + the honest socket
        qInfo("kiosk fds: %d before, peak %d during; %d attack sockets closed by the kiosk", baseFds, peakFds, endedByKiosk);
        QVERIFY(pongs(honest));
    }
};

QTEST_GUILESS_MAIN(tst_RoomTlsHandshakes)
#include "tst_room_tlshandshakes.moc"
