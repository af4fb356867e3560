// The wire codec: every encoder round-trips, every malformed input class gets
// its documented error code (and never crashes), valid messages decode.
#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

Q_DECLARE_METATYPE(flipover::protocol::ClientType)

using namespace flipover;
namespace proto = flipover::protocol;

namespace {

// JSON with single quotes, so test inputs read without escapes.
QByteArray j(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

const QStringList Commands{QStringLiteral("addCard"), QStringLiteral("vote"), QStringLiteral("nextPhase")};

QByteArray nested(int depth)
{
    return QByteArray("{\"type\":\"addCard\",\"id\":\"a1\",\"x\":") + QByteArray(depth, '[')
        + QByteArray(depth, ']') + '}';
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void serverTypeNames()
    {
        const QList<proto::ServerType> all{proto::ServerType::Joined, proto::ServerType::Ack,
                                           proto::ServerType::Error,  proto::ServerType::Snapshot,
                                           proto::ServerType::Update, proto::ServerType::Pong,
                                           proto::ServerType::Bye,    proto::ServerType::Presence};
        QStringList names;
        for (const proto::ServerType t : all) {
            const QString name = proto::serverTypeName(t);
            QVERIFY(!name.isEmpty());
            QCOMPARE(proto::serverTypeFromName(name), std::optional<proto::ServerType>(t));
            names << name;
        }
        QCOMPARE(names, QStringList({"joined", "ack", "error", "snapshot", "update", "pong", "bye", "presence"}));
        QVERIFY(proto::serverTypeName(static_cast<proto::ServerType>(99)).isEmpty());
        QVERIFY(!proto::serverTypeFromName(u"Joined").has_value());
        QVERIFY(!proto::serverTypeFromName(u"").has_value());
    }

    void encoderRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QJsonObject>("expected");

        QTest::addRow("joined") << proto::joined("p1", "tok", "participant")
                                << QJsonObject{{"type", "joined"}, {"v", 1}, {"participantId", "p1"},
                                               {"token", "tok"}, {"role", "participant"}};
        QTest::addRow("joined wall") << proto::joined({}, {}, "wall")
                                     << QJsonObject{{"type", "joined"}, {"v", 1}, {"participantId", ""},
                                                    {"token", ""}, {"role", "wall"}};
        QTest::addRow("ack") << proto::ack("c-1", 42, QJsonObject{{"cardId", 4}})
                             << QJsonObject{{"type", "ack"}, {"id", "c-1"}, {"seq", 42},
                                            {"result", QJsonObject{{"cardId", 4}}}};
        QTest::addRow("ack big seq") << proto::ack("c-2", quint64(1) << 40, {})
                                     << QJsonObject{{"type", "ack"}, {"id", "c-2"}, {"seq", qint64(1) << 40},
                                                    {"result", QJsonObject{}}};
        QTest::addRow("error") << proto::error({}, "bad_json", "The message is not valid JSON.")
                               << QJsonObject{{"type", "error"}, {"id", ""}, {"code", "bad_json"},
                                              {"message", "The message is not valid JSON."}};
        const QJsonObject state{{"case", QJsonObject{{"text", "Een casus \"met\" é"}, {"hasOwner", false}}},
                                {"questions", QJsonArray{}}};
        QTest::addRow("snapshot") << proto::snapshot(7, state)
                                  << QJsonObject{{"type", "snapshot"}, {"seq", 7}, {"state", state}};
        QTest::addRow("update") << proto::update(8, QJsonObject{{"presence", QJsonObject{{"participants", 3}}}})
                                << QJsonObject{{"type", "update"}, {"seq", 8},
                                               {"sections", QJsonObject{{"presence", QJsonObject{{"participants", 3}}}}}};
        QTest::addRow("pong") << proto::pong("p-9") << QJsonObject{{"type", "pong"}, {"id", "p-9"}};
        QTest::addRow("bye") << proto::bye("meeting_ended", "The meeting has ended.")
                             << QJsonObject{{"type", "bye"}, {"code", "meeting_ended"},
                                            {"message", "The meeting has ended."}};
    }

    void encoderRoundTrip()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QJsonObject, expected);
        QVERIFY2(!wire.contains('\n') && !wire.contains(": "), wire.constData()); // compact
        QString error;
        const std::optional<QJsonObject> decoded = proto::decodeServer(wire, &error);
        QVERIFY2(decoded.has_value(), qPrintable(error));
        QCOMPARE(*decoded, expected);
    }

    // The kiosk writes the sections joiners share once and assembles each
    // snapshot from their texts: byte for byte what the whole object gives.
    void snapshotFromSectionTexts_data()
    {
        QTest::addColumn<quint64>("seq");
        QTest::addColumn<QJsonObject>("state");
        QTest::addRow("empty") << quint64(0) << QJsonObject{};
        QTest::addRow("one") << quint64(3) << QJsonObject{{"undo", QJsonValue::Null}};
        QTest::addRow("every kind of value")
                << (quint64(1) << 40)
                << QJsonObject{{"vote", QJsonObject{{"tallies", QJsonValue::Null}, {"ballots", 2}, {"x", 0.5}}},
                               {"cards", QJsonArray{QJsonObject{{"id", 1}, {"text", "Een \"kaart\" é\n\t\\ ☃ 𝄞"}}}},
                               {"case", QJsonObject{{"text", ""}, {"hasOwner", true}}},
                               {"tips", QJsonArray{}}, {"tip", "a"}, {"t", false}, {"mine", QJsonObject{}},
                               {"phase", QJsonObject{{"focusCardId", QJsonValue::Null}, {"remainingMs", -1500}}}};
    }

    void snapshotFromSectionTexts()
    {
        QFETCH(quint64, seq);
        QFETCH(QJsonObject, state);
        QMap<QString, QByteArray> texts;
        for (auto it = state.constBegin(); it != state.constEnd(); ++it)
            texts.insert(it.key(), proto::jsonText(it.value()));
        QCOMPARE(proto::snapshot(seq, texts), proto::snapshot(seq, state));
    }

    void commandEncoderDecodes()
    {
        const QByteArray wire = proto::command("addCard", "x-1", QJsonObject{{"text", "Meer overleg"}, {"type", "evil"}});
        const proto::Decoded d = proto::decodeClient(wire, Commands);
        QVERIFY2(d.ok(), qPrintable(d.error.message));
        QCOMPARE(d.message->kind, proto::ClientType::Command);
        QCOMPARE(d.message->type, QStringLiteral("addCard"));
        QCOMPARE(d.message->id, QStringLiteral("x-1"));
        QCOMPARE(d.message->body.value("text").toString(), QStringLiteral("Meer overleg"));
    }

    void decodeServerRejects_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addRow("not json") << QByteArray("{\"type\":");
        QTest::addRow("array") << QByteArray("[]");
        QTest::addRow("no type") << QByteArray("{\"id\":\"x\"}");
        QTest::addRow("client type") << QByteArray("{\"type\":\"join\"}");
        QTest::addRow("ack without result") << QByteArray("{\"type\":\"ack\",\"id\":\"x\",\"seq\":1}");
        QTest::addRow("update seq string") << QByteArray("{\"type\":\"update\",\"seq\":\"1\",\"sections\":{}}");
        QTest::addRow("snapshot negative seq") << QByteArray("{\"type\":\"snapshot\",\"seq\":-1,\"state\":{}}");
        QTest::addRow("error without code") << QByteArray("{\"type\":\"error\",\"message\":\"m\"}");
    }

    void decodeServerRejects()
    {
        QFETCH(QByteArray, wire);
        QString error;
        QVERIFY(!proto::decodeServer(wire, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void validClientMessages_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<proto::ClientType>("kind");
        QTest::addColumn<QString>("id");

        QTest::addRow("join") << j("{'type':'join','v':1,'pin':'4821'}") << proto::ClientType::Join
                              << QString();
        QTest::addRow("join full") << j("{'type':'join','v':1.0,'pin':'4821','resume':'t','facilitatorPin':'9','role':'wall','id':'j'}")
                                   << proto::ClientType::Join << QStringLiteral("j");
        QTest::addRow("ping no id") << j("{'type':'ping'}") << proto::ClientType::Ping << QString();
        QTest::addRow("ping id") << j("{'type':'ping','id':'p1'}") << proto::ClientType::Ping
                                 << QStringLiteral("p1");
        QTest::addRow("leave") << j("{'type':'leave','id':'l'}") << proto::ClientType::Leave
                               << QStringLiteral("l");
        QTest::addRow("command") << j("{'type':'nextPhase','id':'n-1','extra':[1,{'a':null}]}")
                                 << proto::ClientType::Command << QStringLiteral("n-1");
        QTest::addRow("vote") << j("{'type':'vote','id':'v','ballot':'abcdefabcdefabcdef','choices':{'3':2,'5':1}}")
                              << proto::ClientType::Command << QStringLiteral("v");
        QTest::addRow("depth 6") << j("{'type':'vote','id':'v','a':[[[[['x']]]]]}")
                                 << proto::ClientType::Command << QStringLiteral("v");
        QTest::addRow("brackets in strings") << j("{'type':'addCard','id':'b','text':'[[[[[[[[{{{{\\']]'}")
                                             << proto::ClientType::Command << QStringLiteral("b");
        QTest::addRow("escaped quote then brackets") << j("{'type':'addCard','id':'q','text':'\\'[[[[[[[[{{{{'}")
                                                     << proto::ClientType::Command << QStringLiteral("q");
        QTest::addRow("utf8 text") << QByteArray("{\"type\":\"addCard\",\"id\":\"u\",\"text\":\"caf\xc3\xa9 \xf0\x9f\x98\x80\"}")
                                   << proto::ClientType::Command << QStringLiteral("u");
        QTest::addRow("2000 chars") << (j("{'type':'addCard','id':'m','text':'") + QByteArray(2000, 'a') + "\"}")
                                    << proto::ClientType::Command << QStringLiteral("m");
        QTest::addRow("2000 emoji") << (j("{'type':'addCard','id':'e','text':'")
                                        + QByteArray("\xf0\x9f\x98\x80").repeated(2000) + "\"}")
                                    << proto::ClientType::Command << QStringLiteral("e");
        QTest::addRow("id 64") << (j("{'type':'addCard','id':'") + QByteArray(64, 'i') + "\"}")
                               << proto::ClientType::Command << QString(64, QLatin1Char('i'));
    }

    void validClientMessages()
    {
        QFETCH(QByteArray, wire);
        QFETCH(proto::ClientType, kind);
        QFETCH(QString, id);
        const proto::Decoded d = proto::decodeClient(wire, Commands);
        QVERIFY2(d.ok(), qPrintable(d.error.code + QLatin1Char(' ') + d.error.message));
        QCOMPARE(d.message->kind, kind);
        QCOMPARE(d.message->id, id);
        QCOMPARE(d.message->body, QJsonDocument::fromJson(wire).object());
        QCOMPARE(d.message->type, d.message->body.value("type").toString());
    }

    void malformedClientMessages_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field"); // must appear in the message
        QTest::addColumn<QString>("id");    // id the error carries

        const QByteArray big = j("{'type':'addCard','id':'a','text':'")
            + QByteArray(proto::MaxMessageBytes, 'a') + "\"}";
        QTest::addRow("oversized") << big << "too_large" << "message" << QString();
        QTest::addRow("oversized garbage") << QByteArray(proto::MaxMessageBytes + 1, '\xff') << "too_large"
                                           << "message" << QString();
        const QByteArray pre(j("{'type':'addCard','id':'a','text':'"));
        QTest::addRow("bad continuation") << pre + "\x80\"}" << "bad_utf8" << "UTF-8" << QString();
        QTest::addRow("truncated sequence") << pre + "\xc3\"}" << "bad_utf8" << "UTF-8" << QString();
        QTest::addRow("overlong slash") << pre + "\xc0\xaf\"}" << "bad_utf8" << "UTF-8" << QString();
        QTest::addRow("overlong 3 bytes") << pre + "\xe0\x80\xaf\"}" << "bad_utf8" << "UTF-8" << QString();
        QTest::addRow("overlong nul") << pre + "\xc0\x80\"}" << "bad_utf8" << "UTF-8" << QString();
        QTest::addRow("lone surrogate") << pre + "\xed\xa0\x80\"}" << "bad_utf8" << "UTF-8" << QString();
        QTest::addRow("above U+10FFFF") << pre + "\xf4\x90\x80\x80\"}" << "bad_utf8" << "UTF-8" << QString();
        QTest::addRow("escaped lone surrogate") << pre + "\\ud800\"}" << "bad_utf8" << "text" << "a";
        QTest::addRow("empty") << QByteArray() << "bad_json" << "JSON" << QString();
        QTest::addRow("truncated json") << j("{'type':'addCard','id':'a'") << "bad_json" << "JSON"
                                        << QString();
        QTest::addRow("trailing garbage") << j("{'type':'ping'} x") << "bad_json" << "JSON" << QString();
        QTest::addRow("array at top") << j("[{'type':'ping'}]") << "bad_json" << "object" << QString();
        QTest::addRow("string at top") << j("'ping'") << "bad_json" << "JSON" << QString();
        QTest::addRow("10000 deep") << nested(10000) << "too_deep" << "deeper" << QString();
        QTest::addRow("10000 open") << QByteArray(10000, '[') << "too_deep" << "deeper" << QString();
        QTest::addRow("10000 objects") << QByteArray("{\"a\":").repeated(10000) << "too_deep" << "deeper" << QString();
        QTest::addRow("depth 7") << j("{'type':'vote','id':'v','a':[[[[[['x']]]]]]}") << "too_deep"
                                 << "deeper" << QString();
        QTest::addRow("deep after escaped backslash") << j("{'type':'addCard','id':'a','t':'\\\\','x':[[[[[[1]]]]]]}")
                                                      << "too_deep" << "deeper" << QString();
        QTest::addRow("no type") << j("{'id':'a'}") << "bad_field" << "type" << QString();
        QTest::addRow("type number") << j("{'type':3,'id':'a'}") << "bad_field" << "type" << QString();
        QTest::addRow("type empty") << j("{'type':'','id':'a'}") << "bad_field" << "type" << QString();
        QTest::addRow("id number") << j("{'type':'addCard','id':5}") << "bad_field" << "id" << QString();
        QTest::addRow("id empty") << j("{'type':'addCard','id':''}") << "bad_field" << "id" << QString();
        QTest::addRow("id too long") << j("{'type':'addCard','id':'") + QByteArray(65, 'i') + "\"}"
                                     << "bad_field" << "id" << QString();
        QTest::addRow("command without id") << j("{'type':'addCard','text':'x'}") << "bad_field" << "id"
                                            << QString();
        QTest::addRow("leave without id") << j("{'type':'leave'}") << "bad_field" << "id" << QString();
        QTest::addRow("unknown type") << j("{'type':'dropTables','id':'u1'}") << "unknown_type" << "type"
                                      << "u1";
        QTest::addRow("unknown type no id") << j("{'type':'hello'}") << "unknown_type" << "type"
                                            << QString();
        QTest::addRow("wrong version") << j("{'type':'join','v':2,'pin':'1'}") << "bad_version" << "v"
                                       << QString();
        QTest::addRow("fractional version") << j("{'type':'join','v':1.5,'pin':'1'}") << "bad_version"
                                            << "v" << QString();
        QTest::addRow("version string") << j("{'type':'join','v':'1','pin':'1'}") << "bad_version" << "v"
                                        << QString();
        QTest::addRow("no version") << j("{'type':'join','pin':'1','id':'j'}") << "bad_version" << "v"
                                    << "j";
        QTest::addRow("pin number") << j("{'type':'join','v':1,'pin':1234}") << "bad_field" << "pin"
                                    << QString();
        QTest::addRow("no pin") << j("{'type':'join','v':1}") << "bad_field" << "pin" << QString();
        QTest::addRow("resume number") << j("{'type':'join','v':1,'pin':'1','resume':7}") << "bad_field"
                                       << "resume" << QString();
        QTest::addRow("role null") << j("{'type':'join','v':1,'pin':'1','role':null}") << "bad_field"
                                   << "role" << QString();
        QTest::addRow("facilitatorPin bool") << j("{'type':'join','v':1,'pin':'1','facilitatorPin':true}")
                                             << "bad_field" << "facilitatorPin" << QString();
        const QByteArray longText(proto::MaxTextLength + 1, 'a');
        QTest::addRow("text 2001") << pre + longText + "\"}" << "bad_field" << "text" << "a";
        QTest::addRow("nested text 2001") << j("{'type':'addCard','id':'a','x':{'deep':['") + longText
                + "\"]}}" << "bad_field" << "x.deep[0]" << "a";
        QTest::addRow("long key") << j("{'type':'addCard','id':'a','") + longText + "\":1}"
                                  << "bad_field" << "aaaa" << "a";
        QTest::addRow("long pin") << j("{'type':'join','v':1,'pin':'") + longText + "\"}" << "bad_field"
                                  << "pin" << QString();
    }

    void malformedClientMessages()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QString, id);
        const proto::Decoded d = proto::decodeClient(wire, Commands);
        QVERIFY(!d.ok());
        QCOMPARE(d.error.code, code);
        QCOMPARE(d.error.id, id);
        QVERIFY2(d.error.message.contains(field), qPrintable(d.error.message));
        // One plain sentence, short enough to show, never the whole input back.
        QVERIFY(d.error.message.endsWith(QLatin1Char('.')));
        QVERIFY2(d.error.message.size() < 200, qPrintable(d.error.message));
        // The error itself encodes to a valid server message.
        QString error;
        QVERIFY2(proto::decodeServer(proto::error(d.error.id, d.error.code, d.error.message), &error).has_value(),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
