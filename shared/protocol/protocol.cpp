// The wire codec. decodeClient() is the first thing untrusted bytes meet, so
// every check is cheap and bounded, and runs before the next, costlier one:
// size, UTF-8, nesting (on the raw bytes), JSON, then fields.
#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>
#include <array>
#include <cmath>

namespace flipover::protocol {

namespace {

// In the order of ServerType.
constexpr std::array<QLatin1String, 8> ServerTypeNames{msg::Joined, msg::Ack, msg::Error, msg::Snapshot,
                                                       msg::Update, msg::Pong, msg::Bye, msg::Presence};
static_assert(ServerTypeNames.size() == static_cast<size_t>(ServerType::Presence) + 1,
              "one name per ServerType");

Decoded fail(const QString &code, const QString &message, const QString &id = {})
{
    Decoded d;
    d.error = DecodeError{code, message, id};
    return d;
}

// Deepest nesting of arrays and objects, counted on the raw text (brackets
// inside strings do not count). Stops as soon as the limit is passed, so a
// hostile input never reaches the recursive JSON parser.
bool nestsDeeperThan(const QByteArray &text, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

// Characters as people count them: code points, not UTF-16 units.
qsizetype characterCount(QStringView s)
{
    qsizetype n = s.size();
    for (const QChar c : s) {
        if (c.isLowSurrogate())
            --n;
    }
    return n;
}

bool hasLoneSurrogate(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

// A short, printable name for a field path in an error message.
QString fieldName(const QString &path)
{
    constexpr qsizetype MaxShown = 40;
    return path.size() <= MaxShown ? path : path.left(MaxShown) + QStringLiteral("…");
}

// Checks every key and string value under `value`; on a problem fills *error.
bool checkStrings(const QJsonValue &value, const QString &path, DecodeError *error);

bool checkString(const QString &s, const QString &path, DecodeError *error)
{
    if (characterCount(s) > MaxTextLength) {
        error->code = code::BadField;
        error->message = QStringLiteral("The field \"%1\" is longer than %2 characters.")
                             .arg(fieldName(path))
                             .arg(MaxTextLength);
        return false;
    }
    if (hasLoneSurrogate(s)) {
        error->code = code::BadUtf8;
        error->message = QStringLiteral("The field \"%1\" holds an unpaired surrogate escape.").arg(fieldName(path));
        return false;
    }
    // Qt's JSON reader drops a leading byte-order mark on some paths and not on
    // others, so such a text would not survive being stored and read back.
    if (s.startsWith(QChar(0xFEFF))) {
        error->code = code::BadField;
        error->message = QStringLiteral("The field \"%1\" starts with a byte-order mark.").arg(fieldName(path));
        return false;
    }
    return true;
}

bool checkStrings(const QJsonValue &value, const QString &path, DecodeError *error)
{
    if (value.isString())
        return checkString(value.toString(), path, error);
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!checkStrings(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), error))
                return false;
        }
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            // Qt drops a byte-order mark at the start of a key ("\uFEFFid" reads
            // as "id") but sorts by the raw key, so the object would answer a
            // lookup differently from what it holds and from its re-encoding.
            if (o.value(it.key()) != it.value()) {
                error->code = code::BadField;
                error->message = QStringLiteral("The field \"%1\" is given twice or starts with a byte-order mark.")
                                     .arg(fieldName(child));
                return false;
            }
            if (!checkString(it.key(), child, error) || !checkStrings(it.value(), child, error))
                return false;
        }
    }
    return true;
}

bool isOptionalString(const QJsonObject &o, QLatin1String k)
{
    return !o.contains(k) || o.value(k).isString();
}

std::atomic<quint64> encodedCount{0};
std::atomic<quint64> decodedCount{0};

QByteArray compact(const QJsonObject &o)
{
    encodedCount.fetch_add(1, std::memory_order_relaxed);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonValue seqValue(quint64 seq)
{
    return QJsonValue(static_cast<qint64>(seq));
}

} // namespace

QLatin1String serverTypeName(ServerType t)
{
    const auto i = static_cast<size_t>(t);
    return i < ServerTypeNames.size() ? ServerTypeNames[i] : QLatin1String();
}

std::optional<ServerType> serverTypeFromName(QStringView name)
{
    for (size_t i = 0; i < ServerTypeNames.size(); ++i) {
        if (name == ServerTypeNames[i])
            return static_cast<ServerType>(i);
    }
    return std::nullopt;
}

Decoded decodeClient(const QByteArray &utf8, const QStringList &knownCommands)
{
    decodedCount.fetch_add(1, std::memory_order_relaxed);
    if (utf8.size() > MaxMessageBytes)
        return fail(code::TooLarge,
                    QStringLiteral("The message is larger than %1 bytes.").arg(MaxMessageBytes));
    if (!QByteArrayView(utf8).isValidUtf8())
        return fail(code::BadUtf8, QStringLiteral("The message is not valid UTF-8 text."));
    if (nestsDeeperThan(utf8, MaxDepth))
        return fail(code::TooDeep,
                    QStringLiteral("The message nests arrays and objects deeper than %1 levels.").arg(MaxDepth));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(code::BadJson,
                    QStringLiteral("The message is not valid JSON (%1 at offset %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(code::BadJson, QStringLiteral("The message is not a JSON object."));
    const QJsonObject o = doc.object();

    const QJsonValue typeValue = o.value(key::Type);
    if (!typeValue.isString() || typeValue.toString().isEmpty())
        return fail(code::BadField, QStringLiteral("The field \"type\" must be a non-empty string."));
    const QString type = typeValue.toString();

    QString id;
    if (o.contains(key::Id)) {
        const QJsonValue idValue = o.value(key::Id);
        if (!idValue.isString() || idValue.toString().isEmpty() || idValue.toString().size() > MaxIdLength)
            return fail(code::BadField,
                        QStringLiteral("The field \"id\" must be a string of 1 to %1 characters.").arg(MaxIdLength));
        id = idValue.toString();
    }

    DecodeError stringError;
    if (!checkStrings(o, QString(), &stringError))
        return fail(stringError.code, stringError.message, id);

    ClientMessage m;
    m.type = type;
    m.id = id;
    m.body = o;

    if (type == msg::Join) {
        const QJsonValue v = o.value(key::Version);
        if (!v.isDouble() || v.toDouble() != Version)
            return fail(code::BadVersion,
                        QStringLiteral("The field \"v\" must be the protocol version %1.").arg(Version), id);
        if (!o.value(key::Pin).isString())
            return fail(code::BadField, QStringLiteral("The field \"pin\" must be a string."), id);
        for (const QLatin1String k : {key::Resume, key::FacilitatorPin, key::Role}) {
            if (!isOptionalString(o, k))
                return fail(code::BadField,
                            QStringLiteral("The field \"%1\" must be a string when it is given.").arg(k), id);
        }
        m.kind = ClientType::Join;
    } else if (type == msg::Ping) {
        m.kind = ClientType::Ping;
    } else if (type == cmd::Leave || knownCommands.contains(type)) {
        if (id.isEmpty())
            return fail(code::BadField,
                        QStringLiteral("The field \"id\" is required for the command \"%1\".").arg(fieldName(type)));
        m.kind = type == cmd::Leave ? ClientType::Leave : ClientType::Command;
    } else {
        return fail(code::UnknownType,
                    QStringLiteral("The field \"type\" names no known message type."), id);
    }

    Decoded d;
    d.message = std::move(m);
    return d;
}

QByteArray joined(const QString &participantId, const QString &token, const QString &role)
{
    return compact(QJsonObject{{key::Type, serverTypeName(ServerType::Joined)},
                               {key::Version, Version},
                               {key::ParticipantId, participantId},
                               {key::Token, token},
                               {key::Role, role}});
}

QByteArray ack(const QString &id, quint64 seq, const QJsonObject &result)
{
    return compact(QJsonObject{{key::Type, serverTypeName(ServerType::Ack)},
                               {key::Id, id},
                               {key::Seq, seqValue(seq)},
                               {key::Result, result}});
}

QByteArray error(const QString &id, const QString &code, const QString &message)
{
    return compact(QJsonObject{{key::Type, serverTypeName(ServerType::Error)},
                               {key::Id, id},
                               {key::Code, code},
                               {key::Message, message}});
}

QByteArray snapshot(quint64 seq, const QJsonObject &state)
{
    return compact(QJsonObject{{key::Type, serverTypeName(ServerType::Snapshot)},
                               {key::Seq, seqValue(seq)},
                               {key::State, state}});
}

QByteArray update(quint64 seq, const QJsonObject &sections)
{
    return compact(QJsonObject{{key::Type, serverTypeName(ServerType::Update)},
                               {key::Seq, seqValue(seq)},
                               {key::Sections, sections}});
}

QByteArray update(quint64 seq, quint64 prev, const QJsonObject &sections, const QJsonObject &patches)
{
    QJsonObject o{{key::Type, serverTypeName(ServerType::Update)},
                  {key::Seq, seqValue(seq)},
                  {key::Prev, seqValue(prev)},
                  {key::Sections, sections}};
    if (!patches.isEmpty())
        o.insert(key::Patch, patches);
    return compact(o);
}

QByteArray pong(const QString &id)
{
    return compact(QJsonObject{{key::Type, serverTypeName(ServerType::Pong)}, {key::Id, id}});
}

QByteArray presence(int participants)
{
    return compact(QJsonObject{{key::Type, serverTypeName(ServerType::Presence)},
                               {key::Participants, participants}});
}

QByteArray bye(const QString &code, const QString &message)
{
    return compact(QJsonObject{{key::Type, serverTypeName(ServerType::Bye)},
                               {key::Code, code},
                               {key::Message, message}});
}

QByteArray command(const QString &type, const QString &id, const QJsonObject &fields)
{
    QJsonObject o = fields;
    o.insert(key::Type, type);
    o.insert(key::Id, id);
    return compact(o);
}

quint64 textEncodedCount()
{
    return encodedCount.load(std::memory_order_relaxed);
}

quint64 textDecodedCount()
{
    return decodedCount.load(std::memory_order_relaxed);
}

std::optional<QJsonObject> decodeServer(const QByteArray &utf8, QString *error)
{
    decodedCount.fetch_add(1, std::memory_order_relaxed);
    const auto failWith = [error](const QString &message) -> std::optional<QJsonObject> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (utf8.size() > MaxServerMessageBytes)
        return failWith(QStringLiteral("The server message is larger than %1 bytes.").arg(MaxServerMessageBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(QStringLiteral("The server message is not valid JSON (%1 at offset %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    if (!doc.isObject())
        return failWith(QStringLiteral("The server message is not a JSON object."));
    const QJsonObject o = doc.object();
    const QJsonValue typeValue = o.value(key::Type);
    if (!typeValue.isString())
        return failWith(QStringLiteral("The field \"type\" of the server message must be a string."));
    const std::optional<ServerType> type = serverTypeFromName(typeValue.toString());
    if (!type)
        return failWith(QStringLiteral("The field \"type\" of the server message names no known type."));

    // The fields a client acts on must have the documented types.
    const auto need = [&o](QLatin1String k, QJsonValue::Type t) { return o.value(k).type() == t; };
    const auto isSeq = [&o](QLatin1String k = key::Seq) {
        const QJsonValue v = o.value(k);
        return v.isDouble() && v.toDouble() >= 0 && std::floor(v.toDouble()) == v.toDouble();
    };
    QLatin1String bad;
    switch (*type) {
    case ServerType::Joined:
        if (!need(key::ParticipantId, QJsonValue::String)) bad = key::ParticipantId;
        else if (!need(key::Token, QJsonValue::String)) bad = key::Token;
        break;
    case ServerType::Ack:
        if (!need(key::Id, QJsonValue::String)) bad = key::Id;
        else if (!isSeq()) bad = key::Seq;
        else if (!need(key::Result, QJsonValue::Object)) bad = key::Result;
        break;
    case ServerType::Error:
        if (!need(key::Code, QJsonValue::String)) bad = key::Code;
        else if (!need(key::Message, QJsonValue::String)) bad = key::Message;
        break;
    case ServerType::Snapshot:
        if (!isSeq()) bad = key::Seq;
        else if (!need(key::State, QJsonValue::Object)) bad = key::State;
        break;
    case ServerType::Update:
        if (!isSeq()) bad = key::Seq;
        else if (!need(key::Sections, QJsonValue::Object)) bad = key::Sections;
        else if (o.contains(key::Prev) && !isSeq(key::Prev)) bad = key::Prev;
        else if (o.contains(key::Patch) && !need(key::Patch, QJsonValue::Object)) bad = key::Patch;
        break;
    case ServerType::Pong:
        break;
    case ServerType::Presence:
        if (!need(key::Participants, QJsonValue::Double)) bad = key::Participants;
        break;
    case ServerType::Bye:
        if (!need(key::Code, QJsonValue::String)) bad = key::Code;
        break;
    }
    if (bad.size() > 0)
        return failWith(QStringLiteral("The field \"%1\" of the \"%2\" message is missing or has the wrong type.")
                            .arg(bad, typeValue.toString()));
    return o;
}

} // namespace flipover::protocol
