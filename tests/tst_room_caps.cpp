// Issue 17, finding 4: the caps of a meeting. Against a real kiosk process,
// participants who script the protocol run into a cap (first thoughts of one
// participant, remarks on one card) and get its documented code, nothing
// changes, the honest participant beside them stays joined and answered, and
// the kiosk tells its operator (the wall's notice; without a wall, its log).
// The caps a process test cannot reach in seconds (participants, cards, the
// shared text) are run on the engine itself, with the real store.
#include "kioskprocess.h"
#include "meetinglimits.h"
#include "store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace flipover;
using namespace flipover::test;

namespace {
const QString Pin = QStringLiteral("123456");
const QString FacilitatorPin = QStringLiteral("87654321");
const QString Text = QStringLiteral("text");
} // namespace

class tst_RoomCaps : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KioskProcess m_kiosk;
    QList<WsTestClient *> m_clients;
    QByteArray m_stderr;

    WsTestClient *join(const QJsonObject &extra = {})
    {
        auto *c = new WsTestClient(QString(), this);
        m_clients.append(c);
        c->open(m_kiosk.localUrl());
        if (!c->waitConnected() || !c->joinAndWait(Pin, extra))
            qWarning("a client could not join");
        return c;
    }
    QString must(WsTestClient *c, const QString &type, const QJsonObject &fields = {})
    {
        const QString id = c->command(type, fields);
        return answerCode(c->waitAnswer(id));
    }
    bool logged(const QByteArray &needle)
    {
        return QTest::qWaitFor([&] {
            m_stderr += m_kiosk.process().readAllStandardError();
            return m_stderr.contains(needle);
        }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_kiosk.startWithPins(m_dir.path(), Pin, FacilitatorPin, &error),
                 qPrintable(error));
    }

    void thoughtsOfOneParticipant()
    {
        WsTestClient *facilitator = join({{QStringLiteral("facilitatorPin"), FacilitatorPin}});
        WsTestClient *honest = join();
        WsTestClient *scripted = join();
        QCOMPARE(must(facilitator, QStringLiteral("startMeeting")), QStringLiteral("ack"));
        // The cap, sent within the flood limit (20 a second).
        QStringList ids;
        while (ids.size() < limits::MaxThoughtsPerParticipant) {
            for (int i = 0; i < 20 && ids.size() < limits::MaxThoughtsPerParticipant; ++i)
                ids.append(scripted->command(QStringLiteral("addThought"), {{Text, QStringLiteral("gedachte %1").arg(ids.size())}}));
            QVERIFY(scripted->waitAnswer(ids.last()).has_value());
            QTest::qWait(1100); // the flood limit's bucket refills
        }
        for (const QString &id : std::as_const(ids))
            QCOMPARE(answerCode(scripted->answerFor(id)), QStringLiteral("ack"));
        QCOMPARE(must(scripted, QStringLiteral("addThought"), {{Text, QStringLiteral("nog een")}}), QStringLiteral("too_many_items"));
        QCOMPARE(scripted->state.value(QLatin1String("mine")).toObject().value(QLatin1String("thoughts")).toArray().size(),
                 limits::MaxThoughtsPerParticipant);
        // The cap is per participant: the honest one beside it goes on.
        QCOMPARE(must(honest, QStringLiteral("addThought"), {{Text, QStringLiteral("mijn gedachte")}}), QStringLiteral("ack"));
        QVERIFY(!honest->disconnected);
        QVERIFY(logged("the meeting is full (too_many_items)"));
    }

    void remarksOnOneCard()
    {
        WsTestClient *facilitator = m_clients.at(0);
        WsTestClient *honest = m_clients.at(1);
        QCOMPARE(must(facilitator, QStringLiteral("nextPhase")), QStringLiteral("ack"));
        const QString cardId = honest->command(QStringLiteral("addCard"), {{Text, QStringLiteral("een kaart")}});
        const auto ack = honest->waitAnswer(cardId);
        QCOMPARE(answerCode(ack), QStringLiteral("ack"));
        const int target = ack->value(QLatin1String("result")).toObject().value(QLatin1String("cardId")).toInt();
        const QString otherId = honest->command(QStringLiteral("addCard"), {{Text, QStringLiteral("nog een kaart")}});
        const int other = honest->waitAnswer(otherId)->value(QLatin1String("result")).toObject().value(QLatin1String("cardId")).toInt();

        // Eight scripted participants, 25 remarks each (within the flood
        // limit's burst of 40, their join included): the cap.
        QList<WsTestClient *> scripted;
        for (int p = 0; p < limits::MaxRemarksPerCard / 25; ++p)
            scripted.append(join());
        QList<std::pair<WsTestClient *, QString>> sent;
        for (WsTestClient *s : std::as_const(scripted)) {
            for (int i = 0; i < 25; ++i)
                sent.append({s, s->command(QStringLiteral("addRemark"), {{QStringLiteral("cardId"), target},
                                                                         {QStringLiteral("kind"), QStringLiteral("critic")},
                                                                         {Text, QStringLiteral("bezwaar %1").arg(i)}})});
        }
        for (const auto &[s, id] : std::as_const(sent))
            QCOMPARE(answerCode(s->waitAnswer(id)), QStringLiteral("ack"));
        const quint64 seq = quint64(honest->seq);
        QCOMPARE(must(scripted.first(), QStringLiteral("addRemark"),
                      {{QStringLiteral("cardId"), target}, {QStringLiteral("kind"), QStringLiteral("dreamer")}, {Text, QStringLiteral("één te veel")}}),
                 QStringLiteral("too_many_remarks"));
        QVERIFY(logged("the meeting is full (too_many_remarks)"));

        // Nothing changed, and the honest participant is answered as before.
        QCOMPARE(must(honest, QStringLiteral("addRemark"),
                      {{QStringLiteral("cardId"), other}, {QStringLiteral("kind"), QStringLiteral("dreamer")}, {Text, QStringLiteral("mooi")}}),
                 QStringLiteral("ack"));
        QTRY_VERIFY(quint64(honest->seq) > seq);
        const QJsonArray cards = honest->state.value(QLatin1String("cards")).toArray();
        for (const QJsonValue &card : cards) {
            const QJsonObject o = card.toObject();
            const int remarks = int(o.value(QLatin1String("remarks")).toArray().size());
            QCOMPARE(remarks, o.value(QLatin1String("id")).toInt() == target ? limits::MaxRemarksPerCard : 1);
        }
        QVERIFY(!honest->disconnected);
    }

    // The engine's caps with the real store: participants, cards, the text budget.
    void engineCaps()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        ManualClock clock;
        SessionEngine engine(&store, &clock);
        QVERIFY2(engine.resumeOrCreate(testFormat(), QStringLiteral("Caps"), Pin, FacilitatorPin, &error), qPrintable(error));
        QSignalSpy stopped(&engine, &SessionEngine::roomStopped);

        QString token;
        for (int i = 0; i < limits::MaxParticipants; ++i) {
            const Result r = engine.join(Pin, {}, {});
            QVERIFY2(r.ok, qPrintable(r.code));
            token = r.data.value(QLatin1String("token")).toString();
        }
        const quint64 seq = engine.seq();
        QCOMPARE(engine.join(Pin, {}, {}).code, QStringLiteral("meeting_full"));
        QCOMPARE(engine.seq(), seq);
        QCOMPARE(engine.join(Pin, token, {}).ok, true); // a resume always gets in
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.first().first().toString(), QStringLiteral("meeting_full"));

        const Actor wall = Actor::localFacilitator();
        QVERIFY(engine.execute(wall, QStringLiteral("startMeeting"), {}).ok);
        QVERIFY(engine.execute(wall, QStringLiteral("nextPhase"), {}).ok);
        // The text budget: 2,000-character cards fill it long before the card cap.
        const QString full(2000, u'k');
        QList<Command> batch;
        for (qsizetype i = 0; i < limits::MaxSharedCharacters / full.size(); ++i)
            batch.append(Command{wall, QStringLiteral("addCard"), {{Text, full}}, {}});
        for (const Result &r : engine.executeBatch(batch))
            QVERIFY2(r.ok, qPrintable(r.code));
        const int cards = int(engine.state().cards.size());
        QCOMPARE(engine.execute(wall, QStringLiteral("addCard"), {{Text, QStringLiteral("x")}}).code, QStringLiteral("board_full"));
        QCOMPARE(int(engine.state().cards.size()), cards);
        QCOMPARE(stopped.last().first().toString(), QStringLiteral("board_full"));

        // The card cap, with short texts in a fresh meeting.
        QTemporaryDir dir2;
        Store store2;
        QVERIFY2(store2.open(dir2.path(), &error), qPrintable(error));
        SessionEngine second(&store2, &clock);
        QVERIFY2(second.resumeOrCreate(testFormat(), QStringLiteral("Caps"), Pin, FacilitatorPin, &error), qPrintable(error));
        QVERIFY(second.execute(wall, QStringLiteral("startMeeting"), {}).ok);
        QVERIFY(second.execute(wall, QStringLiteral("nextPhase"), {}).ok);
        batch.clear();
        for (int i = 0; i < limits::MaxCards; ++i)
            batch.append(Command{wall, QStringLiteral("addCard"), {{Text, QStringLiteral("kaart %1").arg(i)}}, {}});
        for (const Result &r : second.executeBatch(batch))
            QVERIFY2(r.ok, qPrintable(r.code));
        const quint64 before = second.seq();
        QCOMPARE(second.execute(wall, QStringLiteral("addCard"), {{Text, QStringLiteral("één te veel")}}).code,
                 QStringLiteral("too_many_cards"));
        QCOMPARE(second.seq(), before);
        QCOMPARE(int(second.state().cards.size()), limits::MaxCards);
    }
};

QTEST_MAIN(tst_RoomCaps)
#include "tst_room_caps.moc"
