// The meeting's state as the engine owns it, and how each part is written to
// the store as a record (kind, id, JSON). Anonymous parts (cards, remarks,
// solutions, ballots, insights, tips) carry no participant id, device or time.
#pragma once

#include "format.h"
#include "journalmap.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <tuple>

namespace flipover {

// Secrets derived from a resume token R (see privateKey): on disk a
// participant has only its resume key; its ballot and first thoughts carry
// other, unrelated keys of R, so the disk alone cannot tie them together.
struct Participant {
    QString id;
    QString tokenHash; // resume key: HMAC(salt, "resume", sha256(R)); R itself is never stored
    bool facilitator = false;
    // In memory only, found again at every join or resume from R: never on disk.
    bool hasVoted = false;
    QString ballotKey;        // the key of this participant's ballot, if any
    bool legacyVoted = false; // a store of schema 1 kept "has voted" on the participant
    QString legacyDigest;     // schema 1's plain sha256(R), until migrateLegacy() replaces it
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
    QString owner; // participant id, in memory only (known once the author resumes)
    QString text;
    QString tag;   // on disk instead of the owner: HMAC(salt, "author", sha256(R) + id)
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
    QString owner; // HMAC(salt, "owner", sha256(R)) of the voter's resume token; empty: from schema 1
    QMap<int, int> choices; // card id -> dots
    // Its row's data (recordFor), made once by withRecord(): a commit with a
    // ballot writes every ballot again (docs/security.md, "Storage"), and
    // serialising each at every vote was a tenth of the room's time at 1000
    // voters. Empty: serialised when written. Change owner or choices only
    // through a new withRecord().
    QByteArray record;
    Ballot withRecord() const;
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

// A facilitator's change of a card, kept so that `undo` can take it back
// (commands_undo.cpp). It holds card ids and what the card was before, never
// who changed it or when. SessionState::undo keeps the last MaxUndoSteps.
struct UndoStep {
    int id = 0;          // its place in the history (counted per meeting, from 1)
    QString kind;        // hide, show, merge, unmerge, edit, move
    int cardId = 0;
    int intoCardId = 0;  // merge, unmerge: the card it was merged into
    int from = -1;       // move, merge: its place among the standing cards before
    int to = -1;         // move: its place after
    QList<int> followers; // merge: the cards merged into cardId that went along
    QString text, direction; // edit: the card's text and direction before
    QJsonObject toJson() const;
    static UndoStep fromJson(const QJsonObject &o);
};
constexpr int MaxUndoSteps = 20;

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
    QMap<QString, int> nextIds; // per kind of item ("card", "thought", ...): ids show no order across kinds
    int takeId(const QString &kind) { int &n = nextIds[kind]; if (n < 1) n = 1; return n++; }
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
    // The card the wall shows full screen (focusCard), 0 for none: always a
    // card the room sees, in a phase that puts the board on the wall.
    int focusCardId = 0;

    // The items: maps that grow with the room, written only through their
    // journal (journalmap.h), so a savepoint (savepoint.h) goes back without
    // copying them. A new one belongs in itemMaps() too.
    JournalMap<QString, Participant> participants;
    JournalMap<int, Card> cards;
    JournalMap<int, Thought> thoughts;
    JournalMap<int, Question> questions;
    JournalMap<int, Solution> solutions;
    JournalMap<QString, Ballot> ballots; // ordered by key, never by cast order
    JournalMap<int, Insight> insights;
    JournalMap<int, Tip> tips;
    JournalMap<QString, QJsonObject> dedup; // keyed hash of (resume token, client message id) -> result
    JournalMap<int, UndoStep> undo; // by id: the newest last, at most MaxUndoSteps
    static constexpr auto itemMaps()
    {
        return std::make_tuple(&SessionState::participants, &SessionState::cards, &SessionState::thoughts,
                               &SessionState::questions, &SessionState::solutions, &SessionState::ballots,
                               &SessionState::insights, &SessionState::tips, &SessionState::dedup,
                               &SessionState::undo);
    }

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
    // Whether the current phase puts the board (the cards) on the wall.
    bool boardOnWall() const
    {
        const Phase *p = currentPhase();
        return p && (p->has(Activity::Vote) || p->has(Activity::Considerations) || p->has(Activity::Remarks)
                     || p->has(Activity::Tags));
    }
};

} // namespace flipover
