// The tour's cycle step: meeting 1 of Draagvlak-intervisie (the built-in
// format with a vote added to its work form, as a group might use it: a vote
// over 40 cards, hidden while open, then ranked on one screen), then
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
    if (!d.open(formatPath, s("Draagvlak-intervisie team Participatie")) || !d.join(12))
        return false;
    KioskController *c = d.controller();

    // Meeting 1: the work form with 40 cards on the factors and a vote over
    // all of them, hidden while it is open, then the ranked results.
    d.check(c->startMeeting(), "startMeeting");
    for (int i = 0; i < 3; ++i)
        d.check(c->nextPhase(), "nextPhase");
    const char *subjects[] = {
        "De wethouder vroeg betrekken", "Navragen welke aannames de bewoners hebben", "Een planning op papier",
        "Zelf eerlijk zeggen wat ik niet weet", "Het jongerenwerk uitnodigen", "Eén vaste contactpersoon",
        "Een korte terugkoppeling na elke bijeenkomst", "De buurtagent erbij vragen",
    };
    // The first eight get the most dots: last time's outcome
    // (PreviousOutcome.qml) shows them in full, as many as fit whole
    // (tst_previous tries a long one).
    const char *angles[] = {
        "", " bij het plan voor de wijk", " voor de bewonersgroep", " voordat het besluit valt",
        " zodat het team weet wie wat doet",
    };
    const char *tags[] = {"het", "ik", "wij"};
    QList<int> ids;
    for (int i = 0; i < 40; ++i) {
        const int id = d.run(i % 12, QStringLiteral("addCard"),
                             args({{QStringLiteral("text"), s(subjects[i % 8]) + s(angles[i / 8])},
                                   {QStringLiteral("direction"), i % 2 ? s("Samen optrekken") : s("Eerst luisteren")}}),
                             "cardId");
        d.run(i % 12, QStringLiteral("tagCard"),
              args({{QStringLiteral("cardId"), id}, {QStringLiteral("tag"), QString::fromLatin1(tags[i % 3])},
                    {QStringLiteral("on"), true}}));
        ids.append(id);
    }
    d.check(c->openVote(), "openVote");
    // Twelve ballots of three dots: a clear top three, a middle and a long tail.
    for (int i = 0; i < 12; ++i) {
        QJsonObject choices;
        choices.insert(QString::number(ids.value(i % 3)), 1);
        choices.insert(QString::number(ids.value(3 + i % 5)), 1);
        choices.insert(QString::number(ids.value(8 + (i * 7) % 32)), 1);
        d.run(i, QStringLiteral("vote"),
              args({{QStringLiteral("ballot"), QStringLiteral("cycle-ballot-%1").arg(i, 8, 10, QLatin1Char('0'))},
                    {QStringLiteral("choices"), choices}}));
    }
    d.advance(20 * 60000);
    d.shot(QStringLiteral("draagvlak-cycle-werkvorm-vote-open-hidden-40-cards"));
    d.check(c->closeVote(), "closeVote");
    d.check(c->revealTallies(true), "revealTallies");
    settle(1500); // the results' bars grow in
    d.shot(QStringLiteral("draagvlak-cycle-werkvorm-vote-revealed-40-cards"));
    d.check(c->nextPhase(), "nextPhase");
    const auto insight = [&](int who, const char *question, const char *text) {
        d.run(who, QStringLiteral("addInsight"),
              args({{QStringLiteral("question"), QString::fromLatin1(question)},
                    {QStringLiteral("text"), s(text)}, {QStringLiteral("share"), true}}));
    };
    insight(0, "enriched", "Doorvragen op aannames levert meer op dan overtuigen");
    insight(2, "takeaway", "Bij elk overleg eerst vragen wat de ander verwacht");
    const auto tip = [&](int who, const char *kind, const char *text) {
        d.run(who, QStringLiteral("addTip"),
              args({{QStringLiteral("kind"), QString::fromLatin1(kind)}, {QStringLiteral("text"), s(text)}}));
    };
    tip(0, "top", "Fijn dat iedereen een eigen case mocht inbrengen");
    tip(3, "tip", "De case een dag vooraf rondsturen");

    // Meeting 2: its accent on the wall, and last time's outcome.
    if (!d.startNext(QStringLiteral("draagvlak-intervisie")))
        return false;
    d.check(d.engine()->state().cycleMeeting == 2, "the next meeting of the cycle");
    d.check(!c->previousOutcome().isEmpty(), "the previous meeting's outcome");
    d.shot(QStringLiteral("draagvlak-cycle-meeting-2-lobby"));
    d.key(Qt::Key_O, QStringLiteral("o"));
    d.check(d.wallItem("previousSubtitle", "visible").toBool(), "O opens the previous outcome");
    d.shot(QStringLiteral("draagvlak-cycle-meeting-2-previous-outcome"));
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
    d.shot(QStringLiteral("collegiale-lobby-ground-rules-with-previous-meeting"));
    d.setWall("controlsShown", false);
    return !d.failed();
}

} // namespace flipover::shots
