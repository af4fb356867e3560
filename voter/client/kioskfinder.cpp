#include "kioskfinder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>

namespace flipover {

namespace {
namespace key = protocol::key;
} // namespace

KioskFinder::KioskFinder(QObject *parent)
    : QAbstractListModel(parent)
{
    m_clock.start();
    connect(&m_socket, &QUdpSocket::readyRead, this, &KioskFinder::readPending);
    connect(&m_sweep, &QTimer::timeout, this, [this] { expire(now()); });
}

bool KioskFinder::listen(quint16 port, const QHostAddress &address)
{
    stop();
    const bool ok = m_socket.bind(address, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint);
    if (ok)
        m_sweep.start(1000);
    Q_EMIT listeningChanged();
    return ok;
}

void KioskFinder::stop()
{
    m_sweep.stop();
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        m_socket.close();
        Q_EMIT listeningChanged();
    }
}

std::optional<HeardKiosk> KioskFinder::parse(const QByteArray &datagram)
{
    if (datagram.isEmpty() || datagram.size() > MaxDatagramBytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(datagram, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(key::Magic).toString() != protocol::beacon::Magic || o.value(key::Version).toInt() != protocol::beacon::Version)
        return std::nullopt;
    const QJsonValue name = o.value(key::Name);
    const QJsonValue link = o.value(key::Join);
    if (!name.isString() || !link.isString())
        return std::nullopt;
    // Only a join link of the contract: an http(s) URL that names its meeting.
    const QString linkText = link.toString();
    if (!linkText.startsWith(QLatin1String("http://")) && !linkText.startsWith(QLatin1String("https://")))
        return std::nullopt;
    HeardKiosk kiosk;
    kiosk.target = parseJoinTarget(linkText);
    if (!kiosk.target.isValid() || kiosk.target.meeting.isEmpty())
        return std::nullopt;
    kiosk.name = name.toString().simplified().left(protocol::beacon::MaxNameChars);
    kiosk.link = linkText;
    return kiosk;
}

bool KioskFinder::handleDatagram(const QByteArray &datagram, qint64 nowMs)
{
    std::optional<HeardKiosk> heard = parse(datagram);
    if (!heard)
        return false;
    for (qsizetype i = 0; i < m_kiosks.size(); ++i) {
        HeardKiosk &known = m_kiosks[i];
        if (known.target.meeting != heard->target.meeting || known.target.url != heard->target.url)
            continue;
        known.lastHeardMs = nowMs;
        if (known.name != heard->name || known.link != heard->link) {
            known.name = heard->name;
            known.link = heard->link;
            known.target = heard->target;
            const QModelIndex idx = index(int(i));
            Q_EMIT dataChanged(idx, idx);
        }
        return true;
    }
    heard->firstHeardMs = heard->lastHeardMs = nowMs;
    beginInsertRows(QModelIndex(), 0, 0); // newest first
    m_kiosks.prepend(*heard);
    endInsertRows();
    Q_EMIT countChanged();
    return true;
}

void KioskFinder::expire(qint64 nowMs)
{
    bool changed = false;
    for (qsizetype i = m_kiosks.size() - 1; i >= 0; --i) {
        if (nowMs - m_kiosks.at(i).lastHeardMs <= m_expiryMs)
            continue;
        beginRemoveRows(QModelIndex(), int(i), int(i));
        m_kiosks.removeAt(i);
        endRemoveRows();
        changed = true;
    }
    if (changed)
        Q_EMIT countChanged();
}

void KioskFinder::readPending()
{
    while (m_socket.hasPendingDatagrams()) {
        // Read at most one byte more than allowed: an oversized datagram is
        // then seen as such (and ignored) without buffering all of it.
        const QNetworkDatagram d = m_socket.receiveDatagram(MaxDatagramBytes + 1);
        handleDatagram(d.data(), now());
    }
}

QString KioskFinder::linkAt(int row) const
{
    return row >= 0 && row < m_kiosks.size() ? m_kiosks.at(row).link : QString();
}

int KioskFinder::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kiosks.size());
}

QVariant KioskFinder::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const HeardKiosk &k = m_kiosks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return k.name;
    case LinkRole:
        return k.link;
    case AddressRole:
        return QStringLiteral("%1:%2").arg(k.target.url.host()).arg(k.target.url.port());
    default:
        return {};
    }
}

QHash<int, QByteArray> KioskFinder::roleNames() const
{
    return {{NameRole, "name"}, {LinkRole, "link"}, {AddressRole, "address"}};
}

} // namespace flipover
