// The crash loop's meeting (tst_crashloop): the real kiosk on a data dir, 20
// voters and a facilitator that outlive its restarts, the script of commands
// they send (crashmeeting.cpp), the ledger of what was sent and answered, and
// the checks of what a resumed kiosk shows (crashchecks.cpp).
#pragma once

#include "kioskprocess.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace flipover::test::crashloop {

inline const QString Pin = QStringLiteral("246813");
inline const QString FacilitatorPin = QStringLiteral("8642");
constexpr int Voters = 20;
constexpr int Facilitator = Voters; // actor index of the facilitator
constexpr qint64 TimerToleranceMs = 750;
constexpr int WaitMs = 20000;

inline QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
inline int num(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInt(); }

// One command as a client sent it, and its answer once one came.
struct Sent {
    QString type;
    QJsonObject fields;
    QString id;
    std::optional<QJsonObject> answer;
    bool acked() const { return answer && str(*answer, "type") == QLatin1String("ack"); }
    QJsonObject result() const { return answer ? answer->value(QLatin1String("result")).toObject() : QJsonObject(); }
};

// A tablet (or the facilitator's tablet) across kiosk restarts.
struct Actor {
    QString token;
    QString participantId;
    QString ballot; // the random ballot token this tablet keeps
    QList<Sent> sent;
    int counter = 0;
    std::unique_ptr<WsTestClient> client;
};

// A script step: a command built when it is sent (so it can use results
// acknowledged earlier), or a barrier that waits for every answer first.
struct Step {
    int actor = -1; // -1: barrier
    std::function<QPair<QString, QJsonObject>()> build;
};

// The last phase section the facilitator saw, and when it arrived.
struct TimerRef {
    bool valid = false;
    int index = -2;
    QString status;
    qint64 remainingMs = 0;
    QElapsedTimer since;
};

class CrashMeeting
{
public:
    // A new meeting in a fresh data dir: new participants (ballot tokens
    // drawn from rng), new script, a kiosk started and everyone joined.
    bool newMeeting(QRandomGenerator &rng, QString *error);
    // Sends up to n script steps; stops early at the end of the script.
    bool advance(int n, QString *error);
    bool scriptDone() const { return m_next >= m_script.size(); }

    // Commands without an answer on the current connections.
    int unanswered();
    bool waitAllAnswered();

    // Flushes every client, then kills the kiosk with SIGKILL.
    void killKiosk();
    // Waits for every client to see its connection close, so answers already
    // on the wire are read.
    void waitAllDisconnected(int ms);
    // A new kiosk on the same data dir (on a new port).
    bool startKiosk(QString *error);
    // Connects every actor (resuming when it has a token) and waits for all
    // snapshots; joins go out in parallel.
    bool connectAll(QString *error);
    // Re-sends every command without an answer, with the same id.
    void resendUnanswered();
    int terminateKiosk() { return m_kiosk->terminate(); }

    int meetingNumber() const { return m_meeting; }
    qsizetype nextStep() const { return m_next; }
    qsizetype steps() const { return m_script.size(); }

    // The checks (crashchecks.cpp); they fail the current QtTest function.
    // What a resumed snapshot must show, before anything is re-sent.
    void checkResumed(qint64 downMs);
    // Once every command (and every re-send) is answered: exact counts.
    void checkExact();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_args;
    std::unique_ptr<KioskProcess> m_kiosk;
    std::vector<Actor> m_actors;
    QList<Step> m_script;
    qsizetype m_next = 0; // next script step
    TimerRef m_timer;
    QList<qint64> m_plannedMs;
    int m_meeting = 0;

    QString actorName(int i) const { return i == Facilitator ? QStringLiteral("facilitator") : QStringLiteral("voter %1").arg(i); }
    // Collects answers that arrived on the current connections.
    void harvest();
    // Every sent command of the meeting must have been acknowledged.
    bool allAcked(QString *why);
    void trackTimer(WsTestClient *c);
    void send(int actor, const QString &type, const QJsonObject &fields);
    void buildScript();

    // Acknowledged results of one command type over all actors, in send order per actor.
    QList<QPair<int, const Sent *>> acked(const QString &type) const;
    int sentCount(const QString &type) const;
    QList<int> ackedCardIds() const;
    // The phase index the acknowledged commands put the meeting in, and how
    // far the unanswered ones could move it.
    int phaseFromCommands(bool includeUnanswered) const;

    // The first mismatch of the exact counts (empty when none), for
    // checkExact() to wait on.
    QString exactMismatch();
};

} // namespace flipover::test::crashloop
