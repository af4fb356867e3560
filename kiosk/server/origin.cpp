#include "origin.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QUrl>

namespace flipover {

bool isAllowedOrigin(const QString &origin, const QList<quint16> &allowedPorts)
{
    if (origin.isEmpty())
        return true;
    const QUrl url(origin, QUrl::StrictMode);
    if (!url.isValid() || !url.path().isEmpty() || url.hasQuery() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    if (port <= 0 || !allowedPorts.contains(quint16(port)))
        return false;

    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    if (address.isNull())
        return false; // names other than localhost are not the kiosk's own
    const auto locals = QNetworkInterface::allAddresses();
    for (const QHostAddress &local : locals) {
        if (local.isEqual(address, QHostAddress::ConvertV4MappedToIPv4 | QHostAddress::ConvertLocalHost))
            return true;
    }
    return false;
}

} // namespace flipover
