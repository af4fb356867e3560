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

KioskController::KioskController(SessionEngine *engine, QObject *parent)
    : QObject(parent), m_view(new SessionView(this))
{
    connect(m_view, &SessionView::undoChanged, this, &KioskController::undoChanged);
    attach(engine);
}

void KioskController::attach(SessionEngine *engine)
{
    m_engine = engine;
    snapshotView();
    connect(m_engine, &SessionEngine::changed, this, [this](quint64 seq, Sections sections, const QStringList &) {
        if (m_roomAlert == QLatin1String("storage_failed"))
            setRoomAlert(QString(), QString()); // that change is saved: the disk works again
        onChanged(seq, sections);
    });
    connect(m_engine, &SessionEngine::roomStopped, this, &KioskController::setRoomAlert);
    connect(m_engine, &SessionEngine::presentCountChanged, m_view, [this](int count) {
        if (m_feedsView)
            m_view->applyPresence(count);
    });
    setRoomAlert(QString(), QString()); // a new meeting starts with room to spare
}

void KioskController::setFeedsView(bool feeds)
{
    if (feeds == m_feedsView)
        return;
    m_feedsView = feeds;
    if (feeds)
        snapshotView();
    else
        m_feed.forget();
}

// The wall is a public screen: it shows what the room may see (the wall's
// sections), never the facilitator's view (hidden cards, unshared insights,
// hidden tallies); only what undo would take back is the facilitator's.
void KioskController::snapshotView()
{
    if (!m_feedsView)
        return;
    QJsonObject state = m_engine->projection(Actor::wallDisplay());
    state.insert(sectionName(Section::Undo), undoSection());
    m_feed.forget();
    m_feed.startFrom(m_engine->seq(), state);
    m_view->applySnapshot(m_engine->seq(), state);
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

QJsonValue KioskController::undoSection() const
{
    // The wall's keys are the kiosk's facilitator: what undo would take back
    // is theirs, without the card's text (the card may be hidden from the room).
    QJsonValue undo = m_engine->section(Section::Undo, Actor::localFacilitator());
    if (undo.isObject()) {
        QJsonObject o = undo.toObject();
        o.remove(QStringLiteral("text"));
        undo = o;
    }
    return undo;
}

void KioskController::onChanged(quint64 seq, Sections sections)
{
    if (!m_feedsView)
        return;
    SectionFeed::Step step = m_feed.advance(*m_engine, Actor::wallDisplay(), seq, sections);
    if (step.current)
        return;
    if (step.prev == SectionFeed::NoBase) {
        snapshotView(); // cannot happen (the base is held from attach on); never guessed
        return;
    }
    if (sections.testFlag(Section::Undo))
        step.whole.insert(sectionName(Section::Undo), undoSection());
    if (step.isEmpty())
        return;
    if (m_view->applyUpdate(seq, m_view->seq(), step.whole, step.patches) == SessionView::Applied::Gap)
        snapshotView();
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
    if (m_tlsFingerprint.isEmpty())
        return QStringLiteral("http://%1/?m=%2").arg(hostPort(), m_engine->meetingCode());
    return QStringLiteral("https://%1/?m=%2&fp=%3").arg(hostPort(), m_engine->meetingCode(), m_tlsFingerprint);
}

QString KioskController::pin() const
{
    return m_engine->pin();
}

QString KioskController::facilitatorPin() const
{
    return m_engine->facilitatorPin();
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

bool KioskController::run(const QString &type, const QJsonObject &args)
{
    const Result r = m_engine->execute(Actor::localFacilitator(), type, args);
    if (!r.ok) {
        setError(r.code, r.message);
        Q_EMIT refused(r.code, r.message);
        return false;
    }
    clearError();
    return true;
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

QString KioskController::exportFolder() const
{
    if (!m_lastExportFolder.isEmpty())
        return m_lastExportFolder;
    QString name = m_engine->state().name;
    for (const QChar bad : {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':')})
        name.replace(bad, QLatin1Char('-'));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).filePath(QStringLiteral("Flipover/%1 %2")
                                            .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")), name.trimmed()));
}

bool KioskController::exportOutcome(const QString &folder, bool includeCase)
{
    const QString path = folder.startsWith(QLatin1String("file:")) ? QUrl(folder).toLocalFile() : folder;
    QString error;
    if (path.trimmed().isEmpty())
        error = QStringLiteral("No folder was chosen.");
    else if (!writeOutcome(m_engine->state(), {includeCase, m_exportLanguage}, path, &error) && error.isEmpty())
        error = QStringLiteral("The files could not be written.");
    if (!error.isEmpty()) {
        setError(QStringLiteral("export_failed"), error);
        Q_EMIT refused(m_lastErrorCode, error);
        return false;
    }
    clearError();
    const QString written = QDir::cleanPath(path);
    if (written != m_lastExportFolder) {
        m_lastExportFolder = written;
        Q_EMIT exportFolderChanged();
    }
    Q_EMIT exported(written);
    return true;
}

} // namespace flipover
