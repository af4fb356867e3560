#include "formatnode.h"
#include "format.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace flipover {

using namespace Qt::StringLiterals;

namespace detail {

namespace {

QString joined(std::initializer_list<const char *> names, bool quote = false)
{
    QStringList list;
    for (const char *n : names)
        list.append(quote ? quoted(QLatin1String(n)) : QString(QLatin1String(n)));
    return list.join(u", "_s);
}

} // namespace

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

bool isIdentifier(const QString &s)
{
    static const QRegularExpression re(u"^[a-z0-9-]{1,64}$"_s);
    return re.match(s).hasMatch();
}

bool isLanguageCode(const QString &s)
{
    static const QRegularExpression re(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
    return re.match(s).hasMatch();
}

FormatNode FormatNode::operator[](const char *key) const
{
    const QString k = QString::fromUtf8(key);
    return {m_value.toObject().value(k), m_path.isEmpty() ? k : m_path + u'.' + k, m_lang};
}

FormatNode FormatNode::operator[](qsizetype index) const
{
    return {m_value.toArray().at(index), m_path + u"[%1]"_s.arg(index), m_lang};
}

bool FormatNode::has(const char *key) const
{
    return m_value.toObject().contains(QString::fromUtf8(key));
}

void FormatNode::fail(const QString &message) const
{
    throw FormatFailure{m_path, message};
}

void FormatNode::required() const
{
    if (!exists())
        fail(QCoreApplication::translate("FormatLoader", "is required"));
}

void FormatNode::object(std::initializer_list<const char *> keys) const
{
    required();
    if (!m_value.isObject())
        fail(QCoreApplication::translate("FormatLoader", "must be an object ({ ... })"));
    const QJsonObject o = m_value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const char *k : keys)
            known = known || it.key() == QLatin1String(k);
        if (!known)
            (*this)[it.key().toUtf8().constData()].fail(QCoreApplication::translate("FormatLoader", "unknown key; expected one of: %1").arg(joined(keys)));
    }
}

qsizetype FormatNode::list(const char *what, const char *one) const
{
    required();
    if (!m_value.isArray())
        fail(QCoreApplication::translate("FormatLoader", "must be a list ([ ... ]) of %1").arg(QLatin1String(what)));
    if (one && m_value.toArray().isEmpty())
        fail(QCoreApplication::translate("FormatLoader", "must hold at least one %1").arg(QLatin1String(one)));
    return m_value.toArray().size();
}

QString FormatNode::text(QString *languageUsed) const
{
    required();
    QString used = m_lang->plain;
    QString result = m_value.toString();
    if (m_value.isObject()) {
        const QJsonObject o = m_value.toObject();
        if (o.isEmpty())
            fail(QCoreApplication::translate("FormatLoader", "must hold the text in at least one language, such as {\"nl\": \"...\"}"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const FormatNode child = (*this)[it.key().toUtf8().constData()];
            if (!isLanguageCode(it.key()))
                child.fail(QCoreApplication::translate("FormatLoader", "is not a language code; use lower case, such as \"nl\" or \"en\""));
            child.string();
        }
        used = o.contains(m_lang->wanted) ? m_lang->wanted : o.contains(u"nl"_s) ? u"nl"_s : o.begin().key();
        result = o.value(used).toString();
    } else if (!m_value.isString()) {
        fail(QCoreApplication::translate("FormatLoader", "must be a text, or texts by language such as {\"nl\": \"...\", \"en\": \"...\"}"));
    }
    if (result.trimmed().isEmpty())
        fail(QCoreApplication::translate("FormatLoader", "must not be empty"));
    if (languageUsed)
        *languageUsed = used;
    return result;
}

QStringList FormatNode::texts() const
{
    QStringList result;
    const qsizetype n = exists() ? list("texts") : 0;
    for (qsizetype i = 0; i < n; ++i)
        result.append((*this)[i].text());
    return result;
}

QString FormatNode::string() const
{
    required();
    if (!m_value.isString())
        fail(QCoreApplication::translate("FormatLoader", "must be a text (\"...\")"));
    return m_value.toString();
}

int FormatNode::integer(int min, int max) const
{
    required();
    const double d = m_value.toDouble();
    if (!m_value.isDouble() || d != std::floor(d) || d < min || d > max)
        fail(QCoreApplication::translate("FormatLoader", "must be a whole number from %1 to %2").arg(min).arg(max));
    return int(d);
}

QString FormatNode::identifier() const
{
    required();
    if (!m_value.isString() || !isIdentifier(m_value.toString()))
        fail(QCoreApplication::translate("FormatLoader", "must be 1 to 64 lower-case letters, digits and hyphens, such as \"casus\""));
    return m_value.toString();
}

int FormatNode::choice(std::initializer_list<const char *> words) const
{
    required();
    int i = 0;
    for (const char *w : words) {
        if (m_value.toString() == QLatin1String(w))
            return i;
        ++i;
    }
    fail(QCoreApplication::translate("FormatLoader", "must be one of %1").arg(joined(words, true)));
}

} // namespace detail

namespace {

// Walks JSON text that is already known to be valid, to find where a value
// starts; QJsonDocument keeps no positions.
class Scanner
{
public:
    explicit Scanner(const QByteArray &data) : m_d(data) {}
    qsizetype pos() const { return m_i; }
    void setPos(qsizetype pos) { m_i = pos; }
    char peek() const { return m_i < m_d.size() ? m_d.at(m_i) : '\0'; }

    void space()
    {
        while (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')
            ++m_i;
    }

    QByteArray string() // at '"': returns the raw text between the quotes
    {
        const qsizetype start = ++m_i;
        while (m_i < m_d.size() && m_d.at(m_i) != '"')
            m_i += m_d.at(m_i) == '\\' ? 2 : 1;
        return m_d.mid(start, m_i++ - start);
    }

    void skipValue()
    {
        space();
        int depth = 0;
        while (m_i < m_d.size()) {
            const char c = peek();
            if (c == '"') {
                string();
            } else if (c == '{' || c == '[') {
                ++depth;
                ++m_i;
                continue;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return; // the end of the enclosing container
                --depth;
                ++m_i;
            } else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                return; // the end of a number, true, false or null
            } else {
                ++m_i;
                continue;
            }
            if (depth == 0)
                return;
        }
    }

    bool enterKey(const QByteArray &key) // from an object's start to the key's value
    {
        space();
        if (peek() != '{')
            return false;
        ++m_i;
        for (;;) {
            space();
            if (peek() != '"')
                return false;
            const QByteArray k = string();
            space();
            ++m_i; // the colon
            space();
            if (k == key)
                return true;
            if (!next())
                return false;
        }
    }

    bool enterIndex(qsizetype index) // from an array's start to the element
    {
        space();
        if (peek() != '[')
            return false;
        ++m_i;
        for (qsizetype n = 0;; ++n) {
            space();
            if (peek() == ']')
                return false;
            if (n == index)
                return true;
            if (!next())
                return false;
        }
    }

private:
    bool next() // past the current value and its comma
    {
        skipValue();
        space();
        if (peek() != ',')
            return false;
        ++m_i;
        return true;
    }

    const QByteArray &m_d;
    qsizetype m_i = 0;
};

} // namespace

int FormatLoader::lineOf(const QByteArray &json, const QString &path)
{
    static const QRegularExpression segment(u"\\[(\\d+)\\]|([^.\\[]+)"_s);
    Scanner s(json);
    qsizetype found = -1;
    for (auto it = segment.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype before = s.pos();
        const bool ok = m.captured(1).isEmpty() ? s.enterKey(m.captured(2).toUtf8())
                                                : s.enterIndex(m.captured(1).toLongLong());
        if (!ok) {
            s.setPos(before);
            break;
        }
        found = s.pos();
    }
    return found < 0 ? 0 : int(json.left(found).count('\n')) + 1;
}

} // namespace flipover
