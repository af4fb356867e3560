// The tour through the other two built-in formats, phase by phase, as they
// ship (no file of the tour's own): the Draagvlak-intervisie with a full
// board of 40 cards on the factors HET, IK and WIJ, and the Intervisie voor
// leidinggevenden over participatie with its agreement and tagged examples.
// Each picture's name says the format, the phase and what it shows.
#include "demo.h"

#include "listmodels.h"
#include "sessionview.h"

#include <QJsonObject>

namespace flipover::shots {

namespace {

QJsonObject args(std::initializer_list<QPair<QString, QJsonValue>> list)
{
    return QJsonObject(list);
}

void addInsight(Demo &d, int who, const char *question, const char *text, bool share = true)
{
    d.run(who, QStringLiteral("addInsight"),
          args({{QStringLiteral("question"), QString::fromLatin1(question)}, {QStringLiteral("text"), s(text)},
                {QStringLiteral("share"), share}}));
}

void addTip(Demo &d, int who, const char *kind, const char *text)
{
    d.run(who, QStringLiteral("addTip"),
          args({{QStringLiteral("kind"), QString::fromLatin1(kind)}, {QStringLiteral("text"), s(text)}}));
}

void addRemark(Demo &d, int who, int cardId, const char *kind, const char *text)
{
    d.run(who, QStringLiteral("addRemark"),
          args({{QStringLiteral("cardId"), cardId}, {QStringLiteral("kind"), QString::fromLatin1(kind)},
                {QStringLiteral("text"), s(text)}}));
}

int addTaggedCard(Demo &d, int who, const QString &text, const QString &direction, const QStringList &tags)
{
    const int id = d.run(who, QStringLiteral("addCard"),
                         args({{QStringLiteral("text"), text}, {QStringLiteral("direction"), direction}}), "cardId");
    for (const QString &tag : tags) {
        d.run(who, QStringLiteral("tagCard"),
              args({{QStringLiteral("cardId"), id}, {QStringLiteral("tag"), tag}, {QStringLiteral("on"), true}}));
    }
    return id;
}

} // namespace

// Draagvlak-intervisie, meeting 1 of its cycle, every phase.
bool draagvlakTour(const ScreenshotOptions &options)
{
    Demo d(options);
    if (!d.open(QStringLiteral("draagvlak-intervisie"), s("Draagvlak-intervisie team Participatie")) || !d.join(12))
        return false;
    KioskController *c = d.controller();
    d.shotPages(QStringLiteral("draagvlak-lobby-cycle-meeting-1"));

    d.check(c->startMeeting(), "startMeeting");
    d.advance(3 * 60000);
    d.shot(QStringLiteral("draagvlak-fase1-inleiding"));

    d.check(c->nextPhase(), "nextPhase");
    d.run(0, QStringLiteral("claimCase"), {});
    d.run(0, QStringLiteral("setCase"),
          args({{QStringLiteral("text"),
                 s("Het plan voor de nieuwe speeltuin in de Vogelwijk komt niet op stoom. De bewonersgroep voelt "
                   "zich niet gehoord, de wethouder wil voor de zomer een besluit en mijn eigen team ziet het als "
                   "een klus van de afdeling Openbare Ruimte. Hoe krijg ik meer draagvlak zonder het plan opnieuw "
                   "te beginnen?")}}));
    d.run(1, QStringLiteral("addThought"), args({{QStringLiteral("text"), s("wie is eigenaar?")}}));
    d.advance(5 * 60000);
    d.shot(QStringLiteral("draagvlak-fase2-case"));

    d.check(c->nextPhase(), "nextPhase");
    const int q1 = d.run(1, QStringLiteral("askQuestion"),
                         args({{QStringLiteral("text"), s("Wat verwacht de bewonersgroep precies van jou?")}}),
                         "questionId");
    d.run(2, QStringLiteral("askQuestion"),
          args({{QStringLiteral("text"), s("Welke aanname heb je zelf over de wethouder?")}}));
    d.run(3, QStringLiteral("askQuestion"),
          args({{QStringLiteral("text"), s("Wie in je team zou dit wel willen trekken?")}}));
    d.run(0, QStringLiteral("answerQuestion"),
          args({{QStringLiteral("questionId"), q1}, {QStringLiteral("answered"), true},
                {QStringLiteral("answer"), s("Dat ik elke maand laat zien wat er met hun ideeën gebeurt.")}}));
    d.advance(7 * 60000);
    d.shot(QStringLiteral("draagvlak-fase3-vragen"));

    // The work form: a full flipover of 40 cards on the factors, with remarks, over pages.
    d.check(c->nextPhase(), "nextPhase");
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
        const int id = addTaggedCard(d, i % 12, s(subjects[i % 10]) + QLatin1Char(' ') + s(angles[(i / 10) % 4]),
                                     i % 3 == 0 ? s("Samen optrekken") : s("Werk eerst"),
                                     {QString::fromLatin1(tags[i % 3])});
        if (i % 4 == 1)
            addRemark(d, (i + 1) % 12, id, "dreamer", "En dan ook de buren erbij halen");
        if (i % 4 == 2)
            addRemark(d, (i + 2) % 12, id, "critic", "Kost dat niet te veel tijd van de consulent?");
    }
    d.advance(12 * 60000);
    // The first pages and the last; a card opened over the board (the focus view).
    d.shotPages(QStringLiteral("draagvlak-fase4-werkvorm-board-40-cards"), 3);
    CardsModel *cards = c->view()->cards();
    if (d.callWall("cardBoard", "openCard", {QJSValue(cards->data(cards->index(1, 0), CardsModel::IdRole).toInt())}))
        d.shot(QStringLiteral("draagvlak-fase4-werkvorm-card-focus"));
    d.callWall("cardBoard", "closeCard");

    d.check(c->nextPhase(), "nextPhase");
    addInsight(d, 0, "enriched", "Doorvragen op aannames levert meer op dan overtuigen");
    addInsight(d, 1, "enriched", "Het Draagvlakmodel geeft ons een gemeenschappelijke taal");
    addInsight(d, 2, "takeaway", "Bij elk overleg eerst vragen wat de ander verwacht");
    addInsight(d, 3, "takeaway", "De WIJ-factor niet vergeten als het druk wordt");
    addTip(d, 4, "top", "Fijn dat iedereen een eigen case mocht inbrengen");
    addTip(d, 5, "top", "Het model werd meteen concreet");
    addTip(d, 6, "tip", "Iets meer tijd voor de werkvorm");
    d.advance(6 * 60000);
    d.shot(QStringLiteral("draagvlak-fase5-afsluiting-insights-tips-tops"));

    d.check(c->endMeeting(), "endMeeting");
    d.shot(QStringLiteral("draagvlak-end-summary"));
    return !d.failed();
}

// Intervisie voor leidinggevenden over participatie, every phase: the
// agreement in the lobby, examples tagged by the form of participation.
bool intervisieTour(const ScreenshotOptions &options)
{
    Demo d(options);
    if (!d.open(QStringLiteral("intervisie-participatie"), s("Intervisie leidinggevenden Sociaal Domein")) || !d.join(7))
        return false;
    KioskController *c = d.controller();
    d.shotPages(QStringLiteral("intervisie-lobby-agreement"));

    d.check(c->startMeeting(), "startMeeting");
    d.advance(2 * 60000);
    d.shot(QStringLiteral("intervisie-fase1-opening"));

    // The longest tags ("Gevraagde mening", "Ongevraagde mening") beside a
    // form of participation: the tags wrap with the direction, word by word,
    // and the board takes no column narrower than 'Besluitvorming'.
    d.check(c->nextPhase(), "nextPhase");
    const QString how = s("Zo doe ik het");
    const int a = addTaggedCard(d, 1, s("Bij de jaarplanning vraag ik het team eerst zelf de knelpunten te noemen"),
                                how, {QStringLiteral("beeldvorming")});
    addTaggedCard(d, 2, s("Het team kiest zelf wie de nieuwe werkwijze uitprobeert"), how,
                  {QStringLiteral("besluitvorming")});
    const int b = addTaggedCard(d, 3, s("Na elk project een korte terugblik waarin iedereen aan het woord komt"), how,
                                {QStringLiteral("evaluatie")});
    addTaggedCard(d, 4, s("Een medewerker mailde uit zichzelf een beter rooster"), how,
                  {QStringLiteral("beeldvorming"), QStringLiteral("ongevraagd")});
    d.run(5, QStringLiteral("askQuestion"),
          args({{QStringLiteral("text"), s("Hoe reageerde de rest van het team op dat rooster?")}}));
    d.run(6, QStringLiteral("askQuestion"),
          args({{QStringLiteral("text"), s("Wie besliste uiteindelijk over de jaarplanning?")}}));
    d.advance(9 * 60000);
    d.shot(QStringLiteral("intervisie-fase2-voorbeelden"));

    d.check(c->nextPhase(), "nextPhase");
    const QString hard = s("Dan is het moeilijk");
    const int m = addTaggedCard(d, 2, s("Als het besluit al boven mij genomen is"), hard,
                                {QStringLiteral("besluitvorming"), QStringLiteral("gevraagd")});
    addTaggedCard(d, 5, s("Bij een reorganisatie durven mensen niet te zeggen wat ze vinden"), hard,
                  {QStringLiteral("evaluatie")});
    d.advance(6 * 60000);
    d.shotPages(QStringLiteral("intervisie-fase3-moeilijk"), 2);

    d.check(c->nextPhase(), "nextPhase");
    addRemark(d, 3, m, "dreamer", "Dan toch samen bespreken hoe we het uitvoeren");
    addRemark(d, 4, m, "critic", "Het team merkt het als inspraak maar schijn is");
    addRemark(d, 6, a, "dreamer", "Ook de klanten van het team vragen wat zij zien");
    addRemark(d, 1, b, "critic", "Een terugblik kost tijd die er na een project vaak niet is");
    d.advance(8 * 60000);
    d.shotPages(QStringLiteral("intervisie-fase4-beeld"), 2);

    d.check(c->nextPhase(), "nextPhase");
    addInsight(d, 1, "enriched", "Ongevraagde meningen zijn ook participatie");
    addInsight(d, 2, "takeaway", "Bij het volgende besluit eerst vragen wat het team al weet");
    addInsight(d, 3, "takeaway", "Het verschil tussen meedenken en meebeslissen hardop benoemen");
    addInsight(d, 4, "enriched", "Ik vraag vaker mee te denken dan ik denk", false);
    d.advance(4 * 60000);
    d.shot(QStringLiteral("intervisie-fase5-afsluiting-insights"));

    d.check(c->endMeeting(), "endMeeting");
    d.shot(QStringLiteral("intervisie-end-summary"));
    return !d.failed();
}

} // namespace flipover::shots
