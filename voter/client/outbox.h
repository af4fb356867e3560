// What a voter tablet keeps about its session: the resume token, the commands
// it has no answer for yet (the outbox), the ballot token, and the drafts (what
// is typed but not sent, and the participant's own ballot). Optionally
// mirrored to one JSON file, written atomically, so a restarted app resumes
// without anyone re-typing; forgetting deletes the file.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace flipover {

struct OutboxEntry {
    QString id;   // the client message id, the same on every re-send
    QString type; // the command
    QJsonObject fields;
};

class Outbox
{
public:
    void append(const OutboxEntry &entry) { m_entries.append(entry); }
    bool remove(const QString &id);
    bool contains(const QString &id) const;
    void clear() { m_entries.clear(); }
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<OutboxEntry> &entries() const { return m_entries; }

private:
    QList<OutboxEntry> m_entries;
};

// The tablet's memory of one session.
struct ClientMemory {
    QUrl url;
    QString pin;
    QString token;
    QString participantId;
    QString idPrefix;
    quint64 idCounter = 0;
    QString ballotToken;
    QString meeting;     // from the join link, when joined through one
    QString fingerprint; // idem: the kiosk's certificate (TLS)
    QJsonObject drafts;
    Outbox outbox;

    // Reads the file; false (and an empty memory) when it is missing or unreadable.
    bool load(const QString &path);
    // Writes the file atomically, readable by the owner only.
    bool save(const QString &path) const;
    static bool erase(const QString &path);
};

} // namespace flipover
