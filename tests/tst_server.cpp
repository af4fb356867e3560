// KioskServer in-process: real WebSocket clients against a real engine and
// store (in a temporary dir) with a hand-moved clock.
#include "kioskcontroller.h"
#include "rawws.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

class tst_Server : public ServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpServer(); }
    void cleanup() { tearDownServer(); }

    // An update's frame is made once and written as it is (Connection::send):
    // one final text frame, unmasked, with the length in 7, 16 or 64 bits
    // (RFC 6455, 5.2), the text after it untouched.
    void outgoingIsOneTextFrame_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("7 bits") << 125 << QByteArray::fromHex("817d");
        QTest::newRow("16 bits, smallest") << 126 << QByteArray::fromHex("817e007e");
        QTest::newRow("16 bits, largest") << 65535 << QByteArray::fromHex("817effff");
        QTest::newRow("64 bits") << 65536 << QByteArray::fromHex("817f0000000000010000");
    }
    void outgoingIsOneTextFrame()
    {
        QFETCH(int, size);
        QFETCH(QByteArray, header);
        QByteArray text(size, 'x');
        text.replace(0, 4, "\"\xc3\xa9\""); // UTF-8 passes byte for byte
        const Outgoing out(text);
        QCOMPARE(out.bytes, qint64(size));
        QCOMPARE(out.header, qint64(header.size()));
        QCOMPARE(out.frame.left(header.size()), header);
        QCOMPARE(out.frame.mid(header.size()), text);
    }

    void badPinIsRefused()
    {
        WsTestClient *c = connectClient();
        c->join(QStringLiteral("000000"));
        QTRY_COMPARE(c->count(QStringLiteral("error")), 1);
        QCOMPARE(c->lastError(), QStringLiteral("bad_pin"));
        QCOMPARE(c->count(QStringLiteral("joined")), 0);
        QVERIFY(m_engine->state().participants.isEmpty());
    }

    void joinGetsJoinedThenSnapshot()
    {
        WsTestClient *c = connectClient();
        c->join(Pin);
        QTRY_COMPARE(c->messages.size(), 2);
        const QJsonObject joined = c->messages[0];
        QCOMPARE(joined.value(QLatin1String("type")).toString(), QStringLiteral("joined"));
        QCOMPARE(joined.value(QLatin1String("role")).toString(), QStringLiteral("participant"));
        QVERIFY(!joined.value(QLatin1String("token")).toString().isEmpty());
        QVERIFY(!joined.value(QLatin1String("participantId")).toString().isEmpty());
        QCOMPARE(c->messages[1].value(QLatin1String("type")).toString(), QStringLiteral("snapshot"));
        QCOMPARE(quint64(c->snapshotSeq), m_engine->seq());
        for (const char *s : {"session", "phase", "case", "cards", "vote", "presence", "mine"})
            QVERIFY2(c->state.contains(QLatin1String(s)), s);
        QVERIFY(!c->state.value(QLatin1String("session")).toObject().contains(QLatin1String("pin")));
    }

    void wallJoinsReadOnly()
    {
        WsTestClient *c = connectClient();
        QVERIFY(c->joinAndWait(Pin, {{QStringLiteral("role"), QStringLiteral("wall")}}));
        QCOMPARE(c->role, QStringLiteral("wall"));
        QVERIFY(c->token.isEmpty());
        QVERIFY(m_engine->state().participants.isEmpty());
        QCOMPARE(c->state.value(QLatin1String("session")).toObject().value(QLatin1String("pin")).toString(), Pin);
        const QString id = c->command(QStringLiteral("startMeeting"));
        QTRY_COMPARE(code(c->answerFor(id)), QStringLiteral("not_allowed"));
    }

    void nothingBeforeJoin()
    {
        WsTestClient *c = connectClient();
        c->send({{QStringLiteral("type"), QStringLiteral("startMeeting")}, {QStringLiteral("id"), QStringLiteral("a")}});
        c->send({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), QStringLiteral("b")}});
        QTRY_COMPARE(c->count(QStringLiteral("error")), 2);
        QCOMPARE(code(c->answerFor(QStringLiteral("a"))), QStringLiteral("not_joined"));
        QCOMPARE(code(c->answerFor(QStringLiteral("b"))), QStringLiteral("not_joined"));
        QCOMPARE(m_engine->state().phaseIndex, -1);
        QVERIFY(c->joinAndWait(Pin)); // still allowed to join afterwards
    }

    void commandIsAcked()
    {
        WsTestClient *f = facilitator();
        QCOMPARE(f->role, QStringLiteral("facilitator"));
        const QString id = f->command(QStringLiteral("startMeeting"));
        QTRY_COMPARE(code(f->answerFor(id)), QStringLiteral("ack"));
        QCOMPARE(quint64(f->answerFor(id)->value(QLatin1String("seq")).toDouble()), m_engine->seq());
        QCOMPARE(m_engine->state().phaseIndex, 0);

        WsTestClient *p = participant();
        const QString t = p->command(QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("vertrouwen")}});
        QTRY_COMPARE(code(p->answerFor(t)), QStringLiteral("ack"));
        QVERIFY(p->answerFor(t)->value(QLatin1String("result")).toObject().contains(QLatin1String("thoughtId")));
        QCOMPARE(p->count(QStringLiteral("pong")), 0);
        p->send({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), QStringLiteral("p1")}});
        QTRY_COMPARE(p->count(QStringLiteral("pong")), 1);
        QCOMPARE(p->lastOfType(QStringLiteral("pong"))->value(QLatin1String("id")).toString(), QStringLiteral("p1"));
    }

    void duplicateIsAppliedOnce()
    {
        wall(QStringLiteral("startMeeting"));
        WsTestClient *p = participant();
        const QJsonObject fields{{QStringLiteral("text"), QStringLiteral("eerste")}};
        p->command(QStringLiteral("addThought"), fields, QStringLiteral("dup-1"));
        p->command(QStringLiteral("addThought"), fields, QStringLiteral("dup-1"));
        QTRY_COMPARE(p->answersFor(QStringLiteral("dup-1")), 2);
        const QList<QJsonObject> acks = p->ofType(QStringLiteral("ack"));
        QCOMPARE(acks.size(), 2);
        QCOMPARE(acks[0].value(QLatin1String("result")), acks[1].value(QLatin1String("result")));
        QCOMPARE(m_engine->state().thoughts.size(), 1);
        QTRY_COMPARE(p->state.value(QLatin1String("mine")).toObject().value(QLatin1String("thoughts")).toArray().size(), 1);
    }

    void refusalsCarryTheEngineCode_data()
    {
        QTest::addColumn<bool>("asFacilitator");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("code");
        const QJsonObject text{{QStringLiteral("text"), QStringLiteral("een kaart")}};
        QTest::addRow("card out of phase") << false << "addCard" << text << "wrong_phase";
        QTest::addRow("vote out of phase") << false << "vote" << QJsonObject() << "wrong_phase";
        QTest::addRow("participant steers") << false << "nextPhase" << QJsonObject() << "not_allowed";
        QTest::addRow("participant opens vote") << false << "openVote" << QJsonObject() << "not_allowed";
        QTest::addRow("participant edits a card") << false << "editCard"
                                                  << QJsonObject{{QStringLiteral("cardId"), 1}, {QStringLiteral("text"), QStringLiteral("x")}}
                                                  << "not_allowed";
        QTest::addRow("facilitator restarts") << true << "startMeeting" << QJsonObject() << "already_started";
        QTest::addRow("bad minutes") << true << "adjustTime" << QJsonObject{{QStringLiteral("minutes"), 0}} << "invalid";
    }
    void refusalsCarryTheEngineCode()
    {
        QFETCH(bool, asFacilitator);
        QFETCH(QString, type);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, code);
        wall(QStringLiteral("startMeeting"));
        const quint64 seq = m_engine->seq();
        WsTestClient *c = asFacilitator ? facilitator() : participant();
        const quint64 afterJoin = m_engine->seq();
        const QString id = c->command(type, fields);
        QTRY_VERIFY(c->answerFor(id).has_value());
        QCOMPARE(tst_Server::code(c->answerFor(id)), code);
        QVERIFY(!c->answerFor(id)->value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(m_engine->seq(), afterJoin);
        QVERIFY(afterJoin >= seq);
    }

    void malformedFramesAreAnswered_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QString>("code");
        QTest::addRow("not json") << "{\"type\":" << "bad_json";
        QTest::addRow("array") << "[1,2]" << "bad_json";
        QTest::addRow("no type") << "{\"id\":\"x\"}" << "bad_field";
        QTest::addRow("type not a string") << "{\"type\":3,\"id\":\"x\"}" << "bad_field";
        QTest::addRow("unknown type") << "{\"type\":\"frobnicate\",\"id\":\"x\"}" << "unknown_type";
        QTest::addRow("command without id") << "{\"type\":\"addCard\",\"text\":\"a\"}" << "bad_field";
        QTest::addRow("id too long") << QStringLiteral("{\"type\":\"addCard\",\"id\":\"%1\"}").arg(QString(65, u'x')) << "bad_field";
        QTest::addRow("text too long")
            << QStringLiteral("{\"type\":\"addCard\",\"id\":\"x\",\"text\":\"%1\"}").arg(QString(2001, u'a')) << "bad_field";
        QTest::addRow("too deep") << "{\"type\":\"addCard\",\"id\":\"x\",\"a\":[[[[[[[[1]]]]]]]]}" << "too_deep";
        QTest::addRow("lone surrogate") << "{\"type\":\"addCard\",\"id\":\"x\",\"text\":\"\\ud800\"}" << "bad_utf8";
    }
    void malformedFramesAreAnswered()
    {
        QFETCH(QString, frame);
        QFETCH(QString, code);
        WsTestClient *f = facilitator();
        const quint64 seq = m_engine->seq();
        f->sendRaw(frame);
        QTRY_COMPARE(f->count(QStringLiteral("error")), 1);
        QCOMPARE(f->lastError(), code);
        QCOMPARE(m_engine->seq(), seq);
        // The connection still works.
        const QString id = f->command(QStringLiteral("startMeeting"));
        QTRY_COMPARE(tst_Server::code(f->answerFor(id)), QStringLiteral("ack"));
    }

    void binaryFrameIsAnswered()
    {
        WsTestClient *p = participant();
        p->socket().sendBinaryMessage(QByteArrayLiteral("{\"type\":\"ping\"}"));
        QTRY_COMPARE(p->count(QStringLiteral("error")), 1);
        QCOMPARE(p->lastError(), QStringLiteral("bad_json"));
    }

    void oversizedFrameCloses_data()
    {
        QTest::addColumn<quint64>("frameSize");
        QTest::addRow("one big frame") << quint64(512 * 1024);
        QTest::addRow("many small frames") << quint64(8 * 1024);
    }
    void oversizedFrameCloses()
    {
        QFETCH(quint64, frameSize);
        WsTestClient *p = participant();
        p->socket().setOutgoingFrameSize(frameSize);
        p->sendRaw(QStringLiteral("{\"type\":\"ping\",\"pad\":\"%1\"}").arg(QString(70 * 1024, u'x')));
        QTRY_VERIFY(p->disconnected);
        QCOMPARE(p->closeCode, int(QWebSocketProtocol::CloseCodeTooMuchData));
        // Others are not affected.
        WsTestClient *q = participant();
        QVERIFY(!q->token.isEmpty());
    }

    void handshakeDeadlineCloses()
    {
        m_server->setHandshakeTimeout(100);
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(raw.waitForConnected(5000));
        raw.write("GET / HTTP/1.1\r\n"); // and never the rest
        QTRY_COMPARE(raw.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(m_server->clientCount(), 0);
    }

    void joinDeadlineCloses()
    {
        m_server->setJoinTimeout(100);
        WsTestClient *c = connectClient();
        QTRY_VERIFY(c->disconnected);
        QCOMPARE(c->closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));
    }

    void foreignOriginIsRefused_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("none") << QString() << true;
        QTest::addRow("own address") << QStringLiteral("http://127.0.0.1:%1") << true;
        QTest::addRow("localhost") << QStringLiteral("http://localhost:%1") << true;
        QTest::addRow("other site") << QStringLiteral("http://evil.example:%1") << false;
        QTest::addRow("other port") << QStringLiteral("http://127.0.0.1:1") << false;
        QTest::addRow("other address") << QStringLiteral("http://192.0.2.7:%1") << false;
        QTest::addRow("null") << QStringLiteral("null") << false;
    }
    void foreignOriginIsRefused()
    {
        QFETCH(QString, origin);
        QFETCH(bool, allowed);
        if (origin.contains(QLatin1String("%1")))
            origin = origin.arg(m_server->port());
        WsTestClient *c = connectClient(origin);
        if (allowed) {
            QVERIFY(c->joinAndWait(Pin));
        } else {
            QTRY_VERIFY(c->disconnected);
            QCOMPARE(c->closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));
        }
    }

    void updateReachesEveryClient()
    {
        WsTestClient *f = facilitator();
        QList<WsTestClient *> all{f, participant(), participant(), participant()};
        WsTestClient *w = connectClient();
        QVERIFY(w->joinAndWait(Pin, {{QStringLiteral("role"), QStringLiteral("wall")}}));
        all.append(w);
        const QString id = f->command(QStringLiteral("startMeeting"));
        QTRY_VERIFY(f->answerFor(id).has_value());
        const qint64 seq = qint64(m_engine->seq());
        for (WsTestClient *c : all) {
            QTRY_COMPARE(c->seq, seq);
            QCOMPARE(c->state.value(QLatin1String("phase")).toObject().value(QLatin1String("index")).toInt(), 0);
            int updates = 0;
            for (const QJsonObject &u : c->ofType(QStringLiteral("update")))
                updates += qint64(u.value(QLatin1String("seq")).toDouble()) == seq;
            QCOMPARE(updates, 1);
        }
        // The update does not wait for the disk; the ack does, so the
        // facilitator's update came before its ack (which then came too).
        QTRY_VERIFY(f->answerFor(id).has_value());
        const qsizetype ackAt = f->messages.indexOf(*f->answerFor(id));
        qsizetype updateAt = -1;
        for (qsizetype i = 0; i < f->messages.size() && updateAt < 0; ++i)
            if (f->messages[i].value(QLatin1String("type")).toString() == QLatin1String("update")
                && qint64(f->messages[i].value(QLatin1String("seq")).toDouble()) == seq)
                updateAt = i;
        QVERIFY(updateAt >= 0);
        QVERIFY2(updateAt < ackAt, "the update waited for the ack");
        QCOMPARE(qint64(f->answerFor(id)->value(QLatin1String("seq")).toDouble()), seq);
        // The local (wall) facilitator's commands reach the clients too.
        wall(QStringLiteral("pause"));
        for (WsTestClient *c : all)
            QTRY_COMPARE(c->state.value(QLatin1String("phase")).toObject().value(QLatin1String("status")).toString(),
                         QStringLiteral("paused"));
    }

    void firstThoughtsStayWithTheirAuthor()
    {
        wall(QStringLiteral("startMeeting"));
        WsTestClient *a = participant();
        WsTestClient *b = participant();
        WsTestClient *f = facilitator();
        WsTestClient *w = connectClient();
        QVERIFY(w->joinAndWait(Pin, {{QStringLiteral("role"), QStringLiteral("wall")}}));
        const QString secret = QStringLiteral("GEHEIM-van-A-7f3");
        const QString id = a->command(QStringLiteral("addThought"), {{QStringLiteral("text"), secret}});
        QTRY_COMPARE(code(a->answerFor(id)), QStringLiteral("ack"));
        QTRY_VERIFY(a->state.value(QLatin1String("mine")).toObject().value(QLatin1String("thoughts")).toArray().size() == 1);
        // b gets later updates, but never a's thought.
        const QString card = f->command(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("kaart")}});
        QTRY_VERIFY(f->answerFor(card).has_value());
        QTRY_COMPARE(b->seq, qint64(m_engine->seq()));
        WsTestClient *late = participant();
        for (WsTestClient *c : {b, f, w, late})
            QVERIFY(!c->anyFrameContains(secret));
        QVERIFY(a->anyFrameContains(secret));
    }

    void solutionsOnlyForTheFacilitator()
    {
        wall(QStringLiteral("startMeeting"));
        wall(QStringLiteral("nextPhase"));
        wall(QStringLiteral("nextPhase"));
        WsTestClient *f = facilitator();
        WsTestClient *p = participant();
        WsTestClient *q = participant();
        QVERIFY(f->state.contains(QLatin1String("solutions")));
        QVERIFY(!p->state.contains(QLatin1String("solutions")));
        const QString text = QStringLiteral("oplossing-xq9");
        const QString id = p->command(QStringLiteral("submitSolution"), {{QStringLiteral("text"), text}});
        QTRY_COMPARE(code(p->answerFor(id)), QStringLiteral("ack"));
        QTRY_VERIFY(f->anyFrameContains(text));
        QVERIFY(!p->anyFrameContains(text.toUpper()) && p->frames.filter(text).size() == 0);
        QVERIFY(!q->anyFrameContains(text));
        // Unlocking with the facilitator PIN brings a snapshot with solutions.
        const QString unlock = q->command(QStringLiteral("unlock"), {{QStringLiteral("facilitatorPin"), FacilitatorPin}});
        QTRY_COMPARE(code(q->answerFor(unlock)), QStringLiteral("ack"));
        QTRY_COMPARE(q->count(QStringLiteral("snapshot")), 2);
        QVERIFY(q->state.contains(QLatin1String("solutions")));
        QVERIFY(q->anyFrameContains(text));
    }

    // `joined` and the snapshot leave in one write (Connection::sendTogether).
    // A snapshot larger than the kernel takes at once (a small receive buffer
    // on the tablet, the kiosk's send buffer a quarter of its backlog) is
    // partly written: the rest waits in Qt's buffer and follows in order.
    void aJoinLargerThanTheSocketTakesArrivesWhole()
    {
        Connection::setMaxPendingBytes(128 * 1024);
        const auto restore = qScopeGuard([] { Connection::setMaxPendingBytes(1024 * 1024); });
        const int cards = 60;
        const auto textOf = [](int i) { return QString(2000, QChar(u'a' + i % 26)); };
        for (int i = 0; i < cards; ++i)
            wall(QStringLiteral("addCard"), {{QStringLiteral("text"), textOf(i)}});
        RawWsClient raw;
        raw.receiveBuffer = 4096;
        raw.open(QHostAddress::LocalHost, m_server->port());
        QVERIFY(raw.waitOpen());
        raw.join(Pin);
        QTRY_VERIFY(raw.messages.size() >= 2);
        QCOMPARE(raw.messages.at(0).value(QLatin1String("type")).toString(), QStringLiteral("joined"));
        const QJsonObject snapshot = raw.messages.at(1);
        QCOMPARE(snapshot.value(QLatin1String("type")).toString(), QStringLiteral("snapshot"));
        const QJsonArray shown = snapshot.value(QLatin1String("state")).toObject().value(QLatin1String("cards")).toArray();
        QCOMPARE(shown.size(), cards);
        for (int i = 0; i < cards; ++i)
            QCOMPARE(shown.at(i).toObject().value(QLatin1String("text")).toString(), textOf(i));
        QVERIFY(!raw.disconnected);
    }

    void slowReaderIsDropped()
    {
        // A raw client that joins and then stops reading.
        QTcpSocket raw;
        raw.setReadBufferSize(1024);
        raw.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        // A small backlog (and kernel send buffer, a quarter of it): a few
        // dozen 2,000-character edits make the reader fall behind.
        Connection::setMaxPendingBytes(64 * 1024);
        const auto restore = qScopeGuard([] { Connection::setMaxPendingBytes(1024 * 1024); });
        raw.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(raw.waitForConnected(5000));
        raw.write(QStringLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1:%1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                      .arg(m_server->port()).toLatin1());
        QTRY_COMPARE(m_server->clientCount(), 1);
        const QByteArray join = QByteArrayLiteral("{\"type\":\"join\",\"v\":1,\"pin\":\"123456\"}");
        raw.write(QByteArray("\x81") + char(0x80 | join.size()) + QByteArray(4, '\0') + join); // zero mask
        WsTestClient *reader = participant();
        QTRY_COMPARE(m_engine->state().participants.size(), 2);
        // Updates carry only the change (one edited card of 2,000 characters
        // each time), so it takes many of them to pile up a MiB.
        wall(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("slow")}});
        for (int i = 0; i < 2000 && m_server->clientCount() == 2; ++i) {
            const QString text(2000, i % 2 ? u'k' : u'l');
            wall(QStringLiteral("editCard"), {{QStringLiteral("cardId"), 1}, {QStringLiteral("text"), text}});
            QTRY_COMPARE(reader->seq, qint64(m_engine->seq())); // the reader keeps up
        }
        QTRY_COMPARE(m_server->clientCount(), 1);
        QVERIFY(!reader->disconnected);
        QTRY_COMPARE(reader->seq, qint64(m_engine->seq()));
        QCOMPARE(m_engine->state().participants.size(), 2); // it may resume later
    }

    void controllerDrivesTheEngine()
    {
        WallChannel room(m_engine.get());
        KioskController controller(&room);
        controller.setEndpoint(QHostAddress::LocalHost, m_server->port());
        QCOMPARE(controller.joinUrl(), QStringLiteral("ws://127.0.0.1:%1/").arg(m_server->port()));
        QCOMPARE(controller.pin(), Pin);
        QCOMPARE(controller.facilitatorPin(), FacilitatorPin);
        QSignalSpy errors(&controller, &KioskController::lastErrorChanged);
        QVERIFY(!controller.pause());
        QCOMPARE(controller.lastErrorCode(), QStringLiteral("not_started"));
        QVERIFY(!controller.lastErrorMessage().isEmpty());
        QCOMPARE(errors.count(), 1);

        WsTestClient *p = participant();
        QVERIFY(controller.startMeeting());
        QVERIFY(controller.lastErrorCode().isEmpty());
        QCOMPARE(controller.view()->phaseIndex(), 0);
        QTRY_COMPARE(p->state.value(QLatin1String("phase")).toObject().value(QLatin1String("index")).toInt(), 0);
        QVERIFY(controller.setCase(QStringLiteral("De casus")));
        QCOMPARE(controller.view()->caseText(), QStringLiteral("De casus"));
        QVERIFY(controller.addCard(QStringLiteral("kaart"), QStringLiteral("richting")));
        QCOMPARE(controller.view()->cards()->rowCount(), 1);
        QVERIFY(controller.hideCard(m_engine->state().cards.firstKey(), true));
        QCOMPARE(controller.view()->cards()->rowCount(), 0); // the wall shows what the room sees
        QTRY_COMPARE(p->state.value(QLatin1String("cards")).toArray().size(), 0);
        QVERIFY(!controller.adjustTime(0));
        QCOMPARE(controller.lastErrorCode(), QStringLiteral("invalid"));
    }

    void leaveAcksAndCloses()
    {
        WsTestClient *p = participant();
        QCOMPARE(m_engine->state().participants.size(), 1);
        const QString id = p->command(QStringLiteral("leave"));
        QTRY_VERIFY(p->disconnected);
        QCOMPARE(code(p->answerFor(id)), QStringLiteral("ack"));
        QCOMPARE(p->closeCode, int(QWebSocketProtocol::CloseCodeNormal));
        QVERIFY(m_engine->state().participants.isEmpty());
        QTRY_COMPARE(m_server->clientCount(), 0);
    }

    void leftOnAnotherDeviceSeesNoMore()
    {
        WsTestClient *p = participant();
        WsTestClient *twin = connectClient();
        QVERIFY(twin->joinAndWait(Pin, {{QStringLiteral("resume"), p->token}}));
        twin->setIdPrefix(QStringLiteral("twin")); // message ids are unique per token
        const QString id = p->command(QStringLiteral("leave"));
        QTRY_VERIFY(p->disconnected);
        WsTestClient *other = participant();
        wall(QStringLiteral("startMeeting"));
        QTRY_COMPARE(other->seq, qint64(m_engine->seq()));
        QVERIFY(twin->seq < qint64(m_engine->seq()));
        QVERIFY(!twin->anyFrameContains(QStringLiteral("\"pin\"")));
        const QString t = twin->command(QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("x")}});
        QTRY_COMPARE(code(twin->answerFor(t)), QStringLiteral("unknown_participant"));
        QCOMPARE(code(p->answerFor(id)), QStringLiteral("ack"));
    }

    void resumeKeepsTheParticipant()
    {
        WsTestClient *p = participant();
        const QString token = p->token;
        const QString pid = p->participantId;
        p->close();
        QTRY_COMPARE(m_server->clientCount(), 0);
        WsTestClient *again = connectClient();
        QVERIFY(again->joinAndWait(Pin, {{QStringLiteral("resume"), token}}));
        QCOMPARE(again->participantId, pid);
        QCOMPARE(m_engine->state().participants.size(), 1);
    }

    // Presence counts who is connected now, once per participant, walls
    // never; a burst of joins gives each client one presence message.
    void presenceCountsWhoIsConnectedAndCoalesces()
    {
        m_server->setPresenceInterval(3600 * 1000); // only sendPresence() sends: no timing in this test
        WsTestClient *f = facilitator();
        WsTestClient *w = connectClient();
        QVERIFY(w->joinAndWait(Pin, {{QStringLiteral("role"), QStringLiteral("wall")}}));
        m_server->sendPresence();
        QTRY_COMPARE(f->count(QStringLiteral("presence")), 1);
        const auto shown = [](const WsTestClient *c) {
            return c->state.value(QLatin1String("presence")).toObject().value(QLatin1String("participants")).toInt(-1);
        };
        QCOMPARE(shown(f), 1);
        QTRY_COMPARE(shown(w), 1);

        QList<WsTestClient *> joiners;
        for (int i = 0; i < 20; ++i)
            joiners.append(participant());
        WsTestClient *twice = connectClient(); // the first joiner on a second tablet counts once
        QVERIFY(twice->joinAndWait(Pin, {{QStringLiteral("resume"), joiners.first()->token}}));
        QCOMPARE(f->count(QStringLiteral("presence")), 1); // nothing per join
        QCOMPARE(f->count(QStringLiteral("update")), 0);   // and no update either
        m_server->sendPresence();
        QTRY_COMPARE(shown(f), 21);
        QTRY_COMPARE(shown(w), 21);
        QTRY_COMPARE(shown(joiners.last()), 21);
        QCOMPARE(f->count(QStringLiteral("presence")), 2);
        QCOMPARE(m_engine->presentCount(), 21);
        // Also in a snapshot.
        WsTestClient *late = connectClient();
        QVERIFY(late->joinAndWait(Pin, {{QStringLiteral("role"), QStringLiteral("wall")}}));
        QCOMPARE(shown(late), 21);

        // Who closes stops counting (the participant is kept for a resume);
        // the one on two tablets counts while one is open.
        joiners.at(1)->close();
        joiners.first()->close();
        QTRY_COMPARE(m_server->clientCount(), 22);
        m_server->sendPresence();
        QTRY_COMPARE(shown(f), 20);
        QCOMPARE(m_engine->state().participants.size(), 21);
        m_server->sendPresence(); // nothing changed: nothing sent
        QTest::qWait(0);
        QCOMPARE(f->count(QStringLiteral("presence")), 3);
    }
};

QTEST_GUILESS_MAIN(tst_Server)
#include "tst_server.moc"
