// EpollDispatcher (shared/eventloop/epolldispatcher.h) against Qt's own UNIX
// dispatcher: every scenario runs on a worker QThread, once with each
// dispatcher (the global rows "epoll" and "unix"). A row that fails for
// "unix" too means the expectation is wrong, not the new dispatcher.
// Objects used on the worker are made there; the test thread drives them by
// posted calls and waits on conditions (QTRY_*, semaphores with a deadline),
// never by sleeping a fixed time.
#include "epolldispatcher.h"

#include <QtCore/private/qeventdispatcher_unix_p.h>

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest> // and all of QtCore

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <numeric>
#include <vector>

namespace {

using Clients = std::vector<std::unique_ptr<QTcpSocket>>;

// A started QTimer on the calling (worker) thread. Precise: a coarse timer
// may fire 5 % late, and one under 20 ms is made precise anyway.
template<typename Slot>
QTimer *newTimer(QObject *parent, int ms, Slot slot, bool singleShot = false)
{
    auto *t = new QTimer(parent);
    t->setTimerType(Qt::PreciseTimer);
    t->setSingleShot(singleShot);
    QObject::connect(t, &QTimer::timeout, t, slot);
    t->start(ms);
    return t;
}

// A thread running the row's dispatcher. Declare it after the variables its
// calls use: it is destroyed first, and its objects (children of context)
// are deleted on the worker as it finishes, before those variables go.
class Worker
{
public:
    Worker()
    {
        QFETCH_GLOBAL(QString, dispatcher);
        if (dispatcher == QLatin1String("epoll"))
            thread.setEventDispatcher(new flipover::EpollDispatcher);
        else
            thread.setEventDispatcher(new QEventDispatcherUNIX);
        context = new QObject;
        context->moveToThread(&thread);
        // finished is emitted on the worker, while its dispatcher still exists.
        QObject::connect(&thread, &QThread::finished, &thread, [c = context] { delete c; }, Qt::DirectConnection);
        thread.start();
    }
    ~Worker()
    {
        thread.quit();
        if (!thread.wait(10000)) // its objects use the test's variables: stopping here is all that is safe
            qFatal("the worker thread did not stop within 10 s of quit()");
    }

    template<typename F> void run(F f) { QMetaObject::invokeMethod(context, std::move(f), Qt::BlockingQueuedConnection); }
    template<typename F> void post(F f) { QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection); }

    // A server on the worker (127.0.0.1, a port the system picks). Each
    // accepted socket joins peers and is handed to `accepted`, on the worker.
    quint16 listen(std::function<void(QTcpSocket *)> accepted = {})
    {
        quint16 port = 0;
        run([&] {
            auto *server = new QTcpServer(context);
            server->setListenBacklogSize(256); // 200 clients connect at once
            QObject::connect(server, &QTcpServer::newConnection, server, [this, server, accepted] {
                while (QTcpSocket *s = server->nextPendingConnection()) {
                    peers.append(s);
                    if (accepted)
                        accepted(s);
                    ++acceptedCount;
                }
            });
            if (server->listen(QHostAddress::LocalHost, 0))
                port = server->serverPort();
        });
        return port;
    }

    // count clients on the test thread (its default dispatcher), connected and accepted.
    bool connectClients(Clients &out, int count, quint16 port)
    {
        for (int i = 0; i < count; ++i) {
            out.push_back(std::make_unique<QTcpSocket>());
            out.back()->connectToHost(QHostAddress::LocalHost, port);
        }
        return QTest::qWaitFor([&] {
            return acceptedCount == count && std::all_of(out.begin(), out.end(), [](const auto &c) {
                       return c->state() == QAbstractSocket::ConnectedState;
                   });
        }, 20000);
    }

    // Holds the worker busy in a posted call while `send` runs here, then lets
    // it wait (poll(2)) until every peer has data and run `then`: the
    // worker's next pass finds them all ready at once, and its own loop
    // cannot read them before `then`.
    bool holdWhile(const std::function<void()> &send, std::function<void()> then = {})
    {
        auto entered = std::make_shared<QSemaphore>(), go = std::make_shared<QSemaphore>();
        post([=] {
            entered->release();
            if (!go->tryAcquire(1, 5000))
                return;
            peersReadable = std::all_of(peers.begin(), peers.end(), [](const QPointer<QTcpSocket> &p) {
                pollfd fd{int(p->socketDescriptor()), POLLIN, 0};
                return ::poll(&fd, 1, 5000) == 1; // one after the other: at the end, all have data
            });
            if (then)
                then();
        });
        if (!entered->tryAcquire(1, 5000))
            return false;
        send();
        go->release();
        return true;
    }

    // EpollDispatcher's descriptors now, read on the worker; -1 for Qt's.
    int watched()
    {
        int n = -1;
        run([&] {
            if (auto *e = qobject_cast<flipover::EpollDispatcher *>(QAbstractEventDispatcher::instance()))
                n = e->watchedCount();
        });
        return n;
    }

    // Waits until a timer of `ms`, started now on the worker, has fired: a
    // timer that should have stopped had that long to misbehave.
    bool settle(int ms)
    {
        auto fired = std::make_shared<std::atomic<bool>>(false);
        run([&] { newTimer(context, ms, [fired] { *fired = true; }, true); });
        return QTest::qWaitFor([&] { return fired->load(); }, 5000);
    }

    QThread thread;
    QObject *context = nullptr;
    QList<QPointer<QTcpSocket>> peers; // the server's sockets: worker only
    std::atomic<int> acceptedCount{0};
    std::atomic<bool> peersReadable{false};
};

// A plain QObject with timers of its own (startTimer, timerEvent): counts the
// events of timers a and b; kills a in its own event number killAAt.
class TimerObject : public QObject
{
public:
    int a = 0, b = 0, killAAt = 0; // set before the timers run
    std::atomic<int> countA{0}, countB{0}, misplaced{0}; // misplaced: on another thread, or an unknown id

protected:
    void timerEvent(QTimerEvent *e) override
    {
        if (QThread::currentThread() != thread() || (e->timerId() != a && e->timerId() != b))
            ++misplaced;
        if (e->timerId() == a && ++countA == killAAt)
            killTimer(a);
        if (e->timerId() == b)
            ++countB;
    }
};

} // namespace

class tst_EventDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("dispatcher");
        QTest::newRow("epoll") << QStringLiteral("epoll");
        QTest::newRow("unix") << QStringLiteral("unix");
    }

    // 1. Posted calls all run on the worker, in order: in bursts, and one at
    // a time (each wakes a worker that has gone back to waiting). Then the
    // same with a 0 ms timer that keeps the worker from ever waiting: no
    // posted call starves, and the timer goes on firing.
    void postedEvents()
    {
        QList<int> order; // appended on the worker only
        std::atomic<bool> wrongThread{false};
        std::atomic<int> zeroFired{0};
        QSemaphore ran;
        Worker w;
        int next = 0;
        auto call = [&] {
            w.post([&, i = next++] {
                wrongThread = wrongThread || QThread::currentThread() != &w.thread;
                order.append(i);
                ran.release();
            });
        };
        for (bool zeroTimer : {false, true}) {
            if (zeroTimer)
                w.run([&] { newTimer(w.context, 0, [&] { ++zeroFired; }); });
            for (int i = 0; i < 1000; ++i)
                call();
            QVERIFY(ran.tryAcquire(1000, 5000));
            for (int i = 0; i < 100; ++i) {
                call();
                QVERIFY2(ran.tryAcquire(1, 5000), qPrintable(QStringLiteral("call %1 never ran").arg(next - 1)));
            }
        }
        QList<int> expected(next);
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(order, expected);
        QVERIFY(!wrongThread);
        const int before = zeroFired;
        QVERIFY(before > 0);
        QTRY_VERIFY(zeroFired > before + 1000);
    }

    // 2. Timers. QTimers, all precise, at once on one worker:
    // - a 20 ms single shot fires once, not before 20 ms;
    // - a 10 ms timer fires again and again, its n-th time not before n * 10
    //   ms (its next timeout is the last plus the interval), and never again
    //   once stopped in its own slot;
    // - of two 0 ms timers (due in the same pass), the one started first runs
    //   first and stops the other, which must then not fire;
    // - a 200 ms timer's remainingTime is in [0, 200], 30 ms later <= 170.
    // The clock is the monotonic one of Qt's timer list, started first.
    void timers()
    {
        QList<qint64> singleAt, repeatAt; // ns; worker only, until the timers stopped
        std::atomic<int> single{0}, repeat{0}, stopper{0}, stopped{0}, remainingAtStart{-2}, remainingAfter30{-2};
        Worker w;
        w.run([&] {
            QElapsedTimer clock;
            clock.start();
            newTimer(w.context, 20, [&, clock] { singleAt.append(clock.nsecsElapsed()); ++single; }, true);
            QTimer *t = newTimer(w.context, 10, [&, clock] { repeatAt.append(clock.nsecsElapsed()); ++repeat; });
            QObject::connect(t, &QTimer::timeout, t, [&, t] {
                if (repeat == 5)
                    t->stop();
            });
            auto *victim = new QTimer(w.context);
            QObject::connect(victim, &QTimer::timeout, victim, [&] { ++stopped; });
            newTimer(w.context, 0, [&, victim] { ++stopper; victim->stop(); }, true);
            victim->start(0);
            QTimer *r = newTimer(w.context, 200, [] {}, true);
            remainingAtStart = r->remainingTime();
            newTimer(r, 30, [&, r] { remainingAfter30 = r->remainingTime(); }, true);
        });
        QTRY_COMPARE(single.load(), 1);
        QTRY_COMPARE(repeat.load(), 5);
        QTRY_COMPARE(stopper.load(), 1);
        QTRY_VERIFY(remainingAfter30 != -2);
        QVERIFY(w.settle(50));
        QCOMPARE(single.load(), 1);
        QCOMPARE(repeat.load(), 5);
        QCOMPARE(stopped.load(), 0);
        QVERIFY2(singleAt[0] >= 20'000'000 && singleAt[0] < 1'000'000'000, qPrintable(QString::number(singleAt[0])));
        for (int n = 0; n < 5; ++n)
            QVERIFY2(repeatAt[n] >= (n + 1) * 10'000'000LL, qPrintable(QString::number(repeatAt[n])));
        QVERIFY2(remainingAtStart >= 0 && remainingAtStart <= 200, qPrintable(QString::number(remainingAtStart)));
        QVERIFY2(remainingAfter30 >= 0 && remainingAfter30 <= 170, qPrintable(QString::number(remainingAfter30)));
    }

    // QObject::startTimer/killTimer and moveToThread. Timer a is killed in its
    // own timerEvent: the dispatcher lists b alone. Moved to another thread,
    // Qt asks the old dispatcher for the object's timers (registeredTimers),
    // drops them there (unregisterTimers) and registers them, same id, with
    // the new one's, where b goes on firing until killed from outside.
    void objectTimers()
    {
        TimerObject *obj = nullptr;
        QList<QAbstractEventDispatcher::TimerInfo> beforeMove, leftBehind, afterMove, afterKill;
        int atMove = 0, atKill = 0;
        Worker first, second;
        first.run([&] {
            obj = new TimerObject;
            obj->killAAt = 3;
            obj->a = obj->startTimer(5, Qt::PreciseTimer);
            obj->b = obj->startTimer(10, Qt::PreciseTimer);
        });
        QTRY_COMPARE(obj->countA.load(), 3);
        first.run([&] {
            beforeMove = QAbstractEventDispatcher::instance()->registeredTimers(obj);
            atMove = obj->countB;
            obj->moveToThread(&second.thread);
            leftBehind = QAbstractEventDispatcher::instance()->registeredTimers(obj);
        });
        QTRY_VERIFY(obj->countB >= atMove + 3);
        second.run([&] {
            afterMove = QAbstractEventDispatcher::instance()->registeredTimers(obj);
            obj->setParent(second.context); // deleted with second's objects
            obj->killTimer(obj->b);
            atKill = obj->countB;
            afterKill = QAbstractEventDispatcher::instance()->registeredTimers(obj);
        });
        QVERIFY(second.settle(50));
        QCOMPARE(obj->countA.load(), 3);
        QCOMPARE(obj->countB.load(), atKill);
        QCOMPARE(obj->misplaced.load(), 0);
        for (const auto &timers : {beforeMove, afterMove}) {
            QCOMPARE(timers.size(), 1);
            QCOMPARE(timers[0].timerId, obj->b);
            QCOMPARE(timers[0].interval, 10);
            QCOMPARE(timers[0].timerType, Qt::PreciseTimer);
        }
        QVERIFY(leftBehind.isEmpty());
        QVERIFY(afterKill.isEmpty());
    }

    // 3. 200 clients echoed; when they close, every server-side socket sees
    // disconnected() and is deleted, and EpollDispatcher watches only the
    // listening socket again.
    void manySockets()
    {
        const int n = 200;
        std::atomic<int> disconnects{0}, deleted{0};
        std::vector<QByteArray> sent(n), got(n);
        Clients clients;
        Worker w;
        const quint16 port = w.listen([&](QTcpSocket *s) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
            QObject::connect(s, &QTcpSocket::disconnected, s, [&, s] { ++disconnects; s->deleteLater(); });
            QObject::connect(s, &QObject::destroyed, w.context, [&] { ++deleted; });
        });
        const int listening = w.watched();
        QFETCH_GLOBAL(QString, dispatcher);
        QCOMPARE(listening >= 1, dispatcher == QLatin1String("epoll")); // the row runs what it says
        QVERIFY(w.connectClients(clients, n, port));
        for (int i = 0; i < n; ++i) {
            QTcpSocket *c = clients[i].get();
            QObject::connect(c, &QTcpSocket::readyRead, c, [&, c, i] { got[i] += c->readAll(); });
            sent[i] = "client " + QByteArray::number(i) + '\n';
            c->write(sent[i]);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::equal(got.begin(), got.end(), sent.begin(),
                                            [](const QByteArray &g, const QByteArray &s) { return g.size() >= s.size(); }),
                                 20000);
        QCOMPARE(got, sent);
        if (listening >= 0)
            QCOMPARE(w.watched(), listening + n);
        for (auto &c : clients)
            c->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(disconnects.load(), n, 20000);
        QTRY_COMPARE(deleted.load(), n);
        if (listening >= 0)
            QTRY_COMPARE(w.watched(), listening);
    }

    // 4. Two server-side sockets ready in the same pass; the first readyRead
    // deletes the other, whose pending activation must then be dropped.
    void socketDeletedByOther()
    {
        std::atomic<int> readyReads{0}, deleted{0};
        Clients clients;
        Worker w;
        const quint16 port = w.listen([&](QTcpSocket *s) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [&, s] {
                ++readyReads;
                s->readAll();
                for (const QPointer<QTcpSocket> &p : w.peers) {
                    if (p && p != s) {
                        delete p.data();
                        ++deleted;
                    }
                }
                s->write("ok");
            });
        });
        const int listening = w.watched();
        QVERIFY(w.connectClients(clients, 2, port));
        QVERIFY(w.holdWhile([&] {
            for (auto &c : clients) {
                c->write("x");
                c->flush();
            }
        }));
        QTRY_COMPARE(deleted.load(), 1);
        QVERIFY(w.peersReadable);
        auto answered = [&](int i) { return clients[i]->bytesAvailable() >= 2; };
        auto dropped = [&](int i) { return clients[i]->state() == QAbstractSocket::UnconnectedState; };
        QTRY_VERIFY((answered(0) && dropped(1)) || (answered(1) && dropped(0)));
        QCOMPARE(readyReads.load(), 1);
        if (listening >= 0)
            QCOMPARE(w.watched(), listening + 1);
    }

    // 5. 8 MB to a client that does not read at first: the writer fills the
    // kernel's buffers and waits on its write notifier, again and again once
    // the test starts reading; everything arrives, in order.
    void slowReader()
    {
        const qint64 total = 8 * 1024 * 1024, clientBuffer = 128 * 1024;
        QByteArray data(total, Qt::Uninitialized);
        for (qint64 i = 0; i < total; ++i)
            data[i] = char(i % 251); // 251: the pattern does not repeat at a power of two
        std::atomic<int> writtenSignals{0};
        std::atomic<qint64> written{0};
        Clients clients;
        Worker w;
        const quint16 port = w.listen([&](QTcpSocket *s) {
            QObject::connect(s, &QTcpSocket::bytesWritten, s, [&](qint64 n) { written += n; ++writtenSignals; });
        });
        QVERIFY(w.connectClients(clients, 1, port));
        QTcpSocket &client = *clients[0];
        // Small fixed kernel buffers (no autotuning to megabytes), so that the
        // writer has to wait for the reader many times.
        client.setReadBufferSize(clientBuffer);
        client.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 64 * 1024);
        w.run([&] {
            w.peers[0]->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 64 * 1024);
            w.peers[0]->write(data);
        });
        auto unsent = [&] {
            qint64 n = -1;
            w.run([&] { n = w.peers[0]->bytesToWrite(); });
            return n;
        };
        QTRY_VERIFY(client.bytesAvailable() >= clientBuffer && unsent() > 0); // the writer is stuck
        const int signalsBeforeReading = writtenSignals;
        QByteArray received;
        QObject::connect(&client, &QTcpSocket::readyRead, &client, [&] { received += client.readAll(); });
        received += client.readAll();
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= total, 60000);
        QVERIFY(received == data); // not QCOMPARE: it would print 8 MB
        QTRY_COMPARE(written.load(), total);
        QCOMPARE(unsent(), 0);
        const int whileReading = writtenSignals - signalsBeforeReading;
        QVERIFY2(whileReading >= 8, qPrintable(QStringLiteral("%1 bytesWritten while reading").arg(whileReading)));
    }

    // 6. A nested QEventLoop in a slot on the worker serves posted calls and
    // sockets (read and write); a timer of its own ends it.
    void nestedEventLoop()
    {
        std::atomic<int> postedInside{0};
        std::atomic<bool> inside{false}, done{false}, deadlineHit{false}, readInside{false}, repliedInside{false};
        Clients clients;
        Worker w;
        const quint16 port = w.listen([&](QTcpSocket *s) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [&, s] {
                s->readAll();
                readInside = inside.load();
                s->write("pong");
            });
            QObject::connect(s, &QTcpSocket::bytesWritten, s, [&] { repliedInside = inside.load(); });
        });
        QVERIFY(w.connectClients(clients, 1, port));
        w.post([&] {
            QEventLoop loop;
            QTimer *check = newTimer(&loop, 5, [&] {
                if (postedInside == 10 && readInside && repliedInside)
                    loop.quit();
            });
            newTimer(check, 10000, [&] { deadlineHit = true; loop.quit(); }, true);
            inside = true;
            loop.exec();
            inside = false;
            done = true;
        });
        QTRY_VERIFY(inside.load());
        for (int i = 0; i < 10; ++i)
            w.post([&] { postedInside += inside ? 1 : 100; }); // one run outside would show
        clients[0]->write("ping");
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 15000);
        QVERIFY(!deadlineHit);
        QCOMPARE(postedInside.load(), 10);
        QTRY_VERIFY(clients[0]->bytesAvailable() >= 4);
        QCOMPARE(clients[0]->readAll(), QByteArray("pong"));
    }

    // 8. Data is waiting on a peer: passes with ExcludeSocketNotifiers do not
    // deliver its readyRead, the next normal pass does.
    void excludeSocketNotifiers()
    {
        std::atomic<int> readyReads{0}, whileExcluded{-1}, afterNormalPass{-1};
        Clients clients;
        Worker w;
        const quint16 port = w.listen([&](QTcpSocket *s) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [&] { ++readyReads; });
        });
        QVERIFY(w.connectClients(clients, 1, port));
        const bool held = w.holdWhile([&] {
            clients[0]->write("x");
            clients[0]->flush();
        }, [&] {
            for (int i = 0; i < 3; ++i)
                QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
            whileExcluded = readyReads.load();
            QCoreApplication::processEvents();
            afterNormalPass = readyReads.load();
        });
        QVERIFY(held);
        QTRY_VERIFY(afterNormalPass != -1);
        QVERIFY(w.peersReadable);
        QCOMPARE(whileExcluded.load(), 0);
        QCOMPARE(afterNormalPass.load(), 1);
    }

    // 10. A socket's number reused in one pass while a duplicate keeps the
    // socket itself open (the kiosk drains closed sockets through one:
    // kiosk/server/admission.cpp). epoll knows a socket by its number and
    // forgets it only once every copy is closed: the old socket's events
    // (it has data) must never reach the new descriptor's notifier, and the
    // new one is watched.
    void reusedDescriptor()
    {
        std::atomic<int> activated{0}, spurious{0};
        int pair[2] = {-1, -1};
        int copy = -1, second = -1;
        QSocketNotifier *notifier = nullptr;
        QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, pair), 0);
        Worker w;
        w.run([&] {
            copy = dup(pair[0]);
            notifier = new QSocketNotifier(pair[0], QSocketNotifier::Read, w.context);
        });
        w.run([&] { // the worker has waited since: epoll watches pair[0]
            delete notifier;
            ::close(pair[0]);
            QCOMPARE(::write(pair[1], "x", 1), 1); // the old socket is readable now
            second = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
            notifier = new QSocketNotifier(second, QSocketNotifier::Read, w.context);
            QObject::connect(notifier, &QSocketNotifier::activated, notifier, [&, fd = second] {
                eventfd_t value;
                ++(eventfd_read(fd, &value) == 0 ? activated : spurious);
            });
        });
        QCOMPARE(second, pair[0]); // the lowest free number: the one just closed
        QVERIFY(w.settle(50));     // passes enough for a misreported event
        QCOMPARE(spurious.load(), 0);
        w.run([&] { eventfd_write(second, 1); });
        QTRY_COMPARE(activated.load(), 1);
        QCOMPARE(spurious.load(), 0);
        w.run([&] {
            delete notifier;
            ::close(second);
        });
        ::close(copy);
        ::close(pair[1]);
    }

    // 9 and 7. A worker with nothing due (a watched socket, a timer a minute
    // away): processEvents without WaitForMoreEvents returns at once, and
    // quit() from the test thread ends its exec() at once (QEventLoop::exit
    // calls the dispatcher's interrupt()).
    void idleWorker()
    {
        std::atomic<qint64> tookMs{-1};
        Worker w;
        QVERIFY(w.listen());
        w.run([&] { newTimer(w.context, 60000, [] {}); });
        w.post([&] {
            QElapsedTimer clock;
            clock.start();
            QCoreApplication::processEvents();
            QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
            QAbstractEventDispatcher::instance()->processEvents(QEventLoop::AllEvents);
            tookMs = clock.elapsed();
        });
        QTRY_VERIFY(tookMs != -1);
        QVERIFY2(tookMs < 1000, qPrintable(QStringLiteral("processEvents: %1 ms").arg(tookMs.load())));
        QElapsedTimer clock;
        clock.start();
        w.thread.quit();
        QVERIFY(w.thread.wait(5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QStringLiteral("quit: %1 ms").arg(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(tst_EventDispatcher)
#include "tst_eventdispatcher.moc"
