#include "sessionview.h"

#include "ballot.h"
#include "patch.h"

#include <QJsonValue>
#include <QSet>

namespace flipover {

namespace {

QString str(const QJsonObject &o, const char *key, const QString &fallback = {})
{
    return o.value(QLatin1String(key)).toString(fallback);
}

int integer(const QJsonObject &o, const char *key, int fallback = 0)
{
    return o.value(QLatin1String(key)).toInt(fallback);
}

qint64 ms(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

bool flag(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

QVariantList objects(const QJsonValue &v)
{
    QVariantList out;
    for (const QJsonValue &o : v.toArray())
        out.append(o.toObject().toVariantMap());
    return out;
}

// Sections in the order they are applied: the session (format) before the
// phase that indexes into it, the cards before the vote that tallies them.
const char *const sectionNames[] = {"session", "phase",    "case",     "questions",
                                    "cards",   "vote",     "insights", "tips",
                                    "solutions", "presence", "mine", "undo"};

} // namespace

SessionView::SessionView(QObject *parent)
    : QObject(parent),
      m_cards(new CardsModel(this)),
      m_questions(new QuestionsModel(this)),
      m_thoughts(new ThoughtsModel(this)),
      m_insights(new InsightsModel(this)),
      m_tips(new TipsModel(this)),
      m_solutions(new SolutionsModel(this)),
      m_phases(new PhasesModel(this))
{
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &SessionView::tick);
}

void SessionView::applySnapshot(quint64 seq, const QJsonObject &state)
{
    m_state = state;
    applySections(state, true);
    set(m_seq, seq, &SessionView::seqChanged);
    set(m_hasSnapshot, true, &SessionView::hasSnapshotChanged);
}

void SessionView::applyUpdate(quint64 seq, const QJsonObject &sections)
{
    if (!m_hasSnapshot || seq <= m_seq)
        return;
    for (auto it = sections.constBegin(); it != sections.constEnd(); ++it)
        m_state.insert(it.key(), it.value());
    applySections(sections, false);
    set(m_seq, seq, &SessionView::seqChanged);
}

SessionView::Applied SessionView::applyUpdate(quint64 seq, quint64 prev, const QJsonObject &sections,
                                              const QJsonObject &patches)
{
    if (!m_hasSnapshot || seq <= m_seq)
        return Applied::Ignored;
    if (prev != m_seq || !patch::applyUpdate(m_state, sections, patches))
        return Applied::Gap;
    // The models and properties follow the patched sections, whole: the
    // models match rows by id, so a patched card is still one dataChanged.
    QJsonObject touched = sections;
    for (auto it = patches.constBegin(); it != patches.constEnd(); ++it)
        touched.insert(it.key(), m_state.value(it.key()));
    applySections(touched, false);
    set(m_seq, seq, &SessionView::seqChanged);
    return Applied::Yes;
}

void SessionView::applyPresence(int participants)
{
    if (!m_hasSnapshot)
        return;
    const QJsonObject presence{{QStringLiteral("participants"), participants}};
    m_state.insert(QStringLiteral("presence"), presence);
    applySections({{QStringLiteral("presence"), presence}}, false);
}

void SessionView::clear()
{
    m_state = QJsonObject();
    applySections({}, true);
    set(m_seq, quint64(0), &SessionView::seqChanged);
    set(m_hasSnapshot, false, &SessionView::hasSnapshotChanged);
}

bool SessionView::hasActivity(const QString &activity) const
{
    return m_phaseActivities.contains(activity);
}

void SessionView::applySections(const QJsonObject &sections, bool whole)
{
    bool cardsDirty = false;
    bool phaseDirty = false;
    for (const char *name : sectionNames) {
        const QLatin1String key(name);
        if (!whole && !sections.contains(key))
            continue;
        const QJsonValue v = sections.value(key);
        if (key == QLatin1String("session")) {
            applySession(v.toObject());
            phaseDirty = true;
        } else if (key == QLatin1String("phase")) {
            applyPhase(v.toObject());
            phaseDirty = true;
        } else if (key == QLatin1String("case")) {
            const QJsonObject c = v.toObject();
            set(m_caseText, str(c, "text"), &SessionView::caseTextChanged);
            set(m_hasCaseOwner, flag(c, "hasOwner"), &SessionView::hasCaseOwnerChanged);
        } else if (key == QLatin1String("questions")) {
            m_questions->setQuestions(v.toArray());
        } else if (key == QLatin1String("cards")) {
            m_cardsJson = v.toArray();
            cardsDirty = true;
        } else if (key == QLatin1String("vote")) {
            applyVote(v.toObject());
            cardsDirty = true;
        } else if (key == QLatin1String("insights")) {
            m_insights->setInsights(v.toArray());
        } else if (key == QLatin1String("tips")) {
            m_tips->setTips(v.toArray());
        } else if (key == QLatin1String("solutions")) {
            m_solutions->setSolutions(v.toArray());
        } else if (key == QLatin1String("presence")) {
            set(m_participantCount, integer(v.toObject(), "participants"),
                &SessionView::participantCountChanged);
        } else if (key == QLatin1String("mine")) {
            applyMine(v.toObject());
        } else if (key == QLatin1String("undo")) {
            const QJsonObject u = v.toObject(); // null: nothing to undo
            const QString kind = str(u, "kind"), text = str(u, "text");
            const int cardId = integer(u, "cardId");
            if (kind != m_undoKind || cardId != m_undoCardId || text != m_undoText) {
                m_undoKind = kind;
                m_undoCardId = cardId;
                m_undoText = text;
                Q_EMIT undoChanged();
            }
        }
    }
    if (phaseDirty)
        refreshPhaseDetails();
    if (cardsDirty)
        refreshCards();
}

void SessionView::applySession(const QJsonObject &session)
{
    // The format in its resolved form (Format::toJson()).
    const QJsonObject format = session.value(QLatin1String("format")).toObject();
    const QJsonObject rules = format.value(QLatin1String("groundRules")).toObject();
    const QJsonObject tags = format.value(QLatin1String("tags")).toObject();
    const QJsonObject prompts = format.value(QLatin1String("prompts")).toObject();
    set(m_sessionName, str(session, "name"), &SessionView::sessionNameChanged);
    set(m_pin, str(session, "pin"), &SessionView::pinChanged);
    set(m_formatTitle, str(format, "title"), &SessionView::formatTitleChanged);
    set(m_agreement, str(format, "agreement"), &SessionView::agreementChanged);
    set(m_groundRulesTitle, str(rules, "title"), &SessionView::groundRulesTitleChanged);
    set(m_groundRules, objects(rules.value(QLatin1String("items"))), &SessionView::groundRulesChanged);
    set(m_tagsLabel, str(tags, "label"), &SessionView::tagsLabelChanged);
    set(m_tags, objects(tags.value(QLatin1String("items"))), &SessionView::tagsChanged);
    set(m_probingQuestions, strings(format.value(QLatin1String("probingQuestions"))),
        &SessionView::probingQuestionsChanged);
    set(m_dreamerPrompt, str(prompts, "dreamer"), &SessionView::dreamerPromptChanged);
    set(m_criticPrompt, str(prompts, "critic"), &SessionView::criticPromptChanged);
    set(m_insightEnrichedPrompt, str(prompts, "insightEnriched"),
        &SessionView::insightEnrichedPromptChanged);
    set(m_insightTakeawayPrompt, str(prompts, "insightTakeaway"),
        &SessionView::insightTakeawayPromptChanged);
    set(m_tipsPrompt, str(prompts, "tips"), &SessionView::tipsPromptChanged);
    set(m_topsPrompt, str(prompts, "tops"), &SessionView::topsPromptChanged);
    m_formatPhases = format.value(QLatin1String("phases")).toArray();

    // One signal for the five: they change together, when a meeting starts.
    const QJsonObject cycle = session.value(QLatin1String("cycle")).toObject();
    const int meeting = integer(cycle, "meeting");
    const int size = integer(cycle, "size");
    const QString title = str(cycle, "title");
    const QString meetingTitle = str(cycle, "meetingTitle");
    const QString accent = str(cycle, "accent");
    if (meeting != m_cycleMeeting || size != m_cycleSize || title != m_cycleTitle
        || meetingTitle != m_cycleMeetingTitle || accent != m_cycleAccent) {
        m_cycleMeeting = meeting;
        m_cycleSize = size;
        m_cycleTitle = title;
        m_cycleMeetingTitle = meetingTitle;
        m_cycleAccent = accent;
        Q_EMIT cycleChanged();
    }
}

void SessionView::applyPhase(const QJsonObject &phase)
{
    set(m_phaseIndex, integer(phase, "index", -1), &SessionView::phaseIndexChanged);
    set(m_phaseCount, integer(phase, "count"), &SessionView::phaseCountChanged);
    set(m_phaseStatus, str(phase, "status", QStringLiteral("notStarted")),
        &SessionView::phaseStatusChanged);
    set(m_phaseTitle, str(phase, "title"), &SessionView::phaseTitleChanged);
    set(m_plannedMs, ms(phase, "plannedMs"), &SessionView::plannedMsChanged);
    set(m_focusCardId, integer(phase, "focusCardId"), &SessionView::focusCardIdChanged);
    m_runs = phase.value(QLatin1String("runs")).toArray();

    // The times are as of sending; count down from the moment of receipt.
    m_remainingAtReceipt = ms(phase, "remainingMs");
    m_meetingRemainingAtReceipt = ms(phase, "meetingRemainingMs");
    m_receipt.start();
    setRemaining(m_remainingAtReceipt, m_meetingRemainingAtReceipt);
    scheduleTick();
}

void SessionView::applyVote(const QJsonObject &vote)
{
    set(m_voteStatus, str(vote, "status", QStringLiteral("idle")), &SessionView::voteStatusChanged);
    set(m_voteMode, str(vote, "mode", QStringLiteral("single")), &SessionView::voteModeChanged);
    set(m_voteDots, integer(vote, "dots"), &SessionView::voteDotsChanged);
    set(m_voteCap, integer(vote, "capPerCard"), &SessionView::voteCapChanged);
    set(m_liveTallies, flag(vote, "liveTallies"), &SessionView::liveTalliesChanged);
    set(m_talliesRevealed, flag(vote, "revealed"), &SessionView::talliesRevealedChanged);
    set(m_ballotCount, integer(vote, "ballots"), &SessionView::ballotCountChanged);

    // "tallies" is null (or absent) while hidden from this role.
    const QJsonValue tallies = vote.value(QLatin1String("tallies"));
    m_tallies.clear();
    int maxTally = 0;
    for (const QJsonValue &t : tallies.toArray()) {
        const QJsonObject o = t.toObject();
        const int dots = integer(o, "dots");
        m_tallies.insert(integer(o, "cardId"), dots);
        maxTally = qMax(maxTally, dots);
    }
    set(m_talliesVisible, tallies.isArray(), &SessionView::talliesVisibleChanged);
    set(m_maxTally, maxTally, &SessionView::maxTallyChanged);
    m_rankingJson = vote.value(QLatin1String("ranking"));
}

void SessionView::applyMine(const QJsonObject &mine)
{
    set(m_participantId, str(mine, "participantId"), &SessionView::participantIdChanged);
    set(m_role, str(mine, "role"), &SessionView::roleChanged);
    set(m_isFacilitator, flag(mine, "facilitator"), &SessionView::isFacilitatorChanged);
    set(m_isCaseOwner, flag(mine, "caseOwner"), &SessionView::isCaseOwnerChanged);
    set(m_hasVoted, flag(mine, "hasVoted"), &SessionView::hasVotedChanged);
    m_thoughts->setThoughts(mine.value(QLatin1String("thoughts")).toArray());
}

void SessionView::refreshPhaseDetails()
{
    const QJsonObject phase = m_phaseIndex >= 0 && m_phaseIndex < m_formatPhases.size()
            ? m_formatPhases.at(m_phaseIndex).toObject()
            : QJsonObject();
    set(m_phaseSteps, strings(phase.value(QLatin1String("steps"))), &SessionView::phaseStepsChanged);
    set(m_phasePrompt, str(phase, "prompt"), &SessionView::phasePromptChanged);
    set(m_phaseActivities, strings(phase.value(QLatin1String("activities"))),
        &SessionView::phaseActivitiesChanged);
    m_phases->setPhases(m_formatPhases, m_runs);
}

void SessionView::refreshCards()
{
    m_cards->setCards(m_cardsJson, m_tallies, m_talliesVisible);
    refreshRanking();
    refreshBallotRules();
}

// The ranking as received, with each card's text.
void SessionView::refreshRanking()
{
    QHash<int, QJsonObject> cards;
    for (const QJsonValue &v : std::as_const(m_cardsJson))
        cards.insert(integer(v.toObject(), "id"), v.toObject());
    QVariantList ranking;
    for (const QJsonValue &v : m_rankingJson.toArray()) {
        const QJsonObject r = v.toObject();
        const QJsonObject card = cards.value(integer(r, "cardId"));
        ranking.append(QVariantMap{{QStringLiteral("cardId"), integer(r, "cardId")},
                                   {QStringLiteral("rank"), integer(r, "rank")},
                                   {QStringLiteral("dots"), integer(r, "dots")},
                                   {QStringLiteral("text"), str(card, "text")},
                                   {QStringLiteral("direction"), str(card, "direction")}});
    }
    if (m_rankingShown != m_rankingJson.isArray() || m_ranking != ranking) {
        m_rankingShown = m_rankingJson.isArray();
        m_ranking = ranking;
        Q_EMIT rankingChanged();
    }
}

// The vote's settings and the cards one can vote for: neither hidden nor
// merged into another.
void SessionView::refreshBallotRules()
{
    QSet<int> merged;
    for (const QJsonValue &v : std::as_const(m_cardsJson))
        for (const QJsonValue &m : v.toObject().value(QLatin1String("merged")).toArray())
            merged.insert(integer(m.toObject(), "id"));
    QVariantList votable;
    for (const QJsonValue &v : std::as_const(m_cardsJson)) {
        const int id = integer(v.toObject(), "id");
        if (!flag(v.toObject(), "hidden") && !merged.contains(id))
            votable.append(id);
    }
    set(m_ballotRules,
        QVariantMap{{QStringLiteral("mode"), m_voteMode}, {QStringLiteral("dots"), m_voteDots},
                    {QStringLiteral("capPerCard"), m_voteCap}, {QStringLiteral("cards"), votable}},
        &SessionView::ballotRulesChanged);
}

namespace {

BallotRules rulesOf(const QVariantMap &rules)
{
    QList<int> cards;
    for (const QVariant &id : rules.value(QStringLiteral("cards")).toList())
        cards.append(id.toInt());
    return BallotRules::fromJson(QJsonObject::fromVariantMap(rules), cards);
}

QVariantMap toVariant(const CleanBallot &b)
{
    QVariantList canAdd;
    for (int id : b.canAdd)
        canAdd.append(id);
    return {{QStringLiteral("choices"), b.choicesJson().toVariantMap()},
            {QStringLiteral("used"), b.used},
            {QStringLiteral("left"), b.left},
            {QStringLiteral("canAdd"), canAdd}};
}

} // namespace

QVariantMap SessionView::cleanBallot(const QVariantMap &rules, const QVariantMap &wanted) const
{
    return toVariant(flipover::cleanBallot(rulesOf(rules), ballotFromJson(QJsonObject::fromVariantMap(wanted))));
}

QVariantMap SessionView::ballotWithDots(const QVariantMap &rules, const QVariantMap &ballot, int cardId, int dots) const
{
    return toVariant(setBallotDots(rulesOf(rules), ballotFromJson(QJsonObject::fromVariantMap(ballot)), cardId, dots));
}

void SessionView::setRemaining(qint64 phaseMs, qint64 meetingMs)
{
    set(m_remainingMs, phaseMs, &SessionView::remainingMsChanged);
    set(m_overtime, phaseMs < 0, &SessionView::overtimeChanged);
    set(m_meetingRemainingMs, meetingMs, &SessionView::meetingRemainingMsChanged);
}

void SessionView::tick()
{
    const qint64 elapsed = m_receipt.elapsed();
    setRemaining(m_remainingAtReceipt - elapsed, m_meetingRemainingAtReceipt - elapsed);
    scheduleTick();
}

// Wakes up just after remainingMs crosses the next whole second (where the
// displayed value changes), and not at all unless the phase is running.
void SessionView::scheduleTick()
{
    if (m_phaseStatus != QLatin1String("running")) {
        m_tick.stop();
        return;
    }
    qint64 toBoundary = m_remainingMs % 1000;
    if (toBoundary <= 0)
        toBoundary += 1000;
    m_tick.start(int(toBoundary) + 2);
}

} // namespace flipover
