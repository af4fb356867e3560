// Crash loop (issue 5, item 10): a scripted meeting with 20 voters and a
// facilitator runs against the real kiosk process, which is killed with
// SIGKILL at random points and restarted on the same data dir (on a new port).
// After each restart every client resumes with its token, the resumed
// snapshot must hold every acknowledged item, the phase must be the
// acknowledged one and its timer must have run on through the downtime. Then
// the clients re-send every command they had no answer for, with the same id,
// and nothing may count twice: the counts equal exactly what was sent.
//
// FLIPOVER_CRASHLOOP_ITERATIONS (default 20) is the number of kills;
// FLIPOVER_CRASHLOOP_SEED replays a run (the seed is printed at the start).
// When a meeting's script is done the harness starts a new meeting in a fresh
// data dir, so any number of iterations keeps killing a meeting in progress.
//
// This file runs the loop; the meeting, its script of commands and the ledger
// are in crashmeeting.h/.cpp, the checks of the resumed state in crashchecks.cpp.
#include "crashmeeting.h"
#include "kioskprocess.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using flipover::test::KioskProcess;
using flipover::test::crashloop::CrashMeeting;

namespace {

int iterationsFromEnv()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("FLIPOVER_CRASHLOOP_ITERATIONS", &ok);
    return ok && n > 0 ? n : 20;
}

} // namespace

class tst_CrashLoop : public QObject
{
    Q_OBJECT

private:
    QRandomGenerator m_rng;
    CrashMeeting m_meeting; // the script, the actors and the checks: crashmeeting.h

private Q_SLOTS:
    void initTestCase()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set (run through ctest)");
    }

    void killAndResumeAtRandomPoints()
    {
        bool seedSet = false;
        quint32 seed = quint32(qEnvironmentVariable("FLIPOVER_CRASHLOOP_SEED").toUInt(&seedSet));
        if (!seedSet)
            seed = QRandomGenerator::global()->generate();
        m_rng.seed(seed);
        const int iterations = iterationsFromEnv();
        qInfo("crash loop: %d iterations, FLIPOVER_CRASHLOOP_SEED=%u", iterations, seed);

        QString error;
        QVERIFY2(m_meeting.newMeeting(m_rng, &error), qPrintable(error));
        QElapsedTimer total;
        total.start();
        for (int it = 0; it < iterations; ++it) {
            if (m_meeting.scriptDone()) {
                // The meeting is over: check it whole, then begin another.
                QVERIFY(m_meeting.waitAllAnswered());
                m_meeting.checkExact();
                if (QTest::currentTestFailed())
                    return;
                QVERIFY2(m_meeting.newMeeting(m_rng, &error), qPrintable(error));
            }
            // Run a random stretch of the script, then kill once a random
            // number of the commands in flight have been answered.
            QVERIFY2(m_meeting.advance(1 + int(m_rng.bounded(30)), &error), qPrintable(error));
            const int inFlight = m_meeting.unanswered();
            const int waitFor = inFlight - int(m_rng.bounded(inFlight + 1));
            (void)QTest::qWaitFor([&] { return m_meeting.unanswered() <= inFlight - waitFor; }, flipover::test::crashloop::WaitMs);
            m_meeting.killKiosk();
            QElapsedTimer down;
            down.start();
            // Answers already on the wire are read before the sockets close.
            m_meeting.waitAllDisconnected(5000);
            const int lost = m_meeting.unanswered();

            QVERIFY2(m_meeting.startKiosk(&error), qPrintable(error));
            QVERIFY2(m_meeting.connectAll(&error), qPrintable(error));
            const qint64 downMs = down.elapsed();
            m_meeting.checkResumed(downMs);
            if (QTest::currentTestFailed()) {
                qWarning("failed at iteration %d; replay with FLIPOVER_CRASHLOOP_SEED=%u", it, seed);
                return;
            }

            // Re-send everything without an answer, with the same id.
            m_meeting.resendUnanswered();
            QVERIFY2(m_meeting.waitAllAnswered(), "re-sent commands were not all answered");
            m_meeting.checkExact();
            if (QTest::currentTestFailed()) {
                qWarning("failed at iteration %d; replay with FLIPOVER_CRASHLOOP_SEED=%u", it, seed);
                return;
            }
            qInfo("iteration %d: meeting %d, step %lld of %lld, %d unanswered at the kill, down %lld ms",
                  it + 1, m_meeting.meetingNumber(), qlonglong(m_meeting.nextStep()), qlonglong(m_meeting.steps()), lost, qlonglong(downMs));
        }
        QCOMPARE(m_meeting.terminateKiosk(), 0);
        qInfo("crash loop: %d iterations in %lld ms", iterations, qlonglong(total.elapsed()));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // QtTest's watchdog ends a test function after 5 minutes; a long loop
    // (FLIPOVER_CRASHLOOP_ITERATIONS=1000) needs more.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(qMax(300000LL, qlonglong(iterationsFromEnv()) * 30000)));
    tst_CrashLoop tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_crashloop.moc"
