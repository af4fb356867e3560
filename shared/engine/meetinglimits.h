// The caps of one meeting: numbers a real room (up to 1,000 people, an
// afternoon) never reaches and a participant who scripts the protocol always
// does. Each is checked by the engine before a command changes anything and
// refused with its own code (docs/protocol.md, "Caps of a meeting"); the
// wall tells the facilitator (KioskController::roomAlert).
#pragma once

#include "engine.h"

namespace flipover {

struct SessionState;

namespace limits {

constexpr int MaxParticipants = 2500;            // meeting_full (a resume always gets in)
constexpr int MaxCards = 2000;                   // too_many_cards (hidden and merged ones count)
constexpr int MaxRemarksPerCard = 200;           // too_many_remarks
constexpr int MaxRemarks = 10000;                // too_many_remarks, the whole meeting
constexpr int MaxQuestions = 1000;               // too_many_items
constexpr int MaxSolutions = 1000;               // too_many_items
constexpr int MaxInsights = 3000;                // too_many_items
constexpr int MaxTips = 3000;                    // too_many_items
constexpr int MaxThoughtsPerParticipant = 100;   // too_many_items
// All text the room shares (cards with their directions, remarks, questions
// with their answers, solutions with their arguments, insights, tips), in
// characters: what a snapshot carries at most. board_full.
constexpr qsizetype MaxSharedCharacters = 1'000'000;

qsizetype sharedCharacters(const SessionState &s);

// A refusal (ok == false) when `count` items are there already and `max` is
// the cap; success otherwise.
Result room(qsizetype count, qsizetype max, const char *code, const QString &what);
// A refusal when adding `adding` characters would pass MaxSharedCharacters.
Result roomForText(const SessionState &s, qsizetype adding);

// Codes after which the room cannot go on as before until the facilitator
// acts: a cap, or the disk (storage_failed).
bool stopsTheRoom(const QString &code);

} // namespace limits
} // namespace flipover
