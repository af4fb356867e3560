#include "ballot.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace flipover {

namespace {

int total(const BallotRules &r)
{
    return r.single ? 1 : r.dots;
}

int cap(const BallotRules &r)
{
    return r.single ? 1 : r.capPerCard;
}

CleanBallot finish(const BallotRules &rules, QMap<int, int> choices)
{
    CleanBallot out;
    out.choices = std::move(choices);
    for (int dots : std::as_const(out.choices))
        out.used += dots;
    out.left = total(rules) - out.used;
    for (int id : rules.cards) {
        const int on = out.choices.value(id);
        const bool fits = rules.single ? on == 0 : out.left > 0 && (cap(rules) == 0 || on < cap(rules));
        if (fits)
            out.canAdd.append(id);
    }
    return out;
}

} // namespace

BallotRules BallotRules::of(const VoteSettings &settings, const QList<int> &cards)
{
    return {settings.mode == VoteMode::Single, settings.dots, settings.capPerCard, cards};
}

BallotRules BallotRules::fromJson(const QJsonObject &settings, const QList<int> &cards)
{
    return {settings.value(QLatin1String("mode")).toString() != QLatin1String("dots"),
            settings.value(QLatin1String("dots")).toInt(), settings.value(QLatin1String("capPerCard")).toInt(), cards};
}

QJsonObject CleanBallot::choicesJson() const
{
    QJsonObject out;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        out.insert(QString::number(it.key()), it.value());
    return out;
}

QMap<int, int> ballotFromJson(const QJsonObject &ballot)
{
    QMap<int, int> out;
    for (auto it = ballot.constBegin(); it != ballot.constEnd(); ++it) {
        bool ok = false;
        const int id = it.key().toInt(&ok);
        const double dots = it.value().toDouble(-1);
        if (!ok || QString::number(id) != it.key() || !it.value().isDouble() || dots != std::floor(dots) || dots <= 0)
            continue;
        out.insert(id, int(std::min(dots, 1000.0)));
    }
    return out;
}

CleanBallot cleanBallot(const BallotRules &rules, const QMap<int, int> &wanted)
{
    const QSet<int> cards(rules.cards.cbegin(), rules.cards.cend());
    QMap<int, int> choices;
    int left = total(rules);
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) { // by card id
        if (!cards.contains(it.key()) || it.value() <= 0)
            continue;
        int dots = std::min(it.value(), left);
        if (cap(rules) > 0)
            dots = std::min(dots, cap(rules));
        if (dots <= 0)
            continue;
        choices.insert(it.key(), dots);
        left -= dots;
    }
    return finish(rules, choices);
}

CleanBallot setBallotDots(const BallotRules &rules, const QMap<int, int> &ballot, int cardId, int dots)
{
    QMap<int, int> choices = cleanBallot(rules, ballot).choices;
    if (!rules.cards.contains(cardId))
        return finish(rules, choices);
    if (rules.single && dots > 0)
        choices.clear();
    else
        choices.remove(cardId);
    int used = 0;
    for (int d : std::as_const(choices))
        used += d;
    int fit = std::min(dots, total(rules) - used);
    if (cap(rules) > 0)
        fit = std::min(fit, cap(rules));
    if (fit > 0)
        choices.insert(cardId, fit);
    return finish(rules, choices);
}

} // namespace flipover
