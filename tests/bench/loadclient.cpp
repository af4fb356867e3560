#include "loadrun.h"

#include "peek.h"
#include "stats.h"

#include <QJsonDocument>

namespace flipover::bench {

namespace {

const QString TypeKey = QStringLiteral("type");
const QString IdKey = QStringLiteral("id");

} // namespace

LoadClient::LoadClient(LoadRun *run, int index, bool facilitator)
    : index(index), facilitator(facilitator), m_run(run)
{
    socket.onConnected = [this] {
        QJsonObject join{{TypeKey, QStringLiteral("join")}, {QStringLiteral("v"), 1}, {QStringLiteral("pin"), m_run->property("pin").toString()}};
        if (this->facilitator)
            join.insert(QStringLiteral("facilitatorPin"), m_run->property("facilitatorPin").toString());
        socket.sendText(QJsonDocument(join).toJson(QJsonDocument::Compact));
    };
    socket.onDisconnected = [this] {
        closed = true;
        if (!joined)
            failed = true;
    };
    socket.onText = [this](QByteArrayView text, qint64 arrivedNs) { onText(text, arrivedNs); };
}

void LoadClient::open()
{
    openNs = monotonicNs();
    socket.open(m_run->property("url").toUrl());
}

QString LoadClient::send(const QString &type, QJsonObject fields, int record)
{
    const QString id = QStringLiteral("c%1-%2").arg(index).arg(++m_counter);
    fields.insert(TypeKey, type);
    fields.insert(IdKey, id);
    pendingId = id;
    pendingRecord = record;
    lastErrorCode.clear();
    socket.sendText(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    return id;
}

void LoadClient::onText(QByteArrayView text, qint64 arrivedNs)
{
    const Utf8Peek p = peekMessage(text);
    if (!p.ok) {
        m_run->countBadMessage();
        return;
    }
    if (p.type == "update") {
        if (p.voteSection) {
            voteSeqs.append(p.seq);
            voteNs.append(arrivedNs);
            voteReadNs.append(monotonicNs());
        }
    } else if (p.type == "snapshot") {
        if (!joined) {
            joined = true;
            joinedNs = arrivedNs;
        }
    } else if (p.type == "ack" || p.type == "error") {
        const bool ok = p.type == "ack";
        if (!ok) {
            m_run->countError(QString::fromUtf8(p.code));
            if (!joined) {
                failed = true; // the join was refused
                socket.close();
            }
        }
        if (!pendingId.isEmpty() && QLatin1StringView(p.id) == pendingId) {
            if (!ok)
                lastErrorCode = QString::fromUtf8(p.code);
            pendingId.clear();
            m_run->answered(this, ok, p.seq, arrivedNs);
        }
    }
    if (facilitator)
        onFacilitatorMessage(text);
}

void LoadClient::onFacilitatorMessage(QByteArrayView text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toByteArray()).object();
    const QString type = o.value(TypeKey).toString();
    if (type == QLatin1String("ack"))
        lastResult = o.value(QLatin1String("result")).toObject();
    QJsonObject sections;
    if (type == QLatin1String("presence"))
        sections.insert(QStringLiteral("presence"), QJsonObject{{QStringLiteral("participants"), o.value(QLatin1String("participants"))}});
    else if (type == QLatin1String("update"))
        sections = o.value(QLatin1String("sections")).toObject();
    else if (type == QLatin1String("snapshot"))
        sections = o.value(QLatin1String("state")).toObject();
    const QJsonValue presenceValue = sections.value(QLatin1String("presence"));
    if (presenceValue.isObject())
        presence = presenceValue.toObject().value(QLatin1String("participants")).toInt(presence);
}

} // namespace flipover::bench
