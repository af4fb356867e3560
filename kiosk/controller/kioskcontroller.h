// KioskController: what the wall's QML calls, on the GUI thread. Each action
// is a command of the kiosk's own facilitator, posted to the room (its
// WallChannel, on the room's thread, kiosk/room/wallchannel.h) like any other
// command; its answer comes back by signal. The controller keeps no meeting
// state and holds no engine: it owns the wall's SessionView, fed from the
// room's change events (the wall's sections whole and patched, the walk the
// network's fan-out uses), at most one step a frame, and the facts the room
// publishes (PINs, meeting code, name). It also tells the wall how to join.
//
// On one thread (tests, tools) the room answers before an action returns, and
// the action returns whether the engine accepted it. Across threads it
// returns true once posted (false only for what it can refuse itself); a
// refusal comes later through refused() and lastError*; answered() reports
// every answer.
#pragma once

#include "engine.h"
#include "sessionview.h"
#include "wallchannel.h"

#include <QHostAddress>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <functional>

namespace flipover {

class KioskController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(flipover::SessionView *view READ view CONSTANT)
    Q_PROPERTY(QString joinUrl READ joinUrl NOTIFY addressChanged)
    Q_PROPERTY(QString joinLink READ joinLink NOTIFY addressChanged)
    Q_PROPERTY(QString address READ address NOTIFY addressChanged)
    Q_PROPERTY(int port READ port NOTIFY addressChanged)
    Q_PROPERTY(QString pin READ pin NOTIFY addressChanged)
    Q_PROPERTY(QString facilitatorPin READ facilitatorPin NOTIFY addressChanged)
    Q_PROPERTY(QString lastErrorCode READ lastErrorCode NOTIFY lastErrorChanged)
    Q_PROPERTY(QString lastErrorMessage READ lastErrorMessage NOTIFY lastErrorChanged)
    // What undo() would take back (the engine's history, SessionView::undoKind):
    // "" (nothing), "hide", "show", "merge", "unmerge", "edit" or "move".
    Q_PROPERTY(QString undoKind READ undoKind NOTIFY undoChanged)
    // Where the next export goes: the folder used last, or
    // Documents/Flipover/<yyyy-MM-dd> <session name>.
    Q_PROPERTY(QString exportFolder READ exportFolder NOTIFY exportFolderChanged)
    // Past meetings, newest first: fileName, name, formatTitle, date
    // (yyyy-MM-dd), cycleMeeting, cycleSize (kioskcontroller_meetings.cpp).
    Q_PROPERTY(QVariantList pastMeetings READ pastMeetings NOTIFY pastMeetingsChanged)
    // What the room produced last time, for the start of this meeting: the
    // latest archived meeting of this format (in a cycle, the one with the
    // highest cycle meeting below this one's), anonymised as the export is;
    // an empty map when there is none (kioskcontroller_outcome.cpp).
    Q_PROPERTY(QVariantMap previousOutcome READ previousOutcome NOTIFY previousOutcomeChanged)
    // Why the room cannot go on as before, for the wall's notice (RoomAlert.qml):
    // "storage_failed" (the disk failed; cleared when a change is saved again),
    // a cap's code (meeting_full, too_many_cards, too_many_remarks,
    // too_many_items, board_full; cleared by dismissRoomAlert), or "".
    Q_PROPERTY(QString roomAlert READ roomAlert NOTIFY roomAlertChanged)
    // The built-in formats in the wall's language: id, title, description, cycleSize.
    Q_PROPERTY(QVariantList builtInFormats READ builtInFormats CONSTANT)
public:
    // room: the room's end of the wall (it may live on another thread).
    explicit KioskController(WallChannel *room, QObject *parent = nullptr);

    // Whether the room has told its facts (the PINs, the meeting code): at
    // once on one thread, else soon after construction (ready()).
    bool isReady() const { return m_ready; }
    // How long the wall takes for a frame: a step of the room's changes is
    // drawn, then the next may come (default 16 ms; 0: at once).
    void setFrameInterval(int ms) { m_frameMs = ms; }

    // Where tablets connect: the listening address (any → the first
    // non-loopback IPv4 address, else 127.0.0.1) and port.
    void setEndpoint(const QHostAddress &listenAddress, quint16 port);

    SessionView *view() const { return m_view; }
    // Whether the wall's view follows the meeting (the default). A kiosk run
    // with --no-gui has nobody looking at it, and spends nothing on it; turned
    // on again, the view takes the state as it is now.
    void setFeedsView(bool feeds);
    bool feedsView() const { return m_feedsView; }
    // With TLS the join URL is wss and the tablets pin this fingerprint.
    void setTlsFingerprint(const QString &sha256Hex);
    QString tlsFingerprint() const { return m_tlsFingerprint; }
    QString joinUrl() const;
    // What the QR code carries: http://HOST:PORT/?m=MEETING, the browser voter
    // page on the kiosk's own listener (the Qt voter turns http into ws).
    QString joinLink() const;
    QString address() const { return m_address; }
    int port() const { return m_port; }
    QString pin() const;
    QString facilitatorPin() const;
    QString lastErrorCode() const { return m_lastErrorCode; }
    QString lastErrorMessage() const { return m_lastErrorMessage; }
    QString undoKind() const { return m_view->undoKind(); }
    QString roomAlert() const { return m_roomAlert; }
    Q_INVOKABLE void dismissRoomAlert();
    QString exportFolder() const;
    // The language of the export's headings ("nl" or "en"), as the wall's.
    void setExportLanguage(const QString &language);

    static QString wallAddress(const QHostAddress &listenAddress);
    // The join link for an address (wallAddress), port, meeting code and TLS
    // fingerprint (may be empty): also the beacon's, on the room's thread.
    static QString joinLinkFor(const QString &address, int port, const QString &meetingCode, const QString &fingerprint);

    // Where the kiosk's meetings are kept (the session's data dir) and the
    // wall's language: what newMeeting and the past meetings work on.
    // Without it they refuse (code "no_session").
    void setArchive(const QString &dataDir, const QString &language);
    QVariantList pastMeetings() const;
    QVariantMap previousOutcome() const { return m_previousOutcome; }
    QVariantList builtInFormats() const;
    // Ends this meeting for good (it goes to the archive) and starts one of
    // format: a built-in id, a .json path or a file: URL. cycleMeeting 0
    // continues the format's cycle. A format that does not load is refused
    // with the loader's error (field and line) and changes nothing.
    Q_INVOKABLE bool newMeeting(const QString &format, int cycleMeeting = 0);
    // Deletes a past meeting for good (MeetingArchive::remove).
    Q_INVOKABLE bool deletePastMeeting(const QString &fileName);
    // Loads a format without starting it (the start screen's dry run): a
    // built-in id, a .json path or a file: URL. Gives ok, format (what to
    // pass to newMeeting), file (its name; empty when built in), title,
    // description, minutes, cycleSize and nextCycleMeeting (the meeting
    // newMeeting(format, 0) would start; 0 without a cycle). A format that
    // does not load gives ok false with file, line (0: unknown), field,
    // message and text (all of it in one line). Changes nothing.
    Q_INVOKABLE QVariantMap checkFormat(const QString &format) const;

    // Each returns whether the engine accepted it; on refusal lastError* say why.
    Q_INVOKABLE bool startMeeting();
    Q_INVOKABLE bool nextPhase();
    Q_INVOKABLE bool previousPhase();
    Q_INVOKABLE bool skipPhase();
    Q_INVOKABLE bool pause();
    Q_INVOKABLE bool resume();
    Q_INVOKABLE bool adjustTime(int minutes);
    Q_INVOKABLE bool endMeeting();
    // The plan (the current or a later phase): its length in minutes, and a
    // talking phase added after phase `after` (see docs/protocol.md).
    Q_INVOKABLE bool setPhaseMinutes(int index, int minutes);
    Q_INVOKABLE bool addPhase(int after, const QString &title, int minutes);
    Q_INVOKABLE bool openVote();
    Q_INVOKABLE bool closeVote();
    Q_INVOKABLE bool revealTallies(bool revealed);
    Q_INVOKABLE bool addCard(const QString &text, const QString &direction = QString());
    // An empty text leaves the text as it is; direction is always written.
    Q_INVOKABLE bool editCard(int cardId, const QString &text, const QString &direction);
    // Every change of a card (edit, hide, merge, unmerge, move) can be taken
    // back with undo(), newest first, from here or a facilitator's tablet: the
    // engine's `undo` command (docs/protocol.md).
    Q_INVOKABLE bool hideCard(int cardId, bool hidden);
    Q_INVOKABLE bool mergeCards(int cardId, int intoCardId);
    Q_INVOKABLE bool unmergeCard(int cardId);
    Q_INVOKABLE bool moveCard(int cardId, int position);
    // One place earlier (delta < 0) or later among the cards the room sees.
    Q_INVOKABLE bool moveCardBy(int cardId, int delta);
    Q_INVOKABLE bool undo();
    Q_INVOKABLE bool answerQuestion(int questionId, bool answered, const QString &answer = QString());
    Q_INVOKABLE bool setCase(const QString &text);
    Q_INVOKABLE bool releaseCase();
    Q_INVOKABLE bool addRemark(int cardId, const QString &kind, const QString &text);
    Q_INVOKABLE bool tagCard(int cardId, const QString &tag, bool on);
    // Any other facilitator command by its protocol name.
    Q_INVOKABLE bool execute(const QString &type, const QVariantMap &args = {});
    Q_INVOKABLE void clearError();
    // Writes outcome.md, .csv, -reflections.csv and .pdf (anonymised, see
    // exporter.h) into `folder` (a path or a file: URL), made if need be.
    // On failure lastError* say why (code "export_failed").
    Q_INVOKABLE bool exportOutcome(const QString &folder, bool includeCase);
    // The files exportOutcome writes, in the order it writes them. (A
    // facilitator tablet's export: WallChannel::exportFromTablet.)
    static QStringList outcomeFileNames();

Q_SIGNALS:
    void addressChanged();
    void lastErrorChanged();
    void undoChanged();
    // message: the engine's English sentence of the refusal that raised it.
    void roomAlertChanged(const QString &code, const QString &message);
    void exportFolderChanged();
    void exported(const QString &folder);
    // The engine refused an action of the wall (for a toast).
    void refused(const QString &code, const QString &message);
    void pastMeetingsChanged();
    void previousOutcomeChanged();
    // The room answered an action of the wall (type: the command's, or
    // "newMeeting", "exportOutcome").
    void answered(const QString &type, bool ok, const QString &code);
    void ready();
    // To the room (WallChannel's slots of the same names).
    void feedingRequested(bool feeding);
    void frameDone(quint64 seq);
    void runRequested(quint64 request, const QString &type, const QJsonObject &args);
    void newMeetingRequested(quint64 request, const QString &format, int cycleMeeting);
    void stateRequested(quint64 request);
    void exportChanged(const QString &folder, const QString &language);
    // newMeeting archived the old meeting but could not create the new one
    // (a disk error): there is no session; the kiosk should stop (a restart
    // creates a new meeting).
    void sessionLost(const QString &message);

private:
    bool run(const QString &type, const QJsonObject &args = {});
    // A request to the room; true when answered at once (one thread), with *ok.
    bool post(const std::function<void(quint64)> &send, bool *ok);
    void answer(quint64 request, const QString &type, bool ok, const QString &code, const QString &message);
    QString hostPort() const;
    void setError(const QString &code, const QString &message);
    void onFacts(const RoomFacts &facts);
    void onSnapshot(quint64 seq, const QJsonObject &state, bool newMeeting);
    void onStep(quint64 seq, quint64 prev, const QJsonObject &whole, const QJsonObject &patches);
    void drawn();
    void onDone(quint64 request, const Result &result);
    void onStartedNew(quint64 request, int failure, const QString &error);
    void onState(quint64 request, const SessionState &state);
    void refreshPreviousOutcome();
    void setRoomAlert(const QString &code, const QString &message);

    SessionView *m_view;
    RoomFacts m_facts;
    bool m_ready = false;
    bool m_feedsView = true;
    int m_frameMs = 16;
    QTimer m_frame; // the frame a step is drawn in; then the next may come
    quint64 m_lastRequest = 0;
    quint64 m_calling = 0; // the request being posted now
    bool m_callAnswered = false;
    bool m_callOk = false;
    QHash<quint64, QString> m_types; // requests not yet answered, by number
    struct PendingExport {
        QString path;
        bool includeCase = false;
    };
    QHash<quint64, PendingExport> m_exports;
    QString m_dataDir;
    QString m_language = QStringLiteral("nl");
    QString m_address = QStringLiteral("127.0.0.1");
    QString m_tlsFingerprint;
    int m_port = 0;
    QString m_lastErrorCode;
    QString m_lastErrorMessage;
    QString m_roomAlert;
    QString m_lastExportFolder;
    QString m_exportLanguage = QStringLiteral("nl");
    QVariantMap m_previousOutcome;
};

} // namespace flipover
