#include "kioskshots.h"

#include "demo.h"
#include "startshots.h"

#include <QDir>
#include <QJsonObject>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSGRendererInterface>

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
    d.shot(QStringLiteral("collegiale-fase2-aanpak-card-selected"));
    d.key(Qt::Key_H, QStringLiteral("h"));
    d.check(card(ids.value(1)).hidden, "H hides the selected card");
    d.shot(QStringLiteral("collegiale-fase2-aanpak-card-hidden-undo-offered"));
    d.key(Qt::Key_Z, QStringLiteral("\x1a"), Qt::ControlModifier);
    d.check(!card(ids.value(1)).hidden, "Ctrl+Z shows the hidden card again");
    d.clearToast();
    // The selection moved on to the third card when the second was hidden.
    d.key(Qt::Key_M, QStringLiteral("m"));
    d.key(Qt::Key_Tab);
    d.shot(QStringLiteral("collegiale-fase2-aanpak-card-merging"));
    d.key(Qt::Key_Return, QStringLiteral("\r"));
    d.check(card(ids.value(2)).mergedInto == ids.value(3), "M, Tab, Enter merges the card");
    d.key(Qt::Key_Z, QStringLiteral("\x1a"), Qt::ControlModifier);
    d.check(card(ids.value(2)).mergedInto == 0, "Ctrl+Z takes the merge back");
    d.clearToast();
    d.key(Qt::Key_E, QStringLiteral("e"));
    d.shot(QStringLiteral("collegiale-fase2-aanpak-card-editor"));
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
    // The lobby: how to join, and the ground rules, every page of them.
    d.shotPages(QStringLiteral("collegiale-lobby-ground-rules"));

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
    d.shot(QStringLiteral("collegiale-fase1-casus-case-and-questions"));

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
    // Every page of the board: each card's text is checked at the room's scale.
    d.shotPages(QStringLiteral("collegiale-fase2-aanpak-board"));

    // The facilitator's bar, and what a refusal looks like: V in a phase without a vote.
    d.setWall("controlsShown", true);
    d.key(Qt::Key_V, QStringLiteral("v"));
    d.shot(QStringLiteral("collegiale-fase2-aanpak-control-bar-and-refusal"));
    d.setWall("controlsShown", false);
    d.clearToast();
    d.check(c->pause(), "pause");
    d.shot(QStringLiteral("collegiale-fase2-aanpak-paused"));
    d.check(c->resume(), "resume");
    cardControls(d, ids);

    // The plan, changed live: this phase five minutes longer, a phase added
    // after the last one (the tour ends before it), the add form open.
    d.check(c->setPhaseMinutes(1, 35), "setPhaseMinutes");
    d.check(c->addPhase(4, s("Evaluatie van de werkwijze"), 10), "addPhase");
    d.setWall("planShown", true);
    d.setWall("planAddAfter", 1);
    d.shot(QStringLiteral("collegiale-fase2-aanpak-plan-overlay"));
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
    // The vote in each of its states: open with the tallies hidden (the
    // format's way) and shown live, closed before and after the reveal.
    d.shot(QStringLiteral("collegiale-fase3-uitkomsten-vote-open-hidden-12-cards"));
    d.check(c->revealTallies(true), "revealTallies");
    settle(1500); // the results' bars grow in (RankedResults): the picture is of them grown
    d.shot(QStringLiteral("collegiale-fase3-uitkomsten-vote-open-live-12-cards"));
    d.check(c->revealTallies(false), "revealTallies");
    d.check(c->closeVote(), "closeVote");
    d.shot(QStringLiteral("collegiale-fase3-uitkomsten-vote-closed-hidden-12-cards"));
    d.check(c->revealTallies(true), "revealTallies");
    settle(1500);
    d.shot(QStringLiteral("collegiale-fase3-uitkomsten-vote-revealed-12-cards"));
    // The widest control bar: a vote phase adds the vote's buttons.
    d.setWall("controlsShown", true);
    d.shot(QStringLiteral("collegiale-fase3-uitkomsten-control-bar"));
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
    d.shot(QStringLiteral("collegiale-fase4-inzichten-insights-last-minutes"));

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
    d.shot(QStringLiteral("collegiale-fase5-afronding-tips-tops-overtime"));

    d.setWall("helpShown", true);
    d.shot(QStringLiteral("collegiale-help-overlay"));
    d.setWall("helpShown", false);
    d.setWall("exportShown", true);
    d.shot(QStringLiteral("collegiale-export-dialog"));
    d.setWall("exportShown", false);
    d.setWall("confirmEndShown", true);
    d.shot(QStringLiteral("collegiale-end-confirmation"));
    d.setWall("confirmEndShown", false);

    d.check(c->endMeeting(), "endMeeting");
    d.shot(QStringLiteral("collegiale-end-summary"));
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

    restartNumbering();
    if (!meeting(options) || !draagvlakTour(options) || !cycleTour(options) || !intervisieTour(options)
        || !startScreenShots(options)) {
        out() << "screenshots: failed (see above)" << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace flipover
