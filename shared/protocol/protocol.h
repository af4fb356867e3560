// The one wire codec: JSON text frames over WebSocket, spoken by the kiosk,
// the Qt voter and the browser voter (docs/protocol.md is the reference).
// Decoding never trusts input: size, UTF-8, depth, types and lengths are
// checked here; what a command's fields mean is checked by the engine.
#pragma once

#include "protocolnames.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <optional>

namespace flipover::protocol {

// Version, the limits (MaxMessageBytes, MaxDepth, MaxIdLength, MaxTextLength,
// ...) and every name on the wire (msg::, cmd::, key::, section::, code::,
// role::, closecode::) come from shared/protocol/schema.json, generated into
// protocolnames.h at build time (docs/protocol.md's tables come from there too).

// Message types a client sends. Everything that is not hello/join/leave/ping
// is a session command, named by its type and handed to the engine.
enum class ClientType { Join, Leave, Ping, Command };

// Message types the kiosk sends.
enum class ServerType { Joined, Ack, Error, Snapshot, Update, Pong, Bye, Presence };
QLatin1String serverTypeName(ServerType t);
std::optional<ServerType> serverTypeFromName(QStringView name);

struct ClientMessage {
    ClientType kind = ClientType::Command;
    QString type;     // the "type" field as sent
    QString id;       // client message id (required for commands)
    QJsonObject body; // the whole object
};

struct DecodeError {
    QString code;    // code::TooLarge, BadUtf8, TooDeep, BadJson, BadField, BadVersion or UnknownType
    QString message; // one plain sentence naming the field
    QString id;      // the client message id if it could be read
};

struct Decoded {
    std::optional<ClientMessage> message;
    DecodeError error;
    bool ok() const { return message.has_value(); }
};

// knownCommands: the engine's command types (SessionEngine::commandTypes()).
// Depth counts open arrays/objects (the envelope is 1); text limits count
// code points and apply to every key and string value, nested ones included.
// "leave" is always a command (ClientType::Leave) and needs an id.
Decoded decodeClient(const QByteArray &utf8, const QStringList &knownCommands);

// Encoders (compact JSON).
QByteArray joined(const QString &participantId, const QString &token, const QString &role);
QByteArray ack(const QString &id, quint64 seq, const QJsonObject &result);
QByteArray error(const QString &id, const QString &code, const QString &message);
QByteArray snapshot(quint64 seq, const QJsonObject &state);
QByteArray update(quint64 seq, const QJsonObject &sections);
// An incremental update (docs/protocol.md, "Patches"): prev is the seq of the
// last snapshot or update this connection was sent; patches (shared/protocol/patch.h)
// go out only when not empty.
QByteArray update(quint64 seq, quint64 prev, const QJsonObject &sections, const QJsonObject &patches);
QByteArray pong(const QString &id);
// How many participants are connected now (docs/protocol.md, "Presence").
QByteArray presence(int participants);
QByteArray bye(const QString &code, const QString &message);

// How many messages this process has written as JSON text and read back from
// it (every encoder above and below, decodeClient and decodeServer): the
// wall's own view is fed without either (tests/tst_wallfeed.cpp).
quint64 textEncodedCount();
quint64 textDecodedCount();

// Client side: encode a command; decode a server message (also checked).
QByteArray command(const QString &type, const QString &id, const QJsonObject &fields);
std::optional<QJsonObject> decodeServer(const QByteArray &utf8, QString *error);

} // namespace flipover::protocol
