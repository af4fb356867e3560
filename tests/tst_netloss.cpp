// The tablet's client (VoterClient) against the real kiosk process, through a
// network loss (a TCP proxy in the test drops every connection and refuses new
// ones for a while) and through a kiosk kill -9 and restart behind the same
// address. What the participant typed meanwhile waits in the outbox; in the
// end each item is on the wall exactly once, and the private ones back with
// their author exactly once. (tst_recovery covers the kiosk's side with raw
// clients; tst_voterclient the client against a fake kiosk.)
#include "kioskprocess.h"
#include "tcpproxy.h"
#include "voterclient.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace flipover;
using namespace flipover::test;

namespace {

const QString Pin = QStringLiteral("246810");
const QString FacilitatorPin = QStringLiteral("1357");

QStringList texts(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out.append(v.toObject().value(QLatin1String("text")).toString());
    return out;
}

} // namespace

class tst_NetLoss : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_args;

    bool startKiosk(KioskProcess *kiosk)
    {
        QString error;
        if (!kiosk->start(m_args, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    // A new connection straight to the kiosk sees what the wall sees.
    QJsonObject wall(const KioskProcess &kiosk)
    {
        WsTestClient observer;
        observer.open(kiosk.localUrl());
        if (!observer.waitConnected() || !observer.joinAndWait(Pin, {{QStringLiteral("role"), QStringLiteral("wall")}}))
            return {};
        return observer.state;
    }

private Q_SLOTS:
    void everythingTypedArrivesOnce()
    {
        QVERIFY(m_dir.isValid());
        const QString formatPath = m_dir.filePath(QStringLiteral("format.json"));
        {
            QFile f(formatPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(testFormat().toJson()).toJson());
        }
        m_args = {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                  QStringLiteral("--pin"), Pin, QStringLiteral("--facilitator-pin"), FacilitatorPin,
                  QStringLiteral("--format"), formatPath, QStringLiteral("--no-beacon")};
        auto kiosk = std::make_unique<KioskProcess>();
        QVERIFY(startKiosk(kiosk.get()));

        TcpProxy proxy(kiosk->port());
        QVERIFY(proxy.listen());

        // The facilitator steers over its own, direct connection.
        WsTestClient facilitator;
        facilitator.open(kiosk->localUrl());
        QVERIFY(facilitator.waitConnected());
        QVERIFY(facilitator.joinAndWait(Pin, {{QStringLiteral("facilitatorPin"), FacilitatorPin}}));
        QVERIFY(facilitator.waitAnswer(facilitator.command(QStringLiteral("startMeeting"))));

        VoterClient tablet;
        tablet.setStoragePath(m_dir.filePath(QStringLiteral("tablet/session.json")));
        tablet.setKeepAlive(200, 800);
        tablet.setBackoff(50, 300);
        QVERIFY(tablet.connectToLink(QStringLiteral("127.0.0.1:%1").arg(proxy.port()), Pin));
        QTRY_COMPARE(tablet.state(), QStringLiteral("online"));
        QTRY_COMPARE(tablet.view()->phaseIndex(), 0);
        const QString participant = tablet.participantId();
        QVERIFY(!participant.isEmpty());

        QStringList questions;
        QStringList thoughts;
        auto ask = [&](const QString &text) { questions << text; tablet.send(QStringLiteral("askQuestion"), {{QStringLiteral("text"), text}}); };
        auto think = [&](const QString &text) { thoughts << text; tablet.send(QStringLiteral("addThought"), {{QStringLiteral("text"), text}}); };

        ask(QStringLiteral("vraag 1, online"));
        think(QStringLiteral("gedachte 1, online"));
        QTRY_COMPARE(tablet.pendingCount(), 0);

        // The network goes: everything open is cut, new connections refused.
        proxy.setDown(true);
        QTRY_VERIFY(tablet.state() != QStringLiteral("online"));
        ask(QStringLiteral("vraag 2, netwerk weg"));
        think(QStringLiteral("gedachte 2, netwerk weg"));
        ask(QStringLiteral("vraag 3, netwerk weg"));
        QCOMPARE(tablet.pendingCount(), 3);
        QTRY_VERIFY(proxy.refused() >= 2); // the tablet keeps trying
        QCOMPARE(tablet.pendingCount(), 3);
        proxy.setDown(false);
        QTRY_COMPARE(tablet.state(), QStringLiteral("online"));
        QTRY_COMPARE(tablet.pendingCount(), 0);

        // Sent, then the kiosk is killed before (or while) it answers: the
        // command is re-sent after the restart and must not apply twice.
        ask(QStringLiteral("vraag 4, vlak voor kill"));
        kiosk->kill();
        QTRY_VERIFY(tablet.state() != QStringLiteral("online"));
        think(QStringLiteral("gedachte 3, kiosk dood"));
        ask(QStringLiteral("vraag 5, kiosk dood"));
        QVERIFY(tablet.pendingCount() >= 2);

        kiosk = std::make_unique<KioskProcess>();
        QVERIFY(startKiosk(kiosk.get()));
        proxy.setTarget(kiosk->port());
        QTRY_COMPARE_WITH_TIMEOUT(tablet.state(), QStringLiteral("online"), 15000);
        QTRY_COMPARE(tablet.pendingCount(), 0);
        QCOMPARE(tablet.lastError(), QString());

        // The wall: each question once, in the order typed.
        const QJsonObject state = wall(*kiosk);
        QCOMPARE(texts(state.value(QLatin1String("questions")).toArray()), questions);
        // The author: each first thought once.
        QTRY_COMPARE(tablet.view()->thoughts()->rowCount(), thoughts.size());
        QStringList mine;
        for (int row = 0; row < tablet.view()->thoughts()->rowCount(); ++row)
            mine << tablet.view()->thoughts()->index(row).data(ThoughtsModel::TextRole).toString();
        QCOMPARE(mine, thoughts);
        // And the same participant throughout: the tablet resumed, it did not join anew.
        QCOMPARE(tablet.participantId(), participant);
    }
};

QTEST_GUILESS_MAIN(tst_NetLoss)
#include "tst_netloss.moc"
