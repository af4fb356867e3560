// Transcripts (tests/data/transcripts/*.json, see its README): recorded
// exchanges between clients and a kiosk. This is what the replayers share:
// reading and writing the files, and the placeholders. A string "$name" in a
// transcript stands for a value that varies between runs (an id a client
// makes up, a participant id or token the kiosk draws, the meeting code) or
// that is long and the same everywhere ($format, in values.json). Whoever
// produces a message binds its placeholders to the values it holds; whoever
// checks one binds an unbound placeholder to what arrives and compares a
// bound one.
#pragma once

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace flipover::test::transcript {

inline QString directory()
{
    return QStringLiteral(FLIPOVER_TEST_DATA "/transcripts");
}

inline QStringList files()
{
    QStringList names;
    for (const QString &f : QDir(directory()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        if (f != QLatin1String("values.json"))
            names.append(f.chopped(5));
    return names;
}

inline QJsonObject readJson(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return {};
    }
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    if (!doc.isObject())
        *error = QStringLiteral("%1: %2 at offset %3").arg(path, e.errorString()).arg(e.offset);
    return doc.object();
}

inline QString compact(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("(absent)");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// The first place where two values differ, as "path: expected X, got Y".
inline QString difference(const QJsonValue &expected, const QJsonValue &actual, const QString &path = QStringLiteral("$"))
{
    if (expected.type() != actual.type())
        return QStringLiteral("%1: expected %2, got %3").arg(path, compact(expected), compact(actual));
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        QStringList keys = e.keys() + a.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &k : keys) {
            const QString d = difference(e.value(k), a.value(k), path + QLatin1Char('.') + k);
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        for (qsizetype i = 0; i < qMax(e.size(), a.size()); ++i) {
            const QString d = difference(e.at(i), a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    return expected == actual ? QString()
                              : QStringLiteral("%1: expected %2, got %3").arg(path, compact(expected), compact(actual));
}

struct Step {
    QJsonObject json;
    QString client() const { return json.value(QLatin1String("client")).toString(); }
    bool is(const char *kind) const { return json.contains(QLatin1String(kind)); }
    QJsonValue value(const char *kind) const { return json.value(QLatin1String(kind)); }
};

struct Transcript {
    QString name; // the file's name without .json
    QJsonObject json;
    QList<Step> steps;

    QString title() const { return json.value(QLatin1String("title")).toString(); }
    QJsonArray clients() const { return json.value(QLatin1String("clients")).toArray(); }
    QStringList clientNames() const
    {
        QStringList out;
        for (const QJsonValue &c : clients())
            out.append(c.toObject().value(QLatin1String("name")).toString());
        return out;
    }
    // Whether a client program (the Qt voter, the browser voter) can play this
    // client: not a wall, not a hand-made frame.
    bool replayable(const QString &client) const
    {
        for (const QJsonValue &c : clients())
            if (c.toObject().value(QLatin1String("name")).toString() == client)
                return c.toObject().value(QLatin1String("replay")).toBool(true);
        return false;
    }
    QJsonObject finalState(const QString &client) const
    {
        return json.value(QLatin1String("final")).toObject().value(client).toObject();
    }
};

inline Transcript load(const QString &name, QString *error)
{
    Transcript t;
    t.name = name;
    t.json = readJson(directory() + QLatin1Char('/') + name + QStringLiteral(".json"), error);
    for (const QJsonValue &s : t.json.value(QLatin1String("steps")).toArray())
        t.steps.append(Step{s.toObject()});
    return t;
}

// One step a line, so that a change to the kiosk's answers reads as a diff.
inline bool save(const Transcript &t, const QList<QJsonObject> &steps, const QJsonObject &final, QString *error)
{
    QString out = QStringLiteral("{\n");
    for (const char *k : {"title", "clients"})
        out += QStringLiteral("  \"%1\": %2,\n").arg(QLatin1String(k), compact(t.json.value(QLatin1String(k))));
    out += QStringLiteral("  \"steps\": [\n");
    for (qsizetype i = 0; i < steps.size(); ++i)
        out += QStringLiteral("    ") + compact(steps[i]) + (i + 1 < steps.size() ? QStringLiteral(",\n") : QStringLiteral("\n"));
    out += QStringLiteral("  ],\n  \"final\": {\n");
    const QStringList names = final.keys();
    for (qsizetype i = 0; i < names.size(); ++i)
        out += QStringLiteral("    \"%1\": %2%3\n").arg(names[i], compact(final.value(names[i])),
                                                    i + 1 < names.size() ? QStringLiteral(",") : QString());
    out += QStringLiteral("  }\n}\n");
    QFile f(directory() + QLatin1Char('/') + t.name + QStringLiteral(".json"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(out.toUtf8()) < 0) {
        *error = f.errorString();
        return false;
    }
    return true;
}

// The placeholders of one replay.
class Vars
{
public:
    // $format and the other values every transcript shares.
    bool loadShared(QString *error)
    {
        const QJsonObject shared = readJson(directory() + QStringLiteral("/values.json"), error);
        for (auto it = shared.begin(); it != shared.end(); ++it)
            m_bound.insert(QLatin1Char('$') + it.key(), it.value());
        return error->isEmpty();
    }
    bool isBound(const QString &name) const { return m_bound.contains(name); }
    QJsonValue value(const QString &name) const { return m_bound.value(name); }
    void bind(const QString &name, const QJsonValue &v) { m_bound.insert(name, v); }

    // v with `f` applied to every member of an object or item of an array
    // (one level; `f` recurses itself); any other value as it is.
    template<typename F>
    static QJsonValue inside(const QJsonValue &v, F f)
    {
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                *it = f(*it);
            return o;
        }
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                a[i] = f(a.at(i));
            return a;
        }
        return v;
    }

    static bool isPlaceholder(const QJsonValue &v)
    {
        return v.isString() && v.toString().startsWith(QLatin1Char('$')) && v.toString().size() > 1;
    }

    // A message to send: each placeholder replaced by its value; an unbound
    // one is bound to a made-up value first (its name without the "$").
    QJsonValue fill(const QJsonValue &v)
    {
        if (isPlaceholder(v)) {
            const QString name = v.toString();
            if (!m_bound.contains(name))
                m_bound.insert(name, name.mid(1));
            return m_bound.value(name);
        }
        return inside(v, [this](const QJsonValue &x) { return fill(x); });
    }

    // Whether a received message is the expected one; unbound placeholders
    // are bound to what arrived. *why: the first difference.
    bool match(const QJsonValue &expected, const QJsonValue &actual, QString *why, const QString &path = QStringLiteral("$"))
    {
        if (isPlaceholder(expected)) {
            const QString name = expected.toString();
            if (!m_bound.contains(name)) {
                m_bound.insert(name, actual);
                return true;
            }
            *why = difference(m_bound.value(name), actual, path + QStringLiteral(" (") + name + QLatin1Char(')'));
            return why->isEmpty();
        }
        if (expected.isObject() && actual.isObject()) {
            const QJsonObject e = expected.toObject(), a = actual.toObject();
            QStringList keys = e.keys() + a.keys();
            keys.removeDuplicates();
            keys.sort();
            for (const QString &k : std::as_const(keys)) {
                const QString here = path + QLatin1Char('.') + k;
                if (!e.contains(k) || !a.contains(k)) {
                    *why = difference(e.value(k), a.value(k), here);
                    return false;
                }
                if (!match(e.value(k), a.value(k), why, here))
                    return false;
            }
            return true;
        }
        if (expected.isArray() && actual.isArray() && expected.toArray().size() == actual.toArray().size()) {
            const QJsonArray e = expected.toArray(), a = actual.toArray();
            for (qsizetype i = 0; i < e.size(); ++i)
                if (!match(e.at(i), a.at(i), why, QStringLiteral("%1[%2]").arg(path).arg(i)))
                    return false;
            return true;
        }
        *why = difference(expected, actual, path);
        return why->isEmpty();
    }

    // A recorded message with every bound value put back as its placeholder
    // (whole values such as $format first, then strings).
    QJsonValue canonical(const QJsonValue &v) const
    {
        for (auto it = m_bound.cbegin(); it != m_bound.cend(); ++it)
            if ((it->isObject() || it->isArray()) && *it == v)
                return it.key();
        if (v.isString()) {
            for (auto it = m_bound.cbegin(); it != m_bound.cend(); ++it)
                if (it->isString() && it->toString() == v.toString())
                    return it.key();
            return v;
        }
        return inside(v, [this](const QJsonValue &x) { return canonical(x); });
    }

private:
    QHash<QString, QJsonValue> m_bound;
};

} // namespace flipover::test::transcript
