// docs/protocol.md's tables, written from the schema. Each sits between
// <!-- schema:NAME --> and <!-- /schema:NAME --> in the document; the prose
// around them is the document's own. The words follow the document: a field's
// type and limits, then its doc in parentheses.
#include "writers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace protocolgen {

namespace {

QString code(const QString &s)
{
    return QLatin1Char('`') + s + QLatin1Char('`');
}

QString row(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString header(const QStringList &cells)
{
    QString out = row(cells) + QLatin1Char('|');
    for (qsizetype i = 0; i < cells.size(); ++i)
        out += QStringLiteral("---|");
    return out + QLatin1Char('\n');
}

QString get(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool optional(const QJsonObject &f)
{
    return f.contains(QLatin1String("required")) && !f.value(QLatin1String("required")).toBool();
}

QString valuesText(const QJsonObject &f)
{
    QStringList values;
    for (const QJsonValue &v : f.value(QLatin1String("values")).toArray())
        values.append(code(QLatin1Char('"') + v.toString() + QLatin1Char('"')));
    return values.join(QLatin1Char('/'));
}

// A command's field: `name` type words (limits; optional; doc).
QString commandField(const Schema &s, const QJsonObject &f)
{
    const QString type = get(f, "type");
    QString words;
    QStringList notes;
    if (type == QLatin1String("int")) {
        words = QStringLiteral(" int");
        if (f.contains(QLatin1String("max")))
            words += QStringLiteral(" %1…%2").arg(s.numberText(f.value(QLatin1String("min"))),
                                                  s.numberText(f.value(QLatin1String("max"))));
        if (f.value(QLatin1String("notZero")).toBool())
            words += QStringLiteral(", not 0");
    } else if (type == QLatin1String("bool")) {
        words = QStringLiteral(" bool");
    } else if (type == QLatin1String("object")) {
        words = QStringLiteral(" object");
    } else if (type == QLatin1String("array")) {
        const QJsonObject items = f.value(QLatin1String("items")).toObject();
        words = f.contains(QLatin1String("maxItems"))
                    ? QStringLiteral(" list of ≤ %1 texts").arg(s.numberText(f.value(QLatin1String("maxItems"))))
                    : QStringLiteral(" list of texts");
        if (items.contains(QLatin1String("maxLength")))
            notes.append(QStringLiteral("≤ %1 each").arg(s.numberText(items.value(QLatin1String("maxLength")))));
    } else if (f.contains(QLatin1String("values"))) {
        words = QLatin1Char(' ') + valuesText(f);
    } else {
        const QJsonValue max = f.value(QLatin1String("maxLength"));
        if (f.contains(QLatin1String("minLength")))
            notes.append(QStringLiteral("%1–%2 characters")
                                 .arg(s.numberText(f.value(QLatin1String("minLength"))), s.numberText(max)));
        else if (!max.isUndefined() && s.number(max) != s.limits.value(QStringLiteral("MaxTextLength")))
            notes.append(QStringLiteral("≤ %1").arg(s.numberText(max)));
        if (f.value(QLatin1String("empty")).toBool())
            notes.append(QStringLiteral("may be empty"));
    }
    if (optional(f))
        notes.prepend(QStringLiteral("optional"));
    if (f.contains(QLatin1String("doc")))
        notes.append(get(f, "doc"));
    QString out = code(get(f, "name")) + words;
    if (!notes.isEmpty())
        out += QStringLiteral(" (") + notes.join(QStringLiteral("; ")) + QLatin1Char(')');
    return out;
}

QString resultText(const QJsonArray &result)
{
    if (result.isEmpty())
        return code(QStringLiteral("{}"));
    QStringList members;
    for (const QJsonValue &v : result) {
        const QJsonObject f = v.toObject();
        QString value = get(f, "example");
        if (f.contains(QLatin1String("example")) && get(f, "type") == QLatin1String("string"))
            value = QLatin1Char('"') + value + QLatin1Char('"');
        else if (value.isEmpty() && f.contains(QLatin1String("values")))
            value = QLatin1Char('"') + f.value(QLatin1String("values")).toArray().first().toString() + QLatin1Char('"');
        else if (value.isEmpty())
            value = QStringLiteral("n");
        members.append(QStringLiteral("\"%1\": %2").arg(get(f, "name"), value));
    }
    return code(QLatin1Char('{') + members.join(QStringLiteral(", ")) + QLatin1Char('}'));
}

QString commandsTable(const Schema &s)
{
    QString out = header({QStringLiteral("command"), QStringLiteral("fields"), QStringLiteral("who"),
                          QStringLiteral("activity"), QStringLiteral("result")});
    for (const QJsonValue &v : s.array("commands")) {
        const QJsonObject c = v.toObject();
        QStringList fields;
        for (const QJsonValue &f : c.value(QLatin1String("fields")).toArray())
            if (!c.contains(QLatin1String("fieldsDoc")) || !optional(f.toObject()))
                fields.append(commandField(s, f.toObject()));
        if (c.contains(QLatin1String("fieldsDoc")))
            fields.append(get(c, "fieldsDoc"));
        QStringList who;
        for (const QJsonValue &w : c.value(QLatin1String("who")).toArray())
            who.append(w.toString());
        QString whoText = who.join(QStringLiteral(", "));
        if (c.contains(QLatin1String("whoDoc")))
            whoText += QStringLiteral(" (%1)").arg(get(c, "whoDoc"));
        QString activity = c.value(QLatin1String("activity")).isString() ? code(get(c, "activity")) : QString();
        if (c.value(QLatin1String("anyPhase")).toBool())
            activity += QStringLiteral(" (F *any*)");
        if (c.contains(QLatin1String("activityDoc")))
            activity += (activity.isEmpty() ? QString() : QStringLiteral("; ")) + get(c, "activityDoc");
        QString result = resultText(c.value(QLatin1String("result")).toArray());
        if (c.contains(QLatin1String("resultDoc")))
            result += QStringLiteral("; ") + get(c, "resultDoc");
        out += row({code(get(c, "type")), fields.isEmpty() ? QStringLiteral("–") : fields.join(QStringLiteral(", ")),
                    whoText, activity.isEmpty() ? QStringLiteral("–") : activity, result});
    }
    return out;
}

QString joinTable(const Schema &s)
{
    QString out = header({QStringLiteral("field"), QStringLiteral("type"), QString()});
    for (const QJsonValue &m : s.array("client")) {
        if (get(m.toObject(), "type") != QLatin1String("join"))
            continue;
        for (const QJsonValue &v : m.toObject().value(QLatin1String("fields")).toArray()) {
            const QJsonObject f = v.toObject();
            out += row({code(get(f, "name")), get(f, "type") + (optional(f) ? QStringLiteral(", optional") : QString()),
                        get(f, "doc")});
        }
    }
    return out;
}

QString kioskTable(const Schema &s)
{
    QString out = header({QStringLiteral("type"), QStringLiteral("fields")});
    for (const QJsonValue &v : s.array("kiosk")) {
        const QJsonObject m = v.toObject();
        QStringList fields;
        for (const QJsonValue &fv : m.value(QLatin1String("fields")).toArray()) {
            const QJsonObject f = fv.toObject();
            fields.append(code(get(f, "name")) + (f.contains(QLatin1String("doc")) ? QStringLiteral(" (%1)").arg(get(f, "doc")) : QString()));
        }
        QString cell = fields.join(QStringLiteral(", "));
        if (m.contains(QLatin1String("doc")))
            cell += QStringLiteral("; ") + get(m, "doc");
        out += row({code(get(m, "type")), cell});
    }
    return out;
}

// A section's shape in the document's shorthand: {"text", "hasOwner" bool}.
QString shape(const QJsonObject &t)
{
    if (t.contains(QLatin1String("shape")))
        return get(t, "shape");
    const QString type = get(t, "type");
    if (type == QLatin1String("array"))
        return QLatin1Char('[') + shape(t.value(QLatin1String("items")).toObject()) + QLatin1Char(']');
    if (type != QLatin1String("object"))
        return QString();
    QStringList members;
    for (const QJsonValue &v : t.value(QLatin1String("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        QString m = QLatin1Char('"') + get(f, "name") + QLatin1Char('"');
        const QString inner = shape(f);
        if (f.contains(QLatin1String("values")))
            m += QStringLiteral(": ") + valuesText(f).remove(QLatin1Char('`'));
        else if (get(f, "type") == QLatin1String("bool"))
            m += QStringLiteral(" bool");
        else if (!inner.isEmpty())
            m += QStringLiteral(": ") + inner;
        if (f.value(QLatin1String("nullable")).toBool())
            m += QStringLiteral(" or null");
        if (f.contains(QLatin1String("doc")))
            m += QStringLiteral(" (%1)").arg(get(f, "doc"));
        members.append(m);
    }
    return QLatin1Char('{') + members.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QString sectionsTable(const Schema &s)
{
    QString out = header({QStringLiteral("section"), QStringLiteral("who gets it"), QStringLiteral("shape")});
    for (const QJsonValue &v : s.array("sections")) {
        const QJsonObject sec = v.toObject();
        QString cell = code(shape(sec.value(QLatin1String("type")).toObject()));
        if (sec.contains(QLatin1String("doc")))
            cell += QStringLiteral(". ") + get(sec, "doc");
        out += row({code(get(sec, "name")), get(sec, "audience"), cell});
    }
    return out;
}

QString codesTable(const Schema &s, const char *list, const QString &first)
{
    QString out = header({first, QStringLiteral("meaning")});
    for (const QJsonValue &v : s.array(list))
        out += row({code(get(v.toObject(), "code")), get(v.toObject(), "doc")});
    return out;
}

QString closeTable(const Schema &s)
{
    QString out = header({QStringLiteral("close code"), QStringLiteral("when")});
    for (const QJsonValue &v : s.array("closeCodes")) {
        const QJsonObject c = v.toObject();
        out += row({c.value(QLatin1String("code")).isDouble() ? QString::number(c.value(QLatin1String("code")).toInt())
                                                              : QStringLiteral("(no close frame)"),
                    get(c, "when")});
    }
    return out;
}

QString limitsTable(const Schema &s)
{
    QString out = header({QStringLiteral("limit"), QStringLiteral("value"), QStringLiteral("what")});
    for (const QJsonValue &v : s.array("limits")) {
        const QJsonObject l = v.toObject();
        out += row({code(get(l, "name")), QString::number(qint64(l.value(QLatin1String("value")).toDouble())),
                    get(l, "doc")});
    }
    return out;
}

QString beaconTable(const Schema &s)
{
    QString out = header({QStringLiteral("field"), QString()});
    for (const QJsonValue &v : s.root.value(QLatin1String("beacon")).toObject().value(QLatin1String("fields")).toArray())
        out += row({code(get(v.toObject(), "name")), get(v.toObject(), "doc")});
    return out;
}

} // namespace

QMap<QString, QString> docBlocks(const Schema &s)
{
    return {
        {QStringLiteral("limits"), limitsTable(s)},
        {QStringLiteral("join"), joinTable(s)},
        {QStringLiteral("commands"), commandsTable(s)},
        {QStringLiteral("kiosk"), kioskTable(s)},
        {QStringLiteral("sections"), sectionsTable(s)},
        {QStringLiteral("errors"), codesTable(s, "errors", QStringLiteral("code"))},
        {QStringLiteral("clientCodes"), codesTable(s, "clientCodes", QStringLiteral("client code"))},
        {QStringLiteral("close"), closeTable(s)},
        {QStringLiteral("beacon"), beaconTable(s)},
    };
}

bool fillDoc(const QString &doc, const QMap<QString, QString> &blocks, QString *out, QString *error)
{
    QString result = doc;
    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
        const QString open = QStringLiteral("<!-- schema:%1 -->\n").arg(it.key());
        const QString close = QStringLiteral("<!-- /schema:%1 -->").arg(it.key());
        const qsizetype start = result.indexOf(open);
        const qsizetype end = result.indexOf(close);
        if (start < 0 || end < start || result.indexOf(open, start + 1) >= 0) {
            *error = QStringLiteral("docs/protocol.md needs the table \"%1\" once, between \"%2\" and \"%3\"")
                             .arg(it.key(), open.trimmed(), close);
            return false;
        }
        // A table inside a list item keeps the item's indent (the marker's).
        const qsizetype lineStart = result.lastIndexOf(QLatin1Char('\n'), start) + 1;
        const QString indent = result.mid(lineStart, start - lineStart);
        QString table;
        for (const QString &line : it.value().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            table += indent + line + QLatin1Char('\n');
        table += indent;
        const qsizetype from = start + open.size();
        result.replace(from, end - from, table);
    }
    *out = result;
    return true;
}

} // namespace protocolgen
