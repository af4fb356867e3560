// Loading and checking the protocol schema. A typo in the schema (a key the
// generator does not know, a limit that does not exist, a command listed
// twice) stops the build with the place named, rather than generating
// something quietly wrong.
#include "schema.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace protocolgen {

namespace {

const QSet<QString> FieldKeys{"name", "const", "type", "min", "max", "notZero", "minLength", "maxLength", "empty",
                              "values", "required", "nullable", "doc", "fields", "keys", "items", "maxItems",
                              "example", "shape"};
const QSet<QString> Types{"string", "int", "bool", "object", "array", "any"};

struct Checker {
    Schema &s;
    QStringList problems;
    QSet<QString> keys;

    void fail(const QString &where, const QString &what) { problems.append(where + QStringLiteral(": ") + what); }

    void only(const QJsonObject &o, const QSet<QString> &allowed, const QString &where)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                fail(where, QStringLiteral("unknown key \"%1\"").arg(it.key()));
    }

    void number(const QJsonValue &v, const QString &where)
    {
        if (v.isUndefined() || v.isDouble())
            return;
        QString name = v.toString();
        if (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        if (!v.isString() || !s.limits.contains(name))
            fail(where, QStringLiteral("\"%1\" is neither a number nor a limit").arg(v.toString()));
    }

    // A type: a field without its name (array items, object members by key).
    void type(const QJsonObject &t, const QString &where)
    {
        only(t, FieldKeys, where);
        const QString kind = t.value(QLatin1String("type")).toString();
        if (!Types.contains(kind))
            fail(where, QStringLiteral("unknown type \"%1\"").arg(kind));
        for (const char *n : {"min", "max", "minLength", "maxLength", "maxItems"})
            number(t.value(QLatin1String(n)), where + QLatin1Char('.') + QLatin1String(n));
        if (t.contains(QLatin1String("fields")))
            fields(t.value(QLatin1String("fields")).toArray(), where);
        if (t.contains(QLatin1String("keys")))
            type(t.value(QLatin1String("keys")).toObject(), where + QStringLiteral(".keys"));
        if (t.contains(QLatin1String("items")))
            type(t.value(QLatin1String("items")).toObject(), where + QStringLiteral(".items"));
        if (kind == QLatin1String("array") && !t.contains(QLatin1String("items")))
            fail(where, QStringLiteral("an array needs items"));
    }

    void fields(const QJsonArray &list, const QString &where)
    {
        QSet<QString> seen;
        for (const QJsonValue &v : list) {
            const QJsonObject f = v.toObject();
            const QString name = f.value(QLatin1String("name")).toString();
            const QString here = where + QLatin1Char('.') + name;
            if (name.isEmpty())
                fail(where, QStringLiteral("a field without a name"));
            if (seen.contains(name))
                fail(here, QStringLiteral("listed twice"));
            seen.insert(name);
            keys.insert(name);
            if (f.contains(QLatin1String("const"))) {
                const QString c = f.value(QLatin1String("const")).toString();
                if (s.constOf.contains(name) && s.constOf.value(name) != c)
                    fail(here, QStringLiteral("two constant names"));
                s.constOf.insert(name, c);
            }
            type(f, here);
        }
    }

    void unique(const QJsonArray &list, const char *key, const QString &where)
    {
        QSet<QString> seen;
        for (const QJsonValue &v : list) {
            const QJsonValue k = v.toObject().value(QLatin1String(key));
            const QString name = k.isDouble() ? QString::number(k.toInt()) : k.toString();
            if (seen.contains(name))
                fail(where, QStringLiteral("\"%1\" is listed twice").arg(name));
            seen.insert(name);
        }
    }

    void commands()
    {
        const QSet<QString> activities = [&] {
            QSet<QString> a;
            for (const QJsonValue &v : s.array("activities"))
                a.insert(v.toString());
            return a;
        }();
        for (const QJsonValue &v : s.array("commands")) {
            const QJsonObject c = v.toObject();
            const QString where = QStringLiteral("commands.") + c.value(QLatin1String("type")).toString();
            only(c, {"type", "who", "whoDoc", "activity", "activityDoc", "anyPhase", "handler", "fields", "fieldsDoc",
                     "anyOf", "result", "resultDoc", "doc"},
                 where);
            if (!c.contains(QLatin1String("who")) || c.value(QLatin1String("who")).toArray().isEmpty())
                fail(where, QStringLiteral("who may send it?"));
            for (const QJsonValue &w : c.value(QLatin1String("who")).toArray())
                if (!QStringList{"F", "P", "C"}.contains(w.toString()))
                    fail(where, QStringLiteral("who is F, P or C, not \"%1\"").arg(w.toString()));
            const QJsonValue activity = c.value(QLatin1String("activity"));
            if (!activity.isNull() && !activities.contains(activity.toString()))
                fail(where, QStringLiteral("activity is null or one of \"activities\""));
            const QString handler = c.value(QLatin1String("handler")).toString(QStringLiteral("engine"));
            if (handler != QLatin1String("engine") && handler != QLatin1String("kiosk"))
                fail(where, QStringLiteral("handler is engine or kiosk"));
            fields(c.value(QLatin1String("fields")).toArray(), where);
            fields(c.value(QLatin1String("result")).toArray(), where + QStringLiteral(".result"));
        }
        unique(s.array("commands"), "type", QStringLiteral("commands"));
    }
};

} // namespace

qint64 Schema::number(const QJsonValue &v) const
{
    if (v.isDouble())
        return qint64(v.toDouble());
    QString name = v.toString();
    const bool negative = name.startsWith(QLatin1Char('-'));
    if (negative)
        name.remove(0, 1);
    return negative ? -limits.value(name) : limits.value(name);
}

QString Schema::numberText(const QJsonValue &v) const
{
    const qint64 n = number(v);
    return n < 0 ? QStringLiteral("−%1").arg(-n) : QString::number(n);
}

QString upperFirst(const QString &s)
{
    return s.isEmpty() ? s : s.at(0).toUpper() + s.mid(1);
}

QString Schema::constName(const QString &wire) const
{
    if (constOf.contains(wire))
        return constOf.value(wire);
    QString out;
    for (const QString &part : wire.split(QLatin1Char('_'), Qt::SkipEmptyParts))
        out += upperFirst(part);
    return out;
}

QStringList messageTypes(const Schema &s, const char *list)
{
    QStringList out;
    for (const QJsonValue &v : s.array(list))
        out.append(v.toObject().value(QLatin1String("type")).toString());
    return out;
}

QStringList commandTypes(const Schema &s)
{
    return messageTypes(s, "commands");
}

QStringList sectionNames(const Schema &s)
{
    QStringList out;
    for (const QJsonValue &v : s.array("sections"))
        out.append(v.toObject().value(QLatin1String("name")).toString());
    return out;
}

QStringList errorCodes(const Schema &s, bool withClientCodes)
{
    QStringList out;
    for (const QJsonValue &v : s.array("errors"))
        out.append(v.toObject().value(QLatin1String("code")).toString());
    if (withClientCodes)
        for (const QJsonValue &v : s.array("clientCodes"))
            out.append(v.toObject().value(QLatin1String("code")).toString());
    return out;
}

Schema loadSchema(const QString &path)
{
    Schema s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        s.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return s;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        s.error = QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                          .arg(path, parseError.errorString())
                          .arg(parseError.offset);
        return s;
    }
    s.root = doc.object();
    Checker c{s, {}, {QStringLiteral("type"), QStringLiteral("id")}};
    c.only(s.root, {"$comment", "version", "defaultPort", "limits", "roles", "activities", "client", "commands", "kiosk",
                    "patch", "sections", "errors", "clientCodes", "closeCodes", "beacon"},
           QStringLiteral("schema"));
    for (const QJsonValue &v : s.array("limits")) {
        const QJsonObject l = v.toObject();
        c.only(l, {"name", "value", "doc"}, QStringLiteral("limits"));
        s.limits.insert(l.value(QLatin1String("name")).toString(), qint64(l.value(QLatin1String("value")).toDouble()));
    }
    c.unique(s.array("limits"), "name", QStringLiteral("limits"));
    for (const char *list : {"client", "kiosk"}) {
        for (const QJsonValue &v : s.array(list)) {
            const QJsonObject m = v.toObject();
            const QString where = QLatin1String(list) + QLatin1Char('.') + m.value(QLatin1String("type")).toString();
            c.only(m, {"type", "fields", "doc"}, where);
            c.fields(m.value(QLatin1String("fields")).toArray(), where);
        }
        c.unique(s.array(list), "type", QLatin1String(list));
    }
    c.commands();
    for (const QJsonValue &v : s.array("sections")) {
        const QJsonObject sec = v.toObject();
        const QString where = QStringLiteral("sections.") + sec.value(QLatin1String("name")).toString();
        c.only(sec, {"name", "audience", "patched", "type", "doc"}, where);
        c.type(sec.value(QLatin1String("type")).toObject(), where);
    }
    c.unique(s.array("sections"), "name", QStringLiteral("sections"));
    for (const char *list : {"errors", "clientCodes"}) {
        for (const QJsonValue &v : s.array(list)) {
            const QJsonObject e = v.toObject();
            c.only(e, {"code", "doc", "join"}, QLatin1String(list));
            const QString join = e.value(QLatin1String("join")).toString();
            if (!join.isEmpty() && join != QLatin1String("stop") && join != QLatin1String("rejoin"))
                c.fail(QLatin1String(list), QStringLiteral("join is stop or rejoin"));
        }
    }
    QJsonArray allCodes = s.array("errors");
    for (const QJsonValue &v : s.array("clientCodes"))
        allCodes.append(v);
    c.unique(allCodes, "code", QStringLiteral("errors"));
    c.unique(s.array("closeCodes"), "name", QStringLiteral("closeCodes"));
    for (const QJsonValue &v : s.array("closeCodes"))
        c.only(v.toObject(), {"code", "name", "when"}, QStringLiteral("closeCodes"));
    const QJsonObject patch = s.root.value(QLatin1String("patch")).toObject();
    c.only(patch, {"doc", "fields"}, QStringLiteral("patch"));
    c.fields(patch.value(QLatin1String("fields")).toArray(), QStringLiteral("patch"));
    const QJsonObject beacon = s.root.value(QLatin1String("beacon")).toObject();
    c.only(beacon, {"port", "intervalMs", "maxBytes", "maxNameChars", "magic", "version", "fields"}, QStringLiteral("beacon"));
    c.fields(beacon.value(QLatin1String("fields")).toArray(), QStringLiteral("beacon"));

    // Two wire names must not share a constant.
    QMap<QString, QString> wireOf;
    for (const QString &k : std::as_const(c.keys)) {
        const QString name = s.constName(k);
        if (wireOf.contains(name))
            c.fail(QStringLiteral("keys"), QStringLiteral("\"%1\" and \"%2\" would both be %3").arg(wireOf.value(name), k, name));
        wireOf.insert(name, k);
    }
    s.keys = QStringList(c.keys.cbegin(), c.keys.cend());
    s.keys.sort();
    if (!c.problems.isEmpty())
        s.error = path + QStringLiteral(":\n  ") + c.problems.join(QStringLiteral("\n  "));
    return s;
}

} // namespace protocolgen
