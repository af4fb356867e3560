// The sessions tst_sessionview feeds a SessionView: a card, a format, a
// phase and a whole state as a snapshot would carry them, and the view's
// list models with a way to read one role of one row.
#pragma once

#include "sessionview.h"

#include <QJsonArray>
#include <QJsonObject>

namespace flipover::test {

inline QJsonObject card(int id, const QString &text, const QJsonObject &extra = {})
{
    QJsonObject o{{"id", id}, {"text", text}, {"direction", "A"}, {"tags", QJsonArray{"het"}},
                  {"remarks", QJsonArray{}}, {"merged", QJsonArray{}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

inline QJsonObject format()
{
    const QJsonObject vote{{"mode", "dots"}, {"dots", 3}, {"capPerCard", 2}};
    return {{"id", "collegiale-ontmoeting"},
            {"title", "Collegiale ontmoeting"},
            {"agreement", "Wat hier besproken wordt, blijft hier."},
            {"groundRules", QJsonObject{{"title", "Spelregels"},
                                        {"items", QJsonArray{QJsonObject{{"title", "Luisteren"}, {"text", "Laat elkaar uitpraten."}}}}}},
            {"tags", QJsonObject{{"label", "Factor"},
                                 {"items", QJsonArray{QJsonObject{{"id", "het"}, {"label", "HET"}},
                                                      QJsonObject{{"id", "ik"}, {"label", "IK"}}}}}},
            {"probingQuestions", QJsonArray{"Wat maakte het lastig?"}},
            {"prompts", QJsonObject{{"dreamer", "Wat als alles kon?"}, {"critic", "Wat kan misgaan?"},
                                    {"insightEnriched", "Wat verrijkte je beeld?"}, {"insightTakeaway", "Wat neem je mee?"},
                                    {"tips", "Tip"}, {"tops", "Top"}}},
            {"phases", QJsonArray{QJsonObject{{"id", "casus"}, {"title", "Casus"}, {"minutes", 15},
                                              {"steps", QJsonArray{"Vertel", "Vraag"}}, {"prompt", "Schrijf je eerste gedachten."},
                                              {"activities", QJsonArray{"case", "firstThoughts", "questions"}}, {"vote", vote}},
                                  QJsonObject{{"id", "aanpak"}, {"title", "Aanpak"}, {"minutes", 30},
                                              {"steps", QJsonArray{"Bedenk"}}, {"prompt", "Kies."},
                                              {"activities", QJsonArray{"considerations", "vote"}}, {"vote", vote}}}}};
}

inline QJsonObject phase(int index, const QString &status, double remainingMs)
{
    return {{"index", index}, {"count", 2}, {"status", status}, {"title", index == 1 ? "Aanpak" : "Casus"},
            {"plannedMs", 900000.0}, {"remainingMs", remainingMs}, {"meetingRemainingMs", remainingMs + 1800000.0},
            {"runs", QJsonArray{QJsonObject{{"status", index == 0 ? "active" : "done"}, {"adjustSeconds", 300}},
                                QJsonObject{{"status", index == 1 ? "active" : "pending"}, {"adjustSeconds", 0}}}}};
}

inline QJsonObject fullState()
{
    return {{"session", QJsonObject{{"name", "Team Noord"}, {"pin", "4821"}, {"format", format()}}},
            {"phase", phase(0, "paused", 600000)},
            {"case", QJsonObject{{"text", "Een klant met schulden"}, {"hasOwner", true}}},
            {"questions", QJsonArray{QJsonObject{{"id", 1}, {"text", "Sinds wanneer?"}, {"answered", false}, {"answer", ""}}}},
            {"cards", QJsonArray{card(1, "Bellen"), card(2, "Schrijven", {{"hidden", true}}),
                                 card(3, "Bezoeken", {{"merged", QJsonArray{QJsonObject{{"id", 4}, {"text", "Langsgaan"}, {"direction", "A"}}}},
                                                      {"remarks", QJsonArray{QJsonObject{{"id", 9}, {"kind", "critic"}, {"text", "Tijd?"}}}}})}},
            {"vote", QJsonObject{{"status", "open"}, {"mode", "dots"}, {"dots", 3}, {"capPerCard", 2}, {"liveTallies", false},
                                 {"revealed", false}, {"ballots", 2}, {"tallies", QJsonValue::Null}}},
            {"insights", QJsonArray{QJsonObject{{"id", 5}, {"question", "takeaway"}, {"text", "Meer vragen"}, {"shared", true}}}},
            {"tips", QJsonArray{QJsonObject{{"id", 6}, {"kind", "top"}, {"text", "Goed getimed"}}}},
            {"solutions", QJsonArray{QJsonObject{{"id", 7}, {"text", "Huisbezoek"}, {"arguments", "Persoonlijk"}}}},
            {"presence", QJsonObject{{"participants", 6}}},
            {"mine", QJsonObject{{"participantId", "p1"}, {"role", "facilitator"}, {"facilitator", true},
                                 {"caseOwner", false}, {"hasVoted", true},
                                 {"thoughts", QJsonArray{QJsonObject{{"id", 8}, {"text", "schulden"}}}}}}};
}

inline QList<KeyedListModel *> models(SessionView &v)
{
    return {v.cards(), v.questions(), v.thoughts(), v.insights(), v.tips(), v.solutions(), v.phases()};
}

inline QVariant value(KeyedListModel *m, int row, const char *role)
{
    return m->get(row).value(QLatin1String(role));
}

} // namespace flipover::test
