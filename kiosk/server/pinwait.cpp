// KioskServer: the PIN budget at work (PinLimiter holds the counts). An
// attempt whose time has not come is parked, unchecked, and its connection's
// later messages are held behind it; when its time comes it is checked and
// answered as if it had just arrived, then the held messages run in order.
// A right PIN is never refused for anyone's wrong guesses: at worst it waits
// its turn (docs/security.md, "Guessing a PIN").
#include "kioskserver.h"

#include "clock.h"
#include "protocol.h"

#include <QLoggingCategory>
#include <QTimer>

#include <limits>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace flipover {

namespace {
// What a parked connection may send before it is closed (a tablet sends a
// ping every 10 s; it has no reason to send more while its PIN waits): a few
// messages, and no more bytes than one message may have.
constexpr int MaxHeld = 16;
constexpr qsizetype MaxHeldBytes = 64 * 1024;
} // namespace

bool KioskServer::parkPinAttempt(Connection *c, const QString &type, const QString &id, const QJsonObject &body)
{
    // A tablet that joined before (128 random bits of resume token) knew the
    // session PIN then: its reconnects do not wait for anyone's guesses. A
    // facilitator PIN always does.
    const bool resume = type == protocol::msg::Join && body.value(protocol::key::FacilitatorPin).toString().isEmpty()
                        && body.value(protocol::key::Role).toString().isEmpty()
                        && m_engine->knowsToken(body.value(protocol::key::Resume).toString());
    if (resume)
        return false;
    const QString source = PinLimiter::sourceOf(QHostAddress(c->peer()));
    const bool fresh = m_pinFailures.value(c) == 0;
    const qint64 now = m_clock->monotonicMs();
    const qint64 due = fresh ? m_limiter.freshAt(source) : m_pinNextAt.value(c);
    QList<Connection *> &queue = m_freshQueue[source];
    if (due <= now && !(fresh && !queue.isEmpty())) {
        if (queue.isEmpty())
            m_freshQueue.remove(source);
        return false;
    }
    if (fresh)
        queue.append(c);
    else if (queue.isEmpty())
        m_freshQueue.remove(source);
    m_pinWaits.insert(c, PinWait{type, id, body, source, fresh, {}});
    if (!c->joined)
        c->stopJoinDeadline(); // it is waiting for us, not idling
    qCInfo(lcServer, "a PIN attempt waits %lld ms for the PIN budget", qMax<qint64>(0, due - now));
    armPinTimer();
    return true;
}

bool KioskServer::holdWhileParked(Connection *c, const QByteArray &utf8)
{
    const auto it = m_pinWaits.find(c);
    if (it == m_pinWaits.end())
        return false;
    qsizetype bytes = utf8.size();
    for (const QByteArray &m : std::as_const(it->held))
        bytes += m.size();
    if (it->held.size() >= MaxHeld || bytes > MaxHeldBytes) {
        qCInfo(lcServer, "closed a connection that sent too many messages while its PIN waited");
        forgetPinState(c);
        c->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("Too many messages while a PIN is checked."));
        return true;
    }
    it->held.append(utf8);
    return true;
}

void KioskServer::servePinWaits()
{
    const qint64 now = m_clock->monotonicMs();
    // Who is due now: the front of each source's fresh queue (one at a time:
    // its result decides whether the next one waits), and every connection
    // past its own time.
    QList<Connection *> due;
    for (auto it = m_freshQueue.cbegin(); it != m_freshQueue.cend(); ++it) {
        if (!it->isEmpty() && m_limiter.freshAt(it.key()) <= now)
            due.append(it->first());
    }
    for (auto it = m_pinWaits.cbegin(); it != m_pinWaits.cend(); ++it) {
        if (!it->fresh && m_pinNextAt.value(it.key()) <= now)
            due.append(it.key());
    }
    for (Connection *c : std::as_const(due)) {
        const auto it = m_pinWaits.find(c);
        if (it == m_pinWaits.end())
            continue; // closed meanwhile
        const PinWait wait = *it;
        m_pinWaits.erase(it);
        if (wait.fresh) {
            QList<Connection *> &queue = m_freshQueue[wait.source];
            queue.removeOne(c);
            if (queue.isEmpty())
                m_freshQueue.remove(wait.source);
        }
        if (wait.type == protocol::msg::Join) {
            joinChecked(c, wait.id, wait.body);
            runJoins(); // answered now: the next attempt's turn depends on it
        }
        else
            handleCommand(c, wait.type, wait.id, wait.body);
        if (!c->isOpen())
            continue;
        if (!c->joined)
            c->startJoinDeadline(m_joinTimeoutMs);
        for (const QByteArray &utf8 : wait.held) {
            if (!m_connections.contains(c))
                break;
            onText(c, utf8); // parked again if it is another PIN: then held again, in order
        }
    }
    if (!due.isEmpty())
        QMetaObject::invokeMethod(this, &KioskServer::servePinWaits, Qt::QueuedConnection); // a right PIN frees the lane
    else
        armPinTimer();
}

void KioskServer::armPinTimer()
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (auto it = m_freshQueue.cbegin(); it != m_freshQueue.cend(); ++it) {
        if (!it->isEmpty())
            next = std::min(next, m_limiter.freshAt(it.key()));
    }
    for (auto it = m_pinWaits.cbegin(); it != m_pinWaits.cend(); ++it) {
        if (!it->fresh)
            next = std::min(next, m_pinNextAt.value(it.key()));
    }
    if (next == std::numeric_limits<qint64>::max()) {
        m_pinTimer->stop();
        return;
    }
    const qint64 wait = next - m_clock->monotonicMs();
    // Checked again at least once a second: the clock may jump (a suspend, or
    // a test).
    m_pinTimer->start(int(std::clamp<qint64>(wait, 0, 1000)));
}

void KioskServer::forgetPinState(Connection *c)
{
    if (const auto it = m_pinWaits.find(c); it != m_pinWaits.end()) {
        if (it->fresh) {
            QList<Connection *> &queue = m_freshQueue[it->source];
            queue.removeOne(c);
            if (queue.isEmpty())
                m_freshQueue.remove(it->source);
        }
        m_pinWaits.erase(it);
    }
    if (m_pinFailures.remove(c) > 0)
        m_limiter.dirtyConnectionClosed(PinLimiter::sourceOf(QHostAddress(c->peer())));
    m_pinNextAt.remove(c);
}

void KioskServer::countPinFailure(Connection *c, const QString &code)
{
    if (code != protocol::code::BadPin && code != protocol::code::BadFacilitatorPin)
        return;
    const qint64 now = m_clock->monotonicMs();
    const QString source = PinLimiter::sourceOf(QHostAddress(c->peer()));
    int &failures = m_pinFailures[c];
    const qint64 next = m_limiter.recordWrong(source, failures == 0, now);
    ++failures;
    m_pinNextAt.insert(c, next);
    if (next > now)
        qCInfo(lcServer, "a wrong PIN: that connection's next PIN is checked in %lld s", (next - now + 999) / 1000);
}

} // namespace flipover
