#include "webfiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <cctype>
#include <optional>

Q_LOGGING_CATEGORY(lcWeb, "flipover.kiosk.web", QtInfoMsg)

namespace flipover {

namespace {

constexpr int MaxTargetBytes = 2048;
constexpr int LingerMs = 10000; // a client that does not close after our answer
const QString HeadDeadline = QStringLiteral("flipover-head-deadline"); // a socket's timer, stopped with the head in

struct Head {
    QByteArray method;
    QByteArray target;
    QByteArray version;
    QList<QPair<QByteArray, QByteArray>> fields; // names in lower case
};

bool isToken(const QByteArray &s)
{
    static const QByteArray extra("!#$%&'*+-.^_`|~");
    if (s.isEmpty())
        return false;
    for (char ch : s) {
        const auto c = uchar(ch);
        if (!(std::isalnum(c) || extra.contains(ch)))
            return false;
    }
    return true;
}

std::optional<Head> parse(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> parts = lines.value(0).split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/') || parts[1].size() > MaxTargetBytes)
        return std::nullopt;
    for (char ch : parts[1]) {
        if (uchar(ch) <= 0x20 || uchar(ch) >= 0x7f)
            return std::nullopt;
    }
    Head h{parts[0], parts[1], parts[2], {}};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return std::nullopt; // also folded lines, which start with a space
        h.fields.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    return h;
}

QByteArray field(const Head &h, const QByteArray &name)
{
    for (const auto &f : h.fields) {
        if (f.first == name)
            return f.second;
    }
    return {};
}

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 431: return "Request Header Fields Too Large";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
    }
}

WebFiles::Response failure(int status, const char *sentence)
{
    WebFiles::Response r;
    r.status = status;
    r.headers = {{"Content-Type", "text/plain; charset=utf-8"}, {"Cache-Control", "no-store"}};
    r.body = QByteArray(sentence) + '\n';
    return r;
}

QByteArray contentType(const QString &suffix)
{
    static const QHash<QString, QByteArray> types{
            {QStringLiteral("html"), "text/html; charset=utf-8"},
            {QStringLiteral("css"), "text/css; charset=utf-8"},
            {QStringLiteral("js"), "text/javascript; charset=utf-8"},
            {QStringLiteral("svg"), "image/svg+xml"},
            {QStringLiteral("png"), "image/png"},
            {QStringLiteral("ico"), "image/x-icon"},
            {QStringLiteral("webmanifest"), "application/manifest+json"},
    };
    return types.value(suffix);
}

// The page may talk to this kiosk's WebSocket (and nothing else): 'self' alone
// does not cover ws: in every browser, so the host the page was loaded from is
// named too when it is a plain host[:port].
QByteArray contentSecurityPolicy(const QByteArray &host)
{
    static const QRegularExpression plainHost(
            QStringLiteral("^([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?$"));
    QByteArray connect = "'self'";
    if (plainHost.match(QString::fromLatin1(host)).hasMatch())
        connect += " ws://" + host + " wss://" + host;
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
           "manifest-src 'self'; connect-src " + connect + "; base-uri 'none'; form-action 'none'; "
           "frame-ancestors 'none'";
}

} // namespace

QByteArray WebFiles::Response::serialize() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    out += "Date: "
           + QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1()
           + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
           "X-Content-Type-Options: nosniff\r\n"
           "Referrer-Policy: no-referrer\r\n"
           "Connection: close\r\n\r\n";
    if (!headOnly)
        out += body;
    return out;
}

bool WebFiles::isWebSocketUpgrade(const QByteArray &head)
{
    const std::optional<Head> h = parse(head);
    if (!h)
        return false;
    for (const QByteArray &token : field(*h, "upgrade").split(',')) {
        if (token.trimmed().toLower() == "websocket")
            return true;
    }
    return false;
}

WebFiles::Response WebFiles::answer(const QByteArray &head)
{
    const std::optional<Head> h = parse(head);
    if (!h)
        return failure(400, "The request could not be read.");
    if (h->version != "HTTP/1.1" && h->version != "HTTP/1.0")
        return failure(505, "Only HTTP/1.0 and HTTP/1.1 are spoken here.");
    const bool isHead = h->method == "HEAD";
    if (h->method != "GET" && !isHead) {
        Response r = failure(405, "Only GET and HEAD are allowed.");
        r.headers.emplaceBack("Allow", "GET, HEAD");
        return r;
    }
    QByteArray path = h->target;
    path.truncate(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
    if (path == "/")
        path = "/index.html";
    static const QRegularExpression safe(QStringLiteral("^/[a-z0-9][a-z0-9-]*(\\.[a-z0-9]+)+$"));
    const QString name = QString::fromLatin1(path);
    const QFileInfo info(QStringLiteral(":/web") + name);
    const QByteArray type = contentType(info.suffix());
    QFile file(info.filePath());
    Response r;
    if (!safe.match(name).hasMatch() || type.isEmpty() || !info.isFile() || !file.open(QIODevice::ReadOnly)) {
        r = failure(404, "There is no such page on this kiosk.");
    } else {
        r.body = file.readAll();
        const QByteArray etag = '"' + QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex().left(16) + '"';
        r.headers = {{"Content-Type", type}, {"Cache-Control", "no-cache"}, {"ETag", etag}};
        if (field(*h, "if-none-match") == etag) {
            r.status = 304;
            r.body.clear();
        }
    }
    r.headers.emplaceBack("Content-Security-Policy", contentSecurityPolicy(field(*h, "host")));
    r.headers.emplaceBack("X-Frame-Options", "DENY");
    r.headOnly = isHead;
    return r;
}

WebFiles::WebFiles(std::function<void(QTcpSocket *)> upgrade, QObject *parent)
    : QObject(parent), m_upgrade(std::move(upgrade))
{
}

void WebFiles::take(QTcpSocket *socket)
{
    m_pending.append(socket);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.removeOne(socket); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        release(socket);
        socket->deleteLater();
    });
    // Stopped once the head is in (release): a timer left to run out would
    // stay among the room thread's timers for seconds after every join, and
    // each timer started or stopped there looks through all of them.
    auto *deadline = new QTimer(socket);
    deadline->setObjectName(HeadDeadline);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, socket] {
        if (m_pending.contains(socket)) {
            qCInfo(lcWeb, "a request head did not arrive in time");
            release(socket);
            reply(socket, failure(408, "The request took too long."));
        }
    });
    deadline->start(m_headTimeoutMs);
    if (socket->bytesAvailable() > 0)
        onReadyRead(socket);
}

void WebFiles::onReadyRead(QTcpSocket *socket)
{
    if (!m_pending.contains(socket))
        return;
    // What has arrived, not a buffer of the largest head for each (a request
    // head is a few hundred bytes; peek(n) allocates n).
    const QByteArray data = socket->peek(qMin<qint64>(socket->bytesAvailable(), MaxHeadBytes + 4));
    qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0 || end > MaxHeadBytes) {
        if (data.size() > MaxHeadBytes) {
            qCInfo(lcWeb, "refused a request head over %d bytes", MaxHeadBytes);
            release(socket);
            reply(socket, failure(431, "The request head is too large."));
        }
        return;
    }
    const QByteArray head = data.left(end);
    release(socket);
    if (isWebSocketUpgrade(head)) {
        m_upgrade(socket); // untouched: the WebSocket server reads the head itself
        return;
    }
    reply(socket, answer(head)); // a request body, if any, is not wanted
}

void WebFiles::release(QTcpSocket *socket)
{
    m_pending.removeOne(socket);
    socket->disconnect(this);
    if (auto *deadline = socket->findChild<QTimer *>(HeadDeadline, Qt::FindDirectChildrenOnly))
        deadline->stop();
}

void WebFiles::reply(QTcpSocket *socket, const Response &response)
{
    // Whatever else the client sends is read and dropped: closing a socket
    // with unread data would reset it and could lose our answer.
    socket->readAll();
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(LingerMs, socket, [socket] { socket->abort(); });
    socket->write(response.serialize());
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

} // namespace flipover
