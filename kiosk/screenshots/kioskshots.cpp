#include "kioskshots.h"

#include "demo.h"
#include "startshots.h"
#include "listmodels.h"
#include "sessionview.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSGRendererInterface>
#include <QTemporaryDir>

namespace flipover {

namespace {

using namespace shots;

QJsonObject text(const QString &value)
{
    return {{QStringLiteral("text"), value}};
}

QString ballot(int i)
{
    return QStringLiteral("demo-ballot-%1").arg(i, 8, 10, QLatin1Char('0'));
}

// The facilitator's card controls, driven by keys exactly as on the wall,
// with the engine's state checked after each: select, hide and undo, merge
// and undo, the editor, and a card for the room typed in the editor.
void cardControls(Demo &d, const QList<int> &ids)
{
    const SessionEngine *engine = d.engine();
    const auto card = [engine](int id) { return engine->state().cards.value(id); };
    d.setWall("controlsShown", true);
    d.key(Qt::Key_Tab);
    d.key(Qt::Key_Tab); // the second card
    d.shot(QStringLiteral("05a-card-selected"));
    d.key(Qt::Key_H, QStringLiteral("h"));
    d.check(card(ids.value(1)).hidden, "H hides the selected card");
    d.shot(QStringLiteral("05b-card-hidden-undo-offered"));
    d.key(Qt::Key_Z, QStringLiteral("\x1a"), Qt::ControlModifier);
    d.check(!card(ids.value(1)).hidden, "Ctrl+Z shows the hidden card again");
    d.clearToast();
    // The selection moved on to the third card when the second was hidden.
    d.key(Qt::Key_M, QStringLiteral("m"));
    d.key(Qt::Key_Tab);
    d.shot(QStringLiteral("05c-card-merging"));
    d.key(Qt::Key_Return, QStringLiteral("\r"));
    d.check(card(ids.value(2)).mergedInto == ids.value(3), "M, Tab, Enter merges the card");
    d.key(Qt::Key_Z, QStringLiteral("\x1a"), Qt::ControlModifier);
    d.check(card(ids.value(2)).mergedInto == 0, "Ctrl+Z takes the merge back");
    d.clearToast();
    d.key(Qt::Key_E, QStringLiteral("e"));
    d.shot(QStringLiteral("05d-card-editor"));
    d.key(Qt::Key_Escape);
    d.key(Qt::Key_Escape); // lets go of the selected card
    // N: a card for what someone said aloud, typed and saved with Enter.
    const int before = engine->state().cards.size();
    d.key(Qt::Key_N, QStringLiteral("n"));
    const QString said = s("Mentor uit zijn eigen gemeenschap");
    for (const QChar ch : said)
        d.key(Qt::Key_unknown, QString(ch));
    d.key(Qt::Key_Return, QStringLiteral("\r"));
    d.check(engine->state().cards.size() == before + 1
                && engine->state().cards.last().text == said,
            "N, typing and Enter adds a card for the room");
    d.clearToast();
    d.setWall("controlsShown", false);
}

// The whole built-in meeting, phase by phase, with a case, cards, remarks,
// a merged card, questions, ballots, insights and tips.
bool meeting(const ScreenshotOptions &options)
{
    Demo d(options);
    if (!d.open(QStringLiteral("collegiale-ontmoeting"), s("Collegiale ontmoeting Werk en Inkomen")) || !d.join(8))
        return false;
    KioskController *c = d.controller();
    d.shot(QStringLiteral("01-join-before-start"));

    // Phase 1: the case, first thoughts (private, never on the wall), questions.
    d.check(c->startMeeting(), "startMeeting");
    d.run(0, QStringLiteral("claimCase"), {});
    d.run(0, QStringLiteral("setCase"),
          text(s("Meneer A. (34) is statushouder en volgt een inburgeringstraject. Hij heeft een "
                 "bijstandsuitkering en wil zo snel mogelijk aan het werk als automonteur, zijn vak in "
                 "Syrië. De taalschool adviseert eerst B1 te halen; de werkconsulent ziet een leerwerkplek "
                 "bij een garage in de buurt. Hoe combineren we taal, werk en inkomen zonder dat hij tussen "
                 "wal en schip valt?")));
    d.run(1, QStringLiteral("addThought"), text(s("leerwerkplek, taal op de werkvloer")));
    d.run(2, QStringLiteral("addThought"), text(s("eerst stabiel inkomen")));
    const int q1 = d.run(1, QStringLiteral("askQuestion"),
                         text(s("Hoeveel uur per week zit hij nu op de taalschool?")), "questionId");
    d.run(2, QStringLiteral("askQuestion"),
          text(s("Heeft de garage al iets gezegd over begeleiding op de werkvloer?")));
    d.run(3, QStringLiteral("askQuestion"),
          text(s("Wat gebeurt er met zijn uitkering als hij met loonkostensubsidie gaat werken?")));
    d.run(0, QStringLiteral("answerQuestion"),
          {{QStringLiteral("questionId"), q1}, {QStringLiteral("answered"), true},
           {QStringLiteral("answer"), s("Twaalf uur, verdeeld over drie ochtenden.")}});
    d.advance(6 * 60000 + 20000);
    d.shot(QStringLiteral("02-phase1-case-and-questions"));

    // Phase 2: considerations on the flipover, dreamer and critic remarks, one merge.
    d.check(c->nextPhase(), "nextPhase");
    const QList<QPair<const char *, const char *>> cards = {
        {"Leerwerkplek bij de garage, taalles in de avond", "Werk eerst"},
        {"Eerst B1 halen, dan pas een werkplek zoeken", "Taal eerst"},
        {"Duaal traject: twee dagen taal, drie dagen werk", "Combineren"},
        {"Jobcoach van de gemeente op de werkvloer", "Combineren"},
        {"Loonkostensubsidie, zodat de garage het risico aandurft", "Werk eerst"},
        {"Zijn Syrische vakdiploma laten waarderen", "Erkenning"},
        {"Eén vaste contactpersoon voor werk, inkomen en inburgering", "Samen optrekken"},
        {"Taalmaatje via Vluchtelingenwerk voor de vaktaal", "Combineren"},
        {"Taalcoach die meegaat naar de garage", "Combineren"},
        {"Arbeidsmarktregio vragen naar werkgevers met ervaring met statushouders", "Werk eerst"},
        {"Inkomstenvrijlating, zodat werken meteen iets oplevert", "Inkomen"},
        {"Eerst een werkervaringsplaats van drie maanden, met behoud van uitkering", "Werk eerst"},
    };
    QList<int> ids;
    for (int i = 0; i < cards.size(); ++i) {
        ids.append(d.run(1 + i % 6, QStringLiteral("addCard"),
                         {{QStringLiteral("text"), s(cards[i].first)},
                          {QStringLiteral("direction"), s(cards[i].second)}},
                         "cardId"));
    }
    const auto remark = [&](int who, int card, const char *kind, const char *remarkText) {
        d.run(who, QStringLiteral("addRemark"),
              {{QStringLiteral("cardId"), ids.value(card)}, {QStringLiteral("kind"), QString::fromLatin1(kind)},
               {QStringLiteral("text"), s(remarkText)}});
    };
    remark(2, 0, "dreamer", "De garage biedt na een jaar een vast contract als het goed gaat");
    remark(3, 0, "critic", "Zonder B1 mist hij de veiligheidsinstructies");
    remark(4, 2, "dreamer", "Taalles op de werkplek zelf, met de vaktaal erbij");
    remark(5, 2, "critic", "Drie partijen afstemmen kost veel regelwerk");
    remark(1, 4, "critic", "De subsidie stopt na twee jaar; wat dan?");
    remark(6, 6, "dreamer", "Eén plan dat hij zelf mee opstelt");
    remark(7, 9, "dreamer", "Dan weet hij ook wat er daarna nog kan");
    remark(0, 10, "critic", "Hoe lang loopt die vrijlating, en wat als het contract stopt?");
    remark(2, 11, "critic", "Drie maanden is kort om de vaktaal te leren");
    remark(3, 11, "dreamer", "Een goede start voor een echte baan");
    d.check(c->mergeCards(ids.value(8), ids.value(3)), "mergeCards");
    d.advance(11 * 60000 + 45000);
    d.shot(QStringLiteral("03-phase2-board"));

    // The facilitator's bar, and what a refusal looks like: V in a phase without a vote.
    d.setWall("controlsShown", true);
    d.key(Qt::Key_V, QStringLiteral("v"));
    d.shot(QStringLiteral("04-phase2-control-bar-and-refusal"));
    d.setWall("controlsShown", false);
    d.clearToast();
    d.check(c->pause(), "pause");
    d.shot(QStringLiteral("05-phase2-paused"));
    d.check(c->resume(), "resume");
    cardControls(d, ids);

    // The plan, changed live: this phase five minutes longer, a phase added
    // after the last one (the tour ends before it), the add form open.
    d.check(c->setPhaseMinutes(1, 35), "setPhaseMinutes");
    d.check(c->addPhase(4, s("Evaluatie van de werkwijze"), 10), "addPhase");
    d.setWall("planShown", true);
    d.setWall("planAddAfter", 1);
    d.shot(QStringLiteral("05e-plan-overlay"));
    d.setWall("planShown", false);
    // The room's notice of the change is short (Toast's showMs); the tour's
    // clock does not run it out, so it is put away before the next screens.
    d.clearToast();

    // Phase 3: solutions to the facilitator (a count on the wall), then the vote.
    d.check(c->nextPhase(), "nextPhase");
    d.run(1, QStringLiteral("submitSolution"),
          {{QStringLiteral("text"), s("Duaal traject met jobcoach")},
           {QStringLiteral("arguments"), s("Taal en werk versterken elkaar")}});
    d.run(2, QStringLiteral("submitSolution"), text(s("Eerst B1, dan werk")));
    d.run(3, QStringLiteral("submitSolution"), text(s("Leerwerkplek met loonkostensubsidie")));
    d.check(c->openVote(), "openVote");
    const QList<QList<QPair<int, int>>> ballots = {
        {{2, 2}, {3, 1}}, {{0, 1}, {2, 1}, {6, 1}}, {{2, 2}, {4, 1}},
        {{3, 2}, {6, 1}}, {{0, 2}, {1, 1}}, {{2, 1}, {3, 1}, {6, 1}}, {{9, 1}, {2, 2}},
    };
    for (int i = 0; i < ballots.size(); ++i) {
        QJsonObject choices;
        for (const auto &choice : ballots[i])
            choices.insert(QString::number(ids.value(choice.first)), choice.second);
        d.run(1 + i, QStringLiteral("vote"),
              {{QStringLiteral("ballot"), ballot(i)}, {QStringLiteral("choices"), choices}});
    }
    d.advance(9 * 60000 + 5000);
    d.shot(QStringLiteral("06-phase3-vote-open-hidden"));
    d.check(c->closeVote(), "closeVote");
    d.check(c->revealTallies(true), "revealTallies");
    // The results' bars grow in (RankedResults): the picture is of them grown.
    settle(1500);
    d.shot(QStringLiteral("07-phase3-vote-revealed"));
    // The widest control bar: a vote phase adds the vote's buttons.
    d.setWall("controlsShown", true);
    d.shot(QStringLiteral("08-phase3-control-bar"));
    d.setWall("controlsShown", false);

    // Phase 4: insights, shared ones on the wall (one is kept private); the last two minutes.
    d.check(c->nextPhase(), "nextPhase");
    const auto insight = [&](int who, const char *question, const char *insightText, bool share) {
        d.run(who, QStringLiteral("addInsight"),
              {{QStringLiteral("question"), QString::fromLatin1(question)},
               {QStringLiteral("text"), s(insightText)}, {QStringLiteral("share"), share}});
    };
    insight(1, "enriched", "Dat taal en werk elkaar versterken in plaats van na elkaar te komen", true);
    insight(2, "enriched", "Hoe het inkomen meebeweegt bij loonkostensubsidie", true);
    insight(3, "takeaway", "Bij een nieuwe inburgeraar eerder de werkconsulent bellen", true);
    insight(4, "takeaway", "Vaker een duaal traject voorstellen", true);
    insight(5, "enriched", "Ik twijfel over mijn eigen rol hierin", false);
    d.advance(3 * 60000 + 25000);
    d.shot(QStringLiteral("09-phase4-insights-last-minutes"));

    // Phase 5: tips and tops, running over time.
    d.check(c->nextPhase(), "nextPhase");
    const auto tip = [&](int who, const char *kind, const char *tipText) {
        d.run(who, QStringLiteral("addTip"),
              {{QStringLiteral("kind"), QString::fromLatin1(kind)}, {QStringLiteral("text"), s(tipText)}});
    };
    tip(1, "tip", "De casus een dag vooraf rondsturen");
    tip(2, "tip", "Meer tijd voor fase 2");
    tip(3, "top", "Fijn dat iedereen aan het woord kwam");
    tip(4, "top", "De vragen van dromer en criticus openden het gesprek");
    tip(5, "top", "Goede mix van werk, inkomen en inburgering");
    d.advance(13 * 60000 + 12000);
    d.shot(QStringLiteral("10-phase5-tips-tops-overtime"));

    d.setWall("helpShown", true);
    d.shot(QStringLiteral("11-help-overlay"));
    d.setWall("helpShown", false);
    d.setWall("exportShown", true);
    d.shot(QStringLiteral("11b-export-dialog"));
    d.setWall("exportShown", false);
    d.setWall("confirmEndShown", true);
    d.shot(QStringLiteral("12-end-confirmation"));
    d.setWall("confirmEndShown", false);

    d.check(c->endMeeting(), "endMeeting");
    d.shot(QStringLiteral("13-end-summary"));
    return !d.failed();
}

// A format with a tag set, for the full board.
const char *const TaggedFormat = R"({
    "flipoverFormat": 1,
    "id": "draagvlak-demo",
    "title": "Draagvlak-intervisie",
    "tags": {"label": "Factor", "items": [
        {"id": "het", "label": "HET"}, {"id": "ik", "label": "IK"}, {"id": "wij", "label": "WIJ"}]},
    "phases": [{
        "id": "overwegingen",
        "title": "Overwegingen verzamelen",
        "minutes": 20,
        "steps": ["Ieder schrijft overwegingen op, één per kaart.", "Geef elke kaart een factor: HET, IK of WIJ."],
        "prompt": "Schrijf je overwegingen op en geef elke kaart een factor.",
        "activities": ["considerations", "tags", "remarks"]
    }]
})";

// A full flipover: 40 cards with tags and a few remarks, over pages.
bool fullBoard(const ScreenshotOptions &options)
{
    Demo d(options);
    QTemporaryDir formatDir;
    const QString formatPath = formatDir.filePath(QStringLiteral("draagvlak-demo.json"));
    QFile file(formatPath);
    if (!formatDir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(TaggedFormat) < 0)
        return false;
    file.close();
    if (!d.open(formatPath, s("Draagvlak-intervisie, 3e bijeenkomst")) || !d.join(12))
        return false;
    d.check(d.controller()->startMeeting(), "startMeeting");

    const char *subjects[] = {
        "Werkgevers eerder betrekken", "Korte lijnen met de taalschool", "Inkomen eerst op orde",
        "Vaste contactpersoon", "Huisbezoek in plaats van een brief", "Maatje uit de wijk",
        "Duidelijke afspraken op papier", "Tolk bij het eerste gesprek", "Vrijwilligerswerk als opstap",
        "Samen met de klant het plan maken",
    };
    const char *angles[] = {
        "zodat niemand tussen wal en schip valt", "en dat elke maand samen bekijken",
        "met ruimte voor de eigen wens van de klant", "want dan weet iedereen waar hij aan toe is",
    };
    const char *tags[] = {"het", "ik", "wij"};
    for (int i = 0; i < 40; ++i) {
        const QString cardText = s(subjects[i % 10]) + QLatin1Char(' ') + s(angles[(i / 10) % 4]);
        const int id = d.run(i % 12, QStringLiteral("addCard"),
                             {{QStringLiteral("text"), cardText},
                              {QStringLiteral("direction"), i % 3 == 0 ? s("Samen optrekken") : s("Werk eerst")}},
                             "cardId");
        d.run(i % 12, QStringLiteral("tagCard"),
              {{QStringLiteral("cardId"), id}, {QStringLiteral("tag"), QString::fromLatin1(tags[i % 3])},
               {QStringLiteral("on"), true}});
        if (i % 4 == 1) {
            d.run((i + 1) % 12, QStringLiteral("addRemark"),
                  {{QStringLiteral("cardId"), id}, {QStringLiteral("kind"), QStringLiteral("dreamer")},
                   {QStringLiteral("text"), s("En dan ook de buren erbij halen")}});
        }
        if (i % 4 == 2) {
            d.run((i + 2) % 12, QStringLiteral("addRemark"),
                  {{QStringLiteral("cardId"), id}, {QStringLiteral("kind"), QStringLiteral("critic")},
                   {QStringLiteral("text"), s("Kost dat niet te veel tijd van de consulent?")}});
        }
    }
    d.advance(4 * 60000);
    d.shot(QStringLiteral("14-board-40-cards-page-1"));
    d.key(Qt::Key_PageDown);
    d.shot(QStringLiteral("15-board-40-cards-page-2"));
    // A card opened over the board (the focus view), one with a remark.
    CardsModel *cards = d.controller()->view()->cards();
    if (d.callWall("cardBoard", "openCard", {QJSValue(cards->data(cards->index(1, 0), CardsModel::IdRole).toInt())}))
        d.shot(QStringLiteral("15b-card-focus"));
    return !d.failed();
}

} // namespace

QSize parseScreenshotSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < 320 || size.height() < 320 || size.width() > 7680 || size.height() > 7680)
        return {};
    return size;
}

int runKioskScreenshots(const ScreenshotOptions &options)
{
    if (!QDir().mkpath(options.outputDir)) {
        out() << "screenshots: cannot create " << QDir::toNativeSeparators(options.outputDir) << Qt::endl;
        return 1;
    }
    // Pictures the same on every machine: the software renderer, no GPU.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    if (!meeting(options) || !fullBoard(options) || !cycleTour(options) || !startScreenShots(options)) {
        out() << "screenshots: failed (see above)" << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace flipover
