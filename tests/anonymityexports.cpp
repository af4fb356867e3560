// The anonymity suite's export check: the anonymised outcome, exported from
// the stopped kiosk's data dir with the case text included (what a facilitator
// hands out). Markdown, both CSVs, the PDF's text and bytes hold no id, token,
// message id or address, no private first thought and no time of day; the
// shared texts are there and the votes only as tallies, never one per ballot.
#include "anonymityrun.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

namespace flipover::test::anonymity {

void checkExports(const Run &run)
{
    const QString out = run.dir.filePath(QStringLiteral("export"));
    QProcess p;
    p.start(KioskProcess::executable(), {QStringLiteral("--export"), out, QStringLiteral("--include-case"),
                                         QStringLiteral("--data-dir"), run.dataDir()});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: install Debian's poppler-utils (deploy/install-deps.sh)");
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QDir(out).filePath(QStringLiteral("outcome.pdf")),
                           QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));

    QList<QPair<QString, QByteArray>> files{{QStringLiteral("outcome.pdf (text)"), text.readAllStandardOutput()}};
    for (const char *name : {"outcome.md", "outcome.csv", "outcome-reflections.csv", "outcome.pdf"})
        files.append({QString::fromLatin1(name), readFile(QDir(out).filePath(QString::fromLatin1(name)))});
    static const QRegularExpression timeOfDay(QStringLiteral("\\b\\d{1,2}:\\d{2}(:\\d{2})?\\b"));
    for (const auto &[name, bytes] : std::as_const(files)) {
        QVERIFY2(!bytes.isEmpty(), qPrintable(name + QStringLiteral(" is empty")));
        for (const QStringList *list : {&run.secrets.participantIds, &run.secrets.resumeTokens, &run.secrets.ballotTokens,
                                        &run.secrets.messageIds, &run.secrets.peerAddresses})
            for (const QString &secret : *list)
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(QStringLiteral("%1 holds %2").arg(name, secret)));
        QVERIFY2(!bytes.contains("127.0.0.1"), qPrintable(name + QStringLiteral(" holds a peer address")));
        for (const QString &body : std::as_const(run.secrets.bodies))
            if (body.startsWith(QLatin1String("geheime gedachte")))
                QVERIFY2(!bytes.contains(body.toUtf8()), qPrintable(QStringLiteral("%1 holds a private first thought").arg(name)));
        if (name != QLatin1String("outcome.pdf")) // the PDF's bytes are binary; its text is checked
            QVERIFY2(!QString::fromUtf8(bytes).contains(timeOfDay), qPrintable(name + QStringLiteral(" holds a time of day")));
    }
    // Shared texts are there (the export is not simply empty) ...
    const QByteArray md = files[1].second;
    for (const QString &body : std::as_const(run.secrets.bodies))
        if (body.startsWith(QLatin1String("kaarttekst")))
            QVERIFY2(md.contains(body.toUtf8()), qPrintable(QStringLiteral("outcome.md lacks the card %1").arg(body)));
    // ... and the votes only as tallies: one row per card with its dots
    // (every final ballot gave 3), never a row per ballot.
    QList<QByteArray> rows = files[2].second.trimmed().split('\n');
    QVERIFY(!rows.isEmpty());
    rows.removeFirst(); // the header
    QCOMPARE(int(rows.size()), Voters);
    int dots = 0;
    for (const QByteArray &row : std::as_const(rows))
        dots += row.mid(row.lastIndexOf(',') + 1).trimmed().toInt();
    QCOMPARE(dots, Voters * 3);
}

} // namespace flipover::test::anonymity
