// The outcome exported from a facilitator's tablet (exportOutcome), end to
// end against a real KioskServer wired as the kiosk wires it: the files land
// in the kiosk's own export folder and the ack names them; a participant, a
// wall display and a malformed request are refused and write nothing; a
// folder sent over the network is ignored; no file names an author.
#include "kioskcontroller.h"
#include "serverfixture.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QStandardPaths>

using namespace flipover;
using namespace flipover::test;

class TestTabletExport : public ServerFixture
{
    Q_OBJECT

private:
    std::unique_ptr<WallChannel> m_channel;
    std::unique_ptr<KioskController> m_controller;

    QString folder() const { return m_controller->exportFolder(); }

    // What the four files hold (the PDF only checked for being there).
    QString readOutcome(const QString &dir)
    {
        QString all;
        for (const QString &name : KioskController::outcomeFileNames()) {
            QFile f(QDir(dir).filePath(name));
            if (!f.open(QIODevice::ReadOnly) || f.size() == 0) {
                qWarning("missing or empty: %s", qPrintable(name));
                return {};
            }
            if (!name.endsWith(QLatin1String(".pdf")))
                all += QString::fromUtf8(f.readAll());
        }
        return all;
    }

    // A folder the wall's facilitator chose earlier: where the tablet's export goes too.
    QString chooseFolderOnTheWall(const QString &name)
    {
        const QString chosen = QDir(m_dir->path()).filePath(name);
        if (!m_controller->exportOutcome(chosen, false))
            qWarning("the wall's export failed: %s", qPrintable(m_controller->lastErrorMessage()));
        for (const QString &file : KioskController::outcomeFileNames())
            QFile::remove(QDir(chosen).filePath(file));
        return chosen;
    }

private Q_SLOTS:
    void init()
    {
        setUpServer();
        m_channel = std::make_unique<WallChannel>(m_engine.get());
        m_controller = std::make_unique<KioskController>(m_channel.get());
        m_server->setKioskCommand(QStringLiteral("exportOutcome"), [this](const QJsonObject &args) {
            return m_channel->exportFromTablet(args);
        });
    }
    void cleanup()
    {
        m_server->setKioskCommand(QStringLiteral("exportOutcome"), {});
        m_controller.reset();
        m_channel.reset();
        tearDownServer();
    }

    void facilitatorExportsIntoTheKiosksFolder()
    {
        WsTestClient *p = participant();
        WsTestClient *f = facilitator();
        wall(QStringLiteral("setCase"), {{QStringLiteral("text"), QStringLiteral("Werk of taal eerst\nGEHEIM-CASUSDETAIL")}});
        wall(QStringLiteral("startMeeting"));
        QCOMPARE(code(p->waitAnswer(p->command(QStringLiteral("addThought"),
                                               {{QStringLiteral("text"), QStringLiteral("PRIVE-GEDACHTE")}}))),
                 QStringLiteral("ack"));
        wall(QStringLiteral("nextPhase"));
        QCOMPARE(code(p->waitAnswer(p->command(QStringLiteral("addCard"),
                                               {{QStringLiteral("text"), QStringLiteral("Duaal traject")}}))),
                 QStringLiteral("ack"));
        const QString authorId = p->participantId;
        const QString authorToken = p->token;
        QVERIFY(!authorId.isEmpty() && !authorToken.isEmpty());

        // Nothing chosen on the wall yet: the default under the kiosk user's Documents.
        const QString expected = folder();
        QVERIFY2(expected.startsWith(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)),
                 qPrintable(expected));
        QVERIFY(!QDir(expected).exists());
        const quint64 seq = m_engine->seq();
        const qsizetype updatesBefore = f->ofType(QStringLiteral("update")).size();

        // A folder in the request is not a field of the command: ignored.
        const QString elsewhere = QDir(m_dir->path()).filePath(QStringLiteral("van-het-netwerk"));
        const auto ack = f->waitAnswer(f->command(QStringLiteral("exportOutcome"),
                                                  {{QStringLiteral("includeCase"), false},
                                                   {QStringLiteral("folder"), elsewhere}}));
        QCOMPARE(code(ack), QStringLiteral("ack"));
        const QJsonObject result = ack->value(QLatin1String("result")).toObject();
        QCOMPARE(result.value(QLatin1String("folder")).toString(), QDir::toNativeSeparators(expected));
        QStringList files;
        for (const QJsonValue &v : result.value(QLatin1String("files")).toArray())
            files.append(v.toString());
        QCOMPARE(files, (QStringList{QStringLiteral("outcome.md"), QStringLiteral("outcome.csv"),
                                     QStringLiteral("outcome-reflections.csv"), QStringLiteral("outcome.pdf")}));
        QVERIFY(!QDir(elsewhere).exists());

        const QString written = readOutcome(expected);
        QVERIFY(written.contains(QLatin1String("Duaal traject")));
        QVERIFY(written.contains(QLatin1String("Werk of taal eerst")));
        for (const QString &secret : {QStringLiteral("GEHEIM-CASUSDETAIL"), QStringLiteral("PRIVE-GEDACHTE"), authorId,
                                      authorToken, f->participantId, f->token})
            QVERIFY2(!written.contains(secret), qPrintable(secret));

        // Exporting changes no meeting state: no update, the same seq.
        QCOMPARE(m_engine->seq(), seq);
        QCOMPARE(ack->value(QLatin1String("seq")).toInteger(), qint64(seq));
        QCOMPARE(f->ofType(QStringLiteral("update")).size(), updatesBefore);

        // With the case text, when the facilitator chooses it.
        QCOMPARE(code(f->waitAnswer(f->command(QStringLiteral("exportOutcome"), {{QStringLiteral("includeCase"), true}}))),
                 QStringLiteral("ack"));
        QVERIFY(readOutcome(expected).contains(QLatin1String("GEHEIM-CASUSDETAIL")));
        QVERIFY(!readOutcome(expected).contains(authorId));
    }

    void theWallsFolderIsTheDefault()
    {
        const QString chosen = chooseFolderOnTheWall(QStringLiteral("gekozen"));
        WsTestClient *f = facilitator();
        const auto ack = f->waitAnswer(f->command(QStringLiteral("exportOutcome")));
        QCOMPARE(code(ack), QStringLiteral("ack"));
        QCOMPARE(ack->value(QLatin1String("result")).toObject().value(QLatin1String("folder")).toString(),
                 QDir::toNativeSeparators(chosen));
        QVERIFY(!readOutcome(chosen).isEmpty());
    }

    void othersAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<bool>("asFacilitator");
        QTest::addColumn<bool>("asWall");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("expected");
        const QJsonObject plain{{QStringLiteral("includeCase"), false}};
        QTest::addRow("participant") << false << false << plain << QStringLiteral("not_allowed");
        QTest::addRow("wall display") << false << true << plain << QStringLiteral("not_allowed");
        QTest::addRow("includeCase a string")
            << true << false << QJsonObject{{QStringLiteral("includeCase"), QStringLiteral("ja")}} << QStringLiteral("invalid");
        QTest::addRow("includeCase a number")
            << true << false << QJsonObject{{QStringLiteral("includeCase"), 1}} << QStringLiteral("invalid");
        QTest::addRow("includeCase null")
            << true << false << QJsonObject{{QStringLiteral("includeCase"), QJsonValue::Null}} << QStringLiteral("invalid");
    }

    void othersAreRefusedAndNothingIsWritten()
    {
        QFETCH(bool, asFacilitator);
        QFETCH(bool, asWall);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, expected);
        const QString chosen = chooseFolderOnTheWall(QStringLiteral("leeg"));
        WsTestClient *c = nullptr;
        if (asWall) {
            c = connectClient();
            QVERIFY(c->joinAndWait(Pin, {{QStringLiteral("role"), QStringLiteral("wall")}}));
        } else {
            c = asFacilitator ? facilitator() : participant();
        }
        const auto answer = c->waitAnswer(c->command(QStringLiteral("exportOutcome"), fields));
        QCOMPARE(code(answer), expected);
        QVERIFY(!answer->value(QLatin1String("message")).toString().isEmpty());
        QVERIFY2(QDir(chosen).entryList(QDir::Files).isEmpty(), qPrintable(QDir(chosen).entryList().join(", ")));
        // The connection stays: a good request right after is answered.
        if (asFacilitator)
            QCOMPARE(code(c->waitAnswer(c->command(QStringLiteral("exportOutcome")))), QStringLiteral("ack"));
    }

    void aFolderThatCannotBeWrittenIsSaidInWords()
    {
        const QString chosen = chooseFolderOnTheWall(QStringLiteral("weg"));
        QVERIFY(QDir(chosen).removeRecursively());
        QFile blocker(chosen); // a file where the folder was: it cannot be made
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        WsTestClient *f = facilitator();
        const auto answer = f->waitAnswer(f->command(QStringLiteral("exportOutcome")));
        QCOMPARE(code(answer), QStringLiteral("export_failed"));
        QVERIFY2(answer->value(QLatin1String("message")).toString().contains(QDir::toNativeSeparators(chosen)),
                 qPrintable(answer->value(QLatin1String("message")).toString()));
    }

    void answeredInOrderAfterQueuedCommands()
    {
        WsTestClient *f = facilitator();
        chooseFolderOnTheWall(QStringLiteral("volgorde"));
        const QString start = f->command(QStringLiteral("startMeeting"));
        const QString exported = f->command(QStringLiteral("exportOutcome"));
        QCOMPARE(code(f->waitAnswer(exported)), QStringLiteral("ack"));
        QCOMPARE(code(f->answerFor(start)), QStringLiteral("ack"));
        qsizetype startAt = -1;
        qsizetype exportAt = -1;
        for (qsizetype i = 0; i < f->messages.size(); ++i) {
            const QString id = f->messages[i].value(QLatin1String("id")).toString();
            if (id == start)
                startAt = i;
            else if (id == exported)
                exportAt = i;
        }
        QVERIFY(startAt >= 0 && startAt < exportAt);
    }

    void unknownWithoutAHandler()
    {
        m_server->setKioskCommand(QStringLiteral("exportOutcome"), {});
        WsTestClient *f = facilitator();
        QCOMPARE(code(f->waitAnswer(f->command(QStringLiteral("exportOutcome")))), QStringLiteral("unknown_type"));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The default export folder is under the user's Documents: a throwaway home.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral(".config")).toUtf8());
    QGuiApplication app(argc, argv); // the export's PDF needs fonts
    TestTabletExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tabletexport.moc"
