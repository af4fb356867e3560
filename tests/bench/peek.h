// A look at the top level of one server message without building a
// QJsonDocument: "type", "id", "code", "seq", and which sections an update
// carries. Hundreds of simulated clients receive every update, and the load
// process must not become the bottleneck it measures. The scan follows JSON
// structure (strings, escapes, nesting), so it does not depend on key order.
#pragma once

#include <QStringView>

namespace flipover::bench {

struct Peek {
    bool ok = false;        // a JSON object whose brackets balance
    QStringView type;       // top-level "type"
    QStringView id;         // top-level "id" (acks and errors)
    QStringView code;       // top-level "code" (errors)
    qint64 seq = -1;        // top-level "seq"
    bool voteSection = false;     // "sections" or "patch" (update) or "state" (snapshot) holds "vote"
    bool presenceSection = false; // ... holds "presence"
};

inline Peek peekMessage(QStringView s)
{
    Peek p;
    const qsizetype n = s.size();
    char stack[32];
    int depth = 0;
    bool expectKey = false;
    // The current key at depth 1, compared once when it is read (this runs
    // for every message every simulated client receives).
    enum class Key { Other, Type, Id, Code, Seq, Sections } key1 = Key::Other;
    bool inSections = false;     // inside the object value of "sections"/"patch"/"state"
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (c == u'"') {
            qsizetype j = i + 1;
            while (j < n && s[j] != u'"')
                j += s[j] == u'\\' ? 2 : 1;
            if (j >= n)
                return p;
            const QStringView str = s.mid(i + 1, j - i - 1);
            i = j;
            if (depth >= 1 && stack[depth - 1] == '{' && expectKey) {
                expectKey = false;
                if (depth == 1) {
                    key1 = str == u"type"       ? Key::Type
                        : str == u"id"          ? Key::Id
                        : str == u"code"        ? Key::Code
                        : str == u"seq"         ? Key::Seq
                        : str == u"sections" || str == u"patch" || str == u"state" ? Key::Sections
                                                : Key::Other;
                } else if (depth == 2 && inSections) {
                    if (str == u"vote")
                        p.voteSection = true;
                    else if (str == u"presence")
                        p.presenceSection = true;
                }
            } else if (depth == 1) {
                if (key1 == Key::Type)
                    p.type = str;
                else if (key1 == Key::Id)
                    p.id = str;
                else if (key1 == Key::Code)
                    p.code = str;
            }
            continue;
        }
        switch (c.unicode()) {
        case '{':
        case '[':
            if (depth >= int(sizeof stack))
                return p;
            stack[depth++] = char(c.unicode());
            expectKey = c == u'{';
            if (depth == 2 && c == u'{' && key1 == Key::Sections)
                inSections = true;
            break;
        case '}':
        case ']':
            if (depth == 0)
                return p;
            --depth;
            if (depth <= 1)
                inSections = false;
            if (depth == 0) {
                p.ok = stack[0] == '{';
                return p;
            }
            break;
        case ',':
            expectKey = depth >= 1 && stack[depth - 1] == '{';
            break;
        default:
            if (depth == 1 && key1 == Key::Seq && (c.isDigit() || c == u'-')) {
                qsizetype j = i;
                while (j < n && (s[j].isDigit() || s[j] == u'-' || s[j] == u'.' || s[j] == u'e' || s[j] == u'E' || s[j] == u'+'))
                    ++j;
                p.seq = qint64(s.mid(i, j - i).toDouble());
                i = j - 1;
            }
            break;
        }
    }
    return p;
}

} // namespace flipover::bench
