// The anonymity suite's log check: the kiosk's stdout and stderr (every log
// category on) hold no message bodies, tokens, ids or peer addresses.
#include "anonymityrun.h"

#include <QRegularExpression>
#include <QtTest>

namespace flipover::test::anonymity {

void checkLogs(Run &run, bool running)
{
    const QString where = moment(running);
    run.stdOut += run.kiosk->process().readAllStandardOutput();
    run.stdErr += run.kiosk->process().readAllStandardError();
    QString logs = QString::fromUtf8(run.stdOut + run.stdErr);
    logs.remove(run.kiosk->value(QStringLiteral("url"))); // the kiosk's own address is no peer's
    for (const QString &body : std::as_const(run.secrets.bodies))
        QVERIFY2(!logs.contains(body), qPrintable(QStringLiteral("%1: the logs contain the message body \"%2\"").arg(where, body)));
    for (const QStringList *list : {&run.secrets.participantIds, &run.secrets.resumeTokens, &run.secrets.ballotTokens,
                                    &run.secrets.messageIds, &run.secrets.peerAddresses})
        for (const QString &secret : *list)
            QVERIFY2(!logs.contains(secret), qPrintable(QStringLiteral("%1: the logs contain %2").arg(where, secret)));
    QVERIFY2(!logs.contains(QLatin1String("127.0.0.1")), qPrintable(QStringLiteral("%1: the logs contain a peer address").arg(where)));
    for (quint16 port : std::as_const(run.secrets.peerPorts))
        QVERIFY2(!logs.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(port))),
                 qPrintable(QStringLiteral("%1: the logs contain a client's port %2").arg(where).arg(port)));
}

} // namespace flipover::test::anonymity
