#include "joinlink.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace flipover {

namespace {

bool isHex(const QString &text, int length)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    return text.size() == length && hex.match(text).hasMatch();
}

} // namespace

JoinTarget parseJoinTarget(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty() || text.size() > 2000 || text.contains(QLatin1Char(' ')))
        return {};
    const bool bare = !text.contains(QLatin1String("://"));
    if (bare)
        text.prepend(QLatin1String("ws://"));
    const QUrl in(text, QUrl::StrictMode);
    if (!in.isValid() || in.host().isEmpty() || !in.userInfo().isEmpty() || !in.fragment().isEmpty())
        return {};
    const QString scheme = in.scheme().toLower();
    QString wsScheme;
    if (scheme == QLatin1String("http") || scheme == QLatin1String("ws"))
        wsScheme = QStringLiteral("ws");
    else if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
        wsScheme = QStringLiteral("wss");
    else
        return {};

    const QUrlQuery query(in);
    JoinTarget out;
    out.meeting = query.queryItemValue(QStringLiteral("m"));
    out.fingerprint = query.queryItemValue(QStringLiteral("fp")).remove(QLatin1Char(':')).toLower();
    if ((!out.meeting.isEmpty() && !isHex(out.meeting, 10)) || (!out.fingerprint.isEmpty() && !isHex(out.fingerprint, 64)))
        return {};
    out.meeting = out.meeting.toLower();

    QUrl ws;
    ws.setScheme(wsScheme);
    ws.setHost(in.host());
    // A bare host means the kiosk's default port; a link names its port (or
    // uses the scheme's, like a browser would).
    int port = in.port();
    if (port < 0)
        port = bare ? DefaultKioskPort : (wsScheme == QLatin1String("wss") ? 443 : 80);
    ws.setPort(port);
    ws.setPath(QStringLiteral("/"));
    out.url = ws;
    return out;
}

} // namespace flipover
