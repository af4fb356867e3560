// Issue 17, finding 5: the kiosk's disk fills up during a meeting. A real
// kiosk process runs with a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored:
// a write past it fails as on a full disk). Cards are added until the
// disk refuses: that change is answered storage_failed (no ack, nothing
// applied), the participant beside it stays joined and answered,
// and the kiosk tells its operator that nothing is saved any more (its log
// without a wall; the wall's band is tst_wall_storage).
#include "kioskprocess.h"

#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace flipover;
using namespace flipover::test;

namespace {
const QString Pin = QStringLiteral("123456");
const QString FacilitatorPin = QStringLiteral("87654321");
constexpr rlim_t FileLimit = 256 * 1024; // the store's files may not grow past this
} // namespace

class tst_RoomStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFullDiskIsReportedAndTheRoomStaysUp()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        KioskProcess kiosk;
        kiosk.process().setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN); // kept across exec: a write past the limit fails with EFBIG
            const rlimit limit{FileLimit, FileLimit};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        QString error;
        QVERIFY2(kiosk.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), dir.path(),
                              QStringLiteral("--pin"), Pin, QStringLiteral("--facilitator-pin"), FacilitatorPin,
                              QStringLiteral("--no-beacon")},
                             &error),
                 qPrintable(error));

        WsTestClient facilitator, honest, filler;
        for (WsTestClient *c : {&facilitator, &honest, &filler}) {
            c->open(kiosk.localUrl());
            QVERIFY(c->waitConnected());
        }
        QVERIFY(facilitator.joinAndWait(Pin, {{QStringLiteral("facilitatorPin"), FacilitatorPin}}));
        QVERIFY(honest.joinAndWait(Pin));
        QVERIFY(filler.joinAndWait(Pin));
        for (const char *type : {"startMeeting", "nextPhase"})
            QCOMPARE(answerCode(facilitator.waitAnswer(facilitator.command(QLatin1String(type)))), QStringLiteral("ack"));

        // Long cards, one after another, until the disk says no.
        const QString text(2000, u'k');
        int acked = 0;
        QString last;
        for (int i = 0; i < 200 && last != QLatin1String("storage_failed"); ++i) {
            last = answerCode(filler.waitAnswer(filler.command(QStringLiteral("addCard"), {{QStringLiteral("text"), text}})));
            if (last == QLatin1String("ack"))
                ++acked;
            else
                QCOMPARE(last, QStringLiteral("storage_failed"));
            if (i % 15 == 14)
                QTest::qWait(800); // within the flood limit (20 a second)
        }
        QCOMPARE(last, QStringLiteral("storage_failed"));
        QVERIFY(acked > 0);
        qInfo("%d cards were saved before the disk was full", acked);

        // The operator is told, in so many words.
        QByteArray err;
        QVERIFY(QTest::qWaitFor([&] {
            err += kiosk.process().readAllStandardError();
            return err.contains("the disk is full or failing: nothing is saved any more");
        }, 10000));

        // Beside it: the honest participant stays joined and is answered
        // (storage_failed, or an ack if SQLite has made room meanwhile by
        // starting its log afresh: a disk that frees up).
        const QString id = honest.command(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("mijn kaart")}});
        const QString answer = answerCode(honest.waitAnswer(id));
        QVERIFY2(answer == QLatin1String("storage_failed") || answer == QLatin1String("ack"), qPrintable(answer));
        if (answer == QLatin1String("ack"))
            ++acked;
        const QString ping = QStringLiteral("p1");
        honest.send({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), ping}});
        QTRY_VERIFY(!honest.ofType(QStringLiteral("pong")).isEmpty());
        QVERIFY(!honest.disconnected);
        QVERIFY(!filler.disconnected);
        // Nothing refused was applied, nothing acked is missing: the room
        // sees exactly the acked cards.
        QTRY_COMPARE(int(honest.state.value(QLatin1String("cards")).toArray().size()), acked);
    }
};

QTEST_MAIN(tst_RoomStorage)
#include "tst_room_storage.moc"
