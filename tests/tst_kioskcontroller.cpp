// KioskController's card controls as the wall's facilitator uses them (the
// room's WallChannel on this thread, so each answer comes before the call
// returns; tst_wallthread has the room on its own thread): edit,
// hide with undo, merge with undo, move among the cards the room sees (the
// engine's undo and moveCardBy commands), add a
// card for the room, and the join link the QR code carries. Each checks the
// engine's state, the single owner of the meeting.
#include "kioskcontroller.h"
#include "kioskprocess.h"
#include "store.h"

#include <QDate>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUrl>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;

class tst_KioskController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    ManualClock m_clock;
    std::unique_ptr<SessionEngine> m_engine;
    std::unique_ptr<WallChannel> m_channel;
    std::unique_ptr<KioskController> m_controller;

    const Card &card(int id) const { return m_engine->state().cards.find(id).value(); }
    int lastCardId() const { return m_engine->state().cards.lastKey(); }

    // The ids of the cards the wall shows, in the wall's order.
    QList<int> wallOrder() const
    {
        QList<int> ids;
        const auto *model = m_controller->view()->cards();
        const int idRole = model->roleNames().key("id");
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->data(model->index(row, 0), idRole).toInt());
        return ids;
    }
    QList<int> addCards(int count)
    {
        QList<int> ids;
        for (int i = 0; i < count; ++i) {
            if (!m_controller->addCard(QStringLiteral("Overweging %1").arg(i + 1)))
                return {};
            ids.append(lastCardId());
        }
        return ids;
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
        QVERIFY2(m_engine->resumeOrCreate(test::testFormat(), QStringLiteral("Test"), QStringLiteral("123456"),
                                          QStringLiteral("9999"), &error),
                 qPrintable(error));
        m_channel = std::make_unique<WallChannel>(m_engine.get());
        m_controller = std::make_unique<KioskController>(m_channel.get());
        QVERIFY(m_controller->startMeeting());
        QVERIFY(m_controller->nextPhase()); // the considerations phase
    }

    void cleanup()
    {
        m_controller.reset();
        m_channel.reset();
        m_engine.reset();
        m_store.reset();
        m_dir.reset();
    }

    void joinLinkCarriesAddressAndMeeting()
    {
        m_controller->setEndpoint(QHostAddress(QStringLiteral("192.168.1.20")), 7700);
        const QString code = m_engine->meetingCode();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{10}$")).match(code).hasMatch());
        QCOMPARE(m_controller->joinLink(), QStringLiteral("http://192.168.1.20:7700/?m=") + code);
        QCOMPARE(m_controller->joinUrl(), QStringLiteral("ws://192.168.1.20:7700/"));
        m_controller->setEndpoint(QHostAddress(QStringLiteral("fd00::5")), 7701);
        QCOMPARE(m_controller->joinLink(), QStringLiteral("http://[fd00::5]:7701/?m=") + code);
        // With --tls: https, and the certificate's fingerprint for the tablet to pin.
        const QString fp(64, QLatin1Char('a'));
        m_controller->setTlsFingerprint(fp);
        QCOMPARE(m_controller->joinLink(), QStringLiteral("https://[fd00::5]:7701/?m=%1&fp=%2").arg(code, fp));
        QCOMPARE(m_controller->joinUrl(), QStringLiteral("wss://[fd00::5]:7701/"));
    }

    void addAndEditACardForTheRoom()
    {
        QVERIFY(m_controller->addCard(QStringLiteral("Wat iemand hardop zei"), QStringLiteral("Werk eerst")));
        const int id = lastCardId();
        QCOMPARE(card(id).text, QStringLiteral("Wat iemand hardop zei"));
        QVERIFY(m_controller->editCard(id, QStringLiteral("Scherper geformuleerd"), QStringLiteral("Taal eerst")));
        QCOMPARE(card(id).text, QStringLiteral("Scherper geformuleerd"));
        QCOMPARE(card(id).direction, QStringLiteral("Taal eerst"));
        QCOMPARE(wallOrder(), QList<int>{id});
        // An empty card is refused and changes nothing.
        const quint64 seq = m_engine->seq();
        QVERIFY(!m_controller->addCard(QString()));
        QCOMPARE(m_controller->lastErrorCode(), QStringLiteral("invalid"));
        QCOMPARE(m_engine->seq(), seq);
    }

    void planChangesReachTheWall()
    {
        const auto *phases = m_controller->view()->phases();
        const int titleRole = phases->roleNames().key("title");
        const int minutesRole = phases->roleNames().key("minutes");
        const auto at = [&](int row, int role) { return phases->data(phases->index(row, 0), role); };
        QVERIFY(m_controller->adjustTime(5));
        QCOMPARE(at(1, minutesRole).toInt(), 35);
        QVERIFY(m_controller->setPhaseMinutes(1, 40));
        QCOMPARE(at(1, minutesRole).toInt(), 40);
        QVERIFY(m_controller->addPhase(1, QStringLiteral("Pauze"), 10));
        QCOMPARE(phases->rowCount(), 5);
        QCOMPARE(m_controller->view()->phaseCount(), 5);
        QCOMPARE(at(2, titleRole).toString(), QStringLiteral("Pauze"));
        QCOMPARE(at(2, minutesRole).toInt(), 10);
        QCOMPARE(at(3, titleRole).toString(), QStringLiteral("kiezen"));
        QCOMPARE(m_controller->view()->phaseIndex(), 1);

        const quint64 seq = m_engine->seq();
        QVERIFY(!m_controller->setPhaseMinutes(0, 10)); // over already
        QCOMPARE(m_controller->lastErrorCode(), QStringLiteral("phase_past"));
        QVERIFY(!m_controller->addPhase(1, QStringLiteral(" "), 10));
        QCOMPARE(m_controller->lastErrorCode(), QStringLiteral("invalid"));
        QCOMPARE(m_engine->seq(), seq);
        QCOMPARE(phases->rowCount(), 5);
    }

    void exportWritesTheOutcomeAndNothingPrivate()
    {
        const Result joined = m_engine->join(QStringLiteral("123456"), {}, {});
        QVERIFY(joined.ok);
        const QString id = joined.data.value(QLatin1String("participantId")).toString();
        const QString token = joined.data.value(QLatin1String("token")).toString();
        const Actor p = m_engine->actorFor(id, token);
        QVERIFY(m_controller->previousPhase());
        QVERIFY(m_engine->execute(p, QStringLiteral("addThought"), {{QStringLiteral("text"), QStringLiteral("PRIVE-GEDACHTE")}}).ok);
        QVERIFY(m_controller->setCase(QStringLiteral("Werk of taal eerst\nGEHEIM-CASUSDETAIL")));
        QVERIFY(m_controller->nextPhase());
        QVERIFY(m_controller->addCard(QStringLiteral("Duaal traject"), QStringLiteral("Combineren")));
        QCOMPARE(m_controller->exportFolder(),
                 QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                         .filePath(QStringLiteral("Flipover/%1 Test").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")))));

        QTemporaryDir out;
        const QString folder = QDir(out.path()).filePath(QStringLiteral("uitkomst"));
        QSignalSpy exported(m_controller.get(), &KioskController::exported);
        QSignalSpy folderChanged(m_controller.get(), &KioskController::exportFolderChanged);
        QVERIFY2(m_controller->exportOutcome(QUrl::fromLocalFile(folder).toString(), false),
                 qPrintable(m_controller->lastErrorMessage()));
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.at(0).at(0).toString(), folder);
        QCOMPARE(folderChanged.count(), 1);
        QCOMPARE(m_controller->exportFolder(), folder); // the next export goes there too
        QString all;
        for (const char *name : {"outcome.md", "outcome.csv", "outcome-reflections.csv", "outcome.pdf"}) {
            QFile f(QDir(folder).filePath(QLatin1String(name)));
            QVERIFY2(f.open(QIODevice::ReadOnly), name);
            QVERIFY(f.size() > 0);
            if (!QByteArray(name).endsWith(".pdf"))
                all += QString::fromUtf8(f.readAll());
        }
        QVERIFY(all.contains(QLatin1String("Duaal traject")));
        QVERIFY(all.contains(QLatin1String("Werk of taal eerst")));
        for (const QString &secret : {QStringLiteral("PRIVE-GEDACHTE"), QStringLiteral("GEHEIM-CASUSDETAIL"), id, token,
                                      m_engine->facilitatorPin()})
            QVERIFY2(!all.contains(secret), qPrintable(secret));

        // A folder that cannot be made: a plain error, and nothing moves.
        QFile blocker(QDir(out.path()).filePath(QStringLiteral("een-bestand")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!m_controller->exportOutcome(QDir(blocker.fileName()).filePath(QStringLiteral("map")), false));
        QCOMPARE(m_controller->lastErrorCode(), QStringLiteral("export_failed"));
        QVERIFY(!m_controller->lastErrorMessage().isEmpty());
        QCOMPARE(m_controller->exportFolder(), folder);
        QCOMPARE(exported.count(), 1);
        QVERIFY(!m_controller->exportOutcome(QString(), false));
        QCOMPARE(m_controller->lastErrorCode(), QStringLiteral("export_failed"));
    }

    void hideAndUndo()
    {
        const QList<int> ids = addCards(3);
        QCOMPARE(ids.size(), 3);
        QSignalSpy undoSpy(m_controller.get(), &KioskController::undoChanged);
        QVERIFY(m_controller->undoKind().isEmpty());
        QVERIFY(m_controller->hideCard(ids[1], true));
        QVERIFY(card(ids[1]).hidden);
        QCOMPARE(m_controller->undoKind(), QStringLiteral("hide"));
        QCOMPARE(wallOrder(), (QList<int>{ids[0], ids[2]}));
        QVERIFY(m_controller->undo());
        QVERIFY(!card(ids[1]).hidden);
        QCOMPARE(wallOrder(), ids);
        QVERIFY(m_controller->undoKind().isEmpty());
        QCOMPARE(undoSpy.count(), 2);
        // Nothing left to undo: refused, nothing changes.
        const quint64 seq = m_engine->seq();
        QVERIFY(!m_controller->undo());
        QCOMPARE(m_controller->lastErrorCode(), QStringLiteral("nothing_to_undo"));
        QCOMPARE(m_engine->seq(), seq);
    }

    void mergeAndUndoPutsFollowersBack()
    {
        const QList<int> ids = addCards(4);
        QCOMPARE(ids.size(), 4);
        // 3 into 2, then 2 (carrying 3) into 1.
        QVERIFY(m_controller->mergeCards(ids[2], ids[1]));
        QVERIFY(m_controller->mergeCards(ids[1], ids[0]));
        QCOMPARE(card(ids[1]).mergedInto, ids[0]);
        QCOMPARE(card(ids[2]).mergedInto, ids[0]);
        QCOMPARE(m_controller->undoKind(), QStringLiteral("merge"));
        QCOMPARE(wallOrder(), (QList<int>{ids[0], ids[3]}));
        QVERIFY(m_controller->undo());
        QCOMPARE(card(ids[1]).mergedInto, 0);
        QCOMPARE(card(ids[2]).mergedInto, ids[1]); // as before the last merge
        QCOMPARE(wallOrder(), (QList<int>{ids[0], ids[1], ids[3]}));
        // A merge into itself is refused and adds nothing to undo; the first
        // merge is next.
        QSignalSpy undoSpy(m_controller.get(), &KioskController::undoChanged);
        QVERIFY(!m_controller->mergeCards(ids[3], ids[3]));
        QCOMPARE(undoSpy.count(), 0);
        QCOMPARE(m_controller->undoKind(), QStringLiteral("merge"));
        QVERIFY(m_controller->undo());
        QCOMPARE(card(ids[2]).mergedInto, 0);
        QCOMPARE(wallOrder(), ids);
        QVERIFY(m_controller->undoKind().isEmpty());
    }

    void undoRefusedWhileTheVoteIsOpenChangesNothing()
    {
        const QList<int> ids = addCards(2);
        QVERIFY(m_controller->mergeCards(ids[1], ids[0]));
        QVERIFY(m_controller->nextPhase()); // the vote phase
        QVERIFY(m_controller->openVote());
        QVERIFY(!m_controller->undo());
        QCOMPARE(m_controller->lastErrorCode(), QStringLiteral("vote_open"));
        QCOMPARE(card(ids[1]).mergedInto, ids[0]);
        QCOMPARE(m_controller->undoKind(), QStringLiteral("merge")); // still there once the vote closes
        QVERIFY(m_controller->closeVote());
        QVERIFY(m_controller->undo());
        QCOMPARE(card(ids[1]).mergedInto, 0);
    }

    void moveStepsOverHiddenCards()
    {
        const QList<int> ids = addCards(4);
        QVERIFY(m_controller->hideCard(ids[1], true));
        QCOMPARE(wallOrder(), (QList<int>{ids[0], ids[2], ids[3]}));
        QVERIFY(m_controller->moveCardBy(ids[0], 1));
        QCOMPARE(wallOrder(), (QList<int>{ids[2], ids[0], ids[3]}));
        QVERIFY(m_controller->moveCardBy(ids[3], -2));
        QCOMPARE(wallOrder(), (QList<int>{ids[3], ids[2], ids[0]}));
        // Past either end: refused, nothing changes.
        const quint64 seq = m_engine->seq();
        QVERIFY(!m_controller->moveCardBy(ids[3], -1));
        QCOMPARE(m_controller->lastErrorCode(), QStringLiteral("cannot_move"));
        QVERIFY(!m_controller->moveCardBy(ids[0], 1));
        // The hidden card (first of all) moves among all cards: no further up.
        QVERIFY(!m_controller->moveCardBy(ids[1], -1));
        QCOMPARE(m_controller->lastErrorCode(), QStringLiteral("cannot_move"));
        QVERIFY(!m_controller->moveCardBy(ids[3] + 100, 1));
        QCOMPARE(m_controller->lastErrorCode(), QStringLiteral("not_found"));
        QCOMPARE(m_engine->seq(), seq);
        // Undo takes the moves back, newest first, then the hide: the hidden
        // card comes back where the room last saw it.
        QCOMPARE(m_controller->undoKind(), QStringLiteral("move"));
        QVERIFY(m_controller->undo());
        QCOMPARE(wallOrder(), (QList<int>{ids[2], ids[0], ids[3]}));
        QVERIFY(m_controller->undo());
        QCOMPARE(wallOrder(), (QList<int>{ids[0], ids[2], ids[3]}));
        QCOMPARE(m_controller->undoKind(), QStringLiteral("hide"));
        QVERIFY(m_controller->undo());
        QCOMPARE(wallOrder(), ids);
    }

    // The wall's view names what undo would take back, never the card's text
    // (a hidden card's text is not for the room); a tablet's change counts too.
    void undoKindFollowsTheEngine()
    {
        const QList<int> ids = addCards(2);
        QSignalSpy undoSpy(m_controller.get(), &KioskController::undoChanged);
        QVERIFY(m_controller->editCard(ids[0], QStringLiteral("Nieuwe tekst"), QStringLiteral("Werk")));
        QCOMPARE(m_controller->undoKind(), QStringLiteral("edit"));
        QCOMPARE(m_controller->view()->undoCardId(), ids[0]);
        QVERIFY(m_controller->view()->undoText().isEmpty());
        QVERIFY(!m_controller->view()->state().value(QLatin1String("undo")).toObject().contains(QLatin1String("text")));
        const Result tablet = m_engine->join(QStringLiteral("123456"), {}, QStringLiteral("9999"));
        QVERIFY(tablet.ok);
        const Actor facilitator = m_engine->actorFor(tablet.data.value(QLatin1String("participantId")).toString(),
                                                     tablet.data.value(QLatin1String("token")).toString());
        QVERIFY(m_engine->execute(facilitator, QStringLiteral("hideCard"),
                                  {{QStringLiteral("cardId"), ids[1]}, {QStringLiteral("hidden"), true}}).ok);
        // A tablet's change reaches the wall with its next frame.
        QTRY_COMPARE(m_controller->undoKind(), QStringLiteral("hide"));
        QCOMPARE(m_controller->view()->undoCardId(), ids[1]);
        QVERIFY(m_controller->undo());
        QVERIFY(!card(ids[1]).hidden);
        QVERIFY(m_controller->undo());
        QCOMPARE(card(ids[0]).text, QStringLiteral("Overweging 1"));
        QVERIFY(m_controller->undoKind().isEmpty());
        QCOMPARE(undoSpy.count(), 4);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the export's PDF needs fonts
    tst_KioskController test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kioskcontroller.moc"
