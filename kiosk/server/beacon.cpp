#include "beacon.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace flipover {

Beacon::Beacon(Source source, QObject *parent)
    : QObject(parent), m_source(std::move(source))
{
    connect(&m_timer, &QTimer::timeout, this, &Beacon::beat);
}

void Beacon::start(const QHostAddress &target, quint16 port, int intervalMs)
{
    m_target = target;
    m_port = port;
    m_timer.start(qMax(100, intervalMs));
    beat();
}

void Beacon::stop()
{
    m_timer.stop();
}

QByteArray Beacon::datagram(const Info &info)
{
    QString name = info.name.simplified().left(MaxNameChars);
    QByteArray out;
    do {
        namespace key = protocol::key;
        const QJsonObject o{{key::Magic, protocol::beacon::Magic},
                            {key::Version, protocol::beacon::Version},
                            {key::Name, name},
                            {key::Join, info.joinLink}};
        out = QJsonDocument(o).toJson(QJsonDocument::Compact);
        name.chop(qMax<qsizetype>(1, name.size() / 4)); // only when too long: shorten and retry
    } while (out.size() > MaxBytes && !name.isEmpty());
    return out.size() > MaxBytes ? QByteArray() : out;
}

void Beacon::beat()
{
    const QByteArray data = datagram(m_source());
    if (data.isEmpty())
        return; // a join link too long to announce; the wall still shows it
    // A failed send (no network yet, broadcast not allowed) is retried at the
    // next beat; there is nothing else to do about it.
    if (m_socket.writeDatagram(data, m_target, m_port) == data.size())
        ++m_sent;
}

} // namespace flipover
