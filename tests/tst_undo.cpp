// The engine's undo: the facilitator takes back the last change of a card
// (hide, show, merge with the cards that went along, unmerge, edit, move),
// newest first, at most 20 deep; what would stand in its way is refused with
// a clear code and changes nothing. The history is stored like every other
// record and holds card ids and what the card was before, never who. Also
// the relative move (moveCardBy) the wall and the tablets send.
#include "clock.h"
#include "engine.h"
#include "format.h"
#include "store.h"
#include "enginefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

namespace {


QJsonObject args(std::initializer_list<std::pair<const char *, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &[key, value] : fields)
        o.insert(QLatin1String(key), value);
    return o;
}

struct Fixture : EngineFixture {
    bool ok(const char *type, const QJsonObject &fields = {}) { return run(fac, type, fields).ok; }
    // Cards "kaart 1" … on the board, in the considerations phase.
    QList<int> cards(int count)
    {
        if (engine->state().phaseIndex < 0 && (!ok("startMeeting") || !ok("nextPhase")))
            return {};
        QList<int> ids;
        for (int i = 0; i < count; ++i)
            ids.append(run(fac, "addCard", args({{"text", QStringLiteral("kaart %1").arg(ids.size() + 1)}}))
                               .data.value(QLatin1String("cardId")).toInt());
        return ids;
    }
    const Card &card(int id) const { return engine->state().cards.find(id).value(); }
    // The facilitator's board: every card standing on its own, hidden ones too.
    QList<int> board() const
    {
        QList<int> ids;
        for (const QJsonValue &v : engine->section(Section::Cards, fac).toArray())
            ids.append(v.toObject().value(QLatin1String("id")).toInt());
        return ids;
    }
    QJsonValue undoSection(const Actor &a) const { return engine->section(Section::Undo, a); }
    QString undoKind() const { return undoSection(fac).toObject().value(QLatin1String("kind")).toString(); }
    QList<Record> undoRecords()
    {
        QString error;
        QList<Record> out;
        for (const Record &r : store.loadAll(&error))
            if (r.kind == QLatin1String("undo"))
                out.append(r);
        return out;
    }
};

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hideAndShow()
    {
        Fixture f;
        const QList<int> ids = f.cards(3);
        QCOMPARE(f.undoSection(f.fac), QJsonValue(QJsonValue::Null));
        QVERIFY(f.ok("hideCard", args({{"cardId", ids[1]}, {"hidden", true}})));
        const QJsonObject offer = f.undoSection(f.fac).toObject();
        QCOMPARE(offer.value(QLatin1String("kind")).toString(), QStringLiteral("hide"));
        QCOMPARE(offer.value(QLatin1String("cardId")).toInt(), ids[1]);
        QCOMPARE(offer.value(QLatin1String("text")).toString(), QStringLiteral("kaart 2"));
        // Only the facilitator sees what undo would take back.
        const Actor p = f.join();
        QVERIFY(f.undoSection(p).isUndefined());
        QVERIFY(f.undoSection(Actor::wallDisplay()).isUndefined());
        QVERIFY(!f.engine->projection(p).contains(QLatin1String("undo")));
        QVERIFY(f.engine->projection(f.fac).contains(QLatin1String("undo")));

        const Result r = f.run(f.fac, "undo");
        QVERIFY(r.ok);
        QCOMPARE(r.data.value(QLatin1String("kind")).toString(), QStringLiteral("hide"));
        QCOMPARE(r.data.value(QLatin1String("cardId")).toInt(), ids[1]);
        QVERIFY(!f.card(ids[1]).hidden);
        QCOMPARE(f.undoSection(f.fac), QJsonValue(QJsonValue::Null));

        // Showing again is a change too: undo hides the card once more.
        QVERIFY(f.ok("hideCard", args({{"cardId", ids[0]}, {"hidden", true}})));
        QVERIFY(f.ok("hideCard", args({{"cardId", ids[0]}, {"hidden", false}})));
        QCOMPARE(f.undoKind(), QStringLiteral("show"));
        QVERIFY(f.ok("undo"));
        QVERIFY(f.card(ids[0]).hidden);
        QVERIFY(f.ok("undo"));
        QVERIFY(!f.card(ids[0]).hidden);
        // A hide that changes nothing is nothing to undo.
        QVERIFY(f.ok("hideCard", args({{"cardId", ids[2]}, {"hidden", false}})));
        QCOMPARE(f.run(f.fac, "undo").code, QStringLiteral("nothing_to_undo"));
    }

    void mergeTakesTheFollowersBack()
    {
        Fixture f;
        const QList<int> ids = f.cards(5);
        // 3 into 2, then 2 (carrying 3) into 5.
        QVERIFY(f.ok("mergeCards", args({{"cardId", ids[2]}, {"intoCardId", ids[1]}})));
        QVERIFY(f.ok("mergeCards", args({{"cardId", ids[1]}, {"intoCardId", ids[4]}})));
        QCOMPARE(f.card(ids[2]).mergedInto, ids[4]);
        QCOMPARE(f.board(), (QList<int>{ids[0], ids[3], ids[4]}));
        QCOMPARE(f.undoKind(), QStringLiteral("merge"));
        QVERIFY(f.ok("undo"));
        QCOMPARE(f.card(ids[1]).mergedInto, 0);
        QCOMPARE(f.card(ids[2]).mergedInto, ids[1]); // as before the last merge
        QCOMPARE(f.board(), (QList<int>{ids[0], ids[1], ids[3], ids[4]})); // back in its place
        QVERIFY(f.ok("undo"));
        QCOMPARE(f.card(ids[2]).mergedInto, 0);
        QCOMPARE(f.board(), ids);
        // Splitting a card off is taken back by merging it again.
        QVERIFY(f.ok("mergeCards", args({{"cardId", ids[0]}, {"intoCardId", ids[3]}})));
        QVERIFY(f.ok("unmergeCard", args({{"cardId", ids[0]}})));
        QCOMPARE(f.undoKind(), QStringLiteral("unmerge"));
        QVERIFY(f.ok("undo"));
        QCOMPARE(f.card(ids[0]).mergedInto, ids[3]);
        QVERIFY(f.ok("undo"));
        QCOMPARE(f.board(), ids);
    }

    void editTakesTextAndDirectionBack()
    {
        Fixture f;
        const QList<int> ids = f.cards(1);
        QVERIFY(f.ok("editCard", args({{"cardId", ids[0]}, {"direction", QStringLiteral("Werk eerst")}})));
        QVERIFY(f.ok("editCard", args({{"cardId", ids[0]}, {"text", QStringLiteral("nieuwe tekst")},
                                       {"direction", QStringLiteral("Taal eerst")}})));
        // The same text again changes nothing and is nothing to undo.
        QVERIFY(f.ok("editCard", args({{"cardId", ids[0]}, {"text", QStringLiteral("nieuwe tekst")}})));
        const QJsonObject offer = f.undoSection(f.fac).toObject();
        QCOMPARE(offer.value(QLatin1String("kind")).toString(), QStringLiteral("edit"));
        QCOMPARE(offer.value(QLatin1String("text")).toString(), QStringLiteral("nieuwe tekst"));
        QVERIFY(f.ok("undo"));
        QCOMPARE(f.card(ids[0]).text, QStringLiteral("kaart 1"));
        QCOMPARE(f.card(ids[0]).direction, QStringLiteral("Werk eerst"));
        QVERIFY(f.ok("undo"));
        QCOMPARE(f.card(ids[0]).direction, QString());
        QCOMPARE(f.run(f.fac, "undo").code, QStringLiteral("nothing_to_undo"));
    }

    void moveAndMoveBy()
    {
        Fixture f;
        const Actor participant = f.join();
        const QList<int> ids = f.cards(4);
        QVERIFY(f.ok("hideCard", args({{"cardId", ids[1]}, {"hidden", true}})));
        // Among the cards the room sees: the hidden second card is stepped over.
        QVERIFY(f.ok("moveCardBy", args({{"cardId", ids[0]}, {"delta", 1}})));
        QCOMPARE(f.board(), (QList<int>{ids[1], ids[2], ids[0], ids[3]}));
        QVERIFY(f.ok("moveCardBy", args({{"cardId", ids[3]}, {"delta", -2}})));
        QCOMPARE(f.board(), (QList<int>{ids[1], ids[3], ids[2], ids[0]}));
        // A hidden card moves among all the cards standing on their own.
        QVERIFY(f.ok("moveCardBy", args({{"cardId", ids[1]}, {"delta", 2}})));
        QCOMPARE(f.board(), (QList<int>{ids[3], ids[2], ids[1], ids[0]}));
        QVERIFY(f.ok("moveCard", args({{"cardId", ids[0]}, {"position", 0}})));
        QCOMPARE(f.board(), (QList<int>{ids[0], ids[3], ids[2], ids[1]}));
        // Past either end, no step, a card merged away: refused, nothing changes.
        const quint64 seq = f.engine->seq();
        QCOMPARE(f.run(f.fac, "moveCardBy", args({{"cardId", ids[0]}, {"delta", -1}})).code, QStringLiteral("cannot_move"));
        QCOMPARE(f.run(f.fac, "moveCardBy", args({{"cardId", ids[2]}, {"delta", 2}})).code, QStringLiteral("cannot_move"));
        QCOMPARE(f.run(f.fac, "moveCardBy", args({{"cardId", ids[2]}, {"delta", 0}})).code, QStringLiteral("cannot_move"));
        QCOMPARE(f.run(f.fac, "moveCardBy", args({{"cardId", ids[2]}, {"delta", 1.5}})).code, QStringLiteral("invalid"));
        QCOMPARE(f.run(f.fac, "moveCardBy", args({{"cardId", 999}, {"delta", 1}})).code, QStringLiteral("not_found"));
        QCOMPARE(f.run(participant, "moveCardBy", args({{"cardId", ids[2]}, {"delta", 1}})).code, QStringLiteral("not_allowed"));
        QCOMPARE(f.engine->seq(), seq);
        // Each move is taken back, newest first, to the place it came from.
        QCOMPARE(f.undoKind(), QStringLiteral("move"));
        QVERIFY(f.ok("undo"));
        QCOMPARE(f.board(), (QList<int>{ids[3], ids[2], ids[1], ids[0]}));
        QVERIFY(f.ok("undo"));
        QCOMPARE(f.board(), (QList<int>{ids[1], ids[3], ids[2], ids[0]}));
        QVERIFY(f.ok("undo"));
        QVERIFY(f.ok("undo"));
        QCOMPARE(f.board(), ids);
        QCOMPARE(f.undoKind(), QStringLiteral("hide"));
    }

    void historyIsBoundedAndStored()
    {
        Fixture f;
        const QList<int> ids = f.cards(1);
        for (int i = 0; i < 25; ++i)
            QVERIFY(f.ok("editCard", args({{"cardId", ids[0]}, {"text", QStringLiteral("versie %1").arg(i + 1)}})));
        QCOMPARE(f.engine->state().undo.size(), 20);
        QCOMPARE(f.undoRecords().size(), 20); // the oldest ones are gone from the disk too
        for (int i = 0; i < 20; ++i)
            QVERIFY(f.ok("undo"));
        QCOMPARE(f.card(ids[0]).text, QStringLiteral("versie 5"));
        QCOMPARE(f.run(f.fac, "undo").code, QStringLiteral("nothing_to_undo"));
        QCOMPARE(f.undoRecords().size(), 0);
    }

    void historySurvivesARestart()
    {
        Fixture f;
        const QList<int> ids = f.cards(2);
        QVERIFY(f.ok("mergeCards", args({{"cardId", ids[1]}, {"intoCardId", ids[0]}})));
        QVERIFY(f.ok("hideCard", args({{"cardId", ids[0]}, {"hidden", true}})));
        f.open();
        QCOMPARE(f.undoKind(), QStringLiteral("hide"));
        QVERIFY(f.ok("undo"));
        QVERIFY(!f.card(ids[0]).hidden);
        f.open();
        QCOMPARE(f.undoKind(), QStringLiteral("merge"));
        QVERIFY(f.ok("undo"));
        QCOMPARE(f.card(ids[1]).mergedInto, 0);
    }

    // A meeting on its way to the archive drops its history, on the disk too.
    void forgettingTheHistory()
    {
        Fixture f;
        const QList<int> ids = f.cards(1);
        QVERIFY(f.ok("editCard", args({{"cardId", ids[0]}, {"text", QStringLiteral("tweede versie")}})));
        QCOMPARE(f.undoRecords().size(), 1);
        QSignalSpy changed(f.engine.get(), &SessionEngine::changed);
        QString error;
        QVERIFY2(f.engine->forgetUndoHistory(&error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().at(1).value<Sections>().testFlag(Section::Undo));
        QCOMPARE(f.undoRecords().size(), 0);
        QCOMPARE(f.undoSection(f.fac), QJsonValue(QJsonValue::Null));
        QCOMPARE(f.card(ids[0]).text, QStringLiteral("tweede versie"));
        f.open();
        QCOMPARE(f.run(f.fac, "undo").code, QStringLiteral("nothing_to_undo"));
        const quint64 seq = f.engine->seq();
        QVERIFY(f.engine->forgetUndoHistory(&error)); // nothing to forget: no commit
        QCOMPARE(f.engine->seq(), seq);
    }

    // Card ids and what a card was before; nothing of who or when.
    void historyNamesNobody()
    {
        Fixture f;
        const Actor tablet = f.join(QStringLiteral("9999"));
        const QList<int> ids = f.cards(3);
        QVERIFY(f.run(tablet, "hideCard", args({{"cardId", ids[0]}, {"hidden", true}})).ok);
        QVERIFY(f.run(tablet, "mergeCards", args({{"cardId", ids[2]}, {"intoCardId", ids[1]}})).ok);
        QVERIFY(f.run(tablet, "editCard", args({{"cardId", ids[1]}, {"text", QStringLiteral("nieuw")}})).ok);
        QVERIFY(f.run(tablet, "moveCard", args({{"cardId", ids[1]}, {"position", 0}})).ok);
        const QSet<QString> allowed{QStringLiteral("kind"), QStringLiteral("cardId"), QStringLiteral("intoCardId"),
                                    QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("followers"),
                                    QStringLiteral("text"), QStringLiteral("direction")};
        const QList<Record> records = f.undoRecords();
        QCOMPARE(records.size(), 4);
        for (const Record &r : records) {
            QVERIFY2(!r.data.contains(tablet.participantId.toUtf8()), r.data.constData());
            const QStringList keys = QJsonDocument::fromJson(r.data).object().keys();
            for (const QString &key : keys)
                QVERIFY2(allowed.contains(key), qPrintable(key));
        }
        // The wall's facilitator takes back what the tablet did: one history.
        QVERIFY(f.ok("undo"));
        QCOMPARE(f.board().first(), ids[0]);
    }

    void refusalsChangeNothing()
    {
        Fixture f;
        const Actor participant = f.join();
        QCOMPARE(f.run(f.fac, "undo").code, QStringLiteral("nothing_to_undo"));
        const QList<int> ids = f.cards(2);
        QVERIFY(f.ok("mergeCards", args({{"cardId", ids[1]}, {"intoCardId", ids[0]}})));
        const quint64 seq = f.engine->seq();
        QCOMPARE(f.run(participant, "undo").code, QStringLiteral("not_allowed"));
        QCOMPARE(f.run(Actor::wallDisplay(), "undo").code, QStringLiteral("not_allowed"));
        QCOMPARE(f.engine->seq(), seq);
        QCOMPARE(f.card(ids[1]).mergedInto, ids[0]);
        // While the vote is open no card may be split: the merge stays, so does its step.
        QVERIFY(f.ok("nextPhase"));
        QVERIFY(f.ok("openVote"));
        const QJsonObject before = f.engine->projection(f.fac);
        QCOMPARE(f.run(f.fac, "undo").code, QStringLiteral("vote_open"));
        QCOMPARE(f.engine->projection(f.fac), before);
        QCOMPARE(f.card(ids[1]).mergedInto, ids[0]);
        QVERIFY(f.ok("closeVote"));
        QVERIFY(f.ok("undo"));
        QCOMPARE(f.card(ids[1]).mergedInto, 0);
    }

    // Undoing an edit that shortened a card must not take the room's text past its cap.
    void undoOfAnEditRespectsTheBoardCap()
    {
        Fixture f;
        const QList<int> ids = f.cards(1);
        const QString full(2000, QLatin1Char('x'));
        QVERIFY(f.ok("editCard", args({{"cardId", ids[0]}, {"text", full}})));
        QVERIFY(f.ok("editCard", args({{"cardId", ids[0]}, {"text", QStringLiteral("kort")}})));
        QList<Command> fill;
        for (int i = 0; i < 499; ++i)
            fill.append({f.fac, QStringLiteral("addCard"), args({{"text", full}}), {}});
        fill.append({f.fac, QStringLiteral("addCard"), args({{"text", QString(100, QLatin1Char('y'))}}), {}});
        for (const Result &r : f.engine->executeBatch(fill))
            QVERIFY2(r.ok, qPrintable(r.code));
        const QJsonObject before = f.engine->projection(f.fac);
        QCOMPARE(f.run(f.fac, "undo").code, QStringLiteral("board_full"));
        QCOMPARE(f.engine->projection(f.fac), before);
        QCOMPARE(f.card(ids[0]).text, QStringLiteral("kort"));
    }

    // A history that does not fit the cards (a store changed behind the
    // engine's back) is refused, not applied to a card in another state.
    void stepThatNoLongerFitsIsRefused()
    {
        Fixture f;
        const QList<int> ids = f.cards(2);
        QVERIFY(f.ok("hideCard", args({{"cardId", ids[0]}, {"hidden", true}})));
        Card shown = f.card(ids[0]);
        shown.hidden = false;
        f.engine.reset();
        QString error;
        QVERIFY2(f.store.commit({{QStringLiteral("card"), QString::number(ids[0]),
                                  QJsonDocument(shown.toJson()).toJson(QJsonDocument::Compact)}},
                                {}, &error),
                 qPrintable(error));
        f.open();
        const QJsonObject before = f.engine->projection(f.fac);
        const quint64 seq = f.engine->seq();
        QCOMPARE(f.run(f.fac, "undo").code, QStringLiteral("undo_outdated"));
        QCOMPARE(f.engine->projection(f.fac), before);
        QCOMPARE(f.engine->seq(), seq);
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
