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
    connect(&socket, &QWebSocket::connected, this, [this] {
        QJsonObject join{{TypeKey, QStringLiteral("join")}, {QStringLiteral("v"), 1}, {QStringLiteral("pin"), m_run->property("pin").toString()}};
        if (this->facilitator)
            join.insert(QStringLiteral("facilitatorPin"), m_run->property("facilitatorPin").toString());
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(join).toJson(QJsonDocument::Compact)));
    });
    connect(&socket, &QWebSocket::disconnected, this, [this] {
        closed = true;
        if (!joined)
            failed = true;
    });
    connect(&socket, &QWebSocket::textMessageReceived, this, &LoadClient::onText);
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
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    return id;
}

void LoadClient::onText(const QString &text)
{
    const qint64 now = monotonicNs();
    const Peek p = peekMessage(text);
    if (!p.ok) {
        m_run->countBadMessage();
        return;
    }
    if (p.type == u"update") {
        if (p.voteSection) {
            voteSeqs.append(p.seq);
            voteNs.append(now);
        }
    } else if (p.type == u"snapshot") {
        if (!joined) {
            joined = true;
            joinedNs = now;
        }
    } else if (p.type == u"ack" || p.type == u"error") {
        const bool ok = p.type == u"ack";
        if (!ok) {
            m_run->countError(p.code.toString());
            if (!joined) {
                failed = true; // the join was refused
                socket.close();
            }
        }
        if (!pendingId.isEmpty() && p.id == pendingId) {
            if (!ok)
                lastErrorCode = p.code.toString();
            pendingId.clear();
            m_run->answered(this, ok, p.seq, p.code.toString());
        }
    }
    if (facilitator)
        onFacilitatorMessage(text);
}

void LoadClient::onFacilitatorMessage(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
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
