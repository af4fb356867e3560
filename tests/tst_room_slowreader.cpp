// Issue 17, finding 2, against a real kiosk: a client that stops reading is
// closed on its own ("Too far behind", close 1013, docs/protocol.md "How
// the kiosk closes a connection") and resumes by snapshot, while an honest
// facilitator beside it stays joined and gets an answer to every command.
// The slow reader is a raw WebSocket client with a small receive buffer that
// joins and then reads nothing while the facilitator adds cards of 2,000
// characters; the test waits for the kiosk's own log line that it gave up on
// a client (no timing), then lets the slow reader read: it finds the close
// frame 1013 after its backlog, or, if the kiosk had to cut the connection
// (the close not completed in 3 s), the end without a close frame, as the
// document says for that case.
#include "roomattack.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover::test;

class tst_RoomSlowReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slowReaderIsClosedAloneAndResumes()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set (run through ctest)");
        QTemporaryDir dir;
        KioskProcess kiosk;
        QString error;
        // A small backlog (and with it a small kernel send buffer), so a few
        // dozen cards make the slow reader fall behind; the rule is the same
        // at the default 1 MiB.
        QVERIFY2(startKiosk(kiosk, dir.filePath(QStringLiteral("data")), &error, 0,
                            {QStringLiteral("--client-backlog-kib"), QStringLiteral("64")}),
                 qPrintable(error));
        const quint16 port = kiosk.port();

        WsTestClient honest;
        honest.open(kiosk.localUrl());
        QVERIFY(honest.waitConnected());
        QVERIFY(honest.joinAndWait(QStringLiteral("123456"), {{QStringLiteral("facilitatorPin"), QStringLiteral("24681357")}}));
        const auto started = honest.waitAnswer(honest.command(QStringLiteral("startMeeting")));
        QVERIFY(started && started->value(QLatin1String("type")).toString() == QLatin1String("ack"));

        RawWs slow;
        slow.socket.setReadBufferSize(1024);
        QVERIFY(slow.socket.bind(QHostAddress(QStringLiteral("127.0.0.9"))));
        slow.socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        slow.open(port);
        QTRY_VERIFY_WITH_TIMEOUT(slow.upgraded, 10000);
        slow.join(QStringLiteral("123456"));
        QTRY_VERIFY_WITH_TIMEOUT(slow.hasText("\"joined\"") && slow.hasText("\"snapshot\""), 10000);
        QString token;
        for (const QByteArray &t : std::as_const(slow.texts)) {
            const QJsonObject o = QJsonDocument::fromJson(t).object();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("joined"))
                token = o.value(QLatin1String("token")).toString();
        }
        QVERIFY(!token.isEmpty());
        slow.reading = false; // from now on it reads nothing

        // Big changes until the kiosk gives up on the slow reader. Paced
        // under the facilitator's flood limit (20 a second): the pacing is
        // not asserted on, every command must be answered with an ack.
        const QString text(2000, u'k');
        QByteArray log;
        bool gaveUp = false;
        int cards = 0;
        for (; cards < 400 && !gaveUp; ++cards) { // the text cap allows 500
            const auto ack = honest.waitAnswer(honest.command(QStringLiteral("addCard"), {{QStringLiteral("text"), text}}));
            QVERIFY2(ack && ack->value(QLatin1String("type")).toString() == QLatin1String("ack"),
                     qPrintable(QStringLiteral("card %1: %2").arg(cards).arg(honest.lastError())));
            QTest::qWait(55);
            log += kiosk.process().readAllStandardError();
            gaveUp = log.contains("closed a client that does not keep up");
        }
        QVERIFY2(gaveUp, qPrintable(QStringLiteral("%1 cards").arg(cards)));
        QVERIFY(!honest.disconnected);

        // The slow reader catches up and finds how the kiosk ended it.
        slow.readNow();
        QTRY_VERIFY_WITH_TIMEOUT(slow.ended, 15000);
        QVERIFY2(slow.closeCode == 1013 || slow.closeCode == -1, qPrintable(QString::number(slow.closeCode)));
        // What it got is whole and in order, although the kernel took the
        // kiosk's writes only in part and the rest waited in Qt's buffer
        // (Connection::send): every text is JSON, each update follows the
        // snapshot or update before it, and the backlog did arrive.
        qint64 last = -1;
        int updates = 0;
        for (const QByteArray &t : std::as_const(slow.texts)) {
            QJsonParseError e{};
            const QJsonObject o = QJsonDocument::fromJson(t, &e).object();
            QVERIFY2(e.error == QJsonParseError::NoError, t.left(80).constData());
            const QString type = o.value(QLatin1String("type")).toString();
            if (type == QLatin1String("snapshot")) {
                last = o.value(QLatin1String("seq")).toInteger();
            } else if (type == QLatin1String("update")) {
                QCOMPARE(o.value(QLatin1String("prev")).toInteger(), last);
                last = o.value(QLatin1String("seq")).toInteger();
                ++updates;
            }
        }
        QVERIFY2(updates > 3, qPrintable(QString::number(updates)));
        qInfo("slow reader closed after %d cards of 2,000 characters; close code %d", cards, slow.closeCode);

        // The honest facilitator is still joined and answered.
        QVERIFY(!honest.disconnected);
        const auto after = honest.waitAnswer(honest.command(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("nog een")}}));
        QVERIFY(after && after->value(QLatin1String("type")).toString() == QLatin1String("ack"));

        // The slow one resumes with its token and gets the whole board.
        WsTestClient resumed;
        resumed.open(kiosk.localUrl());
        QVERIFY(resumed.waitConnected());
        QVERIFY(resumed.joinAndWait(QStringLiteral("123456"), {{QStringLiteral("resume"), token}}));
        QTRY_COMPARE_WITH_TIMEOUT(resumed.state.value(QLatin1String("cards")).toArray().size(), cards + 1, 10000);
    }
};

QTEST_GUILESS_MAIN(tst_RoomSlowReader)
#include "tst_room_slowreader.moc"
