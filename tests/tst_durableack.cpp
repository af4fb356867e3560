// An ack means "on the disk": the kiosk fans a change out as soon as it is
// committed (in the -wal file, safe from a kill -9), and answers the sender
// only when WalSync reports the commit on the disk. Answers keep their order.
// The disk is held back here with WalSync::setHeld.
#include "serverfixture.h"
#include "walsync.h"

using namespace flipover;
using namespace flipover::test;

namespace {
// The kiosk's log lines (never message bodies): the one sign that it has read
// a message it may not answer yet.
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    g_log.append(text);
    if (g_previous)
        g_previous(type, context, text);
}
bool logged(const QString &needle)
{
    return std::any_of(g_log.cbegin(), g_log.cend(), [&](const QString &l) { return l.contains(needle); });
}
} // namespace

class tst_DurableAck : public ServerFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { g_previous = qInstallMessageHandler(capture); }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
    void init()
    {
        g_log.clear();
        setUpServer();
    }
    void cleanup() { tearDownServer(); }

    void updateGoesOutAckWaitsForTheDisk()
    {
        wall(QStringLiteral("startMeeting"));
        WsTestClient *p = participant();
        WsTestClient *other = participant();
        QTRY_COMPARE(m_engine->durableSeq(), m_engine->seq());
        m_store->syncer()->setHeld(true);

        const QString sent = p->command(QStringLiteral("askQuestion"), {{QStringLiteral("text"), QStringLiteral("Wie betaalt?")}});
        QTRY_COMPARE(m_engine->state().questions.size(), 1);
        const qint64 seq = qint64(m_engine->seq());
        // Everyone's view moves on, the sender's too...
        QTRY_COMPARE(p->seq, seq);
        QTRY_COMPARE(other->seq, seq);
        QCOMPARE(other->state.value(QLatin1String("questions")).toArray().size(), 1);
        // ...but the ack waits, and what the sender asks next waits behind it:
        // a ping and a refusal (read by the kiosk once it logs the refusal).
        p->send({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), QStringLiteral("ping-1")}});
        const QString refused = p->command(QStringLiteral("nextPhase"));
        QTRY_VERIFY(logged(QStringLiteral("refused nextPhase")));
        QVERIFY(!p->answerFor(sent).has_value());
        QVERIFY(!p->answerFor(refused).has_value());
        QCOMPARE(p->count(QStringLiteral("pong")), 0);
        QVERIFY(m_engine->durableSeq() < quint64(seq));

        m_store->syncer()->setHeld(false);
        QTRY_VERIFY(p->answerFor(refused).has_value());
        QCOMPARE(p->count(QStringLiteral("pong")), 1);
        QCOMPARE(code(p->answerFor(sent)), QStringLiteral("ack"));
        QCOMPARE(qint64(p->answerFor(sent)->value(QLatin1String("seq")).toDouble()), seq);
        QCOMPARE(code(p->answerFor(refused)), QStringLiteral("not_allowed"));
        const qsizetype ackAt = p->messages.indexOf(*p->answerFor(sent));
        const qsizetype errorAt = p->messages.indexOf(*p->answerFor(refused));
        const qsizetype pongAt = p->messages.indexOf(*p->lastOfType(QStringLiteral("pong")));
        QVERIFY(ackAt < pongAt);
        QVERIFY(pongAt < errorAt);
        QCOMPARE(m_engine->durableSeq(), quint64(seq));
    }

    void aReSentCommandIsAnsweredOnlyFromTheDisk()
    {
        wall(QStringLiteral("startMeeting"));
        WsTestClient *p = participant();
        QTRY_COMPARE(m_engine->durableSeq(), m_engine->seq());
        m_store->syncer()->setHeld(true);
        const QJsonObject fields{{QStringLiteral("text"), QStringLiteral("twee keer")}};
        p->command(QStringLiteral("addThought"), fields, QStringLiteral("again-1"));
        QTRY_COMPARE(m_engine->state().thoughts.size(), 1);
        // The tablet did not hear back and sends it again: the duplicate is
        // not answered before the first one is on the disk either.
        p->command(QStringLiteral("addThought"), fields, QStringLiteral("again-1"));
        const QString marker = p->command(QStringLiteral("nextPhase")); // refused: logged once read
        QTRY_VERIFY(logged(QStringLiteral("refused nextPhase")));
        QCOMPARE(p->answersFor(QStringLiteral("again-1")), 0);
        QVERIFY(!p->answerFor(marker).has_value());
        m_store->syncer()->setHeld(false);
        QTRY_COMPARE(p->answersFor(QStringLiteral("again-1")), 2);
        QCOMPARE(m_engine->state().thoughts.size(), 1);
    }

    void leaveClosesAfterItsAck()
    {
        WsTestClient *p = participant();
        QTRY_COMPARE(m_engine->durableSeq(), m_engine->seq());
        m_store->syncer()->setHeld(true);
        const QString id = p->command(QStringLiteral("leave"));
        QTRY_VERIFY(m_engine->state().participants.isEmpty());
        QVERIFY(!p->disconnected);
        QVERIFY(!p->answerFor(id).has_value());
        m_store->syncer()->setHeld(false);
        QTRY_VERIFY(p->disconnected);
        QCOMPARE(code(p->answerFor(id)), QStringLiteral("ack"));
        QCOMPARE(p->closeCode, int(QWebSocketProtocol::CloseCodeNormal));
    }

    void aNewMeetingSendsWhatTheOldOneOwed()
    {
        wall(QStringLiteral("startMeeting"));
        WsTestClient *p = participant();
        QTRY_COMPARE(m_engine->durableSeq(), m_engine->seq());
        m_store->syncer()->setHeld(true);
        const QString id = p->command(QStringLiteral("askQuestion"), {{QStringLiteral("text"), QStringLiteral("Laatste vraag")}});
        QTRY_COMPARE(m_engine->state().questions.size(), 1);
        QVERIFY(!p->answerFor(id).has_value());
        // As KioskSession::startNew does: the old engine and store go (closing
        // the store syncs it), then the server gets the new engine.
        m_engine.reset();
        m_store.reset();
        QTemporaryDir next;
        QVERIFY(next.isValid());
        m_store = std::make_unique<Store>();
        QString error;
        QVERIFY2(m_store->open(next.path(), &error), qPrintable(error));
        m_engine = std::make_unique<SessionEngine>(m_store.get(), &m_clock);
        QVERIFY2(m_engine->resumeOrCreate(testFormat(), QStringLiteral("Volgende"), Pin, FacilitatorPin, &error),
                 qPrintable(error));
        m_server->setEngine(m_engine.get());
        QTRY_VERIFY(p->disconnected);
        QCOMPARE(code(p->answerFor(id)), QStringLiteral("ack"));
        QCOMPARE(p->closeCode, int(QWebSocketProtocol::CloseCodeGoingAway));
        m_server.reset(); // before the store in next/ goes
        m_engine.reset();
        m_store.reset();
    }

    void anErrorWithNothingWaitingIsNotHeld()
    {
        WsTestClient *p = participant();
        QTRY_COMPARE(m_engine->durableSeq(), m_engine->seq());
        m_store->syncer()->setHeld(true);
        wall(QStringLiteral("startMeeting")); // the wall's change is not yet on the disk
        const QString refused = p->command(QStringLiteral("nextPhase"));
        QTRY_COMPARE(code(p->answerFor(refused)), QStringLiteral("not_allowed"));
        QVERIFY(m_engine->durableSeq() < m_engine->seq());
        m_store->syncer()->setHeld(false);
    }
};

QTEST_GUILESS_MAIN(tst_DurableAck)
#include "tst_durableack.moc"
