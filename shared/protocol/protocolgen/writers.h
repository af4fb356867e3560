// What flipover-protocolgen writes from the schema (schema.h).
#pragma once

#include "schema.h"

#include <QMap>

namespace protocolgen {

// protocolnames.h: the C++ constants and the command table.
QString cppHeader(const Schema &s);
// web/protocol.js: the browser's constants (an ES module).
QString jsModule(const Schema &s);
// docs/protocol.md's generated tables, by block name (<!-- schema:NAME -->).
QMap<QString, QString> docBlocks(const Schema &s);
// The document with every block replaced; false (and *error) when a block's
// markers are missing or listed twice.
bool fillDoc(const QString &doc, const QMap<QString, QString> &blocks, QString *out, QString *error);

} // namespace protocolgen
