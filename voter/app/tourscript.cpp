// The meeting the screenshot tour walks through: the Collegiale ontmoeting
// (shared/seeds/000) with a realistic case from work, income and integration.
// Each shot shows a form half filled next to what was already sent.
#include "screenshottour.h"

#include "joinlink.h"
#include "kioskfinder.h"
#include "sessionview.h"
#include "voterclient.h"

#include <QQuickWindow>

namespace flipover {

namespace {

const QString CaseText = QStringLiteral(
        "Mevrouw A. (34) is statushouder en woont twee jaar in onze gemeente. Ze heeft een "
        "bijstandsuitkering en volgt haar inburgering op B1-niveau. Een schoonmaakbedrijf biedt haar "
        "24 uur per week werk aan, maar de werktijden botsen met haar taallessen. Haar klantmanager Werk "
        "wil dat ze het aanbod aanneemt; haar consulent Inburgering vreest dat ze dan haar examen niet "
        "haalt. Mevrouw A. wil vooral zelf geld verdienen. Wat doen we?");

QJsonObject text(const QString &t)
{
    return {{QStringLiteral("text"), t}};
}

} // namespace

void ScreenshotTour::buildScript()
{
    SessionView *v = view();
    VoterClient *me = m_client;
    const QString pin = m_options.pin;
    const QString fpin = m_options.facilitatorPin;

    // Before joining: two walls heard on the network; the PIN comes from the
    // command line, the wall is chosen from the list.
    const QUrl ws = parseJoinTarget(m_options.kiosk).url;
    const QString link = QStringLiteral("http://%1:%2/?m=3f9a1c07be").arg(ws.host()).arg(ws.port());
    step(QStringLiteral("join screen"), [this] { setOn("joinScreen", "address", QString()); },
         [this] { return item("joinScreen") != nullptr; });
    shot(QStringLiteral("00-join-searching.png"));
    step(QStringLiteral("walls heard"), [this, link] {
        hearWalls(link);
        setOn("joinScreen", "address", link);
    }, [this] { return m_finder->count() == 2; });
    shot(QStringLiteral("01-join.png"));

    step(QStringLiteral("wrong PIN"), [this] {
        setOn("joinScreen", "pin", QStringLiteral("123465"));
        call("joinScreen", "submit");
    }, [me] { return me->lastError() == QLatin1String("bad_pin") && me->state() == QLatin1String("offline"); });
    shot(QStringLiteral("02-join-wrong-pin.png"));

    step(QStringLiteral("join as facilitator"), [this, pin, fpin] {
        setOn("joinScreen", "pin", pin);
        setOn("joinScreen", "facilitatorOpen", true);
        setOn("joinScreen", "facilitatorPin", fpin);
        call("joinScreen", "submit");
    }, [me, v] { return me->state() == QLatin1String("online") && v->hasSnapshot() && v->isFacilitator(); });

    step(QStringLiteral("colleagues join, the case is set"), [this] {
        addColleagues(3);
        facilitate(QStringLiteral("setCase"), text(CaseText));
    }, [this, v] {
        return v->participantCount() >= 4 && !v->caseText().isEmpty() && settled()
                && colleague(2)->state() == QLatin1String("online");
    });
    shot(QStringLiteral("03-waiting.png"));

    // Phase 1: the case, first thoughts, clarifying questions.
    step(QStringLiteral("start"), [this] { facilitate(QStringLiteral("startMeeting")); },
         [v] { return v->phaseIndex() == 0; });
    step(QStringLiteral("phase 1 input"), [this] {
        colleague(0)->send(QStringLiteral("claimCase"));
        setDraft("thought", QStringLiteral("taal eerst of werk eerst?"));
        call("thoughtsPanel", "submit");
        setDraft("thought", QStringLiteral("duale route"));
        call("thoughtsPanel", "submit");
        setDraft("thought", QStringLiteral("wat wil ze zelf?"));
        call("thoughtsPanel", "submit");
        setDraft("question", QStringLiteral("Weet de werkgever dat ze nog taalles volgt?"));
        call("questionPanel", "submit");
        colleague(1)->send(QStringLiteral("askQuestion"),
                           text(QStringLiteral("Hoe lang loopt haar inburgeringstermijn nog?")));
    }, [this, v] { return settled() && v->thoughts()->count() == 3 && v->questions()->count() == 2; });
    step(QStringLiteral("phase 1 drafts"), [this, v] {
        const QVariantMap q = v->questions()->get(1);
        colleague(0)->send(QStringLiteral("answerQuestion"),
                           {{QStringLiteral("questionId"), q.value(QStringLiteral("id")).toInt()},
                            {QStringLiteral("answered"), true},
                            {QStringLiteral("answer"), QStringLiteral("Nog achttien maanden.")}});
        setDraft("thought", QStringLiteral("werkgever vragen om flexibele uren"));
        setDraft("question", QStringLiteral("Heeft ze kinderen die opvang nodig hebben als"));
    }, [this] { return settled(); });
    shot(QStringLiteral("04-phase1-case.png"));
    step(QStringLiteral("frame the questions"), [this] { reveal("questionPanel"); });
    shot(QStringLiteral("05-phase1-questions.png"));

    // Phase 2: considerations on the flipover, dreamer and critic.
    step(QStringLiteral("phase 2"), [this] { facilitate(QStringLiteral("nextPhase")); },
         [v] { return v->phaseIndex() == 1; });
    step(QStringLiteral("colleagues' cards"), [this] {
        colleague(1)->send(QStringLiteral("addCard"),
                           {{QStringLiteral("text"), QStringLiteral("Aanbod aannemen; de taallessen verhuizen naar de avond of online.")},
                            {QStringLiteral("direction"), QStringLiteral("Werk eerst")}});
        colleague(2)->send(QStringLiteral("addCard"),
                           {{QStringLiteral("text"), QStringLiteral("Eerst B1 halen; de werkgever vragen of ze over zes maanden kan beginnen.")},
                            {QStringLiteral("direction"), QStringLiteral("Taal eerst")}});
    }, [this, v] { return settled() && v->cards()->count() == 2; });
    step(QStringLiteral("phase 2 input"), [this] {
        setDraft("direction", QStringLiteral("Combineren"));
        setDraft("consideration", QStringLiteral("16 uur werken en taal op de werkvloer; de lessen overdag blijven."));
        call("cardPanel", "submit");
        colleague(1)->send(QStringLiteral("addRemark"),
                           {{QStringLiteral("cardId"), cardId(QStringLiteral("Aanbod"))},
                            {QStringLiteral("kind"), QStringLiteral("dreamer")},
                            {QStringLiteral("text"), QStringLiteral("De werkgever betaalt een taalcoach op de werkvloer.")}});
        setDraft("remarkCardId", cardId(QStringLiteral("Eerst B1")));
        setDraft("remarkKind", QStringLiteral("critic"));
        setDraft("remark", QStringLiteral("Risico: het aanbod is dan weg en ze blijft langer in de bijstand."));
        call("remarkPanel", "submit");
    }, [this, v] { return settled() && v->cards()->count() == 3; });
    step(QStringLiteral("phase 2 drafts"), [this] {
        setDraft("direction", QStringLiteral("Jobcoach"));
        setDraft("consideration", QStringLiteral("Een jobcoach die taal en werk samen begeleidt, en"));
        setDraft("remarkCardId", cardId(QStringLiteral("16 uur")));
        setDraft("remarkKind", QStringLiteral("dreamer"));
        setDraft("remark", QStringLiteral("Als het lukt, maken we er een vaste route van voor"));
    }, [this] { return settled(); });
    pause(400);
    step(QStringLiteral("frame the remark"), [this] { reveal("remarkPanel"); });
    shot(QStringLiteral("06-phase2-considerations.png"));
    // The facilitator's card controls, framed in each orientation, after a
    // move the kiosk offers to undo.
    step(QStringLiteral("a card moved"), [this] {
        facilitate(QStringLiteral("moveCardBy"), {{QStringLiteral("cardId"), cardId(QStringLiteral("16 uur"))},
                                                  {QStringLiteral("delta"), -1}});
    }, [this, v] { return settled() && v->undoKind() == QLatin1String("move"); });
    step(QStringLiteral("frame the facilitator's cards"), [this] { reveal("facilitatorCards"); });
    shot(QStringLiteral("06b-phase2-facilitator-cards.png"), Landscape, false);
    step(QStringLiteral("facilitator's cards upright"), [this] { m_window->resize(Portrait); }, {});
    pause(400);
    step(QStringLiteral("frame them upright"), [this] { reveal("facilitatorCards"); });
    shot(QStringLiteral("06b-phase2-facilitator-cards-portrait.png"), Portrait);

    // Phase 3: the private preferred solution, then the dots.
    step(QStringLiteral("phase 3"), [this] { facilitate(QStringLiteral("nextPhase")); },
         [v] { return v->phaseIndex() == 2; });
    step(QStringLiteral("solution, vote opens"), [this] {
        setDraft("solution", QStringLiteral("Combineren: 16 uur werk en de taallessen overdag houden."));
        setDraft("solutionArguments", QStringLiteral("Ze wil zelf verdienen, en zonder B1 loopt ze later vast."));
        call("solutionPanel", "submit");
        facilitate(QStringLiteral("openVote"));
    }, [this, v] { return settled() && v->voteStatus() == QLatin1String("open"); });
    step(QStringLiteral("ballots"), [this] {
        const QString work = QString::number(cardId(QStringLiteral("Aanbod")));
        const QString language = QString::number(cardId(QStringLiteral("Eerst B1")));
        const QString both = QString::number(cardId(QStringLiteral("16 uur")));
        const QList<QJsonObject> ballots{{{both, 2}, {work, 1}}, {{language, 2}, {both, 1}}, {{both, 1}, {work, 2}}};
        for (int i = 0; i < 3; ++i)
            colleague(i)->send(QStringLiteral("vote"), {{QStringLiteral("ballot"), colleague(i)->ballotToken()},
                                                        {QStringLiteral("choices"), ballots.at(i)}});
        setDraft("ballot", QVariantMap{{both, 2}, {language, 1}});
        call("votePanel", "submit");
    }, [this, v] { return settled() && v->hasVoted() && v->ballotCount() == 4; });
    step(QStringLiteral("a second solution half written"), [this] {
        setDraft("solution", QStringLiteral("Of: eerst een proefplaatsing van"));
    }, {});
    shot(QStringLiteral("07-phase3-vote.png"));
    step(QStringLiteral("portrait"), [this] { m_window->resize(800, 1280); }, {});
    pause(400);
    step(QStringLiteral("frame the vote"), [this] { reveal("votePanel"); });
    shot(QStringLiteral("08-phase3-portrait.png"), QSize(800, 1280));

    // A change that arrives after the vote closed is refused, and says so.
    step(QStringLiteral("late change"), [this] {
        const QString both = QString::number(cardId(QStringLiteral("16 uur")));
        const QString work = QString::number(cardId(QStringLiteral("Aanbod")));
        setOn("meetingFlick", "contentY", 0);
        setDraft("ballot", QVariantMap{{both, 2}, {work, 1}});
        facilitate(QStringLiteral("closeVote"));
        call("votePanel", "submit");
        facilitate(QStringLiteral("revealTallies"), {{QStringLiteral("revealed"), true}});
    }, [this, v] { return settled() && v->voteStatus() == QLatin1String("closed") && v->talliesVisible(); });
    shot(QStringLiteral("09-phase3-vote-closed.png"));

    // Phase 4: insights, with one's own first thoughts shown back.
    step(QStringLiteral("phase 4"), [this] { facilitate(QStringLiteral("nextPhase")); },
         [v] { return v->phaseIndex() == 3; });
    step(QStringLiteral("insights"), [this] {
        setDraft("insightEnriched", QStringLiteral("Hoe Inburgering naar het examen kijkt: de termijn is harder dan ik dacht."));
        setDraft("insightShare", true);
        call("insightsPanel", "submit");
    }, [this] { return settled(); });
    step(QStringLiteral("insight draft"), [this] {
        setDraft("insightTakeaway", QStringLiteral("Eerder samen met Inburgering naar een werkaanbod"));
    }, {});
    pause(400);
    step(QStringLiteral("frame the first insight"), [this] { reveal("insightsPanel"); });
    shot(QStringLiteral("10-phase4-insights.png"));

    // The connection drops: what is sent now waits in the outbox.
    step(QStringLiteral("offline"), [this, me] {
        me->disconnectFromKiosk();
        setDraft("insightTakeaway", QStringLiteral("Eerder samen met Inburgering naar een werkaanbod kijken."));
        setDraft("insightShare", false);
        call("insightsPanel", "submit");
    }, [me] { return me->state() == QLatin1String("offline") && me->pendingCount() == 1; });
    pause(400);
    step(QStringLiteral("frame the insights"), [this] { reveal("insightsPanel"); });
    shot(QStringLiteral("11-offline.png"));
    step(QStringLiteral("back online"), [this, me, pin, fpin] { me->connectToKiosk(m_url, pin, fpin); },
         [me] { return me->state() == QLatin1String("online") && me->pendingCount() == 0; });

    // Phase 5: tips and tops.
    step(QStringLiteral("phase 5"), [this] { facilitate(QStringLiteral("nextPhase")); },
         [v] { return v->phaseIndex() == 4; });
    step(QStringLiteral("tops and tips"), [this] {
        colleague(2)->send(QStringLiteral("addTip"), {{QStringLiteral("kind"), QStringLiteral("tip")},
                                                      {QStringLiteral("text"), QStringLiteral("Casus een week vooraf rondsturen.")}});
        setDraft("top", QStringLiteral("Fijn dat Werk en Inburgering samen aan tafel zaten."));
        call("tipsPanel", "submitTop");
    }, [this, v] { return settled() && v->tips()->count() == 2; });
    step(QStringLiteral("tip draft"), [this] { setDraft("tip", QStringLiteral("Volgende keer een casus uit")); }, {});
    shot(QStringLiteral("12-phase5-tips-tops.png"));
    // The facilitator shortens the phase to its one-minute minimum; a minute
    // later the timer runs over and says so.
    step(QStringLiteral("overtime"), [this] { facilitate(QStringLiteral("adjustTime"), {{QStringLiteral("minutes"), -9}}); },
         [v] { return v->overtime() && v->remainingMs() <= -4000; });
    shot(QStringLiteral("13-overtime.png"));
    step(QStringLiteral("pause"), [this] { facilitate(QStringLiteral("pause")); },
         [v] { return v->phaseStatus() == QLatin1String("paused"); });
    shot(QStringLiteral("14-paused.png"));

    // The end, and leaving: the tablet forgets.
    step(QStringLiteral("end"), [this] {
        facilitate(QStringLiteral("resume"));
        facilitate(QStringLiteral("nextPhase"));
    }, [this, v] { return settled() && v->phaseStatus() == QLatin1String("ended"); });
    shot(QStringLiteral("15-ended.png"));
    step(QStringLiteral("export dialog"), [this] { call("exportDialog", "open"); },
         [this] { return item("exportDialog") && item("exportDialog")->property("opened").toBool(); });
    shot(QStringLiteral("15a-export-dialog.png"));
    step(QStringLiteral("export dialog closed"), [this] { call("exportDialog", "close"); },
         [this] { return !item("exportDialog")->property("visible").toBool(); });
    step(QStringLiteral("pass it on?"), [this] {
        setOn("root", "passMode", true);
        askLeave(true);
    }, [this] { return item("leaveDialog") && item("leaveDialog")->property("opened").toBool(); });
    shot(QStringLiteral("15b-pass-confirm.png"));
    step(QStringLiteral("pass bar"), [this] { call("leaveDialog", "close"); },
         [this] { return !item("leaveDialog")->property("visible").toBool(); });
    shot(QStringLiteral("15c-pass-bar.png"));
    step(QStringLiteral("leave?"), [this] {
        setOn("root", "passMode", false);
        askLeave(false);
    },
         [this] { return item("leaveDialog") && item("leaveDialog")->property("opened").toBool(); });
    shot(QStringLiteral("16-leave-confirm.png"));
    step(QStringLiteral("left"), [this] { call("root", "leave"); },
         [me, v] { return me->state() == QLatin1String("offline") && !v->hasSnapshot(); });
    shot(QStringLiteral("17-after-leave.png"));
    // A tablet passed around: the neutral start between two people.
    step(QStringLiteral("pass the tablet: next person"), [this] { setOn("root", "passMode", true); },
         [this] { return item("passScreen") && item("passScreen")->property("visible").toBool(); });
    shot(QStringLiteral("17b-pass-next-person.png"));
    step(QStringLiteral("back to joining"), [this] { setOn("root", "passMode", false); }, {});
    // The join screen's language button: the whole UI switches at once.
    step(QStringLiteral("English"), [this] {
        QObject *app = m_window->property("app").value<QObject *>();
        if (!app || !app->setProperty("language", QStringLiteral("en")))
            finish(1, QStringLiteral("cannot switch the language"));
    }, {});
    shot(QStringLiteral("18-join-english.png"));
}

} // namespace flipover
