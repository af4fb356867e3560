// Issue 17, finding 3: PIN guessing against a real kiosk process, from many
// source addresses on loopback (127.0.x.y, bound before connecting), with
// honest tablets beside the attack. The kiosk runs with a long first delay
// (--pin-delay-ms), so that what the budget lets through during the test is
// exactly what it lets through at once: each address's first guess, and the
// few free ones of a quiet kiosk. Nothing is refused; guesses beyond that
// wait. An honest tablet with the right PIN gets in meanwhile, also on an
// address a guesser uses, and a tablet already in stays joined and answered.
#include "kioskprocess.h"
#include "pinlimit.h"
#include "rawws.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace flipover;
using namespace flipover::test;

namespace {
const QString Pin = QStringLiteral("123456");
const QString FacilitatorPin = QStringLiteral("87654321");
constexpr int Addresses = 100;
constexpr int KioskFree = 10; // PinLimiter::kioskFree: wrong PINs a quiet kiosk lets pass at once

QHostAddress attacker(int i)
{
    return QHostAddress(QStringLiteral("127.0.%1.%2").arg(10 + i / 200).arg(1 + i % 200));
}
} // namespace

class tst_RoomPins : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KioskProcess m_kiosk;
    std::unique_ptr<WsTestClient> m_honest;

    RawWsClient *rawFrom(const QHostAddress &from)
    {
        auto *r = new RawWsClient(this);
        r->open(from, m_kiosk.port());
        return r;
    }
    void pingAnswered(const char *when)
    {
        const QString id = m_honest->command(QStringLiteral("askQuestion"), {{QStringLiteral("text"), QStringLiteral("Wie?")}});
        const auto answer = m_honest->waitAnswer(id);
        QVERIFY2(answer.has_value(), when);
        QVERIFY2(!m_honest->disconnected, when);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_kiosk.startWithPins(m_dir.path(), Pin, FacilitatorPin, &error, {QStringLiteral("--pin-delay-ms"), QStringLiteral("600000")}),
                 qPrintable(error));
        m_honest = std::make_unique<WsTestClient>();
        m_honest->open(m_kiosk.localUrl());
        QVERIFY(m_honest->waitConnected());
        QVERIFY(m_honest->joinAndWait(Pin));
    }

    void sourcesAreAddressesAndIpv6Prefixes()
    {
        QCOMPARE(PinLimiter::sourceOf(QHostAddress(QStringLiteral("2001:db8:1:2:aaaa::1"))),
                 PinLimiter::sourceOf(QHostAddress(QStringLiteral("2001:db8:1:2:bbbb:cccc:dddd:eeee"))));
        QVERIFY(PinLimiter::sourceOf(QHostAddress(QStringLiteral("2001:db8:1:2::1")))
                != PinLimiter::sourceOf(QHostAddress(QStringLiteral("2001:db8:1:3::1"))));
        QCOMPARE(PinLimiter::sourceOf(QHostAddress(QStringLiteral("::ffff:10.0.0.7"))), QStringLiteral("10.0.0.7"));
        QVERIFY(PinLimiter::sourceOf(QHostAddress(QStringLiteral("10.0.0.7")))
                != PinLimiter::sourceOf(QHostAddress(QStringLiteral("10.0.0.8"))));
    }

    void sessionPinGuessesFromManyAddresses()
    {
        QList<RawWsClient *> guessers;
        for (int i = 0; i < Addresses; ++i)
            guessers.append(rawFrom(attacker(i)));
        for (RawWsClient *g : std::as_const(guessers))
            QVERIFY(g->waitOpen());
        // Three guesses each, at once; the first address guesses six times.
        int guess = 200000;
        for (int i = 0; i < Addresses; ++i) {
            for (int k = 0; k < (i == 0 ? 6 : 3); ++k)
                guessers[i]->join(QString::number(++guess));
        }
        for (RawWsClient *g : std::as_const(guessers))
            QTRY_VERIFY(g->errors(QStringLiteral("bad_pin")) >= 1);
        pingAnswered("during the attack");

        // A tablet on the address that guessed six times, with the right PIN.
        RawWsClient *shared = rawFrom(attacker(0));
        QVERIFY(shared->waitOpen());
        shared->join(Pin);
        QTRY_VERIFY(shared->joined());
        // A tablet on an address of its own.
        RawWsClient *own = rawFrom(QHostAddress(QStringLiteral("127.0.200.1")));
        QVERIFY(own->waitOpen());
        own->join(Pin);
        QTRY_VERIFY(own->joined());

        // The budget: every address's first guess, and the kiosk's few free
        // ones; the rest waits (unchecked, unrefused, the sockets open).
        int answered = 0, refused = 0;
        for (RawWsClient *g : std::as_const(guessers)) {
            answered += g->errors(QStringLiteral("bad_pin"));
            refused += g->errors(QStringLiteral("too_many_attempts"));
            QVERIFY(!g->disconnected);
        }
        qInfo("%d of %d guesses answered", answered, Addresses * 3 + 3);
        QVERIFY2(answered <= Addresses + KioskFree, qPrintable(QString::number(answered)));
        QCOMPARE(refused, 0);
        pingAnswered("after the attack");
    }

    void facilitatorPinGuessesBesideTheFacilitator()
    {
        const QHostAddress address(QStringLiteral("127.0.201.1"));
        RawWsClient *guesser = rawFrom(address);
        QVERIFY(guesser->waitOpen());
        guesser->join(Pin);
        QTRY_VERIFY(guesser->joined());
        QStringList ids;
        for (int i = 0; i < 8; ++i)
            ids.append(guesser->command(QStringLiteral("unlock"), {{QStringLiteral("facilitatorPin"), QString::number(10000000 + i)}}));
        QTRY_VERIFY(guesser->errors(QStringLiteral("bad_facilitator_pin")) >= 1);

        // The facilitator's tablet, on the same address, with the right PIN.
        RawWsClient *facilitator = rawFrom(address);
        QVERIFY(facilitator->waitOpen());
        facilitator->join(Pin, {{QStringLiteral("facilitatorPin"), FacilitatorPin}});
        QTRY_VERIFY(facilitator->joined());
        QCOMPARE(facilitator->role(), QStringLiteral("facilitator"));

        // The kiosk had many wrong PINs already: after the first, each waits.
        QCOMPARE(guesser->errors(QStringLiteral("bad_facilitator_pin")), 1);
        QCOMPARE(guesser->errors(QStringLiteral("too_many_attempts")), 0);
        QVERIFY(!guesser->disconnected);
        pingAnswered("beside the facilitator PIN guesses");
    }
};

QTEST_MAIN(tst_RoomPins)
#include "tst_room_pins.moc"
