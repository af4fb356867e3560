// flipover-soak: every attack of issue 17 at once against a real kiosk on
// loopback, beside 50 honest voters, for a bounded time. Prints the honest
// voters' ping round trips (p50/p99), how often one lost its connection,
// and the kiosk's peak memory (VmHWM) and descriptors. Run by soak.sh; not
// a ctest. Usage: flipover-soak KIOSK SECONDS [ATTACKS]; ATTACKS is a comma
// list of idle,handshake,pin,slow,many,burst,cards (default: all), "none" for
// the honest voters alone.
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
    QHash<QString, qint64> sentAt; // ping id -> µs
};

} // namespace

// The attacks without a token: idle TCP, handshakes that never join, PIN
// guesses, slow readers, bursts; each re-armed when the kiosk ends it.
// Prints how many connections the kiosk ended.
int attackMain(QCoreApplication &app, quint16 port, const QByteArray &chosen, int seconds)
{
    auto on = [&](const char *attack) { return chosen.split(',').contains(attack); };
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
    for (int i = 0; i < 600 && on("idle"); ++i)
        raw(0, i);
    for (int i = 0; i < 300 && on("handshake"); ++i)
        raw(1, i);
    for (int i = 0; i < 50 && on("pin"); ++i)
        raw(2, i);
    for (int i = 0; i < 5 && on("slow"); ++i)
        raw(3, i);
    // A burst of 2,000 messages every 2 s.
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
    if (on("burst"))
        burstTimer.start(2000);
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    for (RawWs *a : std::as_const(raws))
        QObject::disconnect(&a->socket, nullptr, &app, nullptr);
    std::printf("%d\n", attackEnded);
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && QByteArray(argv[1]) == "--attack")
        return attackMain(app, quint16(QByteArray(argv[2]).toUInt()), argv[3], QByteArray(argv[4]).toInt());
    if (argc < 3) {
        std::fprintf(stderr, "usage: flipover-soak KIOSK SECONDS\n");
        return 2;
    }
    qputenv("FLIPOVER_KIOSK", argv[1]);
    const int seconds = QByteArray(argv[2]).toInt();
    const QByteArray chosen = argc > 3 ? QByteArray(argv[3]) : QByteArray("idle,handshake,pin,slow,many,burst,cards");
    auto on = [&](const char *attack) { return chosen.split(',').contains(attack); };
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
    std::vector<Honest> honest(50); // never resized: the handlers hold references
    QList<qint64> rtts;
    int honestLost = 0, honestRejoined = 0;
    // The round trip ends when the pong arrives, not when the pinger looks.
    auto watch = [&](Honest &h) {
        if (!h.client)
            return;
        QObject::connect(&h.client->socket(), &QWebSocket::textMessageReceived, h.client.get(),
                         [&rtts, &clock, &h](const QString &text) {
            if (!text.contains(QLatin1String("\"pong\"")))
                return;
            const QString id = QJsonDocument::fromJson(text.toUtf8()).object().value(QLatin1String("id")).toString();
            if (h.sentAt.contains(id))
                rtts.append(clock.nsecsElapsed() / 1000 - h.sentAt.take(id));
        });
    };
    for (Honest &h : honest) {
        h.client = joinClient();
        watch(h);
    }
    QTimer pinger;
    QObject::connect(&pinger, &QTimer::timeout, [&] {
        for (Honest &h : honest) {
            if (!h.client || h.client->disconnected) {
                ++honestLost;
                h.client = joinClient(); // what a tablet does
                honestRejoined += h.client != nullptr;
                h.sentAt.clear();
                watch(h);
                continue;
            }
            h.client->messages.clear(); // a long soak: keep only what is needed
            h.client->frames.clear();
            h.sentAt.insert(h.client->command(QStringLiteral("ping")), clock.nsecsElapsed() / 1000);
        }
    });
    pinger.start(500);

    // The raw attacks run in a process of their own, so that their churn
    // does not delay the honest voters' own event loop (only the kiosk's).
    QProcess attacker;
    attacker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    attacker.start(QCoreApplication::applicationFilePath(),
                   {QStringLiteral("--attack"), QString::number(port), QString::fromLatin1(chosen), QString::number(seconds)});

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
            else {
                (*it)->messages.clear();
                (*it)->frames.clear();
                (*it++)->command(QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("veel")}});
            }
        }
    });
    if (on("many"))
        manyTimer.start(1000 / 19);

    // A 2,000-character card every second.
    int cards = 0;
    QTimer cardTimer;
    QObject::connect(&cardTimer, &QTimer::timeout, [&] {
        facilitator->messages.clear();
        facilitator->frames.clear();
        if (owner) {
            owner->messages.clear();
            owner->frames.clear();
        }
        if (!facilitator->disconnected && cards < 300 && ++cards)
            facilitator->command(QStringLiteral("addCard"), {{QStringLiteral("text"), QString(2000, u'k')}});
    });
    if (on("cards"))
        cardTimer.start(1000);

    int peakFds = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peakFds = qMax(peakFds, openFilesOf(pid)); });
    sampler.start(250);

    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    attacker.waitForFinished(30000);
    const int attackEnded = attacker.readAllStandardOutput().trimmed().toInt();

    std::sort(rtts.begin(), rtts.end());
    auto pct = [&](double p) { return rtts.isEmpty() ? -1.0 : rtts[qMin(rtts.size() - 1, qsizetype(p * rtts.size()))] / 1000.0; };
    std::printf("soak %d s (%s): honest pings %lld, p50 %.2f ms, p99 %.2f ms, max %.2f ms; honest connections lost %d "
                "(rejoined %d); attack connections ended by the kiosk %d; cards %d; kiosk peak RSS (VmHWM) %lld KiB, "
                "now %lld KiB, peak fds %d; kiosk running: %s\n",
                seconds, chosen.constData(), qint64(rtts.size()), pct(0.5), pct(0.99), rtts.isEmpty() ? -1.0 : rtts.last() / 1000.0,
                honestLost, honestRejoined, attackEnded, cards, rssKiBOf(pid, "VmHWM:"), rssKiBOf(pid), peakFds,
                kiosk.process().state() == QProcess::Running ? "yes" : "NO");
    if (kiosk.process().state() != QProcess::Running)
        std::fprintf(stderr, "kiosk exit %d, stderr:\n%s\n", kiosk.process().exitCode(),
                     kiosk.process().readAllStandardError().right(3000).constData());
    return honestLost == 0 && kiosk.process().state() == QProcess::Running ? 0 : 1;
}
