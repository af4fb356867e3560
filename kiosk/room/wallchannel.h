// WallChannel: the room's end of the wall. It lives on the room's thread with
// the engine (and the server, kiosk/room/room.h) and is the only way the
// wall's KioskController, on the GUI thread, reaches the meeting: every
// exchange is a signal, queued across the threads, never a blocking call and
// never an engine pointer on the other side (docs/architecture.md, "Two
// threads"). On one thread (tests, tools) the same signals are direct calls.
//
// - The wall's feed: the engine's changes through the walk the network's
//   fan-out uses (SectionFeed), the wall's sections whole and patched. At
//   most one step is on its way: changes that come meanwhile are gathered
//   (their sections) and leave as one step, against the seq the wall holds,
//   once the wall says it drew the last one (frameDone). So the wall applies
//   at most one step a frame however fast the room goes, and the last step
//   always carries the room's state. A command of the wall's own sends its
//   step at once, before its result.
// - Facts: what the controller shows besides the view (PINs, meeting code,
//   name, format and cycle), published when they change.
// - Requests: the wall's commands, a new meeting, a copy of the state (for
//   the export and the previous outcome), each answered by a signal with the
//   request's number.
#pragma once

#include "engine.h"
#include "sectionfeed.h"
#include "state.h"

#include <QJsonObject>
#include <QMetaType>
#include <QObject>

namespace flipover {

class KioskSession;

struct RoomFacts {
    QString pin;
    QString facilitatorPin;
    QString meetingCode;
    QString name;
    QString formatId;
    int cycleMeeting = 0;
    bool holdsWork = false;
};

class WallChannel : public QObject
{
    Q_OBJECT
public:
    // session: what startNew works on (none: a new meeting is refused).
    explicit WallChannel(SessionEngine *engine, KioskSession *session = nullptr, QObject *parent = nullptr);

    // The room's thread only (the server, the beacon, tests on one thread).
    SessionEngine *engine() const { return m_engine; }
    RoomFacts facts() const { return m_facts; }
    // The facilitator tablet's exportOutcome (KioskServer's kiosk command):
    // the files go where the wall's export would put them (setExport).
    Result exportFromTablet(const QJsonObject &args);

public Q_SLOTS:
    // The controller's requests (its signals of the same names).
    void setFeeding(bool feeding); // on: a snapshot and the facts now, then every change
    void frameDone(quint64 seq);   // the wall drew the steps up to seq: the next may come
    void run(quint64 request, const QString &type, const QJsonObject &args);
    void startNew(quint64 request, const QString &format, int cycleMeeting);
    void sendState(quint64 request);
    void setExport(const QString &folder, const QString &language);

Q_SIGNALS:
    // To the wall (the GUI thread).
    void snapshot(quint64 seq, const QJsonObject &state, bool newMeeting);
    void step(quint64 seq, quint64 prev, const QJsonObject &whole, const QJsonObject &patches);
    void presence(int participants);
    void factsChanged(const flipover::RoomFacts &facts);
    void done(quint64 request, const flipover::Result &result);
    // failure: a KioskSession::Failure as int (0 none, 1 bad input, 2 runtime).
    void startedNew(quint64 request, int failure, const QString &error);
    void stateReady(quint64 request, const flipover::SessionState &state);
    void roomAlert(const QString &code, const QString &message);
    void storageRecovered(); // a change was saved after the disk had failed
    void exportedFromTablet(const QString &folder);
    // A new meeting archived the old one but could not create the new.
    void sessionLost(const QString &message);
    // The room's thread only: the server and the beacon follow a new meeting.
    void engineReplaced(flipover::SessionEngine *engine);

protected:
    bool event(QEvent *e) override;

private:
    void attach(SessionEngine *engine);
    void onChanged(quint64 seq, Sections sections);
    void sendSnapshot(bool newMeeting);
    void sendStep();
    void publishFacts();
    QJsonValue undoSection() const;

    SessionEngine *m_engine = nullptr;
    KioskSession *m_session;
    SectionFeed m_feed;     // the wall's sections as its view holds them
    bool m_feeding = false;
    bool m_awaitingFrame = false; // a step is on its way, not yet drawn
    bool m_stepPosted = false;    // a StepEvent waits behind this pass's work (onChanged)
    quint64 m_sentSeq = 0;  // the last step's seq
    Sections m_dirty;       // touched since the last step
    quint64 m_dirtySeq = 0; // the newest change among them
    bool m_storageFailed = false;
    RoomFacts m_facts;
    bool m_factsSent = false;
    QString m_exportFolder; // the wall's last one; empty: the default
    QString m_exportLanguage = QStringLiteral("nl");
};

// Where an export goes when none was chosen: Documents/Flipover/<date> <name>.
QString defaultExportFolder(const QString &sessionName);

} // namespace flipover

Q_DECLARE_METATYPE(flipover::RoomFacts)
Q_DECLARE_METATYPE(flipover::Result)
Q_DECLARE_METATYPE(flipover::SessionState)
