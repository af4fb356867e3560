// flipover-soak: every attack of issue 17 at once against a real kiosk on
// loopback, beside 50 honest voters, for a bounded time. Prints the honest
// voters' ping round trips (p50/p99), how often one lost its connection,
// and the kiosk's peak memory (VmHWM) and descriptors. Run by soak.sh; not
// a ctest. Usage: flipover-soak KIOSK SECONDS
#include "roomattack.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace flipover::test;

namespace {

const QString Pin = QStringLiteral("123456");

struct Honest {
    std::unique_ptr<WsTestClient> client;
    QHash<QString, qint64> sentAt;
    qsizetype seen = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: flipover-soak KIOSK SECONDS\n");
        return 2;
    }
    qputenv("FLIPOVER_KIOSK", argv[1]);
    const int seconds = QByteArray(argv[2]).toInt();
    QTemporaryDir dir;
    KioskProcess kiosk;
    QString error;
    if (!startKiosk(kiosk, dir.filePath(QStringLiteral("data")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 pid = kiosk.process().processId();
    const quint16 port = kiosk.port();
    const QUrl url = kiosk.localUrl();
    QElapsedTimer clock;
    clock.start();

    auto joinClient = [&](const QJsonObject &extra = {}) {
        auto c = std::make_unique<WsTestClient>();
        c->open(url);
        if (!c->waitConnected() || !c->joinAndWait(Pin, extra))
            return std::unique_ptr<WsTestClient>();
        return c;
    };
    auto facilitator = joinClient({{QStringLiteral("facilitatorPin"), QStringLiteral("24681357")}});
    if (!facilitator) {
        std::fprintf(stderr, "the facilitator could not join\n");
        return 1;
    }
    facilitator->command(QStringLiteral("startMeeting"));

    // 50 honest voters: a ping every 500 ms each, round trip measured.
    std::vector<Honest> honest(50);
    QList<qint64> rtts;
    int honestLost = 0, honestRejoined = 0;
    for (Honest &h : honest)
        h.client = joinClient();
    QTimer pinger;
    QObject::connect(&pinger, &QTimer::timeout, [&] {
        for (Honest &h : honest) {
            if (!h.client || h.client->disconnected) {
                ++honestLost;
                h.client = joinClient(); // what a tablet does
                honestRejoined += h.client != nullptr;
                h.sentAt.clear();
                h.seen = 0;
                continue;
            }
            for (; h.seen < h.client->messages.size(); ++h.seen) {
                const QJsonObject &m = h.client->messages[h.seen];
                const QString id = m.value(QLatin1String("id")).toString();
                if (m.value(QLatin1String("type")).toString() == QLatin1String("pong") && h.sentAt.contains(id))
                    rtts.append(clock.nsecsElapsed() / 1000 - h.sentAt.take(id));
            }
            h.sentAt.insert(h.client->command(QStringLiteral("ping")), clock.nsecsElapsed() / 1000);
        }
    });
    pinger.start(500);

    // The attacks, each re-armed when the kiosk ends it.
    QList<RawWs *> raws;
    int attackEnded = 0;
    std::function<void(int, int)> raw = [&](int kind, int i) {
        auto *a = new RawWs(&app);
        raws.append(a);
        QObject::connect(&a->socket, &QTcpSocket::disconnected, &app, [&, a, kind, i] {
            ++attackEnded;
            raws.removeOne(a);
            a->deleteLater();
            QTimer::singleShot(kind == 3 ? 1000 : 10, &app, [&, kind, i] { raw(kind, i); });
        });
        // 0 idle TCP, 1 handshake never joining, 2 PIN guess, 3 slow reader
        const QHostAddress from(QStringLiteral("127.0.%1.%2").arg(kind + 1).arg(2 + i % 250));
        a->open(port, from, kind != 0);
        if (kind == 2) {
            QObject::connect(&a->socket, &QTcpSocket::readyRead, a, [a, i] {
                if (a->upgraded && a->texts.isEmpty())
                    a->join(QStringLiteral("%1").arg(100000 + (i * 7919) % 900000, 6, 10, QLatin1Char('0')));
                else if (!a->texts.isEmpty())
                    a->socket.abort();
            });
        } else if (kind == 3) {
            a->socket.setReadBufferSize(4096);
            QObject::connect(&a->socket, &QTcpSocket::readyRead, a, [a] {
                if (a->upgraded && !a->hasText("joined") && a->reading) {
                    a->join(Pin);
                    a->reading = false; // and never reads again
                }
            });
        }
    };
    for (int i = 0; i < 600; ++i)
        raw(0, i);
    for (int i = 0; i < 300; ++i)
        raw(1, i);
    for (int i = 0; i < 50; ++i)
        raw(2, i);
    for (int i = 0; i < 5; ++i)
        raw(3, i);

    // One participant on 20 sockets at 19 messages a second each.
    auto owner = joinClient();
    std::vector<std::unique_ptr<WsTestClient>> many;
    QTimer manyTimer;
    QObject::connect(&manyTimer, &QTimer::timeout, [&] {
        while (owner && many.size() < 20) {
            auto c = std::make_unique<WsTestClient>();
            c->open(url);
            c->join(Pin, {{QStringLiteral("resume"), owner->token}});
            many.push_back(std::move(c));
        }
        for (auto it = many.begin(); it != many.end();) {
            if ((*it)->disconnected)
                it = many.erase(it);
            else
                (*it++)->command(QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("veel")}});
        }
    });
    manyTimer.start(1000 / 19);

    // A burst of 2,000 messages every 2 s; a 2,000-character card every second.
    QTimer burstTimer;
    QObject::connect(&burstTimer, &QTimer::timeout, [&] {
        auto *b = new RawWs(&app);
        b->open(port);
        QObject::connect(&b->socket, &QTcpSocket::readyRead, b, [b] {
            if (b->upgraded && b->texts.isEmpty() && !b->property("sent").toBool()) {
                b->setProperty("sent", true);
                b->join(Pin);
                QByteArray all;
                for (int i = 0; i < 2000; ++i)
                    all += RawWs::frame("{\"type\":\"ping\",\"id\":\"b" + QByteArray::number(i) + "\"}");
                b->socket.write(all);
            }
        });
        QObject::connect(&b->socket, &QTcpSocket::disconnected, b, &QObject::deleteLater);
    });
    burstTimer.start(2000);
    int cards = 0;
    QTimer cardTimer;
    QObject::connect(&cardTimer, &QTimer::timeout, [&] {
        if (facilitator && !facilitator->disconnected && cards < 300 && ++cards)
            facilitator->command(QStringLiteral("addCard"), {{QStringLiteral("text"), QString(2000, u'k')}});
    });
    cardTimer.start(1000);

    int peakFds = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peakFds = qMax(peakFds, openFilesOf(pid)); });
    sampler.start(250);

    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();

    std::sort(rtts.begin(), rtts.end());
    auto pct = [&](double p) { return rtts.isEmpty() ? -1.0 : rtts[qMin(rtts.size() - 1, qsizetype(p * rtts.size()))] / 1000.0; };
    std::printf("soak %d s: honest pings %lld, p50 %.2f ms, p99 %.2f ms, max %.2f ms; honest connections lost %d "
                "(rejoined %d); attack connections ended by the kiosk %d; cards %d; kiosk peak RSS (VmHWM) %lld KiB, "
                "now %lld KiB, peak fds %d; kiosk running: %s\n",
                seconds, qint64(rtts.size()), pct(0.5), pct(0.99), rtts.isEmpty() ? -1.0 : rtts.last() / 1000.0,
                honestLost, honestRejoined, attackEnded, cards, rssKiBOf(pid, "VmHWM:"), rssKiBOf(pid), peakFds,
                kiosk.process().state() == QProcess::Running ? "yes" : "NO");
    if (kiosk.process().state() != QProcess::Running)
        std::fprintf(stderr, "kiosk exit %d, stderr:\n%s\n", kiosk.process().exitCode(),
                     kiosk.process().readAllStandardError().right(3000).constData());
    for (RawWs *a : std::as_const(raws))
        QObject::disconnect(&a->socket, nullptr, &app, nullptr);
    return honestLost == 0 && kiosk.process().state() == QProcess::Running ? 0 : 1;
}
