#include "kioskcontroller.h"
#include "pdfexport.h"

#include "sessionview.h"

#include <QDate>
#include <QDir>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrl>
#include <QNetworkInterface>

namespace flipover {

KioskController::KioskController(WallChannel *room, QObject *parent)
    : QObject(parent), m_view(new SessionView(this))
{
    connect(m_view, &SessionView::undoChanged, this, &KioskController::undoChanged);
    m_frame.setSingleShot(true);
    connect(&m_frame, &QTimer::timeout, this, &KioskController::drawn);
    // Auto connections: queued when the room lives on another thread.
    connect(this, &KioskController::feedingRequested, room, &WallChannel::setFeeding);
    connect(this, &KioskController::frameDone, room, &WallChannel::frameDone);
    connect(this, &KioskController::runRequested, room, &WallChannel::run);
    connect(this, &KioskController::newMeetingRequested, room, &WallChannel::startNew);
    connect(this, &KioskController::stateRequested, room, &WallChannel::sendState);
    connect(this, &KioskController::exportChanged, room, &WallChannel::setExport);
    connect(room, &WallChannel::factsChanged, this, &KioskController::onFacts);
    connect(room, &WallChannel::snapshot, this, &KioskController::onSnapshot);
    connect(room, &WallChannel::step, this, &KioskController::onStep);
    connect(room, &WallChannel::presence, this, [this](int count) {
        if (m_feedsView)
            m_view->applyPresence(count);
    });
    connect(room, &WallChannel::done, this, &KioskController::onDone);
    connect(room, &WallChannel::startedNew, this, &KioskController::onStartedNew);
    connect(room, &WallChannel::stateReady, this, &KioskController::onState);
    connect(room, &WallChannel::roomAlert, this, &KioskController::setRoomAlert);
    connect(room, &WallChannel::storageRecovered, this, [this] {
        if (m_roomAlert == QLatin1String("storage_failed"))
            setRoomAlert(QString(), QString()); // a change is saved: the disk works again
    });
    connect(room, &WallChannel::exportedFromTablet, this, [this](const QString &folder) {
        if (folder != m_lastExportFolder) {
            m_lastExportFolder = folder;
            Q_EMIT exportFolderChanged();
        }
        Q_EMIT exported(folder);
    });
    connect(room, &WallChannel::sessionLost, this, &KioskController::sessionLost);
    Q_EMIT feedingRequested(m_feedsView); // the facts and a snapshot come back
}

void KioskController::setFeedsView(bool feeds)
{
    if (feeds == m_feedsView)
        return;
    m_feedsView = feeds;
    m_frame.stop();
    Q_EMIT feedingRequested(feeds);
}

void KioskController::onFacts(const RoomFacts &facts)
{
    const bool codeChanged = facts.meetingCode != m_facts.meetingCode || facts.pin != m_facts.pin
        || facts.facilitatorPin != m_facts.facilitatorPin;
    const bool nameChanged = facts.name != m_facts.name;
    m_facts = facts;
    if (codeChanged)
        Q_EMIT addressChanged();
    if (nameChanged && m_lastExportFolder.isEmpty())
        Q_EMIT exportFolderChanged();
    if (!m_ready) {
        m_ready = true;
        refreshPreviousOutcome(); // it follows the live meeting's format
        Q_EMIT ready();
    }
}

void KioskController::onSnapshot(quint64 seq, const QJsonObject &state, bool newMeeting)
{
    if (!m_feedsView)
        return;
    if (newMeeting)
        m_view->clear(); // a new meeting: the wall starts from nothing
    m_view->applySnapshot(seq, state);
}

// One step of the room's changes, drawn in the next frame; when that frame's
// time is up, the room may send the next (with everything that came meanwhile).
void KioskController::onStep(quint64 seq, quint64 prev, const QJsonObject &whole, const QJsonObject &patches)
{
    if (!m_feedsView)
        return;
    if (m_view->applyUpdate(seq, prev, whole, patches) == SessionView::Applied::Gap) {
        m_frame.stop();
        Q_EMIT feedingRequested(true); // cannot happen (one base, in order); never guessed: a snapshot
        return;
    }
    if (m_frameMs <= 0)
        drawn();
    else if (!m_frame.isActive())
        m_frame.start(m_frameMs);
}

void KioskController::drawn()
{
    Q_EMIT frameDone(m_view->seq());
}

void KioskController::setRoomAlert(const QString &code, const QString &message)
{
    // The disk outranks a cap: it stops everything.
    if (code == m_roomAlert || (m_roomAlert == QLatin1String("storage_failed") && !code.isEmpty()))
        return;
    m_roomAlert = code;
    Q_EMIT roomAlertChanged(code, message);
}

void KioskController::dismissRoomAlert()
{
    if (m_roomAlert != QLatin1String("storage_failed"))
        setRoomAlert(QString(), QString());
}

QString KioskController::wallAddress(const QHostAddress &listenAddress)
{
    if (!listenAddress.isNull() && listenAddress != QHostAddress::Any && listenAddress != QHostAddress::AnyIPv4
        && listenAddress != QHostAddress::AnyIPv6) {
        return listenAddress.toString();
    }
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const auto entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            const QHostAddress a = entry.ip();
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
                return a.toString();
        }
    }
    return QStringLiteral("127.0.0.1");
}

void KioskController::setEndpoint(const QHostAddress &listenAddress, quint16 port)
{
    const QString address = wallAddress(listenAddress);
    if (address == m_address && port == m_port)
        return;
    m_address = address;
    m_port = port;
    Q_EMIT addressChanged();
}

void KioskController::setTlsFingerprint(const QString &sha256Hex)
{
    if (m_tlsFingerprint == sha256Hex)
        return;
    m_tlsFingerprint = sha256Hex;
    Q_EMIT addressChanged();
}

QString KioskController::hostPort() const
{
    const bool v6 = m_address.contains(QLatin1Char(':'));
    return QStringLiteral("%1:%2").arg(v6 ? QLatin1Char('[') + m_address + QLatin1Char(']') : m_address).arg(m_port);
}

QString KioskController::joinUrl() const
{
    return (m_tlsFingerprint.isEmpty() ? QStringLiteral("ws://%1/") : QStringLiteral("wss://%1/")).arg(hostPort());
}

QString KioskController::joinLink() const
{
    return joinLinkFor(m_address, m_port, m_facts.meetingCode, m_tlsFingerprint);
}

QString KioskController::joinLinkFor(const QString &address, int port, const QString &meetingCode,
                                     const QString &fingerprint)
{
    const bool v6 = address.contains(QLatin1Char(':'));
    const QString hostPort = QStringLiteral("%1:%2").arg(v6 ? QLatin1Char('[') + address + QLatin1Char(']') : address).arg(port);
    if (fingerprint.isEmpty())
        return QStringLiteral("http://%1/?m=%2").arg(hostPort, meetingCode);
    return QStringLiteral("https://%1/?m=%2&fp=%3").arg(hostPort, meetingCode, fingerprint);
}

QString KioskController::pin() const
{
    return m_facts.pin;
}

QString KioskController::facilitatorPin() const
{
    return m_facts.facilitatorPin;
}

void KioskController::setError(const QString &code, const QString &message)
{
    if (code == m_lastErrorCode && message == m_lastErrorMessage)
        return;
    m_lastErrorCode = code;
    m_lastErrorMessage = message;
    Q_EMIT lastErrorChanged();
}

void KioskController::clearError()
{
    setError(QString(), QString());
}

bool KioskController::post(const std::function<void(quint64)> &send, bool *ok)
{
    const quint64 request = ++m_lastRequest;
    const quint64 outer = std::exchange(m_calling, request);
    m_callAnswered = false;
    send(request);
    const bool answered = m_callAnswered;
    *ok = m_callOk;
    m_calling = outer;
    m_callAnswered = false;
    return answered;
}

// Every answer of the room to the wall: the error for the wall's toast, and
// the result for whoever posted it on this thread (see post()).
void KioskController::answer(quint64 request, const QString &type, bool ok, const QString &code, const QString &message)
{
    if (ok) {
        clearError();
    } else {
        setError(code, message);
        Q_EMIT refused(code, message);
    }
    if (request == m_calling) {
        m_callAnswered = true;
        m_callOk = ok;
    }
    Q_EMIT answered(type, ok, code);
}

bool KioskController::run(const QString &type, const QJsonObject &args)
{
    bool ok = false;
    const bool answeredNow = post([&](quint64 request) {
        m_types.insert(request, type);
        Q_EMIT runRequested(request, type, args);
    }, &ok);
    return answeredNow ? ok : true; // posted: a refusal comes with refused()
}

void KioskController::onDone(quint64 request, const Result &result)
{
    answer(request, m_types.take(request), result.ok, result.code, result.message);
}

bool KioskController::startMeeting() { return run(QStringLiteral("startMeeting")); }
bool KioskController::nextPhase() { return run(QStringLiteral("nextPhase")); }
bool KioskController::previousPhase() { return run(QStringLiteral("previousPhase")); }
bool KioskController::skipPhase() { return run(QStringLiteral("skipPhase")); }
bool KioskController::pause() { return run(QStringLiteral("pause")); }
bool KioskController::resume() { return run(QStringLiteral("resume")); }
bool KioskController::endMeeting() { return run(QStringLiteral("endMeeting")); }
bool KioskController::openVote() { return run(QStringLiteral("openVote")); }
bool KioskController::closeVote() { return run(QStringLiteral("closeVote")); }
bool KioskController::releaseCase() { return run(QStringLiteral("releaseCase")); }

bool KioskController::adjustTime(int minutes)
{
    return run(QStringLiteral("adjustTime"), {{QStringLiteral("minutes"), minutes}});
}

bool KioskController::setPhaseMinutes(int index, int minutes)
{
    return run(QStringLiteral("setPhaseMinutes"), {{QStringLiteral("index"), index}, {QStringLiteral("minutes"), minutes}});
}

bool KioskController::addPhase(int after, const QString &title, int minutes)
{
    return run(QStringLiteral("addPhase"),
               {{QStringLiteral("after"), after}, {QStringLiteral("title"), title}, {QStringLiteral("minutes"), minutes}});
}

bool KioskController::revealTallies(bool revealed)
{
    return run(QStringLiteral("revealTallies"), {{QStringLiteral("revealed"), revealed}});
}

bool KioskController::addCard(const QString &text, const QString &direction)
{
    QJsonObject args{{QStringLiteral("text"), text}};
    if (!direction.isEmpty())
        args.insert(QStringLiteral("direction"), direction);
    return run(QStringLiteral("addCard"), args);
}

bool KioskController::editCard(int cardId, const QString &text, const QString &direction)
{
    QJsonObject args{{QStringLiteral("cardId"), cardId}, {QStringLiteral("direction"), direction}};
    if (!text.isEmpty())
        args.insert(QStringLiteral("text"), text);
    return run(QStringLiteral("editCard"), args);
}

bool KioskController::hideCard(int cardId, bool hidden)
{
    return run(QStringLiteral("hideCard"), {{QStringLiteral("cardId"), cardId}, {QStringLiteral("hidden"), hidden}});
}

bool KioskController::mergeCards(int cardId, int intoCardId)
{
    return run(QStringLiteral("mergeCards"), {{QStringLiteral("cardId"), cardId}, {QStringLiteral("intoCardId"), intoCardId}});
}

bool KioskController::undo()
{
    return run(QStringLiteral("undo"));
}

bool KioskController::moveCardBy(int cardId, int delta)
{
    return run(QStringLiteral("moveCardBy"), {{QStringLiteral("cardId"), cardId}, {QStringLiteral("delta"), delta}});
}

bool KioskController::unmergeCard(int cardId)
{
    return run(QStringLiteral("unmergeCard"), {{QStringLiteral("cardId"), cardId}});
}

bool KioskController::moveCard(int cardId, int position)
{
    return run(QStringLiteral("moveCard"), {{QStringLiteral("cardId"), cardId}, {QStringLiteral("position"), position}});
}

bool KioskController::answerQuestion(int questionId, bool answered, const QString &answer)
{
    return run(QStringLiteral("answerQuestion"), {{QStringLiteral("questionId"), questionId},
                                                  {QStringLiteral("answered"), answered},
                                                  {QStringLiteral("answer"), answer}});
}

bool KioskController::setCase(const QString &text)
{
    return run(QStringLiteral("setCase"), {{QStringLiteral("text"), text}});
}

bool KioskController::addRemark(int cardId, const QString &kind, const QString &text)
{
    return run(QStringLiteral("addRemark"), {{QStringLiteral("cardId"), cardId}, {QStringLiteral("kind"), kind},
                                             {QStringLiteral("text"), text}});
}

bool KioskController::tagCard(int cardId, const QString &tag, bool on)
{
    return run(QStringLiteral("tagCard"),
               {{QStringLiteral("cardId"), cardId}, {QStringLiteral("tag"), tag}, {QStringLiteral("on"), on}});
}

bool KioskController::execute(const QString &type, const QVariantMap &args)
{
    return run(type, QJsonObject::fromVariantMap(args));
}

QStringList KioskController::outcomeFileNames()
{
    return {QStringLiteral("outcome.md"), QStringLiteral("outcome.csv"), QStringLiteral("outcome-reflections.csv"),
            QStringLiteral("outcome.pdf")};
}

QString KioskController::exportFolder() const
{
    return m_lastExportFolder.isEmpty() ? defaultExportFolder(m_facts.name) : m_lastExportFolder;
}

void KioskController::setExportLanguage(const QString &language)
{
    m_exportLanguage = language;
    Q_EMIT exportChanged(m_lastExportFolder, m_exportLanguage);
}

// The outcome is written here, on the wall's thread, from a copy of the
// meeting's state the room sends (onState): the room goes on meanwhile.
bool KioskController::exportOutcome(const QString &folder, bool includeCase)
{
    const QString path = folder.startsWith(QLatin1String("file:")) ? QUrl(folder).toLocalFile() : folder;
    if (path.trimmed().isEmpty()) {
        answer(0, QStringLiteral("exportOutcome"), false, QStringLiteral("export_failed"), QStringLiteral("No folder was chosen."));
        return false;
    }
    bool ok = false;
    const bool answeredNow = post([&](quint64 request) {
        m_exports.insert(request, {path, includeCase});
        Q_EMIT stateRequested(request);
    }, &ok);
    return answeredNow ? ok : true;
}

void KioskController::onState(quint64 request, const SessionState &state)
{
    const auto it = m_exports.constFind(request);
    if (it == m_exports.constEnd())
        return;
    const PendingExport e = *it;
    m_exports.erase(it);
    QString error;
    if (!writeOutcome(state, {e.includeCase, m_exportLanguage}, e.path, &error) && error.isEmpty())
        error = QStringLiteral("The files could not be written.");
    if (!error.isEmpty()) {
        answer(request, QStringLiteral("exportOutcome"), false, QStringLiteral("export_failed"), error);
        return;
    }
    const QString written = QDir::cleanPath(e.path);
    if (written != m_lastExportFolder) {
        m_lastExportFolder = written;
        Q_EMIT exportChanged(m_lastExportFolder, m_exportLanguage);
        Q_EMIT exportFolderChanged();
    }
    answer(request, QStringLiteral("exportOutcome"), true, QString(), QString());
    Q_EMIT exported(written);
}

} // namespace flipover
