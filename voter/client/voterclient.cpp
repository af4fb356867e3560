#include "voterclient.h"

#include "joinlink.h"
#include "protocol.h"
#include "sessionview.h"

#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>
#include <iterator>

namespace flipover {

namespace key = protocol::key;

namespace {

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toHex());
}

// Whether a join refusal is one of the schema's list: no retry can fix
// these (the user has to act), or these mean "join afresh".
template<size_t N>
bool isOneOf(const QString &code, const protocol::WireName (&codes)[N])
{
    return std::find(std::begin(codes), std::end(codes), code) != std::end(codes);
}

bool isFinalJoinError(const QString &code)
{
    return isOneOf(code, protocol::JoinStopCodes);
}

} // namespace

VoterClient::VoterClient(QObject *parent)
    : QObject(parent), m_view(new SessionView(this))
{
    m_deadline.setSingleShot(true);
    m_retry.setSingleShot(true);
    m_draftSave.setSingleShot(true);
    m_draftSave.setInterval(300);
    connect(&m_draftSave, &QTimer::timeout, this, &VoterClient::save);
    connect(m_view, &SessionView::phaseStatusChanged, this, &VoterClient::onPhaseStatusChanged);
    connect(&m_pingTimer, &QTimer::timeout, this, &VoterClient::sendPing);
    connect(&m_deadline, &QTimer::timeout, this, &VoterClient::connectionLost);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_wanted)
            openSocket();
    });
}

VoterClient::~VoterClient()
{
    flushDrafts();
    if (m_socket)
        m_socket->disconnect(this);
}

void VoterClient::connectToKiosk(const QUrl &url, const QString &pin, const QString &facilitatorPin)
{
    if (m_memory.url != url) {
        m_memory.url = url;
        Q_EMIT urlChanged();
    }
    m_memory.pin = pin;
    m_facilitatorPin = facilitatorPin;
    m_ended = false;
    m_wanted = true;
    m_everOnline = false;
    m_attempt = 0;
    m_retry.stop();
    setLastError({});
    setState(QStringLiteral("connecting"));
    openSocket();
}

bool VoterClient::connectToLink(const QString &typed, const QString &pin, const QString &facilitatorPin)
{
    const JoinTarget target = parseJoinTarget(typed);
    if (!target.isValid())
        return false;
    // A typed address names no meeting: the one kept stays, for the snapshot to check.
    const QString meeting = target.meeting.isEmpty() ? m_memory.meeting : target.meeting;
    if (!m_memory.meeting.isEmpty() && m_memory.meeting != meeting)
        dropOldMeeting(); // the link of another meeting
    if (m_memory.meeting != meeting || m_memory.fingerprint != target.fingerprint) {
        m_memory.meeting = meeting;
        m_memory.fingerprint = target.fingerprint;
        if (m_memory.url == target.url)
            Q_EMIT urlChanged(); // connectToKiosk only tells when the URL changes
    }
    connectToKiosk(target.url, pin, facilitatorPin);
    return true;
}

bool VoterClient::resumeStored()
{
    if (!hasStoredSession())
        return false;
    connectToKiosk(m_memory.url, m_memory.pin);
    return true;
}

void VoterClient::disconnectFromKiosk()
{
    m_wanted = false;
    m_retry.stop();
    retireSocket();
    setState(QStringLiteral("offline"));
}

QString VoterClient::send(const QString &type, const QJsonObject &fields)
{
    if (type.isEmpty() || type == protocol::msg::Join || type == protocol::msg::Ping || type == protocol::cmd::Leave)
        return {};
    const OutboxEntry entry{nextId(), type, fields};
    m_memory.outbox.append(entry);
    save();
    Q_EMIT pendingCountChanged();
    pump();
    return entry.id;
}

void VoterClient::leave()
{
    if (m_socket && m_joined)
        m_socket->sendTextMessage(QString::fromUtf8(protocol::command(protocol::cmd::Leave, nextId(), {})));
    m_wanted = false;
    m_retry.stop();
    retireSocket();
    forget();
    setState(QStringLiteral("offline"));
}

QString VoterClient::ballotToken()
{
    if (m_memory.ballotToken.isEmpty()) {
        m_memory.ballotToken = randomHex(16);
        save();
    }
    return m_memory.ballotToken;
}

void VoterClient::setStoragePath(const QString &path)
{
    m_storagePath = path;
    if (path.isEmpty())
        return;
    ClientMemory stored;
    if (!stored.load(path)) {
        save(); // keep what this session already has
        return;
    }
    m_memory = stored;
    Q_EMIT urlChanged();
    Q_EMIT participantIdChanged();
    Q_EMIT pendingCountChanged();
    Q_EMIT hasStoredSessionChanged();
}

QStringList VoterClient::pendingIds() const
{
    QStringList ids;
    for (const OutboxEntry &e : m_memory.outbox.entries())
        ids.append(e.id);
    return ids;
}

void VoterClient::onMessage(const QString &text)
{
    m_deadline.start(m_deadMs);
    const std::optional<QJsonObject> message = protocol::decodeServer(text.toUtf8(), nullptr);
    if (!message)
        return; // a kiosk that speaks nonsense; the body is never logged
    const auto type = protocol::serverTypeFromName(message->value(key::Type).toString());
    if (!type)
        return;
    const QJsonObject &m = *message;
    switch (*type) {
    case protocol::ServerType::Joined:
        onJoined(m);
        break;
    case protocol::ServerType::Snapshot:
        if (m_joined)
            onSnapshot(m);
        break;
    case protocol::ServerType::Update:
        if (m_joined && m_synced && !m.contains(key::Prev)) {
            m_view->applyUpdate(quint64(m.value(key::Seq).toInteger()), m.value(key::Sections).toObject());
        } else if (m_joined && m_synced) {
            const SessionView::Applied applied = m_view->applyUpdate(
                    quint64(m.value(key::Seq).toInteger()), quint64(m.value(key::Prev).toInteger()),
                    m.value(key::Sections).toObject(), m.value(key::Patch).toObject());
            if (applied == SessionView::Applied::Gap)
                resync();
        }
        break;
    case protocol::ServerType::Ack: {
        const QString id = m.value(key::Id).toString();
        const QJsonObject result = m.value(key::Result).toObject();
        if (result.value(key::Role).isString()) // unlock: now the facilitator
            setRole(result.value(key::Role).toString());
        if (m_memory.outbox.remove(id)) {
            m_inFlight.remove(id);
            save();
            Q_EMIT pendingCountChanged();
            Q_EMIT acked(id, result);
            pump();
        }
        break;
    }
    case protocol::ServerType::Error:
        onError(m);
        break;
    case protocol::ServerType::Pong:
        break;
    case protocol::ServerType::Presence:
        if (m_joined && m_synced)
            m_view->applyPresence(m.value(key::Participants).toInt());
        break;
    case protocol::ServerType::Bye: {
        const QString code = m.value(key::Code).toString();
        setLastError(code);
        if (isFinalJoinError(code))
            m_wanted = false; // the kiosk closes the socket next
        break;
    }
    }
}

void VoterClient::onJoined(const QJsonObject &m)
{
    const QString participantId = m.value(key::ParticipantId).toString();
    const QString token = m.value(key::Token).toString();
    if (!m_memory.participantId.isEmpty() && participantId != m_memory.participantId)
        m_view->clear(); // a different participant: nothing of the old view holds
    if (!token.isEmpty())
        m_memory.token = token;
    if (m_memory.participantId != participantId) {
        m_memory.participantId = participantId;
        Q_EMIT participantIdChanged();
    }
    setRole(m.value(key::Role).toString());
    m_joined = true;
    m_everOnline = true;
    m_attempt = 0;
    setLastError({});
    setState(QStringLiteral("online"));
    m_pingTimer.start(m_pingMs);
    save();
    Q_EMIT hasStoredSessionChanged();
    Q_EMIT joined();
    // Everything without an answer goes again, in order, with the same ids,
    // once the snapshot that follows has said which meeting this is.
    m_inFlight.clear();
}

// Sends what waits in the outbox, at most InFlightWindow unanswered at a
// time: a tablet back online with a long outbox stays under the kiosk's flood
// limit (40 messages at once, docs/protocol.md).
void VoterClient::pump()
{
    const QList<OutboxEntry> entries = m_memory.outbox.entries();
    for (const OutboxEntry &entry : entries) {
        if (!m_joined || !m_synced || m_inFlight.size() >= InFlightWindow)
            break;
        if (m_inFlight.contains(entry.id))
            continue;
        m_inFlight.insert(entry.id);
        transmit(entry);
    }
}

void VoterClient::onError(const QJsonObject &m)
{
    const QString id = m.value(key::Id).toString();
    const QString code = m.value(key::Code).toString();
    const QString message = m.value(key::Message).toString();
    if (!m_joined) {
        onJoinRefused(code, message);
        return;
    }
    if (!id.isEmpty() && m_memory.outbox.remove(id)) {
        m_inFlight.remove(id);
        save();
        Q_EMIT pendingCountChanged();
        Q_EMIT rejected(id, code, message);
        pump();
        return;
    }
    setLastError(code);
}

void VoterClient::onJoinRefused(const QString &code, const QString &message)
{
    setLastError(code);
    if (isOneOf(code, protocol::JoinAfreshCodes)) {
        // The kiosk no longer knows us (a new session): join afresh and keep
        // what was typed, but nothing queued for the old session goes along.
        m_memory.token.clear();
        dropOldMeeting();
        dropSocket();
        m_retry.start(0);
        return;
    }
    Q_EMIT joinFailed(code, message);
    if (isFinalJoinError(code)) {
        m_wanted = false;
        dropSocket();
        setState(QStringLiteral("offline"));
        return;
    }
    connectionLost(); // e.g. too_many_attempts: try again later
}

void VoterClient::transmit(const OutboxEntry &entry)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(protocol::command(entry.type, entry.id, entry.fields)));
}

QString VoterClient::nextId()
{
    if (m_memory.idPrefix.isEmpty())
        m_memory.idPrefix = randomHex(4);
    return m_memory.idPrefix + QLatin1Char('-') + QString::number(++m_memory.idCounter);
}

void VoterClient::save()
{
    m_draftSave.stop();
    if (!m_storagePath.isEmpty() && !m_ended)
        m_memory.save(m_storagePath);
}

void VoterClient::forget()
{
    const bool hadParticipant = !m_memory.participantId.isEmpty();
    const bool hadPending = !m_memory.outbox.isEmpty();
    const bool hadUrl = !m_memory.url.isEmpty();
    m_memory = ClientMemory();
    m_draftSave.stop();
    m_ended = false;
    m_facilitatorPin.clear();
    m_view->clear();
    if (!m_storagePath.isEmpty())
        ClientMemory::erase(m_storagePath);
    setRole({});
    if (hadParticipant)
        Q_EMIT participantIdChanged();
    if (hadPending)
        Q_EMIT pendingCountChanged();
    if (hadUrl)
        Q_EMIT urlChanged();
    Q_EMIT hasStoredSessionChanged();
}

void VoterClient::setState(const QString &state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void VoterClient::setLastError(const QString &code)
{
    if (m_lastError == code)
        return;
    m_lastError = code;
    Q_EMIT lastErrorChanged();
}

void VoterClient::setRole(const QString &role)
{
    if (m_role == role)
        return;
    m_role = role;
    Q_EMIT roleChanged();
}

} // namespace flipover
