// Kill -9 and restart: the real kiosk process, raw WebSocket clients. Every
// acknowledged submission must survive, the phase and its timer must go on
// where they were, re-sent commands must not apply twice, and ballots count once.
#include "format.h"
#include "kioskprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;
using flipover::test::KioskProcess;
using flipover::test::WsTestClient;

namespace {

const QString Pin = QStringLiteral("123456");
const QString FacilitatorPin = QStringLiteral("9999");

// The test brings its own format, so it does not depend on the built-in ones.
QByteArray formatJson()
{
    return QJsonDocument(flipover::test::testFormat().toJson()).toJson();
}

QStringList texts(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out.append(v.toObject().value(QLatin1String("text")).toString());
    return out;
}

} // namespace

class tst_Recovery : public QObject
{
    Q_OBJECT

private:
    // A client's command as sent, to re-send after the restart.
    struct Sent {
        WsTestClient *client;
        QString type;
        QJsonObject fields;
        QString id;
    };
    QList<Sent> m_sent;
    std::vector<std::unique_ptr<WsTestClient>> m_clients;

    WsTestClient *join(const QUrl &url, const QJsonObject &extra, const QString &prefix)
    {
        m_clients.push_back(std::make_unique<WsTestClient>());
        WsTestClient *c = m_clients.back().get();
        c->setIdPrefix(prefix);
        c->open(url);
        if (!c->waitConnected() || !c->joinAndWait(Pin, extra))
            return nullptr;
        return c;
    }
    QString send(WsTestClient *c, const QString &type, const QJsonObject &fields = {})
    {
        const QString id = c->command(type, fields);
        m_sent.append({c, type, fields, id});
        return id;
    }
    bool acked(WsTestClient *c, const QString &id)
    {
        const auto a = c->waitAnswer(id);
        if (!a || a->value(QLatin1String("type")).toString() != QLatin1String("ack")) {
            qWarning("%s: %s", qPrintable(id), a ? QJsonDocument(*a).toJson().constData() : "no answer");
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (KioskProcess::executable().isEmpty())
            QSKIP("FLIPOVER_KIOSK is not set (run through ctest)");
    }

    void killedKioskResumesEverything()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString formatPath = dir.filePath(QStringLiteral("format.json"));
        {
            QFile f(formatPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(formatJson());
        }
        const QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                               dir.filePath(QStringLiteral("data")), QStringLiteral("--pin"), Pin,
                               QStringLiteral("--facilitator-pin"), FacilitatorPin, QStringLiteral("--format"), formatPath};
        auto kiosk = std::make_unique<KioskProcess>();
        QString error;
        QVERIFY2(kiosk->start(args, &error), qPrintable(error));
        QCOMPARE(kiosk->pin(), Pin);
        QCOMPARE(kiosk->facilitatorPin(), FacilitatorPin);
        QVERIFY(kiosk->value(QStringLiteral("url")).startsWith(QLatin1String("ws://")));

        const QJsonObject asFacilitator{{QStringLiteral("facilitatorPin"), FacilitatorPin}};
        WsTestClient *f = join(kiosk->localUrl(), asFacilitator, QStringLiteral("f"));
        WsTestClient *a = join(kiosk->localUrl(), {}, QStringLiteral("a"));
        WsTestClient *b = join(kiosk->localUrl(), {}, QStringLiteral("b"));
        WsTestClient *c = join(kiosk->localUrl(), {}, QStringLiteral("c"));
        QVERIFY(f && a && b && c);
        QCOMPARE(f->role, QStringLiteral("facilitator"));

        // Phase 0: thoughts and a question.
        QVERIFY(acked(f, send(f, QStringLiteral("startMeeting"))));
        const QString t1 = send(a, QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("gedachte A1")}});
        const QString t2 = send(a, QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("gedachte A2")}});
        const QString t3 = send(b, QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("gedachte B1")}});
        const QString q1 = send(c, QStringLiteral("askQuestion"), {{QStringLiteral("text"), QStringLiteral("Sinds wanneer?")}});
        QVERIFY(acked(a, t1) && acked(a, t2) && acked(b, t3) && acked(c, q1));

        // Phase 1: cards and remarks.
        QVERIFY(acked(f, send(f, QStringLiteral("nextPhase"))));
        QStringList cardIds;
        for (WsTestClient *p : {a, b, c}) {
            for (int i = 0; i < 2; ++i)
                cardIds << send(p, QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("kaart %1%2").arg(p->participantId).arg(i)},
                                                                {QStringLiteral("direction"), QStringLiteral("richting")}});
        }
        QList<int> cards;
        for (const Sent &s : std::as_const(m_sent)) {
            if (s.type == QLatin1String("addCard")) {
                QVERIFY(acked(s.client, s.id));
                cards << s.client->answerFor(s.id)->value(QLatin1String("result")).toObject().value(QLatin1String("cardId")).toInt();
            }
        }
        const QString r1 = send(b, QStringLiteral("addRemark"), {{QStringLiteral("cardId"), cards[0]},
                                                                 {QStringLiteral("kind"), QStringLiteral("critic")},
                                                                 {QStringLiteral("text"), QStringLiteral("maar de schulden")}});
        QVERIFY(acked(b, r1));

        // Phase 2: the vote, and a burst of solutions in flight at the kill.
        QVERIFY(acked(f, send(f, QStringLiteral("nextPhase"))));
        QTRY_COMPARE(a->state.value(QLatin1String("phase")).toObject().value(QLatin1String("index")).toInt(), 2);
        QElapsedTimer sincePhaseInfo;
        sincePhaseInfo.start();
        const qint64 remainingBefore = qint64(a->state.value(QLatin1String("phase")).toObject().value(QLatin1String("remainingMs")).toDouble());
        QVERIFY(acked(f, send(f, QStringLiteral("openVote"))));
        const QString ballotA = QStringLiteral("ballot-token-of-a-0123456789");
        const QString ballotB = QStringLiteral("ballot-token-of-b-0123456789");
        const QString vA = send(a, QStringLiteral("vote"), {{QStringLiteral("ballot"), ballotA},
                                                            {QStringLiteral("choices"), QJsonObject{{QString::number(cards[0]), 2}, {QString::number(cards[1]), 1}}}});
        const QString vB = send(b, QStringLiteral("vote"), {{QStringLiteral("ballot"), ballotB},
                                                            {QStringLiteral("choices"), QJsonObject{{QString::number(cards[0]), 3}}}});
        QVERIFY(acked(a, vA) && acked(b, vB));

        QStringList burst;
        for (int i = 0; i < 40; ++i)
            burst << send(c, QStringLiteral("submitSolution"), {{QStringLiteral("text"), QStringLiteral("oplossing %1").arg(i)}});
        QVERIFY(c->waitAnswer(burst.first()).has_value());
        for (int i = 40; i < 50; ++i) // surely unanswered: sent right before the kill
            burst << send(c, QStringLiteral("submitSolution"), {{QStringLiteral("text"), QStringLiteral("oplossing %1").arg(i)}});
        const QString lateVote = send(c, QStringLiteral("vote"), {{QStringLiteral("ballot"), QStringLiteral("ballot-token-of-c-0123456789")},
                                                                  {QStringLiteral("choices"), QJsonObject{{QString::number(cards[2]), 1}}}});
        c->socket().flush();
        kiosk->kill();
        QStringList ackedBefore;
        int unanswered = 0;
        for (const Sent &s : std::as_const(m_sent)) {
            const auto answer = s.client->answerFor(s.id);
            if (answer && answer->value(QLatin1String("type")).toString() == QLatin1String("ack"))
                ackedBefore << s.id;
            unanswered += !answer;
        }
        QVERIFY2(unanswered > 0, "the kill should leave commands unanswered");
        qInfo("killed with %d commands unanswered, %lld acknowledged", unanswered, qlonglong(ackedBefore.size()));

        // Down for a while: the phase timer keeps running meanwhile.
        QTest::qWait(int(qMax<qint64>(0, 2500 - sincePhaseInfo.elapsed())));

        // Restart on the same data dir; everyone resumes with their token.
        kiosk = std::make_unique<KioskProcess>();
        QVERIFY2(kiosk->start(args, &error), qPrintable(error));
        QCOMPARE(kiosk->pin(), Pin);
        QList<WsTestClient *> old{f, a, b, c};
        QHash<WsTestClient *, WsTestClient *> resumed;
        for (WsTestClient *o : old) {
            QJsonObject extra{{QStringLiteral("resume"), o->token}};
            WsTestClient *n = join(kiosk->localUrl(), extra, QStringLiteral("n"));
            QVERIFY(n);
            QCOMPARE(n->participantId, o->participantId);
            resumed.insert(o, n);
        }
        WsTestClient *nf = resumed[f];
        QCOMPARE(nf->role, QStringLiteral("facilitator"));

        // Phase and timer went on, neither reset nor frozen.
        const QJsonObject phaseNow = nf->state.value(QLatin1String("phase")).toObject();
        QCOMPARE(phaseNow.value(QLatin1String("index")).toInt(), 2);
        QCOMPARE(phaseNow.value(QLatin1String("status")).toString(), QStringLiteral("running"));
        const qint64 remainingAfter = qint64(phaseNow.value(QLatin1String("remainingMs")).toDouble());
        const qint64 expected = remainingBefore - sincePhaseInfo.elapsed();
        QVERIFY2(qAbs(remainingAfter - expected) < 1500,
                 qPrintable(QStringLiteral("remaining %1 ms, expected about %2").arg(remainingAfter).arg(expected)));

        // Every acknowledged item is there.
        const QJsonObject fs = nf->state;
        QCOMPARE(texts(resumed[a]->state.value(QLatin1String("mine")).toObject().value(QLatin1String("thoughts")).toArray()),
                 QStringList({QStringLiteral("gedachte A1"), QStringLiteral("gedachte A2")}));
        QCOMPARE(texts(resumed[b]->state.value(QLatin1String("mine")).toObject().value(QLatin1String("thoughts")).toArray()),
                 QStringList({QStringLiteral("gedachte B1")}));
        QCOMPARE(texts(fs.value(QLatin1String("questions")).toArray()), QStringList({QStringLiteral("Sinds wanneer?")}));
        const QJsonArray cardsNow = fs.value(QLatin1String("cards")).toArray();
        QCOMPARE(cardsNow.size(), 6);
        // The card by its id: cards added in one pass may reach the board in
        // any order of their senders.
        QJsonObject remarked;
        for (const QJsonValue &card : cardsNow) {
            if (card.toObject().value(QLatin1String("id")).toInt() == cards[0])
                remarked = card.toObject();
        }
        QCOMPARE(texts(remarked.value(QLatin1String("remarks")).toArray()), QStringList({QStringLiteral("maar de schulden")}));
        const QStringList solutionsNow = texts(fs.value(QLatin1String("solutions")).toArray());
        for (const QString &id : std::as_const(burst)) {
            if (ackedBefore.contains(id))
                QVERIFY2(solutionsNow.contains(QStringLiteral("oplossing %1").arg(burst.indexOf(id))), qPrintable(id));
        }
        const int ballotsNow = fs.value(QLatin1String("vote")).toObject().value(QLatin1String("ballots")).toInt();
        QVERIFY(ballotsNow == 2 || ballotsNow == 3);
        QVERIFY(resumed[a]->state.value(QLatin1String("mine")).toObject().value(QLatin1String("hasVoted")).toBool());

        // Clients re-send what had no answer (and an acked vote, as a lost ack
        // would make them): each is answered, nothing applies twice.
        QStringList resent;
        for (const Sent &s : std::as_const(m_sent)) {
            if (!s.client->answerFor(s.id) || s.id == vA) {
                resumed[s.client]->command(s.type, s.fields, s.id);
                resent << s.id;
            }
        }
        for (const Sent &s : std::as_const(m_sent)) {
            if (resent.contains(s.id))
                QVERIFY(acked(resumed[s.client], s.id));
        }
        QCOMPARE(resumed[a]->answerFor(vA)->value(QLatin1String("result")), a->answerFor(vA)->value(QLatin1String("result")));
        QTRY_COMPARE(nf->state.value(QLatin1String("solutions")).toArray().size(), 50);
        QStringList all = texts(nf->state.value(QLatin1String("solutions")).toArray());
        all.removeDuplicates();
        QCOMPARE(all.size(), 50);
        QTRY_COMPARE(nf->state.value(QLatin1String("vote")).toObject().value(QLatin1String("ballots")).toInt(), 3);
        QVERIFY(resent.contains(lateVote) || ackedBefore.contains(lateVote));

        // Changing a ballot replaces it: still one per participant.
        const QString change = resumed[a]->command(QStringLiteral("vote"), {{QStringLiteral("ballot"), ballotA},
                                                                           {QStringLiteral("choices"), QJsonObject{{QString::number(cards[3]), 3}}}});
        QVERIFY(acked(resumed[a], change));
        QVERIFY(acked(nf, nf->command(QStringLiteral("closeVote"))));
        QTRY_COMPARE(nf->state.value(QLatin1String("vote")).toObject().value(QLatin1String("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(nf->state.value(QLatin1String("vote")).toObject().value(QLatin1String("ballots")).toInt(), 3);
        int dots = 0;
        for (const QJsonValue &t : nf->state.value(QLatin1String("vote")).toObject().value(QLatin1String("tallies")).toArray())
            dots += t.toObject().value(QLatin1String("dots")).toInt();
        QCOMPARE(dots, 3 + 3 + 1);

        QCOMPARE(kiosk->terminate(), 0);
    }

    void badOptionsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::addRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::addRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")};
        QTest::addRow("bad pin") << QStringList{QStringLiteral("--pin"), QStringLiteral("12ab")};
        QTest::addRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("no-such-format")};
        QTest::addRow("missing format file") << QStringList{QStringLiteral("--format"), QStringLiteral("/nonexistent/x.json")};
        QTest::addRow("broken format file") << QStringList{QStringLiteral("--format"), QStringLiteral("BROKEN")};
    }
    void badOptionsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        if (args.last() == QLatin1String("BROKEN")) {
            QFile f(dir.filePath(QStringLiteral("broken.json")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"id\": \"x\", \"phases\": [ {\"title\": 3 ]}");
            args.last() = f.fileName();
        }
        KioskProcess kiosk;
        QByteArray err;
        const int code = kiosk.runToExit(QStringList{QStringLiteral("--no-gui"), QStringLiteral("--port"), QStringLiteral("0"),
                                                     QStringLiteral("--data-dir"), dir.path()} + args, &err);
        QCOMPARE(code, 2);
        QVERIFY(err.startsWith("flipover-kiosk: "));
        QCOMPARE(err.trimmed().count('\n'), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Recovery)
#include "tst_recovery.moc"
