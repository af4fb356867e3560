// MeetingArchive: the past meetings of one kiosk, kept next to the live store
// as <data-dir>/archive/<yyyy-MM-dd>-<meetingCode>.sqlite. Starting a new
// meeting moves the live file there (after its log is folded in, so no -wal
// or -shm goes along); the list reads each file read-only; deleting removes
// the file and any -wal, -shm or -journal beside it, so nothing SQLite could
// read is left. Nothing here logs meeting contents.
#pragma once

#include "state.h"

#include <QDate>
#include <QList>
#include <QString>

namespace flipover {

class Store;

struct PastMeeting {
    QString fileName;    // the id to delete it by: "2026-11-23-0123456789.sqlite"
    QString name;        // the session's name
    QString formatId;
    QString formatTitle;
    QDate date;          // the day it was archived
    QString meetingCode;
    int cycleMeeting = 0; // which meeting of its format's cycle, from 1; 0: none
    int cycleSize = 0;    // how many meetings that cycle has; 0: none
    int order = 0;        // 1 for the first meeting archived, higher for later ones
};

class MeetingArchive
{
public:
    explicit MeetingArchive(const QString &dataDir);

    QString directory() const; // <data-dir>/archive
    static QString fileNameFor(const QDate &date, const QString &meetingCode);
    static bool isArchiveFileName(const QString &fileName);

    // Moves the live meeting out of the way. The store must be the live one
    // (dataDir/flipover.sqlite) and nothing else may have it open: it is
    // folded (detachLog), closed and renamed in one step, so after a crash
    // the data dir holds either the live file or the archived one, never a
    // half of each. *archivedPath gets the new path.
    bool archiveLive(Store *store, const QString &meetingCode, const QDate &date, QString *archivedPath,
                     QString *error) const;

    // Deletes the live meeting instead (one that holds no work, see
    // SessionState::holdsWork): folded, closed, overwritten and removed.
    bool discardLive(Store *store, QString *error) const;

    // Newest first (by the order they were archived in). Files that cannot be read are
    // left out; *error then names the first of them.
    QList<PastMeeting> list(QString *error = nullptr) const;

    // Reads one archived meeting's state read-only (for its outcome).
    bool load(const QString &fileName, SessionState *state, QString *error, int *order = nullptr) const;

    // Deletes an archived meeting for good: the file and its -wal, -shm and
    // -journal. fileName must be one list() returned.
    bool remove(const QString &fileName, QString *error) const;

    // The meeting of a cycle a new session of formatId continues with: the
    // one after the latest archived meeting of that format (wrapping after
    // the last), or 1 when there is none.
    int nextCycleMeeting(const QString &formatId, int cycleSize) const;

private:
    QString m_dataDir;
};

} // namespace flipover
