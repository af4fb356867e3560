// Discovery: the kiosk's UDP beacon (kiosk/server/beacon.*), the tablet's
// KioskFinder that lists the kiosks it hears, and join links typed or scanned
// (voter/client/joinlink.*). The real kiosk's beacon is aimed at a socket
// this test binds on loopback, port 0.
#include "beacon.h"
#include "joinlink.h"
#include "kioskfinder.h"
#include "kioskprocess.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

using namespace flipover;
using flipover::test::KioskProcess;
using flipover::test::WsTestClient;

namespace {

const QString MeetingCode = QStringLiteral("0123456789");

QByteArray beacon(const QString &name, const QString &link, int version = 1, const char *magic = "flipover-kiosk")
{
    return QJsonDocument(QJsonObject{{QStringLiteral("magic"), QLatin1String(magic)}, {QStringLiteral("v"), version},
                                     {QStringLiteral("name"), name}, {QStringLiteral("join"), link}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class tst_Discovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinTarget_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("meeting");
        QTest::addColumn<QString>("fingerprint");
        const QString fp(64, QLatin1Char('a'));
        QTest::addRow("host") << "192.168.1.20" << "ws://192.168.1.20:7700/" << "" << "";
        QTest::addRow("host:port") << " 192.168.1.20:7800 " << "ws://192.168.1.20:7800/" << "" << "";
        QTest::addRow("name") << "wall.local:7700" << "ws://wall.local:7700/" << "" << "";
        QTest::addRow("ipv6") << "[fe80::1]:7700" << "ws://[fe80::1]:7700/" << "" << "";
        QTest::addRow("ws url") << "ws://10.0.0.5:7700/" << "ws://10.0.0.5:7700/" << "" << "";
        QTest::addRow("wss url") << "wss://10.0.0.5:7700" << "wss://10.0.0.5:7700/" << "" << "";
        QTest::addRow("join link") << "http://10.0.0.5:7700/?m=0123456789" << "ws://10.0.0.5:7700/" << MeetingCode << "";
        QTest::addRow("upper-case m") << "http://10.0.0.5:7700/?m=ABCDEF0123" << "ws://10.0.0.5:7700/" << "abcdef0123" << "";
        QTest::addRow("tls link") << QStringLiteral("https://10.0.0.5:7700/?m=0123456789&fp=%1").arg(fp)
                                  << "wss://10.0.0.5:7700/" << MeetingCode << fp;
        QTest::addRow("fp with colons") << QStringLiteral("https://h:1/?m=0123456789&fp=%1").arg(QString(64, QLatin1Char('A')).replace(QStringLiteral("AA"), QStringLiteral("AA:")).chopped(1))
                                        << "wss://h:1/" << MeetingCode << fp;
        QTest::addRow("link without port") << "http://wall/?m=0123456789" << "ws://wall:80/" << MeetingCode << "";
        QTest::addRow("empty") << "" << "" << "" << "";
        QTest::addRow("spaces inside") << "192.168 .1.20" << "" << "" << "";
        QTest::addRow("other scheme") << "ftp://10.0.0.5:7700/" << "" << "" << "";
        QTest::addRow("no host") << "http:///?m=0123456789" << "" << "" << "";
        QTest::addRow("port too big") << "10.0.0.5:70000" << "" << "" << "";
        QTest::addRow("short m") << "http://10.0.0.5:7700/?m=0123" << "" << "" << "";
        QTest::addRow("m not hex") << "http://10.0.0.5:7700/?m=0123456789xyz"  << "" << "" << "";
        QTest::addRow("bad fp") << "https://10.0.0.5:7700/?m=0123456789&fp=abc" << "" << "" << "";
        QTest::addRow("user info") << "http://me@10.0.0.5:7700/" << "" << "" << "";
    }
    void joinTarget()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QFETCH(QString, meeting);
        QFETCH(QString, fingerprint);
        const JoinTarget t = parseJoinTarget(typed);
        QCOMPARE(t.isValid(), !url.isEmpty());
        QCOMPARE(t.url.toString(), url);
        QCOMPARE(t.meeting, meeting);
        QCOMPARE(t.fingerprint, fingerprint);
    }

    void parseBeacon_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        QTest::addColumn<bool>("valid");
        const QString link = QStringLiteral("http://10.0.0.5:7700/?m=0123456789");
        QTest::addRow("good") << beacon(QStringLiteral("Intervisie"), link) << true;
        QTest::addRow("tls link") << beacon(QStringLiteral("Intervisie"), QString(link).replace(0, 4, QStringLiteral("https"))) << true;
        QTest::addRow("empty") << QByteArray() << false;
        QTest::addRow("not json") << QByteArray("flipover-kiosk 10.0.0.5") << false;
        QTest::addRow("array") << QByteArray("[1,2]") << false;
        QTest::addRow("wrong magic") << beacon(QStringLiteral("x"), link, 1, "other-app") << false;
        QTest::addRow("version 2") << beacon(QStringLiteral("x"), link, 2) << false;
        QTest::addRow("ws link") << beacon(QStringLiteral("x"), QStringLiteral("ws://10.0.0.5:7700/")) << false;
        QTest::addRow("no meeting") << beacon(QStringLiteral("x"), QStringLiteral("http://10.0.0.5:7700/")) << false;
        QTest::addRow("bad link") << beacon(QStringLiteral("x"), QStringLiteral("http://")) << false;
        QTest::addRow("name not text") << QByteArray("{\"magic\":\"flipover-kiosk\",\"v\":1,\"name\":5,\"join\":\"http://h:1/?m=0123456789\"}") << false;
        QTest::addRow("oversized") << beacon(QString(1200, QLatin1Char('n')), link) << false;
        QTest::addRow("truncated") << beacon(QStringLiteral("x"), link).chopped(3) << false;
    }
    void parseBeacon()
    {
        QFETCH(QByteArray, datagram);
        QFETCH(bool, valid);
        const std::optional<HeardKiosk> k = KioskFinder::parse(datagram);
        QCOMPARE(k.has_value(), valid);
        if (valid) {
            QCOMPARE(k->name, QStringLiteral("Intervisie"));
            QCOMPARE(k->target.meeting, MeetingCode);
        }
    }

    // What the kiosk sends is what the tablet accepts, and stays small even
    // for an absurd session name.
    void beaconDatagramRoundTrips()
    {
        const QString link = QStringLiteral("http://10.0.0.5:7700/?m=") + MeetingCode; // KioskController::joinLink
        const std::optional<HeardKiosk> k = KioskFinder::parse(Beacon::datagram({QStringLiteral("  Team   Noord "), link}));
        QVERIFY(k);
        QCOMPARE(k->name, QStringLiteral("Team Noord"));
        QCOMPARE(k->link, link);
        QCOMPARE(k->target.url, QUrl(QStringLiteral("ws://10.0.0.5:7700/")));
        const QByteArray big = Beacon::datagram({QString(5000, QChar(0x00e9)), link});
        QVERIFY(big.size() <= Beacon::MaxBytes);
        QVERIFY(KioskFinder::parse(big));
    }

    void listNewestFirstAndExpire()
    {
        KioskFinder finder;
        QAbstractItemModelTester tester(&finder, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&finder, &KioskFinder::countChanged);
        const QString a = QStringLiteral("http://10.0.0.5:7700/?m=aaaaaaaaaa");
        const QString b = QStringLiteral("http://10.0.0.6:7700/?m=bbbbbbbbbb");
        QVERIFY(finder.handleDatagram(beacon(QStringLiteral("Zaal A"), a), 0));
        QVERIFY(finder.handleDatagram(beacon(QStringLiteral("Zaal B"), b), 1000));
        QVERIFY(finder.handleDatagram(beacon(QStringLiteral("Zaal A"), a), 2000)); // heard again: not doubled, not moved
        QVERIFY(!finder.handleDatagram("{\"magic\":\"flipover-kiosk\"", 2000));
        QVERIFY(!finder.handleDatagram(QByteArray(4000, '{'), 2000));
        QCOMPARE(finder.rowCount(), 2);
        QCOMPARE(count.size(), 2);
        QCOMPARE(finder.index(0).data(KioskFinder::NameRole).toString(), QStringLiteral("Zaal B"));
        QCOMPARE(finder.index(1).data(KioskFinder::NameRole).toString(), QStringLiteral("Zaal A"));
        QCOMPARE(finder.index(0).data(KioskFinder::AddressRole).toString(), QStringLiteral("10.0.0.6:7700"));
        QCOMPARE(finder.index(0).data(KioskFinder::LinkRole).toString(), b);

        // A renamed session keeps its row.
        QVERIFY(finder.handleDatagram(beacon(QStringLiteral("Zaal A, middag"), a), 4000));
        QCOMPARE(finder.index(1).data(KioskFinder::NameRole).toString(), QStringLiteral("Zaal A, middag"));

        finder.expire(11001); // B last heard at 1 s: silent for more than 10 s
        QCOMPARE(finder.rowCount(), 1);
        QCOMPARE(finder.index(0).data(KioskFinder::NameRole).toString(), QStringLiteral("Zaal A, middag"));
        finder.expire(14001);
        QCOMPARE(finder.rowCount(), 0);
        QCOMPARE(count.size(), 4);
    }

    // Datagrams from the network: the finder bound on loopback, port 0,
    // ignores rubbish and lists a good beacon.
    void finderHearsDatagrams()
    {
        KioskFinder finder;
        QVERIFY(finder.listen(0, QHostAddress::LocalHost));
        QVERIFY(finder.listening());
        QUdpSocket sender;
        sender.writeDatagram(QByteArray(3000, 'x'), QHostAddress::LocalHost, finder.port());
        sender.writeDatagram(beacon(QStringLiteral("x"), QStringLiteral("http://h:1/?m=0123456789"), 9), QHostAddress::LocalHost, finder.port());
        sender.writeDatagram(beacon(QStringLiteral("Zaal C"), QStringLiteral("http://127.0.0.1:7700/?m=cccccccccc")),
                             QHostAddress::LocalHost, finder.port());
        QTRY_COMPARE(finder.rowCount(), 1);
        QCOMPARE(finder.index(0).data(KioskFinder::NameRole).toString(), QStringLiteral("Zaal C"));
    }

    // The real kiosk announces its name and join link (never a PIN) at once,
    // and the link leads to its meeting.
    void kioskAnnouncesItself()
    {
        QUdpSocket listener;
        QVERIFY(listener.bind(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        KioskProcess kiosk;
        QString error;
        QVERIFY2(kiosk.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), dir.path(),
                              QStringLiteral("--pin"), QStringLiteral("482913"), QStringLiteral("--facilitator-pin"),
                              QStringLiteral("7531"), QStringLiteral("--name"), QStringLiteral("Team Noord"),
                              QStringLiteral("--beacon-to"), QStringLiteral("127.0.0.1"), QStringLiteral("--beacon-port"),
                              QString::number(listener.localPort())},
                             &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingDatagrams(), 10000);
        const QByteArray data = listener.receiveDatagram().data();
        QVERIFY(!data.contains("482913"));
        QVERIFY(!data.contains("7531"));
        QVERIFY(data.size() <= Beacon::MaxBytes);
        const std::optional<HeardKiosk> heard = KioskFinder::parse(data);
        QVERIFY(heard);
        QCOMPARE(heard->name, QStringLiteral("Team Noord"));
        QCOMPARE(heard->target.url.port(), int(kiosk.port()));

        WsTestClient client;
        client.open(kiosk.localUrl());
        QVERIFY(client.waitConnected());
        QVERIFY(client.joinAndWait(kiosk.pin()));
        const QString meeting = client.state.value(QLatin1String("session")).toObject().value(QLatin1String("meeting")).toString();
        QCOMPARE(heard->target.meeting, meeting);

        // Every 2 s: the next one follows.
        QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingDatagrams(), 10000);
        QCOMPARE(listener.receiveDatagram().data(), data);
    }

    void badBeaconOptionsExitWithTwo()
    {
        KioskProcess kiosk;
        QCOMPARE(kiosk.runToExit({QStringLiteral("--no-gui"), QStringLiteral("--beacon-port"), QStringLiteral("0")}), 2);
        KioskProcess other;
        QCOMPARE(other.runToExit({QStringLiteral("--no-gui"), QStringLiteral("--beacon-to"), QStringLiteral("nowhere")}), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Discovery)
#include "tst_discovery.moc"
