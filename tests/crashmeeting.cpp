// The crash loop's meeting: the kiosk process and its restarts, the actors'
// connections and resumes, the script of commands and the ledger of what was
// sent and answered (crashmeeting.h).
#include "crashmeeting.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <algorithm>

namespace flipover::test::crashloop {

void CrashMeeting::harvest()
{
    for (Actor &a : m_actors) {
        if (!a.client)
            continue;
        for (Sent &s : a.sent) {
            if (!s.answer)
                s.answer = a.client->answerFor(s.id);
        }
    }
}

int CrashMeeting::unanswered()
{
    harvest();
    int n = 0;
    for (const Actor &a : m_actors)
        for (const Sent &s : a.sent)
            n += !s.answer;
    return n;
}

bool CrashMeeting::allAcked(QString *why)
{
    harvest();
    for (qsizetype i = 0; i < qsizetype(m_actors.size()); ++i) {
        for (const Sent &s : m_actors[i].sent) {
            if (s.answer && !s.acked()) {
                *why = QStringLiteral("%1 %2 (%3) was refused: %4")
                           .arg(actorName(int(i)), s.type, s.id, QString::fromUtf8(QJsonDocument(*s.answer).toJson(QJsonDocument::Compact)));
                return false;
            }
        }
    }
    return true;
}

bool CrashMeeting::waitAllAnswered()
{
    return QTest::qWaitFor([this] { return unanswered() == 0; }, WaitMs);
}

void CrashMeeting::trackTimer(WsTestClient *c)
{
    QObject::connect(&c->socket(), &QWebSocket::textMessageReceived, c, [this](const QString &text) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        QJsonObject phase;
        if (str(o, "type") == QLatin1String("snapshot"))
            phase = o.value(QLatin1String("state")).toObject().value(QLatin1String("phase")).toObject();
        else if (str(o, "type") == QLatin1String("update"))
            phase = o.value(QLatin1String("sections")).toObject().value(QLatin1String("phase")).toObject();
        if (phase.isEmpty())
            return;
        m_timer.valid = true;
        m_timer.index = num(phase, "index");
        m_timer.status = str(phase, "status");
        m_timer.remainingMs = qint64(phase.value(QLatin1String("remainingMs")).toDouble());
        m_timer.since.start();
    });
}

bool CrashMeeting::startKiosk(QString *error)
{
    m_kiosk = std::make_unique<KioskProcess>();
    return m_kiosk->start(m_args, error);
}

bool CrashMeeting::connectAll(QString *error)
{
    for (qsizetype i = 0; i < qsizetype(m_actors.size()); ++i) {
        Actor &a = m_actors[i];
        a.client = std::make_unique<WsTestClient>();
        if (i == Facilitator)
            trackTimer(a.client.get());
        a.client->open(m_kiosk->localUrl());
    }
    if (!QTest::qWaitFor([this] {
            return std::all_of(m_actors.begin(), m_actors.end(), [](const Actor &a) { return a.client->connected || a.client->disconnected; });
        }, WaitMs)) {
        *error = QStringLiteral("not every client connected");
        return false;
    }
    for (qsizetype i = 0; i < qsizetype(m_actors.size()); ++i) {
        Actor &a = m_actors[i];
        QJsonObject extra;
        if (!a.token.isEmpty())
            extra.insert(QStringLiteral("resume"), a.token);
        else if (i == Facilitator)
            extra.insert(QStringLiteral("facilitatorPin"), FacilitatorPin);
        a.client->join(Pin, extra);
    }
    if (!QTest::qWaitFor([this] {
            return std::all_of(m_actors.begin(), m_actors.end(), [](const Actor &a) {
                return a.client->snapshotSeq >= 0 || a.client->count(QStringLiteral("error")) > 0 || a.client->disconnected;
            });
        }, WaitMs)) {
        *error = QStringLiteral("not every client got its snapshot");
        return false;
    }
    for (qsizetype i = 0; i < qsizetype(m_actors.size()); ++i) {
        Actor &a = m_actors[i];
        if (a.client->snapshotSeq < 0) {
            *error = QStringLiteral("%1 could not (re)join: %2").arg(actorName(int(i)), a.client->lastError());
            return false;
        }
        if (a.token.isEmpty()) {
            a.token = a.client->token;
            a.participantId = a.client->participantId;
        } else if (a.client->participantId != a.participantId) {
            *error = QStringLiteral("%1 resumed as %2, not %3").arg(actorName(int(i)), a.client->participantId, a.participantId);
            return false;
        }
    }
    if (m_actors[Facilitator].client->role != QLatin1String("facilitator")) {
        *error = QStringLiteral("the facilitator resumed as %1").arg(m_actors[Facilitator].client->role);
        return false;
    }
    return true;
}

void CrashMeeting::send(int actor, const QString &type, const QJsonObject &fields)
{
    Actor &a = m_actors[actor];
    const QString id = QStringLiteral("m%1a%2-%3").arg(m_meeting).arg(actor).arg(++a.counter);
    a.client->command(type, fields, id);
    a.sent.append({type, fields, id, std::nullopt});
}

QList<QPair<int, const Sent *>> CrashMeeting::acked(const QString &type) const
{
    QList<QPair<int, const Sent *>> out;
    for (qsizetype i = 0; i < qsizetype(m_actors.size()); ++i)
        for (const Sent &s : m_actors[i].sent)
            if (s.type == type && s.acked())
                out.append({int(i), &s});
    return out;
}

int CrashMeeting::sentCount(const QString &type) const
{
    int n = 0;
    for (const Actor &a : m_actors)
        for (const Sent &s : a.sent)
            n += s.type == type;
    return n;
}

QList<int> CrashMeeting::ackedCardIds() const
{
    QList<int> ids;
    for (const auto &[actor, s] : acked(QStringLiteral("addCard")))
        ids << num(s->result(), "cardId");
    return ids;
}

int CrashMeeting::phaseFromCommands(bool includeUnanswered) const
{
    int index = -1;
    for (const Sent &s : m_actors[Facilitator].sent) {
        if (!s.acked() && !(includeUnanswered && !s.answer))
            continue;
        if (s.type == QLatin1String("startMeeting"))
            index = 0;
        else if (s.type == QLatin1String("nextPhase"))
            ++index;
        else if (s.type == QLatin1String("endMeeting"))
            index = int(m_plannedMs.size());
    }
    return index;
}

// The script of one meeting: every voter adds thoughts, questions, cards,
// remarks, votes (some twice) and tips; the facilitator moves the phases on.
void CrashMeeting::buildScript()
{
    m_script.clear();
    m_next = 0;
    auto step = [this](int actor, const QString &type, std::function<QJsonObject()> fields) {
        m_script.append(Step{actor, [type, fields] { return qMakePair(type, fields()); }});
    };
    auto barrier = [this] { m_script.append(Step{-1, {}}); };
    auto fixed = [](const QJsonObject &o) { return [o] { return o; }; };
    const QString m = QString::number(m_meeting);

    step(Facilitator, QStringLiteral("startMeeting"), fixed({}));
    barrier();
    for (int round = 0; round < 2; ++round)
        for (int v = 0; v < Voters; ++v)
            step(v, QStringLiteral("addThought"), fixed({{QStringLiteral("text"), QStringLiteral("gedachte %1-%2-%3").arg(m).arg(v).arg(round)}}));
    for (int v = 0; v < Voters; v += 2)
        step(v, QStringLiteral("askQuestion"), fixed({{QStringLiteral("text"), QStringLiteral("vraag %1-%2").arg(m).arg(v)}}));
    barrier();
    step(Facilitator, QStringLiteral("nextPhase"), fixed({}));
    barrier();
    for (int v = 0; v < Voters; ++v)
        step(v, QStringLiteral("addCard"), fixed({{QStringLiteral("text"), QStringLiteral("kaart %1-%2").arg(m).arg(v)},
                                                  {QStringLiteral("direction"), QStringLiteral("richting %1").arg(v % 3)}}));
    barrier();
    for (int v = 0; v < Voters; ++v) {
        step(v, QStringLiteral("addRemark"), [this, v, m] {
            const QList<int> cards = ackedCardIds();
            return QJsonObject{{QStringLiteral("cardId"), cards.value((v + 1) % cards.size())},
                               {QStringLiteral("kind"), v % 2 ? QStringLiteral("critic") : QStringLiteral("dreamer")},
                               {QStringLiteral("text"), QStringLiteral("opmerking %1-%2").arg(m).arg(v)}};
        });
    }
    barrier();
    step(Facilitator, QStringLiteral("nextPhase"), fixed({}));
    barrier();
    step(Facilitator, QStringLiteral("openVote"), fixed({}));
    barrier();
    auto ballot = [this](int v, int variant) {
        return [this, v, variant] {
            const QList<int> cards = ackedCardIds();
            QJsonObject choices;
            choices.insert(QString::number(cards.value((v * 3 + variant) % cards.size())), 2);
            choices.insert(QString::number(cards.value((v * 7 + 5 + variant) % cards.size())), 1);
            return QJsonObject{{QStringLiteral("ballot"), m_actors[v].ballot}, {QStringLiteral("choices"), choices}};
        };
    };
    for (int v = 0; v < Voters; ++v)
        step(v, QStringLiteral("vote"), ballot(v, 0));
    barrier();
    for (int v = 0; v < Voters; v += 3) // some change their mind
        step(v, QStringLiteral("vote"), ballot(v, 1));
    barrier();
    step(Facilitator, QStringLiteral("closeVote"), fixed({}));
    barrier();
    step(Facilitator, QStringLiteral("nextPhase"), fixed({}));
    barrier();
    for (int v = 0; v < Voters; ++v)
        step(v, QStringLiteral("addTip"), fixed({{QStringLiteral("kind"), v % 2 ? QStringLiteral("tip") : QStringLiteral("top")},
                                                 {QStringLiteral("text"), QStringLiteral("tip %1-%2").arg(m).arg(v)}}));
    barrier();
    step(Facilitator, QStringLiteral("endMeeting"), fixed({}));
    barrier();
}

bool CrashMeeting::newMeeting(QRandomGenerator &rng, QString *error)
{
    if (m_kiosk)
        m_kiosk->terminate();
    m_actors.clear();
    m_actors.resize(Voters + 1);
    ++m_meeting;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = QStringLiteral("no temporary dir");
        return false;
    }
    const QString formatPath = m_dir->filePath(QStringLiteral("format.json"));
    QFile f(formatPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(flipover::test::testFormat().toJson()).toJson()) <= 0) {
        *error = QStringLiteral("cannot write the format");
        return false;
    }
    f.close();
    m_plannedMs.clear();
    for (const flipover::Phase &p : flipover::test::testFormat().phases)
        m_plannedMs << qint64(p.minutes) * 60000;
    m_args = QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data")),
                         QStringLiteral("--pin"), Pin, QStringLiteral("--facilitator-pin"), FacilitatorPin,
                         QStringLiteral("--format"), formatPath};
    for (int v = 0; v < Voters; ++v) {
        QString b = QStringLiteral("ballot-");
        for (int i = 0; i < 24; ++i)
            b += QLatin1Char("abcdefghijklmnopqrstuvwxyz0123456789"[rng.bounded(36)]);
        m_actors[v].ballot = b;
    }
    m_timer = TimerRef();
    buildScript();
    return startKiosk(error) && connectAll(error);
}

bool CrashMeeting::advance(int n, QString *error)
{
    while (n > 0 && m_next < m_script.size()) {
        const Step &s = m_script[m_next];
        if (s.actor < 0) {
            if (!waitAllAnswered()) {
                *error = QStringLiteral("commands unanswered at a barrier");
                return false;
            }
            if (!allAcked(error))
                return false;
        } else {
            const auto [type, fields] = s.build();
            send(s.actor, type, fields);
            --n;
        }
        ++m_next;
    }
    return true;
}

void CrashMeeting::killKiosk()
{
    for (Actor &a : m_actors)
        a.client->socket().flush();
    m_kiosk->kill();
}

void CrashMeeting::waitAllDisconnected(int ms)
{
    for (Actor &a : m_actors)
        (void)a.client->waitDisconnected(ms);
}

void CrashMeeting::resendUnanswered()
{
    for (Actor &a : m_actors)
        for (const Sent &s : a.sent)
            if (!s.answer) {
                QJsonObject fields = s.fields;
                a.client->command(s.type, fields, s.id);
            }
}

} // namespace flipover::test::crashloop
