// The optional encrypted transport (issue 5, item 14): `--tls` serves wss
// with a self-signed certificate made once and kept in the data dir; the Qt
// voter pins it by the fingerprint from the join link and refuses a kiosk
// whose certificate differs without ever sending it the PIN.
#include "kioskprocess.h"
#include "voterclient.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

using flipover::VoterClient;
using flipover::test::KioskProcess;
using flipover::test::WsTestClient;

namespace {

QUrl wssUrl(const KioskProcess &k, const QString &pin)
{
    QUrl url(QStringLiteral("wss://127.0.0.1:%1/").arg(k.port()));
    if (!pin.isEmpty())
        url.setFragment(QStringLiteral("fp=") + pin);
    return url;
}

// How many participants are connected, as a wall display sees it once the
// presence count has settled (it coalesces: docs/protocol.md, "Presence").
int participantsOnTheWall(const KioskProcess &k, int expected)
{
    WsTestClient wall;
    QSslConfiguration tls = wall.socket().sslConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    wall.socket().setSslConfiguration(tls);
    wall.open(wssUrl(k, {}));
    if (!wall.waitConnected() || !wall.joinAndWait(k.pin(), {{QStringLiteral("role"), QStringLiteral("wall")}}))
        return -1;
    const auto seen = [&wall] {
        return wall.state.value(QLatin1String("presence")).toObject().value(QLatin1String("participants")).toInt(-1);
    };
    (void)QTest::qWaitFor([&] { return seen() == expected; }, 5000);
    return seen();
}

} // namespace

class tst_Tls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set (run through ctest)");
    }

    void pinnedVoterJoinsAndImpostorIsRefused()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        KioskProcess kiosk;
        QString error;
        QVERIFY2(kiosk.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls"),
                              QStringLiteral("--data-dir"), data},
                             &error),
                 qPrintable(error));
        const QString fp = kiosk.value(QStringLiteral("fp"));
        QCOMPARE(fp.size(), 64);
        QVERIFY(kiosk.value(QStringLiteral("url")).startsWith(QLatin1String("wss://")));
        QVERIFY(QFile::exists(QDir(data).filePath(QStringLiteral("tls-key.pem"))));
        QCOMPARE(QFile::permissions(QDir(data).filePath(QStringLiteral("tls-key.pem"))) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        VoterClient voter;
        voter.connectToKiosk(wssUrl(kiosk, fp), kiosk.pin());
        QTRY_COMPARE_WITH_TIMEOUT(voter.state(), QStringLiteral("online"), 10000);
        QVERIFY(!voter.participantId().isEmpty());
        const QString id = voter.send(QStringLiteral("startMeeting"));
        Q_UNUSED(id);

        // The way a tablet gets it: the join link from the wall's QR code.
        VoterClient fromLink;
        QVERIFY(fromLink.connectToLink(QStringLiteral("https://127.0.0.1:%1/?m=%2&fp=%3")
                                           .arg(kiosk.port()).arg(QStringLiteral("0123456789"), fp),
                                       kiosk.pin()));
        QTRY_COMPARE_WITH_TIMEOUT(fromLink.state(), QStringLiteral("online"), 10000);
        QCOMPARE(fromLink.fingerprint(), fp);

        // A kiosk with another certificate (here: the right one, wrongly
        // pinned) gets no join: the voter stops and says why.
        QString wrong = fp;
        wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        VoterClient fooled;
        QSignalSpy failed(&fooled, &VoterClient::joinFailed);
        fooled.connectToKiosk(wssUrl(kiosk, wrong), kiosk.pin());
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("certificate_mismatch"));
        QCOMPARE(fooled.lastError(), QStringLiteral("certificate_mismatch"));
        QCOMPARE(fooled.state(), QStringLiteral("offline"));
        QCOMPARE(participantsOnTheWall(kiosk, 2), 2);

        // Without a pin the self-signed certificate is not trusted either.
        VoterClient unpinned;
        unpinned.setBackoff(50, 100);
        unpinned.connectToKiosk(wssUrl(kiosk, {}), kiosk.pin());
        QTRY_COMPARE_WITH_TIMEOUT(unpinned.state(), QStringLiteral("connecting"), 5000);
        QVERIFY(!QTest::qWaitFor([&] { return unpinned.state() == QLatin1String("online"); }, 1500));
        unpinned.disconnectFromKiosk();

        // Plain ws to the TLS port never gets a WebSocket.
        WsTestClient plain;
        plain.open(kiosk.localUrl());
        QVERIFY(plain.waitDisconnected());
        QVERIFY(!plain.connected);
    }

    void certificateOutlivesARestart()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QString error;
        KioskProcess first;
        QVERIFY2(first.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls"),
                              QStringLiteral("--data-dir"), data},
                             &error),
                 qPrintable(error));
        const QString fp = first.value(QStringLiteral("fp"));
        first.kill(); // as a crash: the join link on the wall must stay valid
        KioskProcess second;
        QVERIFY2(second.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls"),
                               QStringLiteral("--data-dir"), data},
                              &error),
                 qPrintable(error));
        QCOMPARE(second.value(QStringLiteral("fp")), fp);
    }

    void badTlsOptionsAreRefused()
    {
        QTemporaryDir dir;
        KioskProcess k;
        QByteArray err;
        QCOMPARE(k.runToExit({QStringLiteral("--no-gui"), QStringLiteral("--data-dir"), dir.path(),
                              QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("c.pem"))},
                             &err),
                 2);
        QVERIFY(err.contains("--tls-key"));
        QFile junk(dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate");
        junk.close();
        KioskProcess k2;
        QCOMPARE(k2.runToExit({QStringLiteral("--no-gui"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--tls-cert"),
                               junk.fileName(), QStringLiteral("--tls-key"), junk.fileName()},
                              &err),
                 1);
        QVERIFY2(err.contains("no PEM certificate"), err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
