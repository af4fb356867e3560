// The browser voter's files over plain HTTP on the kiosk's WebSocket port
// (kiosk/server/webfiles.cpp): what is answered, with which headers, what is
// refused, and that broken or slow requests stall nobody else. In-process
// against a real KioskServer with raw TCP clients.
#include "kioskprocess.h"
#include "kioskserver.h"
#include "store.h"
#include "webfiles.h"

#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;
using flipover::test::testFormat;
using flipover::test::WsTestClient;

namespace {

const QString Pin = QStringLiteral("123456");

struct Reply {
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    bool closed = false;
};

Reply parseReply(const QByteArray &raw)
{
    Reply r;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return r;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    r.status = first.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    r.body = raw.mid(end + 4);
    return r;
}

} // namespace

class tst_WebFiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    ManualClock m_clock;
    std::unique_ptr<SessionEngine> m_engine;
    std::unique_ptr<KioskServer> m_server;

    // Sends raw bytes and reads until the kiosk closes the connection.
    Reply request(const QByteArray &bytes)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(bytes);
        QByteArray raw;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { raw += socket.readAll(); });
        const bool closed = QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 10000);
        raw += socket.readAll();
        Reply r = parseReply(raw);
        r.closed = closed;
        return r;
    }
    Reply get(const QByteArray &path, const QByteArray &method = "GET")
    {
        return request(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:"
                       + QByteArray::number(m_server->port()) + "\r\n\r\n");
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<Store>();
        QString error;
        QVERIFY2(m_store->open(m_dir->path(), &error), qPrintable(error));
        m_engine = std::make_unique<SessionEngine>(m_store.get(), &m_clock);
        QVERIFY2(m_engine->resumeOrCreate(testFormat(), QStringLiteral("Test"), Pin, QStringLiteral("9999"), &error),
                 qPrintable(error));
        m_server = std::make_unique<KioskServer>(m_engine.get(), &m_clock);
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_server.reset();
        m_engine.reset();
        m_store.reset();
        m_dir.reset();
    }

    void servesThePage_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("contains");
        QTest::addRow("root") << QByteArray("/") << QByteArray("text/html; charset=utf-8") << QByteArray("app.js");
        QTest::addRow("with the join link's query") << QByteArray("/?m=0123456789") << QByteArray("text/html; charset=utf-8")
                                                     << QByteArray("<!DOCTYPE html>");
        QTest::addRow("script") << QByteArray("/app.js") << QByteArray("text/javascript; charset=utf-8")
                                << QByteArray("import");
        QTest::addRow("style") << QByteArray("/style.css") << QByteArray("text/css; charset=utf-8")
                               << QByteArray("min-height: 48px");
        QTest::addRow("icon") << QByteArray("/icon.svg") << QByteArray("image/svg+xml") << QByteArray("<svg");
    }
    void servesThePage()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, contains);
        const Reply r = get(path);
        QCOMPARE(r.status, 200);
        QVERIFY(r.closed);
        QCOMPARE(r.headers.value("content-type"), type);
        QCOMPARE(r.headers.value("content-length").toInt(), r.body.size());
        QCOMPARE(r.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(r.headers.value("connection"), QByteArray("close"));
        QCOMPARE(r.headers.value("cache-control"), QByteArray("no-cache"));
        QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(r.headers.value("date")),
                                                 QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        date.setTimeSpec(Qt::UTC);
        QVERIFY2(date.isValid() && qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 60,
                 r.headers.value("date").constData());
        QVERIFY(r.body.contains(contains));
        const QByteArray csp = r.headers.value("content-security-policy");
        QVERIFY2(csp.contains("default-src 'none'"), csp.constData());
        QVERIFY2(csp.contains("script-src 'self'"), csp.constData());
        QVERIFY2(csp.contains("connect-src 'self' ws://127.0.0.1:" + QByteArray::number(m_server->port())),
                 csp.constData());
        QVERIFY(!csp.contains("unsafe"));
    }

    void headHasNoBody()
    {
        const Reply r = get("/", "HEAD");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QVERIFY(r.headers.value("content-length").toInt() > 100);
        const Reply missing = get("/missing.js", "HEAD");
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.body.isEmpty());
    }

    void unchangedFileIsNotSentAgain()
    {
        const Reply first = get("/style.css");
        const QByteArray etag = first.headers.value("etag");
        QVERIFY(!etag.isEmpty());
        const Reply again = request("GET /style.css HTTP/1.1\r\nIf-None-Match: " + etag + "\r\n\r\n");
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addRow("unknown file") << QByteArray("GET /nothing.html HTTP/1.1\r\n\r\n") << 404;
        QTest::addRow("path traversal") << QByteArray("GET /../CMakeLists.txt HTTP/1.1\r\n\r\n") << 404;
        QTest::addRow("encoded traversal") << QByteArray("GET /%2e%2e/app.js HTTP/1.1\r\n\r\n") << 404;
        QTest::addRow("subfolder") << QByteArray("GET /formats/collegiale-ontmoeting.json HTTP/1.1\r\n\r\n") << 404;
        QTest::addRow("other resource") << QByteArray("GET /i18n HTTP/1.1\r\n\r\n") << 404;
        QTest::addRow("POST") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi") << 405;
        QTest::addRow("DELETE") << QByteArray("DELETE /app.js HTTP/1.1\r\n\r\n") << 405;
        QTest::addRow("garbage") << QByteArray("\x01\x02\x03 nonsense\r\n\r\n") << 400;
        QTest::addRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::addRow("absolute form") << QByteArray("GET http://evil.example/ HTTP/1.1\r\n\r\n") << 400;
        QTest::addRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n b\r\n\r\n") << 400;
        QTest::addRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::addRow("oversized head") << "GET / HTTP/1.1\r\nX-Pad: " + QByteArray(WebFiles::MaxHeadBytes, 'a')
                        + "\r\n\r\n" << 431;
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        const Reply r = request(bytes);
        QCOMPARE(r.status, status);
        QVERIFY(r.closed);
        QCOMPARE(r.headers.value("content-type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(r.headers.value("x-content-type-options"), QByteArray("nosniff"));
        if (status == 405)
            QCOMPARE(r.headers.value("allow"), QByteArray("GET, HEAD"));
    }

    void hostHeaderCannotWidenThePolicy()
    {
        const Reply r = request("GET / HTTP/1.1\r\nHost: evil.example; connect-src *\r\n\r\n");
        QCOMPARE(r.status, 200);
        const QByteArray csp = r.headers.value("content-security-policy");
        QVERIFY2(csp.contains("connect-src 'self';"), csp.constData());
        QVERIFY(!csp.contains("evil"));
    }

    // A client that sends half a head and waits, and one that sends an
    // endless head, are answered or dropped without holding up anyone else.
    void slowAndHugeHeadsStallNobody()
    {
        m_server->setHandshakeTimeout(60000);
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(slow.waitForConnected(5000));
        slow.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // and never the blank line
        QTcpSocket huge;
        huge.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(huge.waitForConnected(5000));
        huge.write("GET / HTTP/1.1\r\nX-Pad: " + QByteArray(4 * WebFiles::MaxHeadBytes, 'x'));

        const Reply page = get("/");
        QCOMPARE(page.status, 200);
        WsTestClient ws(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
        ws.open(m_server->serverUrl());
        QVERIFY(ws.waitConnected());
        QVERIFY(ws.joinAndWait(Pin));

        // Answered 431 and closed (the answer may be lost to a reset while
        // the client is still sending; the close is what matters here).
        QByteArray hugeReply;
        QTRY_VERIFY((hugeReply += huge.readAll(), huge.state() == QAbstractSocket::UnconnectedState));
        QVERIFY2(hugeReply.isEmpty() || hugeReply.startsWith("HTTP/1.1 431 "), hugeReply.left(40).constData());
        QCOMPARE(slow.state(), QAbstractSocket::ConnectedState);
        QVERIFY(slow.readAll().isEmpty());
    }

    void slowHeadIsAnsweredWithTimeout()
    {
        WebFiles web([](QTcpSocket *) { QFAIL("not an upgrade"); });
        web.setHeadTimeout(100);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &web, [&] { web.take(server.nextPendingConnection()); });
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(slow.waitForConnected(5000));
        slow.write("GET / HTTP/1.1\r\n");
        QByteArray raw;
        QTRY_VERIFY((raw += slow.readAll()).startsWith("HTTP/1.1 408 "));
        QTRY_COMPARE(slow.state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(web.pendingCount(), 0);
    }

    // The WebSocket upgrade goes through untouched: the page's own origin is
    // let in, others are refused (kiosk/server/origin.cpp).
    void pageOriginJoinsOthersDoNot_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("this page") << QStringLiteral("http://127.0.0.1:%1") << true;
        QTest::addRow("this page by name") << QStringLiteral("http://localhost:%1") << true;
        QTest::addRow("another site") << QStringLiteral("http://evil.example:%1") << false;
        QTest::addRow("another port") << QStringLiteral("http://127.0.0.1:1") << false;
        QTest::addRow("opaque") << QStringLiteral("null") << false;
    }
    void pageOriginJoinsOthersDoNot()
    {
        QFETCH(QString, origin);
        QFETCH(bool, allowed);
        if (origin.contains(QLatin1String("%1")))
            origin = origin.arg(m_server->port());
        WsTestClient c(origin);
        c.open(m_server->serverUrl());
        QVERIFY(c.waitConnected());
        if (allowed) {
            QVERIFY(c.joinAndWait(Pin));
        } else {
            QTRY_VERIFY(c.disconnected);
            QCOMPARE(c.closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));
        }
    }

    void upgradeDetection()
    {
        QVERIFY(WebFiles::isWebSocketUpgrade("GET / HTTP/1.1\r\nUpgrade: WebSocket\r\nConnection: Upgrade"));
        QVERIFY(WebFiles::isWebSocketUpgrade("GET / HTTP/1.1\r\nupgrade: h2c, websocket"));
        QVERIFY(!WebFiles::isWebSocketUpgrade("GET / HTTP/1.1\r\nX-Upgrade: websocket"));
        QVERIFY(!WebFiles::isWebSocketUpgrade("GET / HTTP/1.1\r\nHost: x"));
    }
};

QTEST_GUILESS_MAIN(tst_WebFiles)
#include "tst_webfiles.moc"
