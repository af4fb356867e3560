// The anonymised outcome: a meeting is run through the engine, exported, and
// the Markdown, both CSV files and the PDF (read back with pdftotext) are
// parsed and checked for what must be there and for what must never be.
#include "clock.h"
#include "engine.h"
#include "exporter.h"
#include "pdfexport.h"
#include "store.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace flipover;

namespace {

// RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold
// commas, CR/LF and doubled quotes. Returns false on malformed input.
bool parseCsv(const QByteArray &data, QList<QStringList> *rows)
{
    const QString text = QString::fromUtf8(data);
    QStringList row;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return false; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (ch == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (ch == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text[i + 1] != QLatin1Char('\n'))
                return false; // records end with CRLF
            ++i;
            row.append(field);
            rows->append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
        } else if (ch == QLatin1Char('\n')) {
            return false; // a bare LF outside quotes
        } else {
            if (wasQuoted)
                return false; // text after a closing quote
            field += ch;
        }
    }
    return !quoted && row.isEmpty() && field.isEmpty();
}

// Markdown back to its text: backslash escapes removed.
QString unescape(const QString &md)
{
    QString out;
    for (qsizetype i = 0; i < md.size(); ++i) {
        if (md[i] == QLatin1Char('\\') && i + 1 < md.size() && md[i + 1].isPunct())
            ++i;
        out += md[i];
    }
    return out;
}

// The lines of the section under "## heading", up to the next "## ".
QStringList section(const QString &md, const QString &heading)
{
    const QStringList lines = md.split(QLatin1Char('\n'));
    QStringList out;
    bool in = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## ")))
            in = line == QStringLiteral("## ") + heading;
        else if (in && !line.trimmed().isEmpty())
            out.append(line);
    }
    return out;
}

Format testFormat()
{
    const FormatResult r = FormatLoader::loadFile(FormatLoader::builtInPath(QStringLiteral("collegiale-ontmoeting")));
    if (!r.ok())
        qFatal("built-in format does not load: %s", qPrintable(r.error.toString()));
    Format f = *r.format;
    f.tags = {{QStringLiteral("werk"), QStringLiteral("Werk")}, {QStringLiteral("taal"), QStringLiteral("Taal")}};
    f.phases[1].activities.insert(Activity::Tags);
    return f;
}

const QString CaseText = QStringLiteral("Mevrouw K. wil werken\nZe heeft schulden bij GEHEIM-CASUSDETAIL.");
const QString TrickyCard = QStringLiteral("Eerst \"werk\", dan *taal*");

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    Store m_store;
    std::unique_ptr<SessionEngine> m_engine;
    QStringList m_private; // must appear in no export

    Result run(const Actor &a, const char *type, const QJsonObject &args = {})
    {
        const Result r = m_engine->execute(a, QString::fromLatin1(type), args);
        if (!r.ok)
            qWarning() << type << r.code << r.message;
        return r;
    }

    void checkContent(const QString &text, bool includeCase, const QString &where)
    {
        const QString flat = text.simplified();
        for (const QString &want : {QStringLiteral("Team Werk"), QStringLiteral("Collegiale ontmoeting"),
                                    QStringLiteral("Mevrouw K. wil werken"), TrickyCard,
                                    QStringLiteral("Schuldhulp eerst"), QStringLiteral("samen met de taalcoach"),
                                    QStringLiteral("droom-0"), QStringLiteral("risico-1"), QStringLiteral("Werk, Taal"),
                                    QStringLiteral("oplossing-2"), QStringLiteral("gedeeld-inzicht-0"),
                                    QStringLiteral("meer tijd voor fase 2"), QStringLiteral("fijne structuur")})
            QVERIFY2(flat.contains(want), qPrintable(where + QStringLiteral(" lacks: ") + want));
        QCOMPARE(flat.contains(QLatin1String("GEHEIM-CASUSDETAIL")), includeCase);
        QVERIFY2(!flat.contains(QLatin1String("VERBORGEN-KAART")), qPrintable(where + QStringLiteral(": a hidden card")));
        for (const QString &secret : std::as_const(m_private))
            QVERIFY2(!text.contains(secret), qPrintable(where + QStringLiteral(" holds something private: ") + secret));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_store.open(m_dir.path(), &error), qPrintable(error));
        m_engine = std::make_unique<SessionEngine>(&m_store, &m_clock);
        QVERIFY2(m_engine->resumeOrCreate(testFormat(), QStringLiteral("Team Werk"), QStringLiteral("482913"),
                                          QStringLiteral("7531"), &error), qPrintable(error));
        const Actor fac = Actor::localFacilitator();
        QList<Actor> p;
        for (int i = 0; i < 4; ++i) {
            const Result r = m_engine->join(QStringLiteral("482913"), {}, {});
            QVERIFY(r.ok);
            const QString id = r.data.value(QLatin1String("participantId")).toString();
            const QString token = r.data.value(QLatin1String("token")).toString();
            m_private << id << token;
            p.append(m_engine->actorFor(id, token));
        }
        QVERIFY(run(p[0], "claimCase").ok);
        QVERIFY(run(fac, "startMeeting").ok);
        QVERIFY(run(p[0], "setCase", {{QStringLiteral("text"), CaseText}}).ok);
        for (int i = 0; i < 4; ++i) {
            const QString thought = QStringLiteral("PRIVE-GEDACHTE-%1").arg(i);
            QVERIFY(run(p[i], "addThought", {{QStringLiteral("text"), thought}}).ok);
            m_private << thought;
        }
        QVERIFY(run(fac, "nextPhase").ok);

        auto card = [&](int who, const QString &text, const QString &direction) {
            return run(p[who], "addCard", {{QStringLiteral("text"), text}, {QStringLiteral("direction"), direction}})
                .data.value(QLatin1String("cardId")).toInt();
        };
        const int a = card(0, TrickyCard, QStringLiteral("Werk, met taal"));
        const int b = card(1, QStringLiteral("Schuldhulp eerst"), QStringLiteral("Schulden"));
        const int c = card(2, QStringLiteral("samen met de taalcoach"), QStringLiteral("Taal"));
        const int hidden = card(3, QStringLiteral("VERBORGEN-KAART"), QString());
        for (int i = 0; i < 4; ++i) {
            QVERIFY(run(p[i], "addRemark", {{QStringLiteral("cardId"), a}, {QStringLiteral("kind"), QStringLiteral("dreamer")},
                                            {QStringLiteral("text"), QStringLiteral("droom-%1").arg(i)}}).ok);
            QVERIFY(run(p[i], "addRemark", {{QStringLiteral("cardId"), b}, {QStringLiteral("kind"), QStringLiteral("critic")},
                                            {QStringLiteral("text"), QStringLiteral("risico-%1").arg(i)}}).ok);
        }
        for (const char *tag : {"werk", "taal"})
            QVERIFY(run(p[1], "tagCard", {{QStringLiteral("cardId"), a}, {QStringLiteral("tag"), QString::fromLatin1(tag)},
                                          {QStringLiteral("on"), true}}).ok);
        QVERIFY(run(fac, "hideCard", {{QStringLiteral("cardId"), hidden}, {QStringLiteral("hidden"), true}}).ok);
        QVERIFY(run(fac, "mergeCards", {{QStringLiteral("cardId"), c}, {QStringLiteral("intoCardId"), a}}).ok);
        QVERIFY(run(fac, "moveCard", {{QStringLiteral("cardId"), b}, {QStringLiteral("position"), 0}}).ok);
        QVERIFY(run(fac, "nextPhase").ok);

        for (int i = 0; i < 4; ++i)
            QVERIFY(run(p[i], "submitSolution", {{QStringLiteral("text"), QStringLiteral("oplossing-%1").arg(i)},
                                                 {QStringLiteral("arguments"), QStringLiteral("omdat-%1").arg(i)}}).ok);
        QVERIFY(run(fac, "openVote").ok);
        // Voters 0-2: 2 dots on a, 1 on b; voter 3: 1 on b. Totals a = 6, b = 4.
        for (int i = 0; i < 4; ++i) {
            const QString ballot = QStringLiteral("BALLOT-TOKEN-%1-0123456789abcdef").arg(i);
            m_private << ballot;
            const QJsonObject choices = i < 3 ? QJsonObject{{QString::number(a), 2}, {QString::number(b), 1}}
                                              : QJsonObject{{QString::number(b), 1}};
            QVERIFY(run(p[i], "vote", {{QStringLiteral("ballot"), ballot}, {QStringLiteral("choices"), choices}}).ok);
        }
        QVERIFY(run(fac, "closeVote").ok);
        QVERIFY(run(fac, "nextPhase").ok);

        for (int i = 0; i < 4; ++i) {
            const bool share = i % 2 == 0;
            const QString text = share ? QStringLiteral("gedeeld-inzicht-%1").arg(i) : QStringLiteral("NIET-GEDEELD-%1").arg(i);
            if (!share)
                m_private << text;
            QVERIFY(run(p[i], "addInsight", {{QStringLiteral("question"), QStringLiteral("takeaway")},
                                             {QStringLiteral("text"), text}, {QStringLiteral("share"), share}}).ok);
        }
        QVERIFY(run(fac, "nextPhase").ok);
        QVERIFY(run(p[0], "addTip", {{QStringLiteral("kind"), QStringLiteral("top")}, {QStringLiteral("text"), QStringLiteral("fijne structuur")}}).ok);
        QVERIFY(run(p[1], "addTip", {{QStringLiteral("kind"), QStringLiteral("tip")}, {QStringLiteral("text"), QStringLiteral("meer tijd voor fase 2")}}).ok);
        QVERIFY(run(fac, "nextPhase").ok);
        QVERIFY(m_engine->state().ended());

        const SessionState &s = m_engine->state();
        m_private << s.salt << s.pin << s.facilitatorPin;
        for (const Participant &x : s.participants)
            m_private << x.tokenHash;
        for (const Ballot &x : s.ballots)
            m_private << x.key;
        m_private.removeAll(QString()); // an empty string is in every text
    }

    void markdown()
    {
        const QString md = Exporter(m_engine->state()).markdown();
        const QString text = unescape(md);
        QVERIFY2(text.startsWith(QLatin1String("# Opbrengst: Team Werk\n")), qPrintable(md.left(80)));
        QVERIFY(md.contains(QLatin1String("*taal*")) == false); // markdown characters are escaped
        const QStringList considerations = section(text, QStringLiteral("Overwegingen"));
        const QStringList cards = considerations.filter(QRegularExpression(QStringLiteral("^### ")));
        // In the ranking's order: 6 dots before 4, whatever the board's order.
        QCOMPARE(cards, QStringList({QStringLiteral("### 1. ") + TrickyCard, QStringLiteral("### 2. Schuldhulp eerst")}));
        QVERIFY(considerations.contains(QStringLiteral("- Samengevoegd: samen met de taalcoach")));
        QVERIFY(considerations.contains(QStringLiteral("- Labels: Werk, Taal")));
        QVERIFY(considerations.contains(QStringLiteral("- Stippen: 6")));
        QVERIFY(considerations.contains(QStringLiteral("- Stippen: 4")));
        QCOMPARE(considerations.filter(QStringLiteral("- Dromer: droom-")).size(), 4);
        QCOMPARE(considerations.filter(QStringLiteral("- Criticus: risico-")).size(), 4);
        QCOMPARE(section(text, QStringLiteral("Oplossingen")).size(), 4);
        QVERIFY(section(text, QStringLiteral("Oplossingen")).contains(QStringLiteral("- oplossing-1 (Argumenten: omdat-1)")));
        QCOMPARE(section(text, QStringLiteral("Gedeelde inzichten")).filter(QStringLiteral("- gedeeld-inzicht-")).size(), 2);
        QCOMPARE(section(text, QStringLiteral("Tips en tops")),
                 QStringList({QStringLiteral("- Top: fijne structuur"), QStringLiteral("- Tip: meer tijd voor fase 2")}));
        checkContent(text, false, QStringLiteral("outcome.md"));
        checkContent(unescape(Exporter(m_engine->state(), {true, QStringLiteral("nl")}).markdown()), true,
                     QStringLiteral("outcome.md with the case"));
        QVERIFY(Exporter(m_engine->state(), {false, QStringLiteral("en")}).markdown().startsWith(QLatin1String("# Outcome: ")));
    }

    void csv()
    {
        const Exporter exporter(m_engine->state());
        QList<QStringList> rows;
        QVERIFY2(parseCsv(exporter.cardsCsv(), &rows), exporter.cardsCsv().constData());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], QStringList({QStringLiteral("rank"), QStringLiteral("position"), QStringLiteral("direction"),
                                       QStringLiteral("text"), QStringLiteral("tags"), QStringLiteral("dreamer remarks"),
                                       QStringLiteral("critic remarks"), QStringLiteral("dots")}));
        // In the ranking's order: the card with 6 dots first, second on the board.
        QCOMPARE(rows[1][0], QStringLiteral("1"));
        QCOMPARE(rows[1][1], QStringLiteral("2"));
        QCOMPARE(rows[1][2], QStringLiteral("Werk, met taal"));
        QCOMPARE(rows[1][3], TrickyCard + QStringLiteral("\nsamen met de taalcoach"));
        QCOMPARE(rows[1][4], QStringLiteral("Werk, Taal"));
        QCOMPARE(rows[1][5], QStringLiteral("droom-0\ndroom-1\ndroom-2\ndroom-3"));
        QCOMPARE(rows[1][7], QStringLiteral("6"));
        QCOMPARE(rows[2][0], QStringLiteral("2"));
        QCOMPARE(rows[2][1], QStringLiteral("1"));
        QCOMPARE(rows[2][3], QStringLiteral("Schuldhulp eerst"));
        QCOMPARE(rows[2][6].split(QLatin1Char('\n')).size(), 4);
        QCOMPARE(rows[2][7], QStringLiteral("4"));

        QList<QStringList> reflections;
        QVERIFY(parseCsv(exporter.reflectionsCsv(), &reflections));
        QCOMPARE(reflections.size(), 5);
        QCOMPARE(reflections[1], QStringList({QStringLiteral("insight"), QStringLiteral("takeaway"), QStringLiteral("gedeeld-inzicht-0")}));
        QCOMPARE(reflections[4], QStringList({QStringLiteral("tip"), QString(), QStringLiteral("meer tijd voor fase 2")}));

        const QString all = QString::fromUtf8(exporter.cardsCsv() + exporter.reflectionsCsv());
        for (const QString &secret : std::as_const(m_private))
            QVERIFY2(!all.contains(secret), qPrintable(QStringLiteral("CSV holds ") + secret));
        QVERIFY(!all.contains(QLatin1String("GEHEIM-CASUSDETAIL")));
        QVERIFY(!all.contains(QLatin1String("VERBORGEN-KAART")));
        QVERIFY(!all.contains(QLatin1String("oplossing-"))); // solutions are in the Markdown only
    }

    void csvQuoting()
    {
        QCOMPARE(Exporter::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(Exporter::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(Exporter::csvField(QStringLiteral("zei \"ja\"")), QStringLiteral("\"zei \"\"ja\"\"\""));
        QCOMPARE(Exporter::csvField(QStringLiteral("a\r\nb")), QStringLiteral("\"a\r\nb\""));
    }

    void pdf()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: install Debian's poppler-utils (deploy/install-deps.sh)");
        QTemporaryDir out;
        QString error;
        QVERIFY2(writeOutcome(m_engine->state(), {}, out.path(), &error), qPrintable(error));
        for (const char *name : {"outcome.md", "outcome.csv", "outcome-reflections.csv", "outcome.pdf"})
            QVERIFY2(QFileInfo(out.filePath(QString::fromLatin1(name))).size() > 0, name);
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), out.filePath(QStringLiteral("outcome.pdf")),
                            QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        // NFKC: the PDF's fonts set "fi" as the ligature U+FB01, which pdftotext passes on.
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        checkContent(text, false, QStringLiteral("outcome.pdf"));
        QVERIFY(text.contains(QLatin1String("Stippen: 6")));
    }

    // flipover-kiosk --export DIR --data-dir D writes the four files and exits 0.
    void commandLine()
    {
        const QByteArray kiosk = qgetenv("FLIPOVER_KIOSK");
        QVERIFY2(!kiosk.isEmpty(), "FLIPOVER_KIOSK is not set: run through ctest, or set it to the flipover-kiosk binary");
        const QString md = Exporter(m_engine->state(), {true, QStringLiteral("nl")}).markdown();
        m_engine.reset();
        m_store.close();
        QTemporaryDir out;
        QProcess p;
        p.start(QString::fromLocal8Bit(kiosk), {QStringLiteral("--export"), out.path(), QStringLiteral("--data-dir"),
                                                m_dir.path(), QStringLiteral("--include-case")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile file(out.filePath(QStringLiteral("outcome.md")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), md);
        for (const char *name : {"outcome.csv", "outcome-reflections.csv", "outcome.pdf"})
            QVERIFY2(QFileInfo(out.filePath(QString::fromLatin1(name))).size() > 0, name);

        QTemporaryDir empty;
        p.start(QString::fromLocal8Bit(kiosk), {QStringLiteral("--export"), out.path(), QStringLiteral("--data-dir"), empty.path()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1); // nothing stored: refused, and nothing created
        QVERIFY(!QFile::exists(empty.filePath(QStringLiteral("flipover.sqlite"))));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF needs fonts
    TestExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_export.moc"
