// shared/protocol/schema.json against the code that speaks the protocol:
// - the engine has a handler for every command of the schema and no other,
//   and its sections are the schema's;
// - every error code written in the engine, the projections, the codec and
//   the kiosk's server is one of the schema's;
// - every message of every transcript (tests/data/transcripts, what the kiosk
//   really sends) is what the schema says: each kiosk message, its fields, an
//   ack's result as the command's result, each section of a snapshot or an
//   update and each patch, for each audience (solutions only to
//   facilitators, mine never to a wall); a client message the schema refuses
//   is never acked; an error's code is in the schema;
// - the transcripts use every engine command and every kiosk message type.
// The tables of docs/protocol.md and web/protocol.js are checked by
// tst_protocol_generated (flipover-protocolgen --check).
#include "engine.h"
#include "protocol.h"
#include "schemacheck.h"
#include "transcript.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;
namespace tr = flipover::test::transcript;

namespace {

// Codes a message the schema refuses may be answered with: the field checks,
// and what the kiosk checks before them (the join, the role, the phase).
const QStringList RefusedBeforeOrForFields{
        QStringLiteral("bad_field"), QStringLiteral("bad_version"), QStringLiteral("unknown_type"),
        QStringLiteral("bad_json"), QStringLiteral("too_deep"), QStringLiteral("invalid"),
        QStringLiteral("not_joined"), QStringLiteral("not_allowed"), QStringLiteral("wrong_phase"),
        QStringLiteral("not_started"), QStringLiteral("meeting_ended"), QStringLiteral("vote_not_open")};

struct Sent {
    QJsonObject message; // empty for a raw frame
    QString refused;     // why the schema refuses it, or empty
};

} // namespace

class tst_ProtocolSchema : public QObject
{
    Q_OBJECT

    SchemaCheck m_schema;

    QString commandProblem(const QJsonObject &m) const
    {
        const QString type = m.value(protocol::key::Type).toString();
        if (type == protocol::msg::Join || type == protocol::msg::Ping) {
            const QJsonObject c = m_schema.entry("client", type);
            return m_schema.fields(c[QLatin1String("fields")].toArray(), m, QStringLiteral("$"), true, {QStringLiteral("type")});
        }
        const QJsonObject c = m_schema.entry("commands", type);
        if (c.isEmpty())
            return QStringLiteral("no such type");
        if (!m.value(protocol::key::Id).isString())
            return QStringLiteral("no id");
        if (const QJsonArray anyOf = c[QLatin1String("anyOf")].toArray(); !anyOf.isEmpty()
            && std::none_of(anyOf.begin(), anyOf.end(), [&](const QJsonValue &k) { return m.contains(k.toString()); }))
            return QStringLiteral("none of its anyOf fields");
        return m_schema.fields(c[QLatin1String("fields")].toArray(), m, QStringLiteral("$"), true,
                               {QStringLiteral("type"), QStringLiteral("id")});
    }

    // A patch of a list section: remove, set (whole items), order.
    QString listPatchProblem(const QJsonObject &itemType, const QJsonValue &p, const QString &path) const
    {
        const QJsonObject patchSchema = m_schema.root[QLatin1String("patch")].toObject();
        QJsonArray fields = patchSchema[QLatin1String("fields")].toArray();
        for (qsizetype i = 0; i < fields.size(); ++i)
            if (fields[i][QLatin1String("name")].toString() == QLatin1String("set")) {
                QJsonObject set = fields[i].toObject();
                set.insert(QStringLiteral("items"), itemType);
                fields[i] = set;
            }
        return p.isObject() ? m_schema.fields(fields, p.toObject(), path, false) : path + QStringLiteral(" is not a patch");
    }

    QString patchProblem(const QString &section, const QJsonValue &p, const QString &path) const
    {
        const QJsonObject type = m_schema.entry("sections", section)[QLatin1String("type")].toObject();
        if (!m_schema.entry("sections", section)[QLatin1String("patched")].toBool())
            return path + QStringLiteral(" is not a patched section");
        if (type[QLatin1String("type")].toString() == QLatin1String("array"))
            return listPatchProblem(type[QLatin1String("items")].toObject(), p, path);
        // The vote: the fields that changed, whole; tallies whole or as a list patch.
        const QJsonObject fields = p.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QJsonObject field;
            for (const QJsonValue &f : type[QLatin1String("fields")].toArray())
                if (f[QLatin1String("name")].toString() == it.key())
                    field = f.toObject();
            if (field.isEmpty())
                return path + QLatin1Char('.') + it.key() + QStringLiteral(" is not in the schema");
            const QString here = path + QLatin1Char('.') + it.key();
            const QString problem = it.value().isObject()
                                            ? listPatchProblem(field[QLatin1String("items")].toObject(), it.value(), here)
                                            : m_schema.check(field, it.value(), here, false);
            if (!problem.isEmpty())
                return problem;
        }
        return {};
    }

    // Sections of a snapshot or update, as this role may see them.
    QString sectionsProblem(const QJsonObject &sections, const QString &role, const QString &path) const
    {
        for (auto it = sections.begin(); it != sections.end(); ++it) {
            const QJsonObject s = m_schema.entry("sections", it.key());
            if (s.isEmpty())
                return path + QLatin1Char('.') + it.key() + QStringLiteral(" is not a section");
            const QString audience = s[QLatin1String("audience")].toString();
            if ((audience == QLatin1String("facilitator") && role != protocol::role::Facilitator)
                || (audience == QLatin1String("participants") && role == protocol::role::Wall))
                return path + QLatin1Char('.') + it.key() + QStringLiteral(" went to a ") + role;
            if (QString p = m_schema.check(s[QLatin1String("type")].toObject(), it.value(), path + QLatin1Char('.') + it.key(), false);
                !p.isEmpty())
                return p;
        }
        return {};
    }

    QString kioskProblem(const QJsonObject &m, const QString &role) const
    {
        const QString type = m.value(protocol::key::Type).toString();
        const QJsonObject k = m_schema.entry("kiosk", type);
        if (k.isEmpty())
            return QStringLiteral("no kiosk message \"%1\"").arg(type);
        if (QString p = m_schema.fields(k[QLatin1String("fields")].toArray(), m, QStringLiteral("$"), false,
                                        {QStringLiteral("type")});
            !p.isEmpty())
            return p;
        if (type == protocol::msg::Error && !m_schema.names("errors", "code").contains(m.value(protocol::key::Code).toString()))
            return QStringLiteral("error code %1 is not in the schema").arg(m.value(protocol::key::Code).toString());
        if (type == protocol::msg::Snapshot)
            return sectionsProblem(m.value(protocol::key::State).toObject(), role, QStringLiteral("$.state"));
        if (type == protocol::msg::Update) {
            if (QString p = sectionsProblem(m.value(protocol::key::Sections).toObject(), role, QStringLiteral("$.sections")); !p.isEmpty())
                return p;
            const QJsonObject patches = m.value(protocol::key::Patch).toObject();
            for (auto it = patches.begin(); it != patches.end(); ++it)
                if (QString p = patchProblem(it.key(), it.value(), QStringLiteral("$.patch.") + it.key()); !p.isEmpty())
                    return p;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_schema.load(&error), qPrintable(error));
    }

    void engineCommandsAreTheSchemas()
    {
        QStringList schema;
        for (const QJsonValue &c : m_schema.root[QLatin1String("commands")].toArray())
            if (c[QLatin1String("handler")].toString(QStringLiteral("engine")) == QLatin1String("engine"))
                schema.append(c[QLatin1String("type")].toString());
        QStringList engine = SessionEngine::commandTypes();
        schema.sort();
        engine.sort();
        QCOMPARE(engine, schema);
    }

    void engineSectionsAreTheSchemas()
    {
        QStringList engine;
        for (Section s : allSections())
            engine.append(sectionName(s));
        QCOMPARE(engine, m_schema.names("sections", "name"));
    }

    void codesInTheSourceAreTheSchemas()
    {
        const QStringList codes = m_schema.names("errors", "code") + m_schema.names("clientCodes", "code");
        static const QRegularExpression snake(QStringLiteral("\"([a-z]+(?:_[a-z0-9]+)+)\""));
        int files = 0;
        for (const char *dir : {"shared/engine", "shared/projection", "shared/protocol", "kiosk/server", "voter/client"}) {
            QDirIterator it(QStringLiteral(FLIPOVER_SOURCE_DIR "/") + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")});
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++files;
                const QString text = QString::fromUtf8(f.readAll());
                for (const QRegularExpressionMatch &m : snake.globalMatch(text))
                    QVERIFY2(codes.contains(m.captured(1)),
                             qPrintable(QStringLiteral("%1: \"%2\" is no code of shared/protocol/schema.json").arg(f.fileName(), m.captured(1))));
            }
        }
        QVERIFY(files > 20);
    }

    void transcripts_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : tr::files())
            QTest::newRow(qPrintable(n)) << n;
    }

    void transcripts()
    {
        QFETCH(QString, name);
        QString error;
        const tr::Transcript t = tr::load(name, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, QList<Sent>> waiting; // per client: sent, not yet answered
        QHash<QString, QString> roles;
        for (qsizetype i = 0; i < t.steps.size(); ++i) {
            const tr::Step &step = t.steps.at(i);
            const QString client = step.client();
            const QString where = QStringLiteral("step %1: ").arg(i + 1);
            if (step.is("send")) {
                const QJsonObject m = step.value("send").toObject();
                waiting[client].append(Sent{m, commandProblem(m)});
            } else if (step.is("sendRaw")) {
                waiting[client].append(Sent{});
            } else if (step.is("reconnect")) {
                waiting.remove(client); // answers lost with the connection
            } else if (step.is("receive")) {
                const QJsonObject m = step.value("receive").toObject();
                const QString type = m.value(protocol::key::Type).toString();
                if (type == protocol::msg::Joined)
                    roles.insert(client, m.value(protocol::key::Role).toString());
                // A snapshot after a change of role (unlock) comes before its ack.
                const QJsonObject mine = m.value(protocol::key::State)[protocol::section::Mine].toObject();
                if (type == protocol::msg::Snapshot && mine.contains(protocol::key::Role))
                    roles.insert(client, mine.value(protocol::key::Role).toString());
                QString problem = kioskProblem(m, roles.value(client));
                QVERIFY2(problem.isEmpty(), qPrintable(where + problem));
                if (type == protocol::msg::Snapshot || type == protocol::msg::Update || type == protocol::msg::Presence)
                    continue; // not an answer
                QVERIFY2(!waiting[client].isEmpty(), qPrintable(where + QStringLiteral("an answer to nothing")));
                const Sent sent = waiting[client].takeFirst();
                if (type == protocol::msg::Ack) {
                    QVERIFY2(sent.refused.isEmpty(), qPrintable(where + QStringLiteral("acked, but the schema refuses it: ") + sent.refused));
                    const QJsonObject c = m_schema.entry("commands", sent.message.value(protocol::key::Type).toString());
                    problem = m_schema.fields(c[QLatin1String("result")].toArray(), m.value(protocol::key::Result).toObject(),
                                              QStringLiteral("$.result"), false);
                    QVERIFY2(problem.isEmpty(), qPrintable(where + problem));
                    if (c[QLatin1String("type")].toString() == protocol::cmd::Unlock)
                        roles.insert(client, protocol::role::Facilitator);
                } else if (type == protocol::msg::Error && !sent.refused.isEmpty()) {
                    QVERIFY2(RefusedBeforeOrForFields.contains(m.value(protocol::key::Code).toString()),
                             qPrintable(where + QStringLiteral("the schema refuses it (%1), the kiosk said %2")
                                                        .arg(sent.refused, m.value(protocol::key::Code).toString())));
                }
            }
        }
    }

    void transcriptsCoverTheProtocol()
    {
        QSet<QString> sent, received;
        for (const QString &name : tr::files()) {
            QString error;
            for (const tr::Step &step : tr::load(name, &error).steps) {
                sent.insert(step.value("send")[QLatin1String("type")].toString());
                received.insert(step.value("receive")[QLatin1String("type")].toString());
            }
        }
        for (const QString &c : SessionEngine::commandTypes())
            QVERIFY2(sent.contains(c), qPrintable(QStringLiteral("no transcript sends ") + c));
        for (const QString &k : m_schema.names("kiosk", "type"))
            if (k != protocol::msg::Bye) // not sent by this kiosk
                QVERIFY2(received.contains(k), qPrintable(QStringLiteral("no transcript receives ") + k));
    }
};

QTEST_GUILESS_MAIN(tst_ProtocolSchema)
#include "tst_protocol_schema.moc"
