// The code flipover-protocolgen writes: protocolnames.h for the C++ side
// (constants, and the command table the engine takes who and activity from)
// and web/protocol.js for the browser (the same names, codes and limits).
#include "writers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace protocolgen {

namespace {

const QString Banner = QStringLiteral(
        "Generated from shared/protocol/schema.json by flipover-protocolgen: do not edit.\n"
        "Change the schema; docs/protocol.md's tables, protocolnames.h and web/protocol.js follow from it.");

QString comment(const QString &text, const QString &prefix)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += prefix + line + QLatin1Char('\n');
    return out;
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// name -> wire name, for one namespace/object of names.
struct NameList {
    const char *cppNamespace;
    const char *jsObject;
    QString doc;
    QStringList wire;
};

QList<NameList> nameLists(const Schema &s)
{
    QStringList roles, activities;
    for (const QJsonValue &v : s.array("roles"))
        roles.append(v.toObject().value(QLatin1String("name")).toString());
    for (const QJsonValue &v : s.array("activities"))
        activities.append(v.toString());
    return {
        {"msg", "MSG", QStringLiteral("Message types that are not commands: client -> kiosk, then kiosk -> client."),
         messageTypes(s, "client") + messageTypes(s, "kiosk")},
        {"cmd", "CMD", QStringLiteral("Commands (docs/protocol.md, \"Commands\")."), commandTypes(s)},
        {"key", "KEY", QStringLiteral("Every JSON key of a message, a command, a result or a section."), s.keys},
        {"section", "SECTION", QStringLiteral("Sections of a snapshot's state."), sectionNames(s)},
        {"code", "ERR",
         QStringLiteral("Error codes: the kiosk's, then those clients report themselves (never on the wire)."),
         errorCodes(s, true)},
        {"role", "ROLE", QStringLiteral("Roles, as `joined` and `mine` name them."), roles},
        {"activity", "ACTIVITY", QStringLiteral("Activities a phase enables (docs/formats.md)."), activities},
    };
}

QStringList joinCodes(const Schema &s, const QString &what)
{
    QStringList out;
    for (const QJsonValue &v : s.array("errors"))
        if (v.toObject().value(QLatin1String("join")).toString() == what)
            out.append(v.toObject().value(QLatin1String("code")).toString());
    return out;
}

QStringList patchedSections(const Schema &s)
{
    QStringList out;
    for (const QJsonValue &v : s.array("sections"))
        if (v.toObject().value(QLatin1String("patched")).toBool())
            out.append(v.toObject().value(QLatin1String("name")).toString());
    return out;
}

QString whoMask(const QJsonArray &who)
{
    QStringList parts;
    for (const QJsonValue &w : who)
        parts.append(w.toString() == QLatin1String("F")   ? QStringLiteral("who::Facilitator")
                     : w.toString() == QLatin1String("P") ? QStringLiteral("who::Participant")
                                                          : QStringLiteral("who::CaseOwner"));
    return parts.join(QStringLiteral(" | "));
}

} // namespace

QString cppHeader(const Schema &s)
{
    QString o = comment(Banner, QStringLiteral("// "));
    o += QStringLiteral("#pragma once\n\n#include <QLatin1String>\n#include <QtGlobal>\n\n"
                        "namespace flipover::protocol {\n\n");
    o += QStringLiteral(
            "// A name on the wire: a QLatin1String that also converts to const char *, so\n"
            "// it goes wherever the code took a string literal.\n"
            "struct WireName : QLatin1String {\n"
            "    constexpr explicit WireName(const char *s) noexcept : QLatin1String(s) {}\n"
            "    constexpr operator const char *() const noexcept { return data(); }\n"
            "};\n\n");
    o += QStringLiteral("constexpr int Version = %1;\nconstexpr quint16 DefaultPort = %2;\n\n")
                 .arg(s.root.value(QLatin1String("version")).toInt())
                 .arg(s.root.value(QLatin1String("defaultPort")).toInt());
    for (const QJsonValue &v : s.array("limits")) {
        const QJsonObject l = v.toObject();
        o += QStringLiteral("// %1\nconstexpr int %2 = %3;\n")
                     .arg(l.value(QLatin1String("doc")).toString(), l.value(QLatin1String("name")).toString())
                     .arg(qint64(l.value(QLatin1String("value")).toDouble()));
    }
    for (const NameList &list : nameLists(s)) {
        o += QStringLiteral("\n// %1\nnamespace %2 {\n").arg(list.doc, QLatin1String(list.cppNamespace));
        for (const QString &w : list.wire)
            o += QStringLiteral("inline constexpr WireName %1{\"%2\"};\n").arg(s.constName(w), w);
        o += QStringLiteral("} // namespace %1\n").arg(QLatin1String(list.cppNamespace));
    }
    o += QStringLiteral("\n// WebSocket close codes the kiosk uses.\nnamespace closecode {\n");
    for (const QJsonValue &v : s.array("closeCodes")) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("code")).isDouble())
            o += QStringLiteral("constexpr int %1 = %2;\n")
                         .arg(upperFirst(c.value(QLatin1String("name")).toString()))
                         .arg(c.value(QLatin1String("code")).toInt());
    }
    o += QStringLiteral("} // namespace closecode\n");

    const QJsonObject beacon = s.root.value(QLatin1String("beacon")).toObject();
    o += QStringLiteral("\n// The discovery beacon (UDP).\nnamespace beacon {\n"
                        "constexpr quint16 Port = %1;\nconstexpr int IntervalMs = %2;\nconstexpr int MaxBytes = %3;\n"
                        "constexpr int MaxNameChars = %4;\ninline constexpr WireName Magic{\"%5\"};\n"
                        "constexpr int Version = %6;\n} // namespace beacon\n")
                 .arg(beacon.value(QLatin1String("port")).toInt())
                 .arg(beacon.value(QLatin1String("intervalMs")).toInt())
                 .arg(beacon.value(QLatin1String("maxBytes")).toInt())
                 .arg(beacon.value(QLatin1String("maxNameChars")).toInt())
                 .arg(beacon.value(QLatin1String("magic")).toString())
                 .arg(beacon.value(QLatin1String("version")).toInt());

    o += QStringLiteral("\n// Join refusals no retry can fix (the user has to act), and those that mean\n"
                        "// \"join afresh, without the token\".\n");
    for (const auto &[name, what] : {std::pair{"JoinStopCodes", "stop"}, std::pair{"JoinAfreshCodes", "rejoin"}}) {
        QStringList items;
        for (const QString &c : joinCodes(s, QLatin1String(what)))
            items.append(QStringLiteral("code::") + s.constName(c));
        o += QStringLiteral("inline constexpr WireName %1[] = {%2};\n").arg(QLatin1String(name), items.join(QStringLiteral(", ")));
    }
    QStringList patched;
    for (const QString &p : patchedSections(s))
        patched.append(QStringLiteral("section::") + s.constName(p));
    o += QStringLiteral("// Sections an update sends as patches (the others go whole).\n"
                        "inline constexpr WireName PatchedSections[] = {%1};\n")
                 .arg(patched.join(QStringLiteral(", ")));

    o += QStringLiteral(
            "\n// Who may send a command (the engine's capability bits).\n"
            "namespace who {\nconstexpr int Facilitator = 2;\nconstexpr int Participant = 4;\nconstexpr int CaseOwner = 8;\n"
            "} // namespace who\n\n"
            "// Every command: who may send it, the activity the current phase must enable\n"
            "// (nullptr: none), whether a facilitator may send it in any phase, and\n"
            "// whether the kiosk answers it itself instead of the engine.\n"
            "struct CommandInfo {\n    WireName type;\n    int who;\n    const char *activity;\n    bool anyPhase;\n"
            "    bool kiosk;\n};\n\ninline constexpr CommandInfo Commands[] = {\n");
    for (const QJsonValue &v : s.array("commands")) {
        const QJsonObject c = v.toObject();
        const QJsonValue activity = c.value(QLatin1String("activity"));
        o += QStringLiteral("    {cmd::%1, %2, %3, %4, %5},\n")
                     .arg(s.constName(c.value(QLatin1String("type")).toString()),
                          whoMask(c.value(QLatin1String("who")).toArray()),
                          activity.isString() ? quoted(activity.toString()) : QStringLiteral("nullptr"),
                          c.value(QLatin1String("anyPhase")).toBool() ? QStringLiteral("true") : QStringLiteral("false"),
                          c.value(QLatin1String("handler")).toString() == QLatin1String("kiosk") ? QStringLiteral("true")
                                                                                                 : QStringLiteral("false"));
    }
    o += QStringLiteral("};\n\n} // namespace flipover::protocol\n");
    return o;
}

QString jsModule(const Schema &s)
{
    QString o = comment(Banner, QStringLiteral("// "));
    o += QStringLiteral("// The names are those of the C++ constants (protocolnames.h): MSG.Joined is\n"
                        "// protocol::msg::Joined, ERR.BadPin is protocol::code::BadPin.\n\n");
    o += QStringLiteral("export const VERSION = %1;\n\n").arg(s.root.value(QLatin1String("version")).toInt());
    o += QStringLiteral("export const LIMITS = Object.freeze({\n");
    for (const QJsonValue &v : s.array("limits")) {
        const QJsonObject l = v.toObject();
        o += QStringLiteral("    %1: %2,\n")
                     .arg(l.value(QLatin1String("name")).toString())
                     .arg(qint64(l.value(QLatin1String("value")).toDouble()));
    }
    o += QStringLiteral("});\n");
    for (const NameList &list : nameLists(s)) {
        o += QStringLiteral("\n// %1\nexport const %2 = Object.freeze({\n").arg(list.doc, QLatin1String(list.jsObject));
        for (const QString &w : list.wire)
            o += QStringLiteral("    %1: \"%2\",\n").arg(s.constName(w), w);
        o += QStringLiteral("});\n");
    }
    o += QStringLiteral("\nexport const CLOSE = Object.freeze({\n");
    for (const QJsonValue &v : s.array("closeCodes")) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("code")).isDouble())
            o += QStringLiteral("    %1: %2,\n")
                         .arg(upperFirst(c.value(QLatin1String("name")).toString()))
                         .arg(c.value(QLatin1String("code")).toInt());
    }
    o += QStringLiteral("});\n");
    const auto list = [&](const QStringList &wire, const char *prefix) {
        QStringList items;
        for (const QString &w : wire)
            items.append(QLatin1String(prefix) + s.constName(w));
        return items.join(QStringLiteral(", "));
    };
    o += QStringLiteral("\n// Join refusals no retry can fix, and those that mean \"join afresh\".\n"
                        "export const JOIN_STOP_CODES = Object.freeze([%1]);\n"
                        "export const JOIN_AFRESH_CODES = Object.freeze([%2]);\n"
                        "// Sections an update sends as patches.\n"
                        "export const PATCHED_SECTIONS = Object.freeze([%3]);\n")
                 .arg(list(joinCodes(s, QStringLiteral("stop")), "ERR."),
                      list(joinCodes(s, QStringLiteral("rejoin")), "ERR."), list(patchedSections(s), "SECTION."));
    return o;
}

} // namespace protocolgen
