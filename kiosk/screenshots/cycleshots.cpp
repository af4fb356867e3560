// The tour's cycle step: meeting 1 of Draagvlak-intervisie (the built-in
// format with a vote added to its work form, as a group might use it), then
// meeting 2 started from the wall: the header and the lobby say which
// meeting of the cycle it is and its accent, and last time's outcome opens
// from the lobby; then a format without a cycle, twice, for the lobby with
// ground rules and the way to last time's outcome.
#include "demo.h"

#include "format.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace flipover::shots {

namespace {

// The built-in Draagvlak-intervisie with a vote in its work form: the same
// id, so the same cycle and the same archive line.
bool writeVotingFormat(const QString &path)
{
    QFile builtIn(FormatLoader::builtInPath(QStringLiteral("draagvlak-intervisie")));
    if (!builtIn.open(QIODevice::ReadOnly))
        return false;
    QJsonObject format = QJsonDocument::fromJson(builtIn.readAll()).object();
    QJsonArray phases = format.value(QLatin1String("phases")).toArray();
    for (int i = 0; i < phases.size(); ++i) {
        QJsonObject phase = phases.at(i).toObject();
        if (phase.value(QLatin1String("id")).toString() != QLatin1String("werkvorm"))
            continue;
        QJsonArray activities = phase.value(QLatin1String("activities")).toArray();
        activities.append(QStringLiteral("vote"));
        phase.insert(QStringLiteral("activities"), activities);
        phases.replace(i, phase);
    }
    format.insert(QStringLiteral("phases"), phases);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(format).toJson()) > 0;
}

QJsonObject args(std::initializer_list<QPair<QString, QJsonValue>> list)
{
    return QJsonObject(list);
}

} // namespace

bool cycleTour(const ScreenshotOptions &options)
{
    QTemporaryDir formatDir;
    const QString formatPath = formatDir.filePath(QStringLiteral("draagvlak-intervisie.json"));
    if (!formatDir.isValid() || !writeVotingFormat(formatPath)) {
        out() << "screenshots: cannot write the cycle's format" << Qt::endl;
        return false;
    }
    Demo d(options);
    if (!d.open(formatPath, s("Draagvlak-intervisie team Participatie")) || !d.join(6))
        return false;
    KioskController *c = d.controller();
    d.shot(QStringLiteral("16-cycle-meeting-1-join"));

    // Meeting 1: the work form with cards on the factors, a vote, then the closing.
    d.check(c->startMeeting(), "startMeeting");
    for (int i = 0; i < 3; ++i)
        d.check(c->nextPhase(), "nextPhase");
    struct Consideration {
        const char *text;
        const char *direction;
        const char *tag;
    };
    const QList<Consideration> cards = {
        {"De wethouder vroeg betrekken bij het plan voor de wijk", "Samen optrekken", "wij"},
        {"Navragen welke aannames de buurtbewoners hebben", "Eerst luisteren", "ik"},
        {"Een planning op papier die iedereen kent", "Duidelijkheid", "het"},
        {"Zelf eerlijk zeggen wat ik niet weet", "Eerst luisteren", "ik"},
        {"Het jongerenwerk uitnodigen voor het eerste overleg", "Samen optrekken", "wij"},
        {"Eén vaste contactpersoon voor de bewonersgroep", "Duidelijkheid", "het"},
        {"Een korte terugkoppeling na elke bijeenkomst", "Samen optrekken", "wij"},
    };
    QList<int> ids;
    for (int i = 0; i < cards.size(); ++i) {
        const int id = d.run(i % 6, QStringLiteral("addCard"),
                             args({{QStringLiteral("text"), s(cards[i].text)},
                                   {QStringLiteral("direction"), s(cards[i].direction)}}),
                             "cardId");
        d.run(i % 6, QStringLiteral("tagCard"),
              args({{QStringLiteral("cardId"), id}, {QStringLiteral("tag"), QString::fromLatin1(cards[i].tag)},
                    {QStringLiteral("on"), true}}));
        ids.append(id);
    }
    d.check(c->openVote(), "openVote");
    const QList<QList<QPair<int, int>>> ballots = {
        {{1, 2}, {0, 1}}, {{1, 1}, {3, 2}}, {{0, 2}, {1, 1}}, {{4, 1}, {1, 2}}, {{3, 1}, {6, 2}}, {{1, 3}},
    };
    for (int i = 0; i < ballots.size(); ++i) {
        QJsonObject choices;
        for (const auto &choice : ballots[i])
            choices.insert(QString::number(ids.value(choice.first)), choice.second);
        d.run(i, QStringLiteral("vote"),
              args({{QStringLiteral("ballot"), QStringLiteral("cycle-ballot-%1").arg(i, 8, 10, QLatin1Char('0'))},
                    {QStringLiteral("choices"), choices}}));
    }
    d.check(c->closeVote(), "closeVote");
    d.check(c->nextPhase(), "nextPhase");
    const auto insight = [&](int who, const char *question, const char *text) {
        d.run(who, QStringLiteral("addInsight"),
              args({{QStringLiteral("question"), QString::fromLatin1(question)},
                    {QStringLiteral("text"), s(text)}, {QStringLiteral("share"), true}}));
    };
    insight(0, "enriched", "Doorvragen op aannames levert meer op dan overtuigen");
    insight(1, "enriched", "Het Draagvlakmodel geeft ons een gemeenschappelijke taal");
    insight(2, "takeaway", "Bij elk overleg eerst vragen wat de ander verwacht");
    insight(3, "takeaway", "De WIJ factor niet vergeten als het druk wordt");
    insight(4, "takeaway", "Vaker hardop zeggen wat ik zelf vind");
    const auto tip = [&](int who, const char *kind, const char *text) {
        d.run(who, QStringLiteral("addTip"),
              args({{QStringLiteral("kind"), QString::fromLatin1(kind)}, {QStringLiteral("text"), s(text)}}));
    };
    tip(0, "top", "Fijn dat iedereen een eigen case mocht inbrengen");
    tip(1, "top", "Het model werd meteen concreet");
    tip(2, "tip", "Iets meer tijd voor de werkvorm");
    tip(3, "tip", "De case een dag vooraf rondsturen");
    d.advance(4 * 60000);
    d.shot(QStringLiteral("17-cycle-meeting-1-header"));

    // Meeting 2: its accent on the wall, and last time's outcome.
    if (!d.startNext(QStringLiteral("draagvlak-intervisie")))
        return false;
    d.check(d.engine()->state().cycleMeeting == 2, "the next meeting of the cycle");
    d.check(!c->previousOutcome().isEmpty(), "the previous meeting's outcome");
    d.shot(QStringLiteral("18-cycle-meeting-2-join"));
    d.key(Qt::Key_O, QStringLiteral("o"));
    d.check(d.wallItem("previousSubtitle", "visible").toBool(), "O opens the previous outcome");
    d.shot(QStringLiteral("19-previous-outcome"));
    d.key(Qt::Key_Escape);
    d.check(!d.wallItem("previousSubtitle", "visible").toBool(), "Esc closes the previous outcome");

    // Without a cycle the ground rules take the room and the facilitator's
    // button sits beside their title.
    // (A meeting is kept only when it holds work: one card will do.)
    if (!d.startNext(QStringLiteral("collegiale-ontmoeting")))
        return false;
    d.check(c->addCard(QStringLiteral("Eerst de vraag achter de vraag")), "a card for the room");
    if (!d.startNext(QStringLiteral("collegiale-ontmoeting")))
        return false;
    d.check(!c->previousOutcome().isEmpty(), "the previous meeting of the same format");
    // The button is the facilitator's: on the wall while they steer.
    d.setWall("controlsShown", true);
    d.shot(QStringLiteral("20-ground-rules-with-previous-meeting"));
    d.setWall("controlsShown", false);
    return !d.failed();
}

} // namespace flipover::shots
