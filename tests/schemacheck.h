// SchemaCheck: whether a JSON value is what shared/protocol/schema.json says
// (types, required fields, no undeclared keys, lengths, ranges, values). The
// schema's own reading, at run time, independent of the generated code:
// tst_protocol_schema holds every recorded message against it.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace flipover::test {

class SchemaCheck
{
public:
    bool load(QString *error)
    {
        QFile f(QStringLiteral(FLIPOVER_SOURCE_DIR "/shared/protocol/schema.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return false;
        }
        root = QJsonDocument::fromJson(f.readAll()).object();
        for (const QJsonValue &l : root.value(QLatin1String("limits")).toArray())
            m_limits.insert(l[QLatin1String("name")].toString(), qint64(l[QLatin1String("value")].toDouble()));
        return !root.isEmpty();
    }

    QJsonObject root;

    // The entry of a list ("client", "kiosk", "commands", "sections") by its name.
    QJsonObject entry(const char *list, const QString &name) const
    {
        const QLatin1String key(qstrcmp(list, "sections") == 0 ? "name" : "type");
        for (const QJsonValue &v : root.value(QLatin1String(list)).toArray())
            if (v[key].toString() == name)
                return v.toObject();
        return {};
    }
    QStringList names(const char *list, const char *key) const
    {
        QStringList out;
        for (const QJsonValue &v : root.value(QLatin1String(list)).toArray())
            out.append(v[QLatin1String(key)].toString());
        return out;
    }

    // Empty when `v` is a value of `type`, else the first problem. fromClient:
    // texts are trimmed before they count as empty (the kiosk trims them).
    QString check(const QJsonObject &type, const QJsonValue &v, const QString &path, bool fromClient) const
    {
        const QString kind = type.value(QLatin1String("type")).toString();
        if (v.isNull() && type.value(QLatin1String("nullable")).toBool())
            return {};
        if (kind == QLatin1String("any"))
            return {};
        if (kind == QLatin1String("bool"))
            return v.isBool() ? QString() : path + QStringLiteral(" is not true/false");
        if (kind == QLatin1String("int")) {
            const double d = v.toDouble();
            if (!v.isDouble() || std::floor(d) != d)
                return path + QStringLiteral(" is not a whole number");
            if ((type.contains(QLatin1String("min")) && d < number(type[QLatin1String("min")]))
                || (type.contains(QLatin1String("max")) && d > number(type[QLatin1String("max")])))
                return path + QStringLiteral(" is out of range");
            if (type.value(QLatin1String("notZero")).toBool() && d == 0)
                return path + QStringLiteral(" is 0");
            return {};
        }
        if (kind == QLatin1String("string"))
            return checkString(type, v, path, fromClient);
        if (kind == QLatin1String("array")) {
            if (!v.isArray())
                return path + QStringLiteral(" is not a list");
            const QJsonArray a = v.toArray();
            if (type.contains(QLatin1String("maxItems")) && a.size() > number(type[QLatin1String("maxItems")]))
                return path + QStringLiteral(" has too many items");
            for (qsizetype i = 0; i < a.size(); ++i)
                if (QString p = check(type[QLatin1String("items")].toObject(), a.at(i),
                                      QStringLiteral("%1[%2]").arg(path).arg(i), fromClient);
                    !p.isEmpty())
                    return p;
            return {};
        }
        if (!v.isObject())
            return path + QStringLiteral(" is not an object");
        if (type.contains(QLatin1String("keys"))) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                if (QString p = check(type[QLatin1String("keys")].toObject(), it.value(), path + QLatin1Char('.') + it.key(), fromClient);
                    !p.isEmpty())
                    return p;
            return {};
        }
        if (!type.contains(QLatin1String("fields")))
            return {};
        return fields(type[QLatin1String("fields")].toArray(), v.toObject(), path, fromClient);
    }

    // An object against a list of fields: each required one there, each
    // there valid, nothing undeclared (except the `allowed` keys).
    QString fields(const QJsonArray &list, const QJsonObject &o, const QString &path, bool fromClient,
                   const QStringList &allowed = {}) const
    {
        QStringList declared = allowed;
        for (const QJsonValue &fv : list) {
            const QJsonObject f = fv.toObject();
            const QString name = f[QLatin1String("name")].toString();
            declared.append(name);
            if (!o.contains(name)) {
                if (f.value(QLatin1String("required")).toBool(true))
                    return path + QLatin1Char('.') + name + QStringLiteral(" is missing");
                continue;
            }
            if (QString p = check(f, o.value(name), path + QLatin1Char('.') + name, fromClient); !p.isEmpty())
                return p;
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!declared.contains(it.key()))
                return path + QLatin1Char('.') + it.key() + QStringLiteral(" is not in the schema");
        return {};
    }

private:
    qint64 number(const QJsonValue &v) const
    {
        if (v.isDouble())
            return qint64(v.toDouble());
        const QString name = v.toString();
        return name.startsWith(QLatin1Char('-')) ? -m_limits.value(name.mid(1)) : m_limits.value(name);
    }

    QString checkString(const QJsonObject &type, const QJsonValue &v, const QString &path, bool fromClient) const
    {
        if (!v.isString())
            return path + QStringLiteral(" is not a string");
        const QString s = v.toString();
        const QString counted = fromClient ? s.trimmed() : s;
        if (counted.isEmpty())
            return type.value(QLatin1String("empty")).toBool() ? QString() : path + QStringLiteral(" is empty");
        if (type.contains(QLatin1String("values"))) {
            bool found = false;
            for (const QJsonValue &allowed : type[QLatin1String("values")].toArray())
                found = found || allowed.toString() == s;
            if (!found)
                return path + QStringLiteral(" is not one of its values");
        }
        const qsizetype length = s.toUcs4().size();
        const qint64 max = type.contains(QLatin1String("maxLength")) ? number(type[QLatin1String("maxLength")])
                                                                     : m_limits.value(QStringLiteral("MaxTextLength"));
        if (length > max || (type.contains(QLatin1String("minLength")) && length < number(type[QLatin1String("minLength")])))
            return path + QStringLiteral(" has the wrong length");
        return {};
    }

    QHash<QString, qint64> m_limits;
};

} // namespace flipover::test
