// The meeting's state as the engine owns it, and how each part is written to
// the store as a record (kind, id, JSON). Anonymous parts (cards, remarks,
// solutions, ballots, insights, tips) carry no participant id, device or time.
#pragma once

#include "format.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace flipover {

struct Participant {
    QString id;
    QString tokenHash; // sha256 of the resume token; the token itself is never stored
    bool facilitator = false;
    bool hasVoted = false; // kept apart from ballots: no time, no order
    QJsonObject toJson() const;
    static Participant fromJson(const QJsonObject &o);
};

struct Remark {
    int id = 0;
    QString kind; // "dreamer" or "critic"
    QString text;
};

struct Card {
    int id = 0;
    QString text;       // the consideration
    QString direction;  // the direction (richting) it belongs to
    QStringList tags;
    QList<Remark> remarks;
    bool hidden = false;
    int mergedInto = 0; // 0 = stands on its own
    int order = 0;      // the facilitator's order on the flipover
    QJsonObject toJson() const;
    static Card fromJson(const QJsonObject &o);
};

struct Thought { // first thoughts: private to the author
    int id = 0;
    QString owner;
    QString text;
};

struct Question {
    int id = 0;
    QString text;
    bool answered = false;
    QString answer;
};

struct Solution { // to the facilitator only, anonymous
    int id = 0;
    QString text;
    QString arguments;
};

struct Ballot { // stored under a keyed hash of the tablet's ballot token
    QString key;
    QMap<int, int> choices; // card id -> dots
};

struct Insight {
    int id = 0;
    QString question; // "enriched" or "takeaway"
    QString text;
    bool shared = false; // shown on the wall (anonymously)
};

struct Tip {
    int id = 0;
    QString kind; // "tip" or "top"
    QString text;
};

struct PhaseRun {
    qint64 elapsedMs = 0;   // accumulated while running, up to runningSince
    int adjustSeconds = 0;  // extend (+) or shorten (-) the planned time
    QString status = QStringLiteral("pending"); // pending, active, done, skipped
};

enum class VoteStatus { Idle, Open, Closed };

struct SessionState {
    Format format;
    QString name;
    QString pin;
    QString facilitatorPin;
    QString salt; // keys ballot and idempotency hashes
    quint64 seq = 0;
    int nextId = 1;
    int cycleMeeting = 0; // which meeting of format.cycle this is, from 1; 0: not part of a cycle

    int phaseIndex = -1; // -1: not started (ground rules), phases.size(): ended
    bool running = false;
    qint64 runningSinceMono = 0; // in memory; on disk with the wall clock and boot id
    QList<PhaseRun> runs;

    QString caseText;
    QString caseOwner; // participant id

    VoteStatus vote = VoteStatus::Idle;
    int votePhase = -1; // the phase whose vote settings apply
    bool talliesRevealed = false;

    QMap<QString, Participant> participants;
    QMap<int, Card> cards;
    QMap<int, Thought> thoughts;
    QMap<int, Question> questions;
    QMap<int, Solution> solutions;
    QMap<QString, Ballot> ballots; // ordered by key, never by cast order
    QMap<int, Insight> insights;
    QMap<int, Tip> tips;
    QMap<QString, QJsonObject> dedup; // keyed hash of (resume token, client message id) -> result

    bool ended() const { return phaseIndex >= format.phases.size(); }
    // Anything of the room's work: started, a case, or any item. A meeting
    // without it (a kiosk booted, then a format picked) is not worth keeping.
    bool holdsWork() const
    {
        return phaseIndex >= 0 || !caseText.isEmpty() || !cards.isEmpty() || !thoughts.isEmpty()
            || !questions.isEmpty() || !solutions.isEmpty() || !ballots.isEmpty() || !insights.isEmpty()
            || !tips.isEmpty();
    }
    const Phase *currentPhase() const
    {
        return phaseIndex >= 0 && phaseIndex < format.phases.size() ? &format.phases[phaseIndex] : nullptr;
    }
};

} // namespace flipover
