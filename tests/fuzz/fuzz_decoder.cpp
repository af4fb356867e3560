// libFuzzer harness for the wire decoder: every frame a tablet (or anything
// else on the room's Wi-Fi) sends goes through protocol::decodeClient first,
// and every frame the kiosk sends through protocol::decodeServer in a client.
// Besides "no crash, no sanitizer report", it checks what the decoder
// promises: an accepted message has a type, a command has an id, and
// re-encoding an accepted command gives a message that is accepted again.
#include "engine.h"
#include "protocol.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace flipover;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &input)
{
    std::fprintf(stderr, "fuzz_decoder: %s\ninput: %s\n", what, input.toHex().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList commands = SessionEngine::commandTypes();
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const protocol::Decoded d = protocol::decodeClient(input, commands);
    if (d.ok()) {
        const protocol::ClientMessage &m = *d.message;
        if (m.type.isEmpty())
            fail("accepted a message without a type", input);
        if ((m.kind == protocol::ClientType::Command || m.kind == protocol::ClientType::Leave) && m.id.isEmpty())
            fail("accepted a command without an id", input);
        if (m.kind == protocol::ClientType::Command && !commands.contains(m.type))
            fail("accepted an unknown command", input);
        // What was accepted once is accepted again after a compact re-encoding.
        const QByteArray again = QJsonDocument(m.body).toJson(QJsonDocument::Compact);
        const protocol::Decoded d2 = protocol::decodeClient(again, commands);
        if (!d2.ok() || d2.message->kind != m.kind || d2.message->type != m.type || d2.message->id != m.id)
            fail("an accepted message is refused after re-encoding", input);
    } else if (d.error.code.isEmpty() || d.error.message.isEmpty()) {
        fail("refused a message without an error code and message", input);
    }

    QString error;
    const std::optional<QJsonObject> server = protocol::decodeServer(input, &error);
    if (!server && error.isEmpty())
        fail("decodeServer refused a message without saying why", input);
    if (server && !protocol::serverTypeFromName(server->value(protocol::key::Type).toString()))
        fail("decodeServer accepted a message of no known type", input);
    return 0;
}
