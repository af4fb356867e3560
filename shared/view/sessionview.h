// SessionView: the client-side projection that the wall's and the tablets'
// QML bind to. It holds the last snapshot plus later updates, section by
// section (docs/protocol.md, "Sections"), as plain properties and list
// models. The phase timer counts down locally between messages: one tick per
// displayed second while running, and no timer at all otherwise, so an idle
// wall never redraws. Show the time as Math.ceil(remainingMs / 1000) seconds.
#pragma once

#include "listmodels.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

namespace flipover {

class SessionView : public QObject
{
    Q_OBJECT
    Q_PROPERTY(quint64 seq READ seq NOTIFY seqChanged)
    Q_PROPERTY(bool hasSnapshot READ hasSnapshot NOTIFY hasSnapshotChanged)
    // session
    Q_PROPERTY(QString sessionName READ sessionName NOTIFY sessionNameChanged)
    Q_PROPERTY(QString pin READ pin NOTIFY pinChanged)
    Q_PROPERTY(QString formatTitle READ formatTitle NOTIFY formatTitleChanged)
    Q_PROPERTY(QString agreement READ agreement NOTIFY agreementChanged)
    Q_PROPERTY(QString groundRulesTitle READ groundRulesTitle NOTIFY groundRulesTitleChanged)
    Q_PROPERTY(QVariantList groundRules READ groundRules NOTIFY groundRulesChanged)
    Q_PROPERTY(QString tagsLabel READ tagsLabel NOTIFY tagsLabelChanged)
    Q_PROPERTY(QVariantList tags READ tags NOTIFY tagsChanged)
    Q_PROPERTY(QStringList probingQuestions READ probingQuestions NOTIFY probingQuestionsChanged)
    Q_PROPERTY(QString dreamerPrompt READ dreamerPrompt NOTIFY dreamerPromptChanged)
    Q_PROPERTY(QString criticPrompt READ criticPrompt NOTIFY criticPromptChanged)
    Q_PROPERTY(QString insightEnrichedPrompt READ insightEnrichedPrompt NOTIFY insightEnrichedPromptChanged)
    Q_PROPERTY(QString insightTakeawayPrompt READ insightTakeawayPrompt NOTIFY insightTakeawayPromptChanged)
    Q_PROPERTY(QString tipsPrompt READ tipsPrompt NOTIFY tipsPromptChanged)
    Q_PROPERTY(QString topsPrompt READ topsPrompt NOTIFY topsPromptChanged)
    // session.cycle: which meeting of the format's cycle this is (from 1; 0
    // and empty texts without a cycle), of how many, and that meeting's accent.
    Q_PROPERTY(int cycleMeeting READ cycleMeeting NOTIFY cycleChanged)
    Q_PROPERTY(int cycleSize READ cycleSize NOTIFY cycleChanged)
    Q_PROPERTY(QString cycleTitle READ cycleTitle NOTIFY cycleChanged)
    Q_PROPERTY(QString cycleMeetingTitle READ cycleMeetingTitle NOTIFY cycleChanged)
    Q_PROPERTY(QString cycleAccent READ cycleAccent NOTIFY cycleChanged)
    // phase
    Q_PROPERTY(int phaseIndex READ phaseIndex NOTIFY phaseIndexChanged)
    Q_PROPERTY(int phaseCount READ phaseCount NOTIFY phaseCountChanged)
    Q_PROPERTY(QString phaseStatus READ phaseStatus NOTIFY phaseStatusChanged)
    Q_PROPERTY(QString phaseTitle READ phaseTitle NOTIFY phaseTitleChanged)
    Q_PROPERTY(QStringList phaseSteps READ phaseSteps NOTIFY phaseStepsChanged)
    Q_PROPERTY(QString phasePrompt READ phasePrompt NOTIFY phasePromptChanged)
    Q_PROPERTY(QStringList phaseActivities READ phaseActivities NOTIFY phaseActivitiesChanged)
    Q_PROPERTY(qint64 plannedMs READ plannedMs NOTIFY plannedMsChanged)
    Q_PROPERTY(qint64 remainingMs READ remainingMs NOTIFY remainingMsChanged)
    Q_PROPERTY(bool overtime READ overtime NOTIFY overtimeChanged)
    Q_PROPERTY(qint64 meetingRemainingMs READ meetingRemainingMs NOTIFY meetingRemainingMsChanged)
    // case
    Q_PROPERTY(QString caseText READ caseText NOTIFY caseTextChanged)
    Q_PROPERTY(bool hasCaseOwner READ hasCaseOwner NOTIFY hasCaseOwnerChanged)
    // vote
    Q_PROPERTY(QString voteStatus READ voteStatus NOTIFY voteStatusChanged)
    Q_PROPERTY(QString voteMode READ voteMode NOTIFY voteModeChanged)
    Q_PROPERTY(int voteDots READ voteDots NOTIFY voteDotsChanged)
    Q_PROPERTY(int voteCap READ voteCap NOTIFY voteCapChanged)
    Q_PROPERTY(bool liveTallies READ liveTallies NOTIFY liveTalliesChanged)
    Q_PROPERTY(bool talliesRevealed READ talliesRevealed NOTIFY talliesRevealedChanged)
    Q_PROPERTY(bool talliesVisible READ talliesVisible NOTIFY talliesVisibleChanged)
    Q_PROPERTY(int ballotCount READ ballotCount NOTIFY ballotCountChanged)
    Q_PROPERTY(int maxTally READ maxTally NOTIFY maxTallyChanged)
    // vote.ranking (shared/projection/ranking.h): the result as the room sees
    // it, in rank order, each {cardId, rank, dots, text, direction}; shown
    // once the vote is closed and its tallies are live or revealed.
    Q_PROPERTY(bool rankingShown READ rankingShown NOTIFY rankingChanged)
    Q_PROPERTY(QVariantList ranking READ ranking NOTIFY rankingChanged)
    // What a ballot may hold now (shared/engine/ballot.h): {mode, dots,
    // capPerCard, cards: [the card ids one can vote for]}; see cleanBallot.
    Q_PROPERTY(QVariantMap ballotRules READ ballotRules NOTIFY ballotRulesChanged)
    // presence
    Q_PROPERTY(int participantCount READ participantCount NOTIFY participantCountChanged)
    // mine
    Q_PROPERTY(QString participantId READ participantId NOTIFY participantIdChanged)
    Q_PROPERTY(QString role READ role NOTIFY roleChanged)
    Q_PROPERTY(bool isFacilitator READ isFacilitator NOTIFY isFacilitatorChanged)
    Q_PROPERTY(bool isCaseOwner READ isCaseOwner NOTIFY isCaseOwnerChanged)
    Q_PROPERTY(bool hasVoted READ hasVoted NOTIFY hasVotedChanged)
    // undo (the facilitator's): what `undo` would take back, "" and 0 when nothing
    Q_PROPERTY(QString undoKind READ undoKind NOTIFY undoChanged)
    Q_PROPERTY(int undoCardId READ undoCardId NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    // models
    Q_PROPERTY(flipover::CardsModel *cards READ cards CONSTANT)
    Q_PROPERTY(flipover::QuestionsModel *questions READ questions CONSTANT)
    Q_PROPERTY(flipover::ThoughtsModel *thoughts READ thoughts CONSTANT)
    Q_PROPERTY(flipover::InsightsModel *insights READ insights CONSTANT)
    Q_PROPERTY(flipover::TipsModel *tips READ tips CONSTANT)
    Q_PROPERTY(flipover::SolutionsModel *solutions READ solutions CONSTANT)
    Q_PROPERTY(flipover::PhasesModel *phases READ phases CONSTANT)

public:
    explicit SessionView(QObject *parent = nullptr);

    // A snapshot replaces every section (a missing one becomes empty) and the
    // seq, always: it is the kiosk's whole state now. Even a lower seq wins (a
    // kiosk that lost power may have shown changes that never reached its
    // disk; their senders were never acked and send them again).
    void applySnapshot(quint64 seq, const QJsonObject &state);
    // An update of whole sections: replaces the sections it holds; applied
    // only after a snapshot and when its seq is above the one held.
    void applyUpdate(quint64 seq, const QJsonObject &sections);
    // An `update` from the kiosk (docs/protocol.md, "Patches"), or the same
    // sections and patches straight from the engine's change (the wall's own
    // view, KioskController through SectionFeed, no text between): `sections`
    // replace, `patches` patch (shared/protocol/patch.h). Ignored when its seq is not
    // above the one held. Gap: its prev is not the seq held, or a patch does
    // not fit; nothing is applied and the client must resync (reconnect and
    // resume: the snapshot that follows puts everything right).
    enum class Applied { Yes, Ignored, Gap };
    Applied applyUpdate(quint64 seq, quint64 prev, const QJsonObject &sections, const QJsonObject &patches);
    // A `presence` message: how many participants are connected now.
    void applyPresence(int participants);
    // Every section as held now (the snapshot with the updates applied).
    QJsonObject state() const { return m_state; }
    // Forgets everything (shared tablets forget): back to an empty view.
    void clear();

    // Whether the current phase enables this activity (e.g. "vote").
    Q_INVOKABLE bool hasActivity(const QString &activity) const;
    // The wanted ballot ({"<cardId>": dots}) as it may be sent under `rules`
    // (ballotRules): {"choices": {"<cardId>": dots}, "used", "left",
    // "canAdd": [the card ids that can take one more dot]}.
    Q_INVOKABLE QVariantMap cleanBallot(const QVariantMap &rules, const QVariantMap &wanted) const;
    // The same with `dots` on one card, as many as fit (a single choice
    // replaces the one before; 0 takes the card off).
    Q_INVOKABLE QVariantMap ballotWithDots(const QVariantMap &rules, const QVariantMap &ballot, int cardId,
                                           int dots) const;
    bool isTicking() const { return m_tick.isActive(); }

    quint64 seq() const { return m_seq; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    QString sessionName() const { return m_sessionName; }
    QString pin() const { return m_pin; }
    QString formatTitle() const { return m_formatTitle; }
    QString agreement() const { return m_agreement; }
    QString groundRulesTitle() const { return m_groundRulesTitle; }
    QVariantList groundRules() const { return m_groundRules; }
    QString tagsLabel() const { return m_tagsLabel; }
    QVariantList tags() const { return m_tags; }
    QStringList probingQuestions() const { return m_probingQuestions; }
    QString dreamerPrompt() const { return m_dreamerPrompt; }
    QString criticPrompt() const { return m_criticPrompt; }
    QString insightEnrichedPrompt() const { return m_insightEnrichedPrompt; }
    QString insightTakeawayPrompt() const { return m_insightTakeawayPrompt; }
    QString tipsPrompt() const { return m_tipsPrompt; }
    QString topsPrompt() const { return m_topsPrompt; }
    int cycleMeeting() const { return m_cycleMeeting; }
    int cycleSize() const { return m_cycleSize; }
    QString cycleTitle() const { return m_cycleTitle; }
    QString cycleMeetingTitle() const { return m_cycleMeetingTitle; }
    QString cycleAccent() const { return m_cycleAccent; }
    int phaseIndex() const { return m_phaseIndex; }
    int phaseCount() const { return m_phaseCount; }
    QString phaseStatus() const { return m_phaseStatus; }
    QString phaseTitle() const { return m_phaseTitle; }
    QStringList phaseSteps() const { return m_phaseSteps; }
    QString phasePrompt() const { return m_phasePrompt; }
    QStringList phaseActivities() const { return m_phaseActivities; }
    qint64 plannedMs() const { return m_plannedMs; }
    qint64 remainingMs() const { return m_remainingMs; }
    bool overtime() const { return m_overtime; }
    qint64 meetingRemainingMs() const { return m_meetingRemainingMs; }
    QString caseText() const { return m_caseText; }
    bool hasCaseOwner() const { return m_hasCaseOwner; }
    QString voteStatus() const { return m_voteStatus; }
    QString voteMode() const { return m_voteMode; }
    int voteDots() const { return m_voteDots; }
    int voteCap() const { return m_voteCap; }
    bool liveTallies() const { return m_liveTallies; }
    bool talliesRevealed() const { return m_talliesRevealed; }
    bool talliesVisible() const { return m_talliesVisible; }
    int ballotCount() const { return m_ballotCount; }
    int maxTally() const { return m_maxTally; }
    bool rankingShown() const { return m_rankingShown; }
    QVariantList ranking() const { return m_ranking; }
    QVariantMap ballotRules() const { return m_ballotRules; }
    int participantCount() const { return m_participantCount; }
    QString participantId() const { return m_participantId; }
    QString role() const { return m_role; }
    bool isFacilitator() const { return m_isFacilitator; }
    bool isCaseOwner() const { return m_isCaseOwner; }
    bool hasVoted() const { return m_hasVoted; }
    QString undoKind() const { return m_undoKind; }
    int undoCardId() const { return m_undoCardId; }
    QString undoText() const { return m_undoText; }
    CardsModel *cards() const { return m_cards; }
    QuestionsModel *questions() const { return m_questions; }
    ThoughtsModel *thoughts() const { return m_thoughts; }
    InsightsModel *insights() const { return m_insights; }
    TipsModel *tips() const { return m_tips; }
    SolutionsModel *solutions() const { return m_solutions; }
    PhasesModel *phases() const { return m_phases; }

Q_SIGNALS:
    void seqChanged();
    void hasSnapshotChanged();
    void sessionNameChanged();
    void pinChanged();
    void formatTitleChanged();
    void agreementChanged();
    void groundRulesTitleChanged();
    void groundRulesChanged();
    void tagsLabelChanged();
    void tagsChanged();
    void probingQuestionsChanged();
    void dreamerPromptChanged();
    void criticPromptChanged();
    void insightEnrichedPromptChanged();
    void insightTakeawayPromptChanged();
    void tipsPromptChanged();
    void topsPromptChanged();
    void cycleChanged();
    void phaseIndexChanged();
    void phaseCountChanged();
    void phaseStatusChanged();
    void phaseTitleChanged();
    void phaseStepsChanged();
    void phasePromptChanged();
    void phaseActivitiesChanged();
    void plannedMsChanged();
    void remainingMsChanged();
    void overtimeChanged();
    void meetingRemainingMsChanged();
    void caseTextChanged();
    void hasCaseOwnerChanged();
    void voteStatusChanged();
    void voteModeChanged();
    void voteDotsChanged();
    void voteCapChanged();
    void liveTalliesChanged();
    void talliesRevealedChanged();
    void talliesVisibleChanged();
    void ballotCountChanged();
    void maxTallyChanged();
    void rankingChanged();
    void ballotRulesChanged();
    void participantCountChanged();
    void participantIdChanged();
    void roleChanged();
    void isFacilitatorChanged();
    void isCaseOwnerChanged();
    void hasVotedChanged();
    void undoChanged();

private:
    template<typename T>
    void set(T &member, const T &value, void (SessionView::*changed)())
    {
        if (member == value)
            return;
        member = value;
        Q_EMIT (this->*changed)();
    }

    void applySections(const QJsonObject &sections, bool whole);
    void applySession(const QJsonObject &session);
    void applyPhase(const QJsonObject &phase);
    void applyVote(const QJsonObject &vote);
    void applyMine(const QJsonObject &mine);
    void refreshPhaseDetails();
    void refreshCards();
    void refreshRanking();
    void refreshBallotRules();
    void setRemaining(qint64 phaseMs, qint64 meetingMs);
    void tick();
    void scheduleTick();

    quint64 m_seq = 0;
    bool m_hasSnapshot = false;
    QJsonObject m_state;

    QString m_sessionName, m_pin, m_formatTitle, m_agreement, m_groundRulesTitle, m_tagsLabel;
    QVariantList m_groundRules, m_tags;
    QStringList m_probingQuestions;
    QString m_dreamerPrompt, m_criticPrompt, m_insightEnrichedPrompt, m_insightTakeawayPrompt;
    QString m_tipsPrompt, m_topsPrompt;
    int m_cycleMeeting = 0;
    int m_cycleSize = 0;
    QString m_cycleTitle, m_cycleMeetingTitle, m_cycleAccent;
    QJsonArray m_formatPhases; // session.format.phases, for the per-phase details
    QJsonArray m_runs;         // phase.runs

    int m_phaseIndex = -1;
    int m_phaseCount = 0;
    QString m_phaseStatus = QStringLiteral("notStarted");
    QString m_phaseTitle, m_phasePrompt;
    QStringList m_phaseSteps, m_phaseActivities;
    qint64 m_plannedMs = 0;
    qint64 m_remainingMs = 0;
    bool m_overtime = false;
    qint64 m_meetingRemainingMs = 0;
    // The countdown: times as received, and the monotonic time since then.
    qint64 m_remainingAtReceipt = 0;
    qint64 m_meetingRemainingAtReceipt = 0;
    QElapsedTimer m_receipt;
    QTimer m_tick;

    QString m_caseText;
    bool m_hasCaseOwner = false;

    QString m_voteStatus = QStringLiteral("idle");
    QString m_voteMode = QStringLiteral("single");
    int m_voteDots = 0;
    int m_voteCap = 0;
    bool m_liveTallies = false;
    bool m_talliesRevealed = false;
    bool m_talliesVisible = false;
    int m_ballotCount = 0;
    int m_maxTally = 0;
    QHash<int, int> m_tallies;
    QJsonValue m_rankingJson; // vote.ranking as received: an array, or null
    bool m_rankingShown = false;
    QVariantList m_ranking;
    QVariantMap m_ballotRules;
    QJsonArray m_cardsJson;

    int m_participantCount = 0;

    QString m_participantId, m_role;
    bool m_isFacilitator = false;
    bool m_isCaseOwner = false;
    bool m_hasVoted = false;

    QString m_undoKind, m_undoText;
    int m_undoCardId = 0;

    CardsModel *m_cards;
    QuestionsModel *m_questions;
    ThoughtsModel *m_thoughts;
    InsightsModel *m_insights;
    TipsModel *m_tips;
    SolutionsModel *m_solutions;
    PhasesModel *m_phases;
};

} // namespace flipover
