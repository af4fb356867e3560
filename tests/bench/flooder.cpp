// `flipover-bench --flood`: one misbehaving client for the flood scenario. It
// joins, then sends 200 pings at once; when the kiosk cuts it off it comes
// back 100 ms later and does it again, for as long as it runs. It prints
// `READY {}` after its first join and answers `stats` with
// `DONE {"sent", "cutOffs", "rateLimited", "joins"}`.
#include "loadmain.h"

#include "loadrun.h"
#include "peek.h"
#include "stdinlines.h"

#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>
#include <cstdio>

namespace flipover::bench {

namespace {

class Flooder : public QObject
{
public:
    static constexpr int Burst = 200;

    Flooder(const QUrl &url, const QString &pin) : m_url(url), m_pin(pin)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            const QJsonObject join{{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("v"), 1},
                                   {QStringLiteral("pin"), m_pin}};
            m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(join).toJson(QJsonDocument::Compact)));
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const Peek p = peekMessage(QStringView(text));
            if (p.type == u"joined") {
                ++joins;
                for (int i = 0; i < Burst; ++i)
                    m_socket.sendTextMessage(QStringLiteral("{\"type\":\"ping\",\"id\":\"f%1\"}").arg(++sent));
            } else if (p.type == u"error" && p.code == u"rate_limited") {
                ++rateLimited;
            }
        });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] {
            ++cutOffs;
            QTimer::singleShot(100, this, [this] { m_socket.open(m_url); });
        });
    }
    void start() { m_socket.open(m_url); }

    int joins = 0;
    int cutOffs = 0;
    int rateLimited = 0;
    qint64 sent = 0;

private:
    QUrl m_url;
    QString m_pin;
    QWebSocket m_socket;
};

} // namespace

int runFlood(const QUrl &url, const QString &pin)
{
    Flooder f(url, pin);
    f.start();
    if (!LoadRun::waitUntil([&] { return f.joins > 0; }, 30)) {
        std::printf("FAIL the flooder could not join\n");
        std::fflush(stdout);
        return 1;
    }
    emitLine("READY", {});
    StdinLines input;
    for (;;) {
        const QString line = input.next();
        if (line.isEmpty() || line == QLatin1String("quit"))
            return 0;
        emitLine("DONE", {{QStringLiteral("sent"), double(f.sent)}, {QStringLiteral("cutOffs"), f.cutOffs},
                          {QStringLiteral("rateLimited"), f.rateLimited}, {QStringLiteral("joins"), f.joins}});
    }
}

} // namespace flipover::bench
