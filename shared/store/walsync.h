// WalSync: puts a SQLite write-ahead log on the disk off the event loop.
//
// The Store commits with synchronous=NORMAL: a commit returns once SQLite has
// written it into the -wal file, where it survives a kill -9 of the kiosk (the
// operating system holds the written pages) but not yet a power cut. WalSync
// then calls fdatasync on that file from its own thread and reports, on the
// thread that owns it, the highest ticket whose commit is on the disk. The
// kiosk acknowledges a command only after that report, so an ack still means
// "on the disk", while the update everybody sees no longer waits for the disk.
// Requests that arrive while a sync runs share the next one (group commit).
#pragma once

#include <QObject>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace flipover {

class WalSync : public QObject
{
    Q_OBJECT
public:
    explicit WalSync(QObject *parent = nullptr);
    ~WalSync() override; // stop()

    // Starts serving the database at databasePath: syncs what is there now
    // (a kiosk killed before its last sync left it in memory only), then
    // waits for requests. false (and *error) if the file cannot be synced.
    bool start(const QString &databasePath, QString *error);
    // Syncs what was requested and stops: before the file is closed, moved or
    // leaves WAL mode. Tickets go on growing across start() and stop(), so a
    // late report never speaks for a later commit.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

    // Everything written to the file so far gets on the disk; durable(ticket)
    // follows (tickets only grow). checkpoint: then, on this thread too, the
    // log is folded into the database file and truncated to nothing
    // (wal_checkpoint(TRUNCATE) on a connection of its own): a sealed commit
    // does not stay in the -wal file (docs/security.md, "Storage").
    void request(quint64 ticket, bool checkpoint = false);
    // Asks for the log to be folded in now (after a sync), whatever it holds:
    // true if this thread will do it (checkpointed() follows), false if it
    // cannot (not running, or held) or there is nothing to fold.
    bool fold();
    // Waits until no checkpoint asked for is still to run (at once when not
    // running or held).
    void waitForCheckpoint();
    // Whether waitForCheckpoint() would wait now; checkpointed() follows.
    bool checkpointPending() const;
    // What the log holds, as far as requests tell: no commit since the last
    // fold; a sealed commit not yet folded. At start the log is unknown (a
    // killed kiosk may have left anything): neither until folded.
    bool logEmpty() const;
    bool logHoldsSealed() const;
    // The log was folded and truncated on another connection (Store::checkpoint).
    void noteFolded();
    // The same, now, on the calling thread; durable() is emitted before it
    // returns. For shutdown, not for the hot path.
    bool syncNow(QString *error);
    quint64 durableTicket() const;

    // Tests only: while held, the thread syncs nothing (a disk that is slow to
    // confirm). Releasing it lets every waiting request through.
    void setHeld(bool held);

Q_SIGNALS:
    void durable(quint64 ticket);
    // A checkpoint asked for has run (or failed): a private commit now goes
    // through without waiting.
    void checkpointed();
    // fdatasync failed (the disk or file system reports an error). The ticket
    // is reported durable anyway: the commit is in the file, and holding acks
    // forever would stall every tablet. SessionEngine logs it as critical.
    void syncFailed(const QString &message);

private:
    void run();
    bool syncFile(QString *error); // with m_mutex not held
    bool openCheckpointConnection(QString *error);
    bool checkpointFile(QString *error); // on the thread, with m_mutex not held; true when folded
    void closeCheckpointConnection(); // on the thread

    QString m_path;
    int m_fd = -1;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_checkpointed;
    QString m_checkpointConnection; // the thread's own SQLite connection, once needed
    bool m_checkpointPending = false;
    quint64 m_requested = 0;
    quint64 m_durable = 0;
    quint64 m_foldedThrough = 0; // every commit up to this ticket is out of the log
    quint64 m_sealed = 0;        // the newest sealed commit's ticket
    bool m_logUnknown = true;    // since start(), until the first fold
    bool m_stopping = false;
    bool m_held = false;
};

} // namespace flipover
