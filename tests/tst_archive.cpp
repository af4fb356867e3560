// Past meetings: starting a new meeting archives the current one, the archive
// lists and deletes them, a crash at any step leaves a data dir the kiosk
// starts from, and archived files keep the store's anonymity promises.
#include "kiosksession.h"
#include "meetingarchive.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace flipover;

namespace {

const QStringList SideSuffixes = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList sideFilesOf(const QString &path)
{
    QStringList found;
    for (const QString &suffix : SideSuffixes)
        if (QFileInfo::exists(path + suffix))
            found << QFileInfo(path + suffix).fileName();
    return found;
}

int addCard(KioskSession &session, const QString &text)
{
    const Result r = session.engine()->execute(Actor::localFacilitator(), QStringLiteral("addCard"),
                                               {{QStringLiteral("text"), text}});
    return r.ok ? r.data.value(QLatin1String("cardId")).toInt() : -1;
}

// Runs step in a child process that then kills itself with SIGKILL, as a
// power cut or kill -9 would: no destructor, no close, no flush.
bool runAndKill(const std::function<void()> &step)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        step();
        ::raise(SIGKILL);
        ::_exit(3); // not reached
    }
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) != pid)
        return false;
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dataDir() const { return m_dir->path(); }
    QString live() const { return QDir(dataDir()).filePath(QStringLiteral("flipover.sqlite")); }
    SessionOptions options(const QString &format = QStringLiteral("collegiale-ontmoeting")) const
    {
        SessionOptions o;
        o.dataDir = dataDir();
        o.format = format;
        return o;
    }

private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
    }

    void newMeetingArchivesTheCurrentOne()
    {
        KioskSession session;
        QString error;
        QCOMPARE(session.start(options(), &error), KioskSession::Failure::None);
        QVERIFY(addCard(session, QStringLiteral("Eerst de schulden")) > 0);
        const QString oldCode = session.engine()->meetingCode();

        QCOMPARE(session.startNew(options(QStringLiteral("intervisie-participatie")), &error), KioskSession::Failure::None);
        const MeetingArchive archive(dataDir());
        const QString archived = QDir(archive.directory()).filePath(MeetingArchive::fileNameFor(QDate::currentDate(), oldCode));
        QVERIFY2(QFileInfo::exists(archived), qPrintable(archived));
        QCOMPARE(sideFilesOf(archived), QStringList());
        QCOMPARE(QFileInfo(archived).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QCOMPARE(QFileInfo(archive.directory()).permissions() & (QFile::ReadOther | QFile::ExeOther), QFile::Permissions());

        // The new meeting lives where the old one did, empty, with a new code.
        QVERIFY(session.isNew());
        QCOMPARE(session.store()->filePath(), live());
        QVERIFY(session.engine()->meetingCode() != oldCode);
        QCOMPARE(session.engine()->format().id, QStringLiteral("intervisie-participatie"));
        QVERIFY(session.engine()->state().cards.isEmpty());

        // The archived one is whole.
        SessionState past;
        QVERIFY2(archive.load(QFileInfo(archived).fileName(), &past, &error), qPrintable(error));
        QCOMPARE(past.cards.size(), 1);
        QCOMPARE(past.cards.first().text, QStringLiteral("Eerst de schulden"));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("cycleMeeting");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown format") << "geen-format" << 0 << QString() << "Unknown format";
        QTest::addRow("missing file") << "/nonexistent/format.json" << 0 << QString() << "Cannot read";
        QTest::addRow("broken file") << QStringLiteral(FLIPOVER_TEST_DATA "/formats/minutes-zero.json") << 0 << QString() << "phases[2].minutes";
        QTest::addRow("cycle meeting out of range") << "draagvlak-intervisie" << 6 << QString() << "meetings 1 to 5";
        QTest::addRow("cycle meeting without cycle") << "collegiale-ontmoeting" << 2 << QString() << "has no cycle";
        QTest::addRow("bad pin") << "collegiale-ontmoeting" << 0 << "12ab" << "--pin";
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, format);
        QFETCH(int, cycleMeeting);
        QFETCH(QString, pin);
        QFETCH(QString, expected);
        KioskSession session;
        QString error;
        QCOMPARE(session.start(options(), &error), KioskSession::Failure::None);
        QVERIFY(addCard(session, QStringLiteral("Blijft staan")) > 0);
        const QString code = session.engine()->meetingCode();
        SessionOptions o = options(format);
        o.cycleMeeting = cycleMeeting;
        o.pin = pin;
        QCOMPARE(session.startNew(o, &error), KioskSession::Failure::BadInput);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(session.engine()->meetingCode(), code);
        QVERIFY(session.store()->isOpen());
        QCOMPARE(session.engine()->state().cards.size(), 1);
        QVERIFY(addCard(session, QStringLiteral("Nog steeds open")) > 0); // the store still takes writes
        QVERIFY(!QFileInfo::exists(MeetingArchive(dataDir()).directory()));
    }

    void listShowsPastMeetingsNewestFirst()
    {
        KioskSession session;
        QString error;
        SessionOptions first = options(QStringLiteral("draagvlak-intervisie"));
        first.name = QStringLiteral("Team Werk, ronde 1");
        QCOMPARE(session.start(first, &error), KioskSession::Failure::None);
        QCOMPARE(session.engine()->state().cycleMeeting, 1);
        const QString code1 = session.engine()->meetingCode();
        QVERIFY(addCard(session, QStringLiteral("Ronde 1")) > 0); // a meeting without work is not kept
        QCOMPARE(session.startNew(options(), &error), KioskSession::Failure::None);
        const QString code2 = session.engine()->meetingCode();
        QCOMPARE(session.engine()->state().cycleMeeting, 0); // no cycle in this format
        QVERIFY(addCard(session, QStringLiteral("Tussendoor")) > 0);
        QCOMPARE(session.startNew(options(), &error), KioskSession::Failure::None);

        const MeetingArchive archive(dataDir());
        error.clear();
        const QList<PastMeeting> past = archive.list(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(past.size(), 2);
        QCOMPARE(past.at(0).meetingCode, code2);
        QCOMPARE(past.at(0).formatId, QStringLiteral("collegiale-ontmoeting"));
        QCOMPARE(past.at(0).cycleMeeting, 0);
        QCOMPARE(past.at(0).cycleSize, 0);
        QCOMPARE(past.at(1).meetingCode, code1);
        QCOMPARE(past.at(1).name, QStringLiteral("Team Werk, ronde 1"));
        QCOMPARE(past.at(1).formatTitle, QStringLiteral("Draagvlak-intervisie"));
        QCOMPARE(past.at(1).date, QDate::currentDate());
        QCOMPARE(past.at(1).cycleMeeting, 1);
        QCOMPARE(past.at(1).cycleSize, 5);
        // Listing reads only: no side file appears next to an archived one.
        for (const PastMeeting &m : past)
            QCOMPARE(sideFilesOf(QDir(archive.directory()).filePath(m.fileName)), QStringList());
        // Something else in the folder is neither listed nor an error.
        QFile stray(QDir(archive.directory()).filePath(QStringLiteral("notes.sqlite")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        QCOMPARE(archive.list().size(), 2);
    }

    void cycleContinuesFromTheArchive()
    {
        const SessionOptions cycle = options(QStringLiteral("draagvlak-intervisie"));
        QString code;
        {
            KioskSession session;
            QString error;
            QCOMPARE(session.start(cycle, &error), KioskSession::Failure::None);
            QCOMPARE(session.engine()->state().cycleMeeting, 1);
            QVERIFY(addCard(session, QStringLiteral("Ronde 1")) > 0); // a meeting without work is not kept
            QCOMPARE(session.startNew(cycle, &error), KioskSession::Failure::None);
            QCOMPARE(session.engine()->state().cycleMeeting, 2);
            QVERIFY(addCard(session, QStringLiteral("Ronde 2")) > 0);
            // Another format in between does not break the group's cycle.
            QCOMPARE(session.startNew(options(), &error), KioskSession::Failure::None);
            QCOMPARE(session.startNew(cycle, &error), KioskSession::Failure::None);
            QCOMPARE(session.engine()->state().cycleMeeting, 3);
            QVERIFY(addCard(session, QStringLiteral("Ronde 3")) > 0);
            // The facilitator may choose; the next one follows the choice
            // and wraps after the last.
            SessionOptions chosen = cycle;
            chosen.cycleMeeting = 5;
            QCOMPARE(session.startNew(chosen, &error), KioskSession::Failure::None);
            QCOMPARE(session.engine()->state().cycleMeeting, 5);
            QVERIFY(addCard(session, QStringLiteral("Ronde 5")) > 0);
            QCOMPARE(session.startNew(cycle, &error), KioskSession::Failure::None);
            QCOMPARE(session.engine()->state().cycleMeeting, 1);
            code = session.engine()->meetingCode();
        }
        // A restart resumes the stored position, whatever the archive says.
        KioskSession restarted;
        QString error;
        SessionOptions other = cycle;
        other.cycleMeeting = 4;
        QCOMPARE(restarted.start(other, &error), KioskSession::Failure::None);
        QVERIFY(!restarted.isNew());
        QCOMPARE(restarted.engine()->meetingCode(), code);
        QCOMPARE(restarted.engine()->state().cycleMeeting, 1);
        QCOMPARE(MeetingArchive(dataDir()).list().first().cycleMeeting, 5);
    }

    void deleteRemovesEveryFile()
    {
        KioskSession session;
        QString error;
        QCOMPARE(session.start(options(), &error), KioskSession::Failure::None);
        QVERIFY(addCard(session, QStringLiteral("Weg ermee")) > 0);
        QCOMPARE(session.startNew(options(), &error), KioskSession::Failure::None);
        const MeetingArchive archive(dataDir());
        const QList<PastMeeting> past = archive.list();
        QCOMPARE(past.size(), 1);
        const QString path = QDir(archive.directory()).filePath(past.first().fileName);
        // Side files as a crashed reader could have left them go too.
        for (const QString &suffix : SideSuffixes) {
            QFile side(path + suffix);
            QVERIFY(side.open(QIODevice::WriteOnly));
            side.write("Weg ermee");
        }

        QVERIFY(!archive.remove(QStringLiteral("../flipover.sqlite"), &error));
        QVERIFY2(error.contains(QLatin1String("nothing was deleted")), qPrintable(error));
        QVERIFY(QFileInfo::exists(live()));
        QVERIFY(!archive.remove(QStringLiteral("2020-01-01-0123456789.sqlite"), &error));
        QVERIFY2(error.contains(QLatin1String("no archived meeting")), qPrintable(error));

        QVERIFY2(archive.remove(past.first().fileName, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(sideFilesOf(path), QStringList());
        QVERIFY(archive.list().isEmpty());
        QCOMPARE(QDir(archive.directory()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QVERIFY(session.store()->isOpen()); // the live meeting is untouched
        QVERIFY(addCard(session, QStringLiteral("Nieuw")) > 0);
    }

    // kill -9 after the old meeting was folded but before it moved: the
    // restarted kiosk resumes it, in WAL mode again. (The child opens its own
    // session: SQLite connections and their locks do not cross a fork.)
    void killBeforeTheMoveResumes()
    {
        const SessionOptions o = options();
        QVERIFY(runAndKill([&] {
            KioskSession session;
            QString e;
            if (session.start(o, &e) != KioskSession::Failure::None || addCard(session, QStringLiteral("Bewaard")) <= 0
                || !session.store()->detachLog(&e))
                ::_exit(4);
        }));
        QVERIFY(QFileInfo::exists(live()));
        QCOMPARE(sideFilesOf(live()), QStringList());
        KioskSession restarted;
        QString error;
        QCOMPARE(restarted.start(o, &error), KioskSession::Failure::None);
        QVERIFY(!restarted.isNew());
        QCOMPARE(restarted.engine()->state().cards.size(), 1);
        QCOMPARE(restarted.engine()->state().cards.first().text, QStringLiteral("Bewaard"));
        QVERIFY(addCard(restarted, QStringLiteral("Verder")) > 0);
        QVERIFY(QFileInfo::exists(live() + QStringLiteral("-wal"))); // back in WAL mode
        QVERIFY(MeetingArchive(dataDir()).list().isEmpty());
    }

    // kill -9 after the move, before the new session was created: the old
    // meeting is archived whole, and the restarted kiosk starts a new one.
    void killBetweenArchiveAndCreate()
    {
        const SessionOptions o = options();
        QVERIFY(runAndKill([&] {
            KioskSession session;
            QString e;
            if (session.start(o, &e) != KioskSession::Failure::None || addCard(session, QStringLiteral("Gearchiveerd")) <= 0
                || !MeetingArchive(o.dataDir).archiveLive(session.store(), session.engine()->meetingCode(),
                                                          QDate::currentDate(), nullptr, &e))
                ::_exit(4);
        }));
        QVERIFY(!QFileInfo::exists(live()));
        QCOMPARE(sideFilesOf(live()), QStringList());
        const MeetingArchive archive(dataDir());
        const QList<PastMeeting> past = archive.list();
        QCOMPARE(past.size(), 1);
        QCOMPARE(sideFilesOf(QDir(archive.directory()).filePath(past.first().fileName)), QStringList());
        SessionState state;
        QString error;
        QVERIFY2(archive.load(past.first().fileName, &state, &error), qPrintable(error));
        QCOMPARE(state.cards.size(), 1);
        QCOMPARE(state.cards.first().text, QStringLiteral("Gearchiveerd"));

        KioskSession restarted;
        QCOMPARE(restarted.start(o, &error), KioskSession::Failure::None);
        QVERIFY(restarted.isNew());
        QVERIFY(restarted.engine()->meetingCode() != past.first().meetingCode);
        QVERIFY(restarted.engine()->state().cards.isEmpty());
        QCOMPARE(archive.list().size(), 1);
    }

    // An archived file is one self-contained file: no WAL (its header says
    // rollback journal), and what was overwritten before is gone from it.
    void archivedFilesKeepTheAnonymityPromises()
    {
        KioskSession session;
        QString error;
        QCOMPARE(session.start(options(), &error), KioskSession::Failure::None);
        // Long enough that its freed cell would stay readable in the page.
        const QString marker = QStringLiteral("EERSTE-VERSIE-%1").arg(QString::number(::getpid()));
        const QString first = (marker + QLatin1Char(' ')).repeated(12);
        const int card = addCard(session, first);
        QVERIFY(card > 0);
        QVERIFY(addCard(session, QStringLiteral("Een kaart erna")) > 0);
        const Result edit = session.engine()->execute(Actor::localFacilitator(), QStringLiteral("editCard"),
                                                      {{QStringLiteral("cardId"), card}, {QStringLiteral("text"), QStringLiteral("Tweede versie")}});
        QVERIFY2(edit.ok, qPrintable(edit.message));
        const QString code = session.engine()->meetingCode();
        QCOMPARE(session.startNew(options(), &error), KioskSession::Failure::None);

        const QString path = QDir(MeetingArchive(dataDir()).directory())
                                 .filePath(MeetingArchive::fileNameFor(QDate::currentDate(), code));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 100);
        QVERIFY(bytes.startsWith("SQLite format 3"));
        QCOMPARE(int(bytes.at(18)), 1); // file format write version: 1 = rollback journal, 2 = WAL
        QCOMPARE(int(bytes.at(19)), 1);
        QCOMPARE(sideFilesOf(path), QStringList());
        QVERIFY(bytes.contains("Tweede versie"));
        QVERIFY2(!bytes.contains(marker.toUtf8()), "the replaced card text is still in the archived file (secure_delete off?)");
    }
};

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
