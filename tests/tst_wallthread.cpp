// The room on its own thread, as the GUI kiosk runs it (kiosk/room/room.h):
// the wall (KioskController and its SessionView, on this thread) is fed by
// the room's change events and steers the room by posted commands.
// - Coalescing loses nothing: while the wall has not drawn the step it was
//   sent, the room sends no other, however many changes it makes; the next
//   step carries all of them, and the wall ends in the room's state.
// - The wall's view converges to the room's state when changes come faster
//   than frames, through the controller's own frames.
// - A wall command posted while the room is busy returns at once, the wall's
//   thread goes on, and the answer comes by signal when the room is free.
#include "kioskcontroller.h"
#include "room.h"
#include "sessionview.h"
#include "wallchannel.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace flipover;

namespace {

const QString Pin = QStringLiteral("123456");

// The sections a vote moves, and the seq: what the wall must end with. (The
// phase section's remaining time is computed when a projection is made.)
const QStringList Compared{QStringLiteral("cards"), QStringLiteral("vote"), QStringLiteral("session"),
                           QStringLiteral("case")};

} // namespace

class tst_WallThread : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RoomThread> m_room;
    QList<Actor> m_voters;
    QList<int> m_cards;
    int m_round = 0;

    WallChannel *channel() const { return m_room->room()->channel(); }

    // Runs f on the room's thread and waits for it (the test's only blocking call).
    template<typename F>
    void inRoom(F f)
    {
        QMetaObject::invokeMethod(channel(), f, Qt::BlockingQueuedConnection);
    }

    // Every voter casts a ballot (a different one each round), on the room's thread.
    void castVotes(int count)
    {
        inRoom([this, count] {
            SessionEngine *engine = channel()->engine();
            for (int i = 0; i < count; ++i) {
                const Actor &voter = m_voters.at(i % m_voters.size());
                const int round = m_round + i / int(m_voters.size());
                QJsonObject choices{{QString::number(m_cards.at(round % m_cards.size())), 1},
                                    {QString::number(m_cards.at((round + i) % m_cards.size())), 1}};
                const Result r = engine->execute(voter, QStringLiteral("vote"),
                                                 {{QStringLiteral("ballot"), QStringLiteral("%1").arg(i % m_voters.size(), 32, 16, QLatin1Char('0'))},
                                                  {QStringLiteral("choices"), choices}});
                if (!r.ok)
                    qWarning("a vote was refused: %s", qPrintable(r.code));
            }
        });
        m_round += count / int(m_voters.size()) + 1;
    }

    // The room's state now, as the wall may see it, and its seq.
    std::pair<quint64, QJsonObject> roomState()
    {
        std::pair<quint64, QJsonObject> out;
        inRoom([this, &out] {
            out.first = channel()->engine()->seq();
            out.second = channel()->engine()->projection(Actor::wallDisplay());
        });
        return out;
    }

    QString differs(const SessionView &view, const std::pair<quint64, QJsonObject> &room)
    {
        if (view.seq() != room.first)
            return QStringLiteral("the wall holds seq %1, the room %2").arg(view.seq()).arg(room.first);
        for (const QString &name : Compared)
            if (view.state().value(name) != room.second.value(name))
                return QStringLiteral("the wall's %1 differs from the room's").arg(name);
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        RoomOptions options;
        options.session.dataDir = m_dir->path();
        options.session.pin = Pin;
        options.session.facilitatorPin = QStringLiteral("99999999");
        options.listen = QHostAddress::LocalHost;
        options.port = 0;
        options.beacon = false;
        m_room = std::make_unique<RoomThread>();
        const RoomStart started = m_room->start(options);
        QVERIFY2(started.failure == KioskSession::Failure::None, qPrintable(started.error));
        QVERIFY(started.port > 0);
        QVERIFY(m_room->room()->thread() != QThread::currentThread());

        // A vote with its tallies shown, and voters.
        m_voters.clear();
        m_cards.clear();
        bool ok = true;
        inRoom([this, &ok] {
            SessionEngine *engine = channel()->engine();
            const auto run = [&](const QString &type, const QJsonObject &args = {}) {
                const Result r = engine->execute(Actor::localFacilitator(), type, args);
                ok = ok && r.ok;
                return r;
            };
            run(QStringLiteral("startMeeting"));
            run(QStringLiteral("nextPhase"));
            run(QStringLiteral("nextPhase"));
            for (int k = 0; k < 6; ++k)
                m_cards.append(run(QStringLiteral("addCard"), {{QStringLiteral("text"), QStringLiteral("Kaart %1").arg(k + 1)}})
                                       .data.value(QLatin1String("cardId")).toInt());
            run(QStringLiteral("openVote"));
            run(QStringLiteral("revealTallies"), {{QStringLiteral("revealed"), true}});
            for (int i = 0; i < 20; ++i) {
                const Result r = engine->join(Pin, QString(), QString());
                ok = ok && r.ok;
                m_voters.append(engine->actorFor(r.data.value(QLatin1String("participantId")).toString(),
                                                 r.data.value(QLatin1String("token")).toString()));
            }
        });
        QVERIFY(ok);
    }

    void cleanup()
    {
        m_room.reset(); // stops the room's thread: its store closed, its last commit synced
        m_dir.reset();
    }

    // A wall that does not draw holds the room back to one step; the step
    // after its frame carries everything since, and nothing is lost.
    void coalescingLosesNothing()
    {
        SessionView view;
        int steps = 0;
        connect(channel(), &WallChannel::snapshot, &view, [&view](quint64 seq, const QJsonObject &state, bool) {
            view.applySnapshot(seq, state);
        });
        connect(channel(), &WallChannel::step, &view,
                [&](quint64 seq, quint64 prev, const QJsonObject &whole, const QJsonObject &patches) {
                    ++steps;
                    QCOMPARE(view.applyUpdate(seq, prev, whole, patches), SessionView::Applied::Yes);
                });
        QMetaObject::invokeMethod(channel(), [this] { channel()->setFeeding(true); });
        QTRY_VERIFY(view.hasSnapshot());

        castVotes(1);
        QTRY_COMPARE(steps, 1);
        castVotes(200); // the room goes on; the wall has not drawn its step
        inRoom([] {});  // everything the room sent is on its way to this thread
        QCoreApplication::processEvents();
        QCOMPARE(steps, 1);
        QVERIFY(view.seq() < roomState().first);

        const quint64 drawn = view.seq();
        QMetaObject::invokeMethod(channel(), [this, drawn] { channel()->frameDone(drawn); });
        QTRY_COMPARE(steps, 2);
        const QString d = differs(view, roomState());
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }

    // Votes faster than frames: the controller's wall draws fewer steps than
    // there were changes and ends in the room's state.
    void theWallConvergesUnderABurst()
    {
        KioskController wall(channel());
        QTRY_VERIFY(wall.isReady());
        QTRY_VERIFY(wall.view()->hasSnapshot());
        int applied = 0;
        connect(wall.view(), &SessionView::seqChanged, this, [&applied] { ++applied; });
        const int votes = 300;
        castVotes(votes);
        const auto room = roomState();
        QTRY_VERIFY2_WITH_TIMEOUT(differs(*wall.view(), room).isEmpty(), qPrintable(differs(*wall.view(), room)), 10000);
        qInfo("%d votes, %d steps drawn", votes, applied);
        QVERIFY(applied >= 1);
        QVERIFY(applied < votes);
    }

    // The room is busy (held on its thread): a command of the wall returns at
    // once, the wall's own timers go on, and the answers come when the room is
    // free, in order, a refusal with its code.
    void aWallCommandIsAnsweredWhileTheRoomIsBusy()
    {
        KioskController wall(channel());
        QTRY_VERIFY(wall.isReady());
        QSignalSpy answered(&wall, &KioskController::answered);
        QSignalSpy refused(&wall, &KioskController::refused);
        QSemaphore busy;
        QSemaphore free;
        QMetaObject::invokeMethod(channel(), [&busy, &free] {
            busy.release();
            free.acquire();
        });
        busy.acquire(); // the room's thread is held now

        QVERIFY(wall.addCard(QStringLiteral("Van de wand"))); // posted: true, not yet the engine's answer
        QVERIFY(wall.addCard(QString()));
        bool ticked = false;
        QTimer::singleShot(20, this, [&ticked] { ticked = true; });
        QTRY_VERIFY(ticked); // this thread's event loop runs while the room is held
        QCOMPARE(answered.count(), 0);

        free.release();
        QTRY_COMPARE(answered.count(), 2);
        QCOMPARE(answered.at(0).at(0).toString(), QStringLiteral("addCard"));
        QCOMPARE(answered.at(0).at(1).toBool(), true);
        QCOMPARE(answered.at(1).at(1).toBool(), false);
        QCOMPARE(answered.at(1).at(2).toString(), QStringLiteral("invalid"));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(wall.lastErrorCode(), QStringLiteral("invalid"));
        QTRY_COMPARE(wall.view()->cards()->rowCount(), 7); // the wall's own card is on the wall
    }
};

QTEST_GUILESS_MAIN(tst_WallThread)
#include "tst_wallthread.moc"
