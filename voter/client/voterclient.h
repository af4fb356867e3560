// VoterClient: a tablet's connection to the kiosk (docs/protocol.md). It joins
// (resuming with its token when it has one), feeds the SessionView the UI binds
// to, and sends commands through an outbox: every command stays there, with
// its client message id, until the kiosk acks or rejects it, and is re-sent
// with the same id after every (re)join. A dropped or silent connection is
// re-opened with exponential backoff and jitter; a wrong PIN stops for good.
// The outbox belongs to one meeting: when the kiosk runs another one (its
// snapshot says so, or it no longer knows the token), what waits for the old
// meeting is dropped, never sent into the new one (voterclient_meeting.cpp).
// It also keeps the participant's drafts (stored with the session, so an app
// restart finds them; leaving or the meeting's end wipes them with the rest).
#pragma once

#include "outbox.h"
#include "sessionview.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QSet>
#include <QUrl>

class QWebSocket;

namespace flipover {

class VoterClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(flipover::SessionView *view READ view CONSTANT)
    // "offline", "connecting", "online", "reconnecting"
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    // The code of the last refusal or failure (e.g. "bad_pin"); empty when fine.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(QString participantId READ participantId NOTIFY participantIdChanged)
    Q_PROPERTY(QString role READ role NOTIFY roleChanged)
    Q_PROPERTY(QUrl url READ url NOTIFY urlChanged)
    // A stored session (from setStoragePath) that resumeStored() can rejoin.
    Q_PROPERTY(bool hasStoredSession READ hasStoredSession NOTIFY hasStoredSessionChanged)
    // The meeting this tablet's memory belongs to: the join link's m, then
    // the `meeting` code of the kiosk's snapshot. Empty before either.
    // fingerprint: the join link's fp (TLS), else empty.
    Q_PROPERTY(QString meeting READ meeting NOTIFY urlChanged)
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY urlChanged)

public:
    // Unanswered commands in flight at once (see pump()).
    static constexpr int InFlightWindow = 16;

    explicit VoterClient(QObject *parent = nullptr);
    ~VoterClient() override;

    Q_INVOKABLE void connectToKiosk(const QUrl &url, const QString &pin, const QString &facilitatorPin = {});
    // The same from what the participant typed or scanned: an address
    // ("host", "host:port"), a ws(s) URL or the wall's join link (joinlink.h).
    // False, and nothing changes, when it is not a kiosk address.
    Q_INVOKABLE bool connectToLink(const QString &typed, const QString &pin, const QString &facilitatorPin = {});
    // Reconnects to the url and PIN kept in storage; false if there are none.
    Q_INVOKABLE bool resumeStored();
    // Closes the connection but keeps token and outbox (for a later connect).
    Q_INVOKABLE void disconnectFromKiosk();
    // Queues a command and returns its client message id ("" for the types
    // the client sends itself: join, ping, leave).
    Q_INVOKABLE QString send(const QString &type, const QJsonObject &fields = {});
    // Tells the kiosk, then forgets token, outbox, ballot token, view and file.
    Q_INVOKABLE void leave();
    // This tablet's random ballot token for the session (32 hex characters).
    Q_INVOKABLE QString ballotToken();

    // Drafts: a value per key, kept with the session (written to storage
    // shortly after the last change). An empty value removes the key. Ignored
    // without a session (after leave, before connect).
    Q_INVOKABLE void setDraft(const QString &key, const QVariant &value);
    Q_INVOKABLE QVariant draft(const QString &key) const;
    QJsonObject drafts() const { return m_memory.drafts; }
    // Writes pending draft changes now (also done on destruction).
    void flushDrafts();

    // A JSON file (its full path) that keeps token and outbox across restarts.
    // Loads what is there. Empty: keep nothing on disk.
    void setStoragePath(const QString &path);
    QString storagePath() const { return m_storagePath; }

    // Tests shorten these: ping interval, silence before the connection counts
    // as dead, and the backoff range.
    void setKeepAlive(int pingIntervalMs, int deadAfterMs);
    void setBackoff(int initialMs, int maxMs);

    SessionView *view() const { return m_view; }
    QString state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    int pendingCount() const { return m_memory.outbox.size(); }
    QStringList pendingIds() const;
    QString participantId() const { return m_memory.participantId; }
    QString role() const { return m_role; }
    QUrl url() const { return m_memory.url; }
    bool hasStoredSession() const { return !m_ended && !m_memory.url.isEmpty() && !m_memory.token.isEmpty(); }
    QString meeting() const { return m_memory.meeting; }
    QString fingerprint() const { return m_memory.fingerprint; }

Q_SIGNALS:
    void acked(const QString &id, const QJsonObject &result);
    void rejected(const QString &id, const QString &code, const QString &message);
    void joinFailed(const QString &code, const QString &message);
    void joined();
    void stateChanged();
    void lastErrorChanged();
    void pendingCountChanged();
    void participantIdChanged();
    void roleChanged();
    void urlChanged();
    void hasStoredSessionChanged();
    // The meeting ended: what the tablet stored is wiped (the view stays).
    void meetingEnded();
    // The kiosk runs another meeting than the one the outbox was for: each
    // unanswered command was dropped (and told as rejected, code
    // "new_meeting"), with the ballot token and the drafts that name the old
    // meeting's cards (ballot, sentBallot, remarkCardId). Typed texts stay.
    void oldMeetingDropped();

private:
    void openSocket();
    QWebSocket *detachSocket();
    void dropSocket();
    void retireSocket();
    void connectionLost();
    void resync();
    void scheduleRetry();
    void onConnected();
    void onMessage(const QString &text);
    void onJoined(const QJsonObject &message);
    void onError(const QJsonObject &message);
    void onJoinRefused(const QString &code, const QString &message);
    void onSnapshot(const QJsonObject &message);
    void dropOldMeeting();
    void transmit(const OutboxEntry &entry);
    void pump();
    void sendPing();
    QString nextId();
    void save();
    void forget();
    void onPhaseStatusChanged();
    void setState(const QString &state);
    void setLastError(const QString &code);
    void setRole(const QString &role);

    SessionView *m_view;
    QPointer<QWebSocket> m_socket;
    ClientMemory m_memory;
    QString m_storagePath;
    QString m_facilitatorPin; // in memory only
    QString m_role;
    QString m_state = QStringLiteral("offline");
    QString m_lastError;
    bool m_wanted = false;     // connectToKiosk called and not given up
    bool m_joined = false;     // this socket's join was accepted
    bool m_synced = false;     // and its first snapshot said which meeting this is
    QSet<QString> m_inFlight;  // ids sent on this socket and not yet answered
    bool m_everOnline = false; // since connectToKiosk: "reconnecting" instead of "connecting"
    bool m_ended = false;      // the meeting ended: nothing more is stored
    int m_attempt = 0;
    quint64 m_pings = 0;

    QTimer m_pingTimer;
    QTimer m_deadline;
    QTimer m_retry;
    QTimer m_draftSave;
    int m_pingMs = 10000;
    int m_deadMs = 25000;
    int m_backoffInitialMs = 500;
    int m_backoffMaxMs = 10000;
};

} // namespace flipover
