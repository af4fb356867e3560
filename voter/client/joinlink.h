// Where a tablet joins, from what the participant has: a typed address ("host"
// or "host:port"), a ws:// or wss:// URL, or the join link from the wall's QR
// code (http://HOST:PORT/?m=MEETING, https://HOST:PORT/?m=MEETING&fp=SHA256HEX).
// http becomes ws and https wss on the same host and port; the meeting code
// and the certificate fingerprint are kept for the client.
#pragma once

#include "protocolnames.h"

#include <QString>
#include <QUrl>

namespace flipover {

struct JoinTarget {
    QUrl url;            // ws://host:port/ or wss://host:port/
    QString meeting;     // the link's m: 10 hex characters, or empty
    QString fingerprint; // the link's fp: 64 hex characters (lower case), or empty
    bool isValid() const { return url.isValid() && !url.isEmpty(); }
};

// The kiosk's port when only a host is typed.
constexpr quint16 DefaultKioskPort = protocol::DefaultPort;

// An invalid target when the text cannot be a kiosk address: no host, another
// scheme, a port out of range, or an m or fp that is not what the wall shows.
JoinTarget parseJoinTarget(const QString &typed);

} // namespace flipover
