// libFuzzer harness for the format loader: a format file is data a facilitator
// may bring on a USB stick, and a stored session's format is read back with
// the same loader. Every input is loaded in Dutch and in English; a format
// that loads must survive Format::toJson() -> loadData() unchanged, since that
// is how the store keeps a session's format.
#include "format.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace flipover;

namespace {

[[noreturn]] void fail(const char *what, const QString &language, const QByteArray &input, const QByteArray &written)
{
    std::fprintf(stderr, "fuzz_format (%s): %s\ninput: %s\nwritten: %s\n", qPrintable(language), what,
                 input.constData(), written.constData());
    std::abort();
}

void check(const QByteArray &input, const QString &language)
{
    const FormatResult r = FormatLoader::loadData(input, QStringLiteral("fuzz.json"), language);
    if (!r.ok()) {
        if (r.error.message.isEmpty())
            fail("refused without a message", language, input, {});
        return;
    }
    const QByteArray written = QJsonDocument(r.format->toJson()).toJson(QJsonDocument::Indented);
    const FormatResult again = FormatLoader::loadData(written, QStringLiteral("fuzz.json"), language);
    if (!again.ok())
        fail(qPrintable(QStringLiteral("the written form does not load: ") + again.error.toString()), language, input,
             written);
    if (*again.format != *r.format)
        fail("the written form loads as a different format", language, input, written);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    check(input, QStringLiteral("nl"));
    check(input, QStringLiteral("en"));
    return 0;
}
