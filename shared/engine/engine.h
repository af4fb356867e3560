// SessionEngine: the single owner of meeting state. Commands come in through
// execute() (from the network or the kiosk's own UI), are checked against the
// current phase's activities and the sender's role, applied, made durable
// through the Store, and announced through changed(). Views read projections:
// each role gets only what it may see (see docs/protocol.md).
#pragma once

#include "clock.h"
#include "format.h"
#include "state.h"

#include <QJsonObject>
#include <QObject>
#include <memory>

namespace flipover {

class Store;

// None: a participant id the session no longer knows (left elsewhere).
enum class Role { Wall, Facilitator, Participant, CaseOwner, None };
QString roleName(Role r);

// Who sends a command. The secret is the participant's resume token as the
// connection presented it; it keys idempotency records so that nothing on disk
// ties a client message id (and its result) to a participant id.
struct Actor {
    QString participantId; // empty for the wall and the kiosk's own facilitator
    bool facilitator = false;
    bool wall = false;
    QString secret;
    static Actor localFacilitator() { Actor a; a.facilitator = true; return a; }
    static Actor wallDisplay() { Actor a; a.wall = true; return a; }
};

struct Result {
    bool ok = true;
    QString code;     // machine-readable reason, see docs/protocol.md
    QString message;  // one plain sentence (English; clients translate by code)
    QJsonObject data; // e.g. {"cardId": 4}
    bool duplicate = false; // a re-send of an already applied client message id
    static Result success(const QJsonObject &d = {}) { Result r; r.data = d; return r; }
    static Result fail(const QString &code, const QString &message)
    {
        Result r; r.ok = false; r.code = code; r.message = message; return r;
    }
};

// Sections of a projection. A change marks the sections it touched; views
// re-read only those. Mine is per participant; Undo is the facilitator's.
enum class Section : quint32 {
    Session = 1 << 0, Phase = 1 << 1, Case = 1 << 2, Questions = 1 << 3,
    Cards = 1 << 4, Vote = 1 << 5, Insights = 1 << 6, Tips = 1 << 7,
    Solutions = 1 << 8, Presence = 1 << 9, Mine = 1 << 10, Undo = 1 << 11,
};
Q_DECLARE_FLAGS(Sections, Section)
QString sectionName(Section s);
QList<Section> allSections();

struct Command {
    Actor actor;
    QString type;
    QJsonObject args;
    QString clientMessageId;
};

struct JoinRequest {
    QString pin;
    QString resumeToken;
    QString facilitatorPin;
};

class SessionEngine : public QObject
{
    Q_OBJECT
public:
    // Starts a new session with the given format, or resumes the one in the
    // store if it holds one (then format and pins are taken from the store).
    SessionEngine(Store *store, Clock *clock, QObject *parent = nullptr);
    ~SessionEngine() override;

    // cycleMeeting: for a new session of a format with a cycle, which meeting
    // of it this is (1..cycle size); otherwise 0.
    bool resumeOrCreate(const Format &format, const QString &sessionName,
                        const QString &pin, const QString &facilitatorPin, QString *error,
                        int cycleMeeting = 0);

    // Joins: checks the session PIN (and the facilitator PIN when given) in
    // constant time, then creates a participant (data: participantId, token,
    // role) or resumes the one whose token is given. Refusals: bad_pin,
    // bad_facilitator_pin, unknown_token, meeting_full, storage_failed. The returned Actor
    // (via actorFor) is what the connection sends commands as.
    Result join(const QString &pin, const QString &resumeToken, const QString &facilitatorPin);
    // Several joins, one durable commit (engine.cpp); one result each, as join() gives.
    QList<Result> joinBatch(const QList<JoinRequest> &joins);
    Actor actorFor(const QString &participantId, const QString &token) const;
    // Whether a resume token belongs to a participant of this session (128
    // random bits: whoever holds one joined with the PIN before).
    bool knowsToken(const QString &resumeToken) const;
    Result execute(const Actor &actor, const QString &type, const QJsonObject &args,
                   const QString &clientMessageId = {});

    // Several commands, one durable commit (see engine.cpp); one result each.
    QList<Result> executeBatch(const QList<Command> &commands);

    Role roleOf(const Actor &actor) const;
    QJsonObject projection(const Actor &actor) const;
    QJsonValue section(Section s, const Actor &actor) const;

    const SessionState &state() const { return m_state; }
    const Format &format() const { return m_state.format; }
    quint64 seq() const { return m_state.seq; }
    // The newest seq whose commit is on the disk, not only in the -wal file
    // (see Store). Acks wait for it; changed() and its updates do not.
    quint64 durableSeq() const { return m_durableSeq; }
    // A sealed commit (see Store, CommitOptions::sealed) would wait now: for
    // the one before it to be folded out of the log, or for the joins the log
    // holds to be folded in first (asking for that fold is part of the
    // question); commitReady() says when it no longer would. The server holds
    // its group commit till then, so commands arriving meanwhile share one commit.
    bool commitWouldWait() const;
    bool checkPin(const QString &pin) const;
    bool checkFacilitatorPin(const QString &pin) const;
    QString pin() const { return m_state.pin; }
    QString facilitatorPin() const { return m_state.facilitatorPin; }
    // A short public code for this meeting (not a secret: it is in the join
    // link). It changes with every new session, so a client can tell a new
    // meeting from the one it stored things for.
    QString meetingCode() const;
    qint64 phaseRemainingMs() const;
    // Presence: how many participants have a connection open now. The
    // kiosk's server counts them (it owns the connections) and sets it here,
    // so that snapshots and the wall show the same; nothing of it is stored.
    void setPresentCount(int count);
    int presentCount() const { return m_present; }
    // Drops the undo history in one commit: its steps hold what cards said
    // before an edit, and a meeting that goes to the archive keeps none of
    // that (docs/protocol.md, `undo`). false (with *error): the disk failed.
    bool forgetUndoHistory(QString *error);

    static QStringList commandTypes();

Q_SIGNALS:
    // Emitted after a change is committed (it survives a kill -9 from here on).
    // participants lists whose Mine changed.
    void changed(quint64 seq, flipover::Sections sections, const QStringList &participants);
    // Every change up to seq is on the disk (it survives a power cut too).
    void durable(quint64 seq);
    // A command or join was refused because the meeting met one of its caps
    // (shared/engine/meetinglimits.h) or the disk failed (storage_failed): the facilitator
    // should know. code and message are the refusal's.
    void roomStopped(const QString &code, const QString &message);
    void commitReady();
    void presentCountChanged(int count);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    void onStoreDurable(quint64 commit);
    bool migrate(QString *error);

    SessionState m_state;
    Store *m_store;
    Clock *m_clock;
    QList<std::pair<quint64, quint64>> m_unsynced; // (the Store's commit number, seq) not yet on the disk
    quint64 m_durableSeq = 0;
    int m_present = 0;
    friend struct Impl;
};

} // namespace flipover

Q_DECLARE_OPERATORS_FOR_FLAGS(flipover::Sections)
