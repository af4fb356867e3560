// The focus view as the engine owns it (docs/protocol.md, `focusCard`): the
// facilitator opens a card the room sees full screen on the wall and closes
// it; everyone's phase section names it. Bad input (an unknown, hidden or
// merged card, a participant, a phase without the board) is refused with a
// clear code and changes nothing. The next phase, hiding or merging the card
// (also by undo) closes it; the focus survives a restart (kill -9).
#include "enginefixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

namespace {

QJsonObject focus(int cardId)
{
    return {{QStringLiteral("cardId"), cardId > 0 ? QJsonValue(cardId) : QJsonValue(QJsonValue::Null)}};
}

struct Fixture : EngineFixture {
    Actor participant = join();
    // In the considerations phase (1): cards "kaart 1" … on the board.
    QList<int> cards(int count)
    {
        toPhase(1);
        QList<int> ids;
        for (int i = 0; i < count; ++i)
            ids.append(run(fac, "addCard", {{QStringLiteral("text"), QStringLiteral("kaart %1").arg(i + 1)}})
                               .data.value(QLatin1String("cardId")).toInt());
        return ids;
    }
    // What a role's phase section says (null: nothing is focused).
    QJsonValue shown(const Actor &a) const
    {
        return engine->section(Section::Phase, a).toObject().value(QLatin1String("focusCardId"));
    }
    void refused(const Actor &a, const QJsonObject &args, const char *code)
    {
        const quint64 seq = engine->seq();
        const QJsonObject before = engine->projection(fac);
        const Result r = run(a, "focusCard", args);
        QVERIFY2(!r.ok, code);
        QCOMPARE(r.code, QLatin1String(code));
        QVERIFY(!r.message.isEmpty());
        QCOMPARE(engine->seq(), seq);
        QCOMPARE(engine->projection(fac), before);
    }
};

} // namespace

class TestFocusEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<flipover::Sections>(); }

    void openAndCloseForEveryone()
    {
        Fixture f;
        const QList<int> ids = f.cards(3);
        const Actor wall = Actor::wallDisplay();
        QCOMPARE(f.shown(wall), QJsonValue(QJsonValue::Null));

        QSignalSpy changed(f.engine.get(), &SessionEngine::changed);
        QVERIFY(f.run(f.fac, "focusCard", focus(ids[1])).ok);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(1).value<Sections>().testFlag(Section::Phase));
        for (const Actor &a : {wall, f.fac, f.participant})
            QCOMPARE(f.shown(a), QJsonValue(ids[1]));

        QVERIFY(f.run(f.fac, "focusCard", focus(ids[2])).ok); // another card replaces it
        QCOMPARE(f.shown(wall), QJsonValue(ids[2]));
        QVERIFY(f.run(f.fac, "focusCard", focus(0)).ok);
        QCOMPARE(f.shown(wall), QJsonValue(QJsonValue::Null));
        QVERIFY(f.run(f.fac, "focusCard", focus(0)).ok); // closing twice is no error

        // A facilitator's tablet may send it as the wall's own controls do.
        const Actor tablet = f.join(QStringLiteral("9999"));
        QVERIFY(f.run(tablet, "focusCard", focus(ids[0])).ok);
        QCOMPARE(f.shown(f.participant), QJsonValue(ids[0]));
    }

    void badInputChangesNothing()
    {
        Fixture f;
        f.refused(f.fac, focus(1), "not_started");
        const QList<int> ids = f.cards(3);
        QVERIFY(f.run(f.fac, "focusCard", focus(ids[0])).ok);

        f.refused(f.participant, focus(ids[1]), "not_allowed");
        f.refused(f.participant, focus(0), "not_allowed");
        f.refused(Actor::wallDisplay(), focus(ids[1]), "not_allowed");
        f.refused(f.fac, focus(999), "not_found");
        f.refused(f.fac, {}, "invalid");
        f.refused(f.fac, {{QStringLiteral("cardId"), QStringLiteral("2")}}, "invalid");
        f.refused(f.fac, {{QStringLiteral("cardId"), 0}}, "invalid");
        QVERIFY(f.run(f.fac, "hideCard", {{QStringLiteral("cardId"), ids[2]}, {QStringLiteral("hidden"), true}}).ok);
        f.refused(f.fac, focus(ids[2]), "invalid"); // the room does not see it
        QVERIFY(f.run(f.fac, "mergeCards", {{QStringLiteral("cardId"), ids[1]}, {QStringLiteral("intoCardId"), ids[0]}}).ok);
        f.refused(f.fac, focus(ids[1]), "invalid");
        QCOMPARE(f.engine->state().focusCardId, ids[0]); // merged into: still open

        f.toPhase(3); // insights: no board on the wall
        f.refused(f.fac, focus(ids[0]), "wrong_phase");
        QVERIFY(f.run(f.fac, "focusCard", focus(0)).ok);
        f.toPhase(5);
        f.refused(f.fac, focus(ids[0]), "meeting_ended");
    }

    void closedWhenTheRoomNoLongerSeesIt()
    {
        Fixture f;
        const QList<int> ids = f.cards(3);
        const auto closedBy = [&f](const char *type, const QJsonObject &args) {
            QSignalSpy changed(f.engine.get(), &SessionEngine::changed);
            QVERIFY2(f.run(f.fac, type, args).ok, type);
            QCOMPARE(f.shown(Actor::wallDisplay()), QJsonValue(QJsonValue::Null));
            QVERIFY2(changed.count() == 1 && changed.at(0).at(1).value<Sections>().testFlag(Section::Phase), type);
        };
        QVERIFY(f.run(f.fac, "focusCard", focus(ids[0])).ok);
        closedBy("hideCard", {{QStringLiteral("cardId"), ids[0]}, {QStringLiteral("hidden"), true}});
        QVERIFY(f.run(f.fac, "undo").ok); // shown again: the focus stays closed
        QCOMPARE(f.engine->state().focusCardId, 0);

        QVERIFY(f.run(f.fac, "focusCard", focus(ids[1])).ok);
        closedBy("mergeCards", {{QStringLiteral("cardId"), ids[1]}, {QStringLiteral("intoCardId"), ids[2]}});
        QVERIFY(f.run(f.fac, "undo").ok);

        QVERIFY(f.run(f.fac, "hideCard", {{QStringLiteral("cardId"), ids[1]}, {QStringLiteral("hidden"), false}}).ok);
        QVERIFY(f.run(f.fac, "hideCard", {{QStringLiteral("cardId"), ids[1]}, {QStringLiteral("hidden"), true}}).ok);
        QVERIFY(f.run(f.fac, "hideCard", {{QStringLiteral("cardId"), ids[1]}, {QStringLiteral("hidden"), false}}).ok);
        QVERIFY(f.run(f.fac, "focusCard", focus(ids[1])).ok);
        closedBy("undo", {}); // takes back "show": hidden again

        // Other changes of the card leave it open; the next phase closes it.
        QVERIFY(f.run(f.fac, "focusCard", focus(ids[2])).ok);
        QVERIFY(f.run(f.fac, "editCard", {{QStringLiteral("cardId"), ids[2]}, {QStringLiteral("text"), QStringLiteral("nieuw")}}).ok);
        QVERIFY(f.run(f.participant, "addRemark", {{QStringLiteral("cardId"), ids[2]}, {QStringLiteral("kind"), QStringLiteral("dreamer")},
                                                    {QStringLiteral("text"), QStringLiteral("ja")}}).ok);
        QCOMPARE(f.engine->state().focusCardId, ids[2]);
        closedBy("nextPhase", {}); // phase 2 shows the board too, but it is another phase
        QVERIFY(f.run(f.fac, "focusCard", focus(ids[2])).ok);
        closedBy("previousPhase", {});
    }

    void survivesARestart()
    {
        Fixture f;
        const QList<int> ids = f.cards(2);
        QVERIFY(f.run(f.fac, "focusCard", focus(ids[1])).ok);
        f.open(); // what a kill -9 leaves: the store as committed
        QCOMPARE(f.engine->state().focusCardId, ids[1]);
        QCOMPARE(f.shown(Actor::wallDisplay()), QJsonValue(ids[1]));
    }
};

QTEST_GUILESS_MAIN(TestFocusEngine)
#include "tst_focus_engine.moc"
