// KioskSession: brings the meeting up at start — opens the store in the data
// dir, loads the format, and resumes the stored session or creates a new one
// (with random PINs unless given). It owns the store and the engine.
#pragma once

#include "clock.h"
#include "engine.h"
#include "format.h"
#include "store.h"

#include <QString>
#include <memory>

namespace flipover {

struct SessionOptions {
    QString dataDir;
    QString format = QStringLiteral("collegiale-ontmoeting"); // built-in id or a .json path
    QString language = QStringLiteral("nl");
    QString pin;            // empty: a random 6-digit PIN
    QString facilitatorPin; // empty: a random 8-digit PIN
    QString name;           // empty: the format's title
    bool demo = false;      // fill a new session with a demo case and cards
    int cycleMeeting = 0;   // a format with a cycle: which meeting (from 1); 0: the next after the archive's latest
};

class KioskSession
{
public:
    enum class Failure { None, BadInput, Runtime }; // exit codes 0, 2, 1

    explicit KioskSession(Clock *clock = nullptr);
    ~KioskSession();
    KioskSession(const KioskSession &) = delete;
    KioskSession &operator=(const KioskSession &) = delete;

    // On failure, *error is one line for stderr.
    Failure start(const SessionOptions &options, QString *error);

    // Ends the current meeting for good and starts another: the options are
    // checked first (bad input changes nothing), then the current store is
    // archived (see MeetingArchive::archiveLive) and a new session is created
    // in the live file. engine() and store() are new objects afterwards.
    // After a Runtime failure past the archive step there is no session.
    Failure startNew(const SessionOptions &options, QString *error);
    // The session PIN and the facilitator PIN stay those of the meeting
    // before unless options give others: the room keeps joining with the PIN
    // it knows.
    QString dataDir() const { return m_dataDir; }
    const SessionOptions &options() const { return m_options; } // as last started

    SessionEngine *engine() const { return m_engine.get(); }
    Store *store() const { return m_store.get(); }
    Clock *clock() const { return m_clock; }
    bool isNew() const { return m_isNew; }

    static QString randomDigits(int count);
    static bool isValidPin(const QString &pin);

private:
    Failure checkOptions(const SessionOptions &options, FormatResult *loaded, QString *error) const;
    void fillDemo();

    QString m_dataDir;
    SessionOptions m_options;
    std::unique_ptr<Clock> m_ownClock;
    Clock *m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SessionEngine> m_engine;
    bool m_isNew = false;
};

} // namespace flipover
