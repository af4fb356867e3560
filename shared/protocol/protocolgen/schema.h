// flipover-protocolgen's reading of shared/protocol/schema.json: the file
// loaded and checked (unknown keys, unknown limit names, duplicates, who and
// activity values), the wire names collected, and the helpers the writers
// share. Nothing here knows C++, JavaScript or Markdown.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace protocolgen {

struct Schema {
    QJsonObject root;
    QMap<QString, qint64> limits;    // name -> value
    QMap<QString, QString> constOf;  // wire name -> its constant name ("v" -> "Version")
    QStringList keys;                // every JSON key of every message and section, sorted
    QString error;                   // what is wrong with the file, when loading failed

    QJsonArray array(const char *name) const { return root.value(QLatin1String(name)).toArray(); }
    // A number of the schema: an integer, a limit's name, or "-" and a limit's name.
    qint64 number(const QJsonValue &v) const;
    // How a number reads in a table: the limit's value.
    QString numberText(const QJsonValue &v) const;
    // The constant for a wire name: "participantId" -> "ParticipantId", "bad_pin" -> "BadPin".
    QString constName(const QString &wire) const;
};

// Loads and checks the schema; on a problem Schema::error says what and where.
Schema loadSchema(const QString &path);

// The parts of the schema the writers walk.
QStringList messageTypes(const Schema &s, const char *list); // "client" or "kiosk"
QStringList commandTypes(const Schema &s);
QStringList sectionNames(const Schema &s);
QStringList errorCodes(const Schema &s, bool withClientCodes);
QString upperFirst(const QString &s);

} // namespace protocolgen
