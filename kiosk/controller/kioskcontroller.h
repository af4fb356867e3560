// KioskController: what the wall's QML calls. Each action is a command of the
// kiosk's own facilitator, handed to the SessionEngine like any other; the
// controller keeps no meeting state. It owns the wall's SessionView and feeds
// it from the engine's changes through the same walk as the network's fan-out
// (SectionFeed, shared/projection/sectionfeed.h): the wall's sections whole
// and patched, applied as they are made, never written as wire text and read
// back. It also tells the wall how to join.
#pragma once

#include "engine.h"
#include "sectionfeed.h"
#include "sessionview.h"

#include <QHostAddress>
#include <QObject>
#include <QVariantMap>

namespace flipover {

class KioskSession;

class KioskController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(flipover::SessionView *view READ view CONSTANT)
    Q_PROPERTY(QString joinUrl READ joinUrl NOTIFY addressChanged)
    Q_PROPERTY(QString joinLink READ joinLink NOTIFY addressChanged)
    Q_PROPERTY(QString address READ address NOTIFY addressChanged)
    Q_PROPERTY(int port READ port NOTIFY addressChanged)
    Q_PROPERTY(QString pin READ pin CONSTANT)
    Q_PROPERTY(QString facilitatorPin READ facilitatorPin CONSTANT)
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
    explicit KioskController(SessionEngine *engine, QObject *parent = nullptr);

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
    void setExportLanguage(const QString &language) { m_exportLanguage = language; }

    static QString wallAddress(const QHostAddress &listenAddress);

    // The kiosk's session: what newMeeting and the past meetings work on.
    // Without one they refuse (code "no_session").
    void setSession(KioskSession *session);
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
    // The facilitator tablet's exportOutcome command (KioskServer's kiosk
    // command, kioskcontroller_export.cpp): the same files into exportFolder(),
    // never a folder from the network. args: includeCase (optional bool).
    // Result: {"folder", "files"}; refusals: invalid, export_failed.
    Result exportFromTablet(const QJsonObject &args);
    // The files exportOutcome writes, in the order it writes them.
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
    // After newMeeting: the server follows with KioskServer::setEngine.
    void engineReplaced(flipover::SessionEngine *engine);
    // newMeeting archived the old meeting but could not create the new one
    // (a disk error): there is no session; the kiosk should stop (a restart
    // creates a new meeting).
    void sessionLost(const QString &message);

private:
    bool run(const QString &type, const QJsonObject &args = {});
    QString hostPort() const;
    void setError(const QString &code, const QString &message);
    void onChanged(quint64 seq, Sections sections);
    void attach(SessionEngine *engine);
    void snapshotView();
    void refreshPreviousOutcome();
    void setRoomAlert(const QString &code, const QString &message);

    QJsonValue undoSection() const;

    SessionEngine *m_engine = nullptr;
    KioskSession *m_session = nullptr;
    SessionView *m_view;
    SectionFeed m_feed; // the wall's sections as m_view holds them
    bool m_feedsView = true;
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
