// Cycles on the wall: the session section's cycle position; meeting 1 of Draagvlak-intervisie with participants,
// then meeting 2 started from the wall (KioskController::newMeeting). The
// wall's view says which meeting of the cycle it is and its accent; the
// controller's previousOutcome holds what the room produced last time and
// nothing private (first thoughts, unshared insights, ids, tokens, the
// case); deleting that past meeting takes it away; and in a cycle the
// previous meeting is the one just below this one.
#include "clock.h"
#include "kioskcontroller.h"
#include "kiosksession.h"
#include "meetingarchive.h"
#include "sessionview.h"
#include "store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;

namespace {

// Markers that must never reach the previous outcome.
const QString PrivateThought = QStringLiteral("PRIVATE-THOUGHT-7731");
const QString UnsharedInsight = QStringLiteral("UNSHARED-INSIGHT-4412");
const QString CaseMarker = QStringLiteral("CASE-TEXT-9053");

struct Person {
    QString id;
    QString token;
    Actor actor;
};

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> args)
{
    return QJsonObject(args);
}

} // namespace

class TestCycles : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_session = std::make_unique<KioskSession>();
    }

    void cleanup()
    {
        m_controller.reset();
        m_channel.reset();
        m_session.reset();
        m_people.clear();
    }

    // The session section says which meeting of the cycle this is, to every role.
    void sessionCarriesTheCycle()
    {
        start(QStringLiteral("collegiale-ontmoeting"));
        QVERIFY(m_session->engine()->projection(Actor::wallDisplay()).value(QLatin1String("session")).toObject()
                        .value(QLatin1String("cycle")).isNull()); // this format has no cycle

        QTemporaryDir dir;
        Store store;
        ManualClock clock;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        const FormatResult cycleFormat = FormatLoader::loadFile(FormatLoader::builtInPath(QStringLiteral("draagvlak-intervisie")));
        QVERIFY(cycleFormat.ok());
        SessionEngine engine(&store, &clock);
        QVERIFY2(engine.resumeOrCreate(*cycleFormat.format, QStringLiteral("Draagvlak"), QStringLiteral("123456"),
                                       QStringLiteral("9999"), &error, 3), qPrintable(error));
        const Meeting &third = cycleFormat.format->cycle.at(2);
        for (const Actor &who : {Actor::wallDisplay(), Actor::localFacilitator()}) {
            const QJsonObject cycle = engine.projection(who).value(QLatin1String("session")).toObject()
                                              .value(QLatin1String("cycle")).toObject();
            QCOMPARE(cycle.value(QLatin1String("meeting")).toInt(), 3);
            QCOMPARE(cycle.value(QLatin1String("size")).toInt(), 5);
            QCOMPARE(cycle.value(QLatin1String("title")).toString(), cycleFormat.format->cycleTitle);
            QCOMPARE(cycle.value(QLatin1String("meetingTitle")).toString(), third.title);
            QCOMPARE(cycle.value(QLatin1String("accent")).toString(), third.accent);
            QVERIFY(third.accent.contains(QLatin1String("communicatie")));
        }
    }

    void secondMeetingShowsTheFirstsOutcome()
    {
        // The group's own version of the format: the built-in one with a vote
        // in its work form (the same id, so the same cycle).
        QFile builtIn(FormatLoader::builtInPath(QStringLiteral("draagvlak-intervisie")));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject format = QJsonDocument::fromJson(builtIn.readAll()).object();
        QJsonArray phases = format.value(QLatin1String("phases")).toArray();
        QJsonObject work = phases.at(3).toObject();
        QCOMPARE(work.value(QLatin1String("id")).toString(), QStringLiteral("werkvorm"));
        QJsonArray activities = work.value(QLatin1String("activities")).toArray();
        activities.append(QStringLiteral("vote"));
        work.insert(QStringLiteral("activities"), activities);
        phases.replace(3, work);
        format.insert(QStringLiteral("phases"), phases);
        const QString path = m_dir->filePath(QStringLiteral("draagvlak-met-stemming.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(format).toJson());
        file.close();
        start(path);
        QCOMPARE(m_controller->view()->cycleMeeting(), 1);
        QVERIFY(m_controller->previousOutcome().isEmpty()); // nothing archived yet

        // Meeting 1 with three participants.
        SessionEngine *engine = m_session->engine();
        for (int i = 0; i < 3; ++i)
            join();
        QVERIFY(m_controller->startMeeting());
        QVERIFY(m_controller->nextPhase()); // the case
        QVERIFY(m_controller->setCase(CaseMarker + QStringLiteral(" mevrouw B. zoekt werk")));
        run(0, "addThought", obj({{"text", PrivateThought}}));
        QVERIFY(m_controller->nextPhase()); // questions
        QVERIFY(m_controller->nextPhase()); // the work form
        const int a = run(0, "addCard", obj({{"text", "Wethouder vroeg betrekken"}, {"direction", "WIJ"}}), "cardId");
        const int b = run(1, "addCard", obj({{"text", "Eigen aannames navragen"}, {"direction", "IK"}}), "cardId");
        const int c = run(2, "addCard", obj({{"text", "Planning op papier"}, {"direction", "HET"}}), "cardId");
        run(1, "addRemark", obj({{"cardId", a}, {"kind", "critic"}, {"text", "Kost dat geen tijd?"}}));
        run(2, "tagCard", obj({{"cardId", b}, {"tag", "ik"}, {"on", true}}));
        QVERIFY(m_controller->openVote());
        run(0, "vote", obj({{"ballot", ballot(0)}, {"choices", obj({{QString::number(b), 2}, {QString::number(c), 1}})}}));
        run(1, "vote", obj({{"ballot", ballot(1)}, {"choices", obj({{QString::number(b), 1}, {QString::number(a), 2}})}}));
        run(2, "vote", obj({{"ballot", ballot(2)}, {"choices", obj({{QString::number(b), 3}})}}));
        QVERIFY(m_controller->closeVote());
        QVERIFY(m_controller->nextPhase()); // closing
        run(0, "addInsight", obj({{"question", "enriched"}, {"text", "Doorvragen helpt"}, {"share", true}}));
        run(1, "addInsight", obj({{"question", "takeaway"}, {"text", "Vaker de IK factor noemen"}, {"share", true}}));
        run(2, "addInsight", obj({{"question", "enriched"}, {"text", UnsharedInsight}, {"share", false}}));
        run(0, "addTip", obj({{"kind", "tip"}, {"text", "Korter inleiden"}}));
        run(1, "addTip", obj({{"kind", "top"}, {"text", "Goede sfeer"}}));
        QVERIFY(engine->state().thoughts.size() == 1 && engine->state().ballots.size() == 3);

        // Meeting 2, started from the wall.
        QSignalSpy outcomeChanged(m_controller.get(), &KioskController::previousOutcomeChanged);
        QVERIFY2(m_controller->newMeeting(QStringLiteral("draagvlak-intervisie")),
                 qPrintable(m_controller->lastErrorMessage()));
        QCOMPARE(outcomeChanged.size(), 1);
        const Format &now = m_session->engine()->state().format;
        const SessionView *view = m_controller->view();
        QCOMPARE(view->cycleMeeting(), 2);
        QCOMPARE(view->cycleSize(), 5);
        QCOMPARE(view->cycleTitle(), now.cycleTitle);
        QCOMPARE(view->cycleMeetingTitle(), QStringLiteral("2e bijeenkomst"));
        QCOMPARE(view->cycleAccent(), now.cycle.at(1).accent);
        QVERIFY(view->cycleAccent().contains(QLatin1String("IK factor")));

        const QVariantMap outcome = m_controller->previousOutcome();
        QCOMPARE(outcome.value(QStringLiteral("cycleMeeting")).toInt(), 1);
        QCOMPARE(outcome.value(QStringLiteral("cycleSize")).toInt(), 5);
        QCOMPARE(outcome.value(QStringLiteral("cycleMeetingTitle")).toString(), QStringLiteral("1e bijeenkomst"));
        QCOMPARE(outcome.value(QStringLiteral("formatTitle")).toString(), QStringLiteral("Draagvlak-intervisie"));
        QCOMPARE(outcome.value(QStringLiteral("date")).toString(), QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(outcome.value(QStringLiteral("voted")).toBool());
        const QVariantList cards = outcome.value(QStringLiteral("cards")).toList();
        QCOMPARE(cards.size(), 3);
        // In the archived meeting's ranking (the wall does not sort them).
        const QStringList texts{"Eigen aannames navragen", "Wethouder vroeg betrekken", "Planning op papier"};
        const QList<int> positions{2, 1, 3};
        const QList<int> dots{6, 2, 1};
        for (int i = 0; i < 3; ++i) {
            const QVariantMap card = cards.at(i).toMap();
            QCOMPARE(card.value(QStringLiteral("rank")).toInt(), i + 1);
            QCOMPARE(card.value(QStringLiteral("position")).toInt(), positions.at(i));
            QCOMPARE(card.value(QStringLiteral("text")).toString(), texts.at(i));
            QCOMPARE(card.value(QStringLiteral("dots")).toInt(), dots.at(i));
        }
        QCOMPARE(cards.at(0).toMap().value(QStringLiteral("direction")).toString(), QStringLiteral("IK"));
        QCOMPARE(cards.at(0).toMap().value(QStringLiteral("tags")).toStringList(), QStringList{"IK"});
        QCOMPARE(outcome.value(QStringLiteral("enriched")).toStringList(), QStringList{"Doorvragen helpt"});
        QCOMPARE(outcome.value(QStringLiteral("takeaway")).toStringList(), QStringList{"Vaker de IK factor noemen"});
        QCOMPARE(outcome.value(QStringLiteral("tips")).toStringList(), QStringList{"Korter inleiden"});
        QCOMPARE(outcome.value(QStringLiteral("tops")).toStringList(), QStringList{"Goede sfeer"});

        // Nothing private crosses over.
        const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(outcome)).toJson();
        QStringList secrets{PrivateThought, UnsharedInsight, CaseMarker};
        for (int i = 0; i < m_people.size(); ++i)
            secrets << m_people.at(i).id << m_people.at(i).token << ballot(i);
        for (const QString &secret : secrets)
            QVERIFY2(!json.contains(secret.toUtf8()), qPrintable(secret));

        // Deleting that past meeting takes its outcome off the wall.
        QVERIFY(m_controller->deletePastMeeting(outcome.value(QStringLiteral("fileName")).toString()));
        QCOMPARE(outcomeChanged.size(), 2);
        QVERIFY(m_controller->previousOutcome().isEmpty());
    }

    // In a cycle the previous meeting is the highest one below this one,
    // whatever order they were held in; without one, the latest.
    void previousIsTheMeetingBefore()
    {
        start(QStringLiteral("draagvlak-intervisie"));
        QVERIFY(m_controller->addCard(QStringLiteral("uit bijeenkomst 1")));
        const auto meeting = [this](const QString &format, int cycleMeeting) {
            QVERIFY2(m_controller->newMeeting(format, cycleMeeting), qPrintable(m_controller->lastErrorMessage()));
            QCOMPARE(m_controller->view()->cycleMeeting(), cycleMeeting);
            QVERIFY(m_controller->addCard(QStringLiteral("uit bijeenkomst %1").arg(cycleMeeting)));
        };
        const auto previous = [this]() {
            const QVariantMap o = m_controller->previousOutcome();
            const QVariantList cards = o.value(QStringLiteral("cards")).toList();
            const QString text = cards.isEmpty() ? QString() : cards.first().toMap().value(QStringLiteral("text")).toString();
            return qMakePair(o.value(QStringLiteral("cycleMeeting")).toInt(), text);
        };
        const QString draagvlak = QStringLiteral("draagvlak-intervisie");
        meeting(draagvlak, 3);
        QCOMPARE(previous(), qMakePair(1, QStringLiteral("uit bijeenkomst 1")));
        meeting(draagvlak, 2);
        QCOMPARE(previous(), qMakePair(1, QStringLiteral("uit bijeenkomst 1")));
        meeting(draagvlak, 5);
        QCOMPARE(previous(), qMakePair(3, QStringLiteral("uit bijeenkomst 3")));
        QVERIFY(m_controller->newMeeting(QStringLiteral("collegiale-ontmoeting")));
        QCOMPARE(m_controller->view()->cycleMeeting(), 0);
        QVERIFY(m_controller->previousOutcome().isEmpty()); // another format: none of its own
        meeting(draagvlak, 1);
        QCOMPARE(previous(), qMakePair(5, QStringLiteral("uit bijeenkomst 5"))); // none below 1: the latest
    }

private:
    void start(const QString &format)
    {
        SessionOptions options;
        options.dataDir = m_dir->path();
        options.format = format;
        QString error;
        QCOMPARE(m_session->start(options, &error), KioskSession::Failure::None);
        m_channel = std::make_unique<WallChannel>(m_session->engine(), m_session.get());
        m_controller = std::make_unique<KioskController>(m_channel.get());
        m_controller->setArchive(m_session->dataDir(), m_session->options().language);
    }

    void join()
    {
        SessionEngine *engine = m_session->engine();
        const Result r = engine->join(engine->pin(), QString(), QString());
        QVERIFY(r.ok);
        Person p;
        p.id = r.data.value(QLatin1String("participantId")).toString();
        p.token = r.data.value(QLatin1String("token")).toString();
        p.actor = engine->actorFor(p.id, p.token);
        QVERIFY(!p.id.isEmpty() && !p.token.isEmpty());
        m_people.append(p);
    }

    int run(int who, const char *type, const QJsonObject &args, const char *resultKey = nullptr)
    {
        const Result r = m_session->engine()->execute(m_people.at(who).actor, QString::fromLatin1(type), args);
        if (!r.ok) {
            QTest::qFail(qPrintable(QStringLiteral("%1 refused: %2").arg(QString::fromLatin1(type), r.message)),
                         __FILE__, __LINE__);
            return -1;
        }
        return resultKey ? r.data.value(QLatin1String(resultKey)).toInt() : 0;
    }

    static QString ballot(int i) { return QStringLiteral("cycle-ballot-token-%1").arg(i, 4, 10, QLatin1Char('0')); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<WallChannel> m_channel;
    std::unique_ptr<KioskController> m_controller;
    QList<Person> m_people;
};

QTEST_GUILESS_MAIN(TestCycles)
#include "tst_cycles.moc"
