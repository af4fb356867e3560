// Test helper: send a command through a VoterClient and wait for the kiosk's
// answer. Shared by the end-to-end tests.
#pragma once

#include "voterclient.h"

#include <QTest>

namespace flipover::test {

struct Answer {
    bool answered = false;
    QJsonObject result; // the ack's result
    QString code;       // the refusal's code, empty on an ack
    QString message;
};

inline Answer sendAndWait(VoterClient *client, const QString &type, const QJsonObject &fields = {}, int ms = 10000)
{
    Answer a;
    const QString id = client->send(type, fields);
    QObject guard;
    QObject::connect(client, &VoterClient::acked, &guard, [&](const QString &got, const QJsonObject &r) {
        if (got == id) { a.result = r; a.answered = true; }
    });
    QObject::connect(client, &VoterClient::rejected, &guard, [&](const QString &got, const QString &code, const QString &m) {
        if (got == id) { a.code = code; a.message = m; a.answered = true; }
    });
    (void)QTest::qWaitFor([&] { return a.answered; }, ms);
    return a;
}

// A participant's tablet puts cards "kaart 1" .. "kaart <count>" on the board.
// Returns their ids; fewer when one is refused (its code is logged).
inline QList<int> addCards(VoterClient *client, int count)
{
    QList<int> ids;
    for (int i = 0; i < count; ++i) {
        const Answer a = sendAndWait(client, QStringLiteral("addCard"),
                                     {{QStringLiteral("text"), QStringLiteral("kaart %1").arg(i + 1)}});
        if (!a.answered || !a.code.isEmpty()) {
            qWarning("addCard refused: %s", a.answered ? qPrintable(a.code) : "no answer");
            break;
        }
        ids.append(a.result.value(QLatin1String("cardId")).toInt());
    }
    return ids;
}

} // namespace flipover::test
