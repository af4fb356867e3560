// The preference vote ("turven"). Ballots are stored under a keyed hash of the
// tablet's random ballot token with an owner key only the voter's resume
// token gives, never beside a participant; "has voted" is not stored at all
// (DESIGN.md, privacy; docs/security.md).
#include "commands.h"

#include <QRegularExpression>

namespace flipover::commands {

namespace {

const VoteSettings &settings(const SessionState &s)
{
    static const VoteSettings none;
    const int i = s.votePhase;
    return i >= 0 && i < s.format.phases.size() ? s.format.phases[i].vote : none;
}

} // namespace

Result openVote(Ctx &c)
{
    if (c.s.vote == VoteStatus::Open)
        return c.fail(QStringLiteral("vote_open"), QStringLiteral("The vote is already open."));
    c.s.vote = VoteStatus::Open;
    c.s.votePhase = c.s.phaseIndex;
    c.change.sections |= Section::Vote;
    return Result::success();
}

Result closeVote(Ctx &c)
{
    if (c.s.vote != VoteStatus::Open)
        return c.fail(QStringLiteral("vote_not_open"), QStringLiteral("The vote is not open."));
    c.s.vote = VoteStatus::Closed;
    c.change.sections |= Section::Vote;
    c.change.checkpoint = true; // nothing of the casting order stays in the WAL
    return Result::success();
}

Result revealTallies(Ctx &c)
{
    bool revealed = false;
    if (Result r = boolArg(c.args, key::Revealed, &revealed); !r.ok)
        return r;
    c.s.talliesRevealed = revealed;
    c.change.sections |= Section::Vote;
    return Result::success();
}

Result vote(Ctx &c)
{
    SessionState &s = c.s;
    if (s.vote != VoteStatus::Open)
        return c.fail(QStringLiteral("vote_not_open"), QStringLiteral("The vote is not open."));
    QString token;
    if (Result r = textArg(c.args, key::Ballot, true, protocol::MaxBallotLength, &token); !r.ok)
        return r;
    static const QRegularExpression tokenPattern(QStringLiteral("^[A-Za-z0-9_-]{%1,%2}$")
                                                         .arg(protocol::MinBallotLength)
                                                         .arg(protocol::MaxBallotLength));
    if (!tokenPattern.match(token).hasMatch())
        return c.fail(QStringLiteral("invalid"), QStringLiteral("The field \"ballot\" must be %1 to %2 letters, digits, - or _.")
                                                         .arg(protocol::MinBallotLength)
                                                         .arg(protocol::MaxBallotLength));
    const QJsonValue choicesValue = c.args.value(key::Choices);
    if (!choicesValue.isObject())
        return c.fail(QStringLiteral("invalid"), QStringLiteral("The field \"choices\" must be an object of card ids and dots."));

    const VoteSettings &vs = settings(s);
    const QJsonObject choices = choicesValue.toObject();
    QMap<int, int> ballot;
    int total = 0;
    for (auto it = choices.constBegin(); it != choices.constEnd(); ++it) {
        bool isNumber = false;
        const int cardId = it.key().toInt(&isNumber);
        const auto card = s.cards.constFind(cardId);
        if (!isNumber || card == s.cards.cend() || card->hidden || card->mergedInto)
            return c.fail(QStringLiteral("not_found"), QStringLiteral("There is no card %1 to vote for.").arg(it.key()));
        const double dots = it.value().toDouble(-1);
        if (!it.value().isDouble() || dots != double(int(dots)) || dots < 0 || dots > protocol::MaxDotsPerCard)
            return c.fail(QStringLiteral("invalid"), QStringLiteral("Dots must be whole numbers of 0 or more."));
        if (vs.capPerCard > 0 && dots > vs.capPerCard)
            return c.fail(QStringLiteral("over_cap"), QStringLiteral("At most %1 dots can go to one card.").arg(vs.capPerCard));
        if (dots > 0)
            ballot.insert(cardId, int(dots));
        total += int(dots);
    }
    if (vs.mode == VoteMode::Single && (ballot.size() != 1 || total != 1))
        return c.fail(QStringLiteral("invalid"), QStringLiteral("Choose exactly one card."));
    if (vs.mode == VoteMode::Dots && total > vs.dots)
        return c.fail(QStringLiteral("too_many_dots"), QStringLiteral("You have %1 dots to give.").arg(vs.dots));
    if (total < 1)
        return c.fail(QStringLiteral("invalid"), QStringLiteral("Give at least one dot."));

    // One participant, one ballot (docs/security.md, "Ballots"). The ballot
    // row holds the salted hash of the ballot token and the voter's owner key
    // (derived from the resume token, which only the voter's connection
    // holds); the participant row holds neither, and this commit does not
    // touch it: "has voted" lives in memory and is found again at resume.
    if (c.actor.secret.isEmpty())
        return c.fail(QStringLiteral("not_allowed"), QStringLiteral("Only participants can do this."));
    const QString key = ballotRecordKey(s.salt, token);
    const QString owner = ownerKey(s.salt, c.actor.secret);
    Participant &p = s.participants[c.actor.participantId];
    const auto existing = s.ballots.constFind(key);
    const bool known = existing != s.ballots.cend();
    // A schema 1 ballot has no owner: the schema 1 rule (has voted + same
    // token) still decides, once, and the ballot then gets its owner.
    const bool legacyClaim = p.ballotKey.isEmpty() && p.legacyVoted;
    // Someone else's token first: whoever holds it, it stays its voter's.
    if (known && existing->owner != owner && !(legacyClaim && existing->owner.isEmpty()))
        return c.fail(QStringLiteral("ballot_taken"), QStringLiteral("This ballot token is already in use."));
    if ((!p.ballotKey.isEmpty() && p.ballotKey != key) || (legacyClaim && !known))
        return c.fail(QStringLiteral("ballot_mismatch"), QStringLiteral("You already voted from another ballot."));
    s.ballots.insert(key, Ballot{key, owner, ballot, {}}.withRecord());
    c.change.touch(QStringLiteral("ballot"), key, Section::Vote);
    p.ballotKey = key;
    p.hasVoted = true;
    c.change.touchMine(p.id);
    return Result::success();
}

} // namespace flipover::commands
