// The Origin check: a browser page may open a socket to the kiosk only when it
// was served by the kiosk itself. Non-browser clients send no Origin.
#pragma once

#include <QList>
#include <QString>

namespace flipover {

// True when origin is empty, or http(s)://<a local address or localhost>:<port>
// with port one of allowedPorts.
bool isAllowedOrigin(const QString &origin, const QList<quint16> &allowedPorts);

} // namespace flipover
