// flipover-protocolgen: everything that follows from shared/protocol/schema.json.
//
//   flipover-protocolgen SCHEMA --header OUT.h        the C++ constants (build time)
//   flipover-protocolgen SCHEMA --js web/protocol.js --doc docs/protocol.md
//                                                     rewrites the browser's constants
//                                                     and the document's tables
//   ... --check                                       writes nothing; exits 1 and says
//                                                     which file is out of date
//
// A file whose content would not change is not touched (no rebuilds).
#include "schema.h"
#include "writers.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <cstdio>

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "flipover-protocolgen: %s\n", qPrintable(text));
}

bool readFile(const QString &path, QString *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        say(QStringLiteral("%1: %2").arg(path, f.errorString()));
        return false;
    }
    *out = QString::fromUtf8(f.readAll());
    return true;
}

// Writes when different; with check, only tells. false on a difference
// (check) or a write error.
bool put(const QString &path, const QString &content, bool check)
{
    QString old;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly))
        old = QString::fromUtf8(existing.readAll());
    if (old == content)
        return true;
    if (check) {
        say(QStringLiteral("%1 is out of date with shared/protocol/schema.json: build the update_protocol target "
                           "(cmake --build build --target update_protocol) and commit the result")
                    .arg(path));
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content.toUtf8()) < 0) {
        say(QStringLiteral("%1: %2").arg(path, f.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool check = args.removeAll(QStringLiteral("--check")) > 0;
    if (args.isEmpty() || args.size() % 2 == 0) {
        say(QStringLiteral("usage: flipover-protocolgen SCHEMA [--header OUT.h] [--js FILE] [--doc FILE] [--check]"));
        return 2;
    }
    const protocolgen::Schema schema = protocolgen::loadSchema(args.takeFirst());
    if (!schema.error.isEmpty()) {
        say(schema.error);
        return 1;
    }
    bool ok = true;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString &what = args.at(i);
        const QString &path = args.at(i + 1);
        if (what == QLatin1String("--header")) {
            ok = put(path, protocolgen::cppHeader(schema), check) && ok;
        } else if (what == QLatin1String("--js")) {
            ok = put(path, protocolgen::jsModule(schema), check) && ok;
        } else if (what == QLatin1String("--doc")) {
            QString doc, filled, error;
            if (!readFile(path, &doc))
                return 1;
            if (!protocolgen::fillDoc(doc, protocolgen::docBlocks(schema), &filled, &error)) {
                say(error);
                return 1;
            }
            ok = put(path, filled, check) && ok;
        } else {
            say(QStringLiteral("unknown option %1").arg(what));
            return 2;
        }
    }
    return ok ? 0 : 1;
}
