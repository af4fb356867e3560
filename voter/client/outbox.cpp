#include "outbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace flipover {

namespace {
constexpr int FileVersion = 1;
}

bool Outbox::remove(const QString &id)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id) {
            m_entries.removeAt(i);
            return true;
        }
    }
    return false;
}

bool Outbox::contains(const QString &id) const
{
    for (const OutboxEntry &e : m_entries) {
        if (e.id == id)
            return true;
    }
    return false;
}

bool ClientMemory::load(const QString &path)
{
    *this = ClientMemory();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("version")).toInt() != FileVersion)
        return false;
    url = QUrl(o.value(QLatin1String("url")).toString());
    pin = o.value(QLatin1String("pin")).toString();
    token = o.value(QLatin1String("token")).toString();
    participantId = o.value(QLatin1String("participantId")).toString();
    idPrefix = o.value(QLatin1String("idPrefix")).toString();
    idCounter = quint64(o.value(QLatin1String("idCounter")).toInteger());
    ballotToken = o.value(QLatin1String("ballotToken")).toString();
    meeting = o.value(QLatin1String("meeting")).toString();
    fingerprint = o.value(QLatin1String("fingerprint")).toString();
    drafts = o.value(QLatin1String("drafts")).toObject();
    for (const QJsonValue &v : o.value(QLatin1String("outbox")).toArray()) {
        const QJsonObject e = v.toObject();
        OutboxEntry entry{e.value(QLatin1String("id")).toString(), e.value(QLatin1String("type")).toString(),
                          e.value(QLatin1String("fields")).toObject()};
        if (!entry.id.isEmpty() && !entry.type.isEmpty())
            outbox.append(entry);
    }
    return true;
}

bool ClientMemory::save(const QString &path) const
{
    QJsonArray entries;
    for (const OutboxEntry &e : outbox.entries())
        entries.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("type"), e.type},
                                   {QStringLiteral("fields"), e.fields}});
    const QJsonObject o{{QStringLiteral("version"), FileVersion},
                        {QStringLiteral("url"), url.toString()},
                        {QStringLiteral("pin"), pin},
                        {QStringLiteral("token"), token},
                        {QStringLiteral("participantId"), participantId},
                        {QStringLiteral("idPrefix"), idPrefix},
                        {QStringLiteral("idCounter"), qint64(idCounter)},
                        {QStringLiteral("ballotToken"), ballotToken},
                        {QStringLiteral("meeting"), meeting},
                        {QStringLiteral("fingerprint"), fingerprint},
                        {QStringLiteral("drafts"), drafts},
                        {QStringLiteral("outbox"), entries}};

    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return file.commit();
}

bool ClientMemory::erase(const QString &path)
{
    return !QFile::exists(path) || QFile::remove(path);
}

} // namespace flipover
