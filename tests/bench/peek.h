// A look at the top level of one server message without building a
// QJsonDocument: "type", "id", "code", "seq", and which sections an update
// carries. Hundreds of simulated clients receive every update, and the load
// process must not become the bottleneck it measures. The scan follows JSON
// structure (strings, escapes, nesting), so it does not depend on key order.
#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace flipover::bench {

// View: QStringView (a QWebSocket's message) or QByteArrayView (UTF-8, as
// WsClient reads it: no byte of a multi-byte character is an ASCII one, so
// the scan is the same).
template <typename View>
struct BasicPeek {
    bool ok = false;        // a JSON object whose brackets balance
    View type;              // top-level "type"
    View id;                // top-level "id" (acks and errors)
    View code;              // top-level "code" (errors)
    qint64 seq = -1;        // top-level "seq"
    bool voteSection = false;     // "sections" or "patch" (update) or "state" (snapshot) holds "vote"
    bool presenceSection = false; // ... holds "presence"
};

using Peek = BasicPeek<QStringView>;
using Utf8Peek = BasicPeek<QByteArrayView>;

namespace peekdetail {
inline char16_t unit(QChar c) { return c.unicode(); }
inline char16_t unit(char c) { return char16_t(uchar(c)); }
inline bool is(QStringView s, QLatin1StringView word) { return s == word; }
inline bool is(QByteArrayView s, QLatin1StringView word) { return s == QByteArrayView(word.data(), word.size()); }
inline bool isNumberChar(char16_t c) { return (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' || c == u'e' || c == u'E' || c == u'+'; }
} // namespace peekdetail

template <typename View>
BasicPeek<View> peekMessage(View s)
{
    using peekdetail::is;
    using peekdetail::unit;
    using namespace Qt::Literals::StringLiterals;
    BasicPeek<View> p;
    const qsizetype n = s.size();
    char stack[32];
    int depth = 0;
    bool expectKey = false;
    // The current key at depth 1, compared once when it is read (this runs
    // for every message every simulated client receives).
    enum class Key { Other, Type, Id, Code, Seq, Sections } key1 = Key::Other;
    bool inSections = false;     // inside the object value of "sections"/"patch"/"state"
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = unit(s[i]);
        if (c == u'"') {
            qsizetype j = i + 1;
            while (j < n && unit(s[j]) != u'"')
                j += unit(s[j]) == u'\\' ? 2 : 1;
            if (j >= n)
                return p;
            const View str = s.sliced(i + 1, j - i - 1);
            i = j;
            if (depth >= 1 && stack[depth - 1] == '{' && expectKey) {
                expectKey = false;
                if (depth == 1) {
                    key1 = is(str, "type"_L1)       ? Key::Type
                        : is(str, "id"_L1)          ? Key::Id
                        : is(str, "code"_L1)        ? Key::Code
                        : is(str, "seq"_L1)         ? Key::Seq
                        : is(str, "sections"_L1) || is(str, "patch"_L1) || is(str, "state"_L1) ? Key::Sections
                                                    : Key::Other;
                } else if (depth == 2 && inSections) {
                    if (is(str, "vote"_L1))
                        p.voteSection = true;
                    else if (is(str, "presence"_L1))
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
        switch (c) {
        case '{':
        case '[':
            if (depth >= int(sizeof stack))
                return p;
            stack[depth++] = char(c);
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
            if (depth == 1 && key1 == Key::Seq && ((c >= u'0' && c <= u'9') || c == u'-')) {
                qsizetype j = i;
                while (j < n && peekdetail::isNumberChar(unit(s[j])))
                    ++j;
                p.seq = qint64(s.sliced(i, j - i).toDouble());
                i = j - 1;
            }
            break;
        }
    }
    return p;
}

} // namespace flipover::bench
