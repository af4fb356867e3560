#include "meetingarchive.h"

#include "clock.h"
#include "engine.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace flipover {

namespace {

const QString LiveFileName = QStringLiteral("flipover.sqlite");
const QStringList SideSuffixes = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Makes a rename in dir durable: the directory entry itself is synced.
bool syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Overwrites a file's bytes with zeros and syncs them before it is unlinked,
// so the blocks it leaves behind hold no meeting. (On a copy-on-write or
// flash file system the old blocks may still exist below the file system;
// docs/security.md says so.)
bool zeroFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray zeros(64 * 1024, '\0');
    qint64 left = file.size();
    while (left > 0) {
        const qint64 n = std::min<qint64>(left, zeros.size());
        if (file.write(zeros.constData(), n) != n)
            return false;
        left -= n;
    }
    file.flush();
    return ::fsync(file.handle()) == 0;
}

} // namespace

MeetingArchive::MeetingArchive(const QString &dataDir)
    : m_dataDir(QFileInfo(dataDir).absoluteFilePath())
{
}

QString MeetingArchive::directory() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("archive"));
}

QString MeetingArchive::fileNameFor(const QDate &date, const QString &meetingCode)
{
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-') + meetingCode + QStringLiteral(".sqlite");
}

bool MeetingArchive::isArchiveFileName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}-[0-9a-f]{10}\\.sqlite$"));
    return pattern.match(fileName).hasMatch()
        && QDate::fromString(fileName.left(10), QStringLiteral("yyyy-MM-dd")).isValid();
}

bool MeetingArchive::archiveLive(Store *store, const QString &meetingCode, const QDate &date,
                                 QString *archivedPath, QString *error) const
{
    const QString live = QDir(m_dataDir).filePath(LiveFileName);
    if (!store || !store->isOpen() || QFileInfo(store->filePath()) != QFileInfo(live)) {
        setError(error, QStringLiteral("Only the open live meeting (%1) can be archived.").arg(live));
        return false;
    }
    const QString name = fileNameFor(date, meetingCode);
    if (!isArchiveFileName(name)) {
        setError(error, QStringLiteral("\"%1\" is not a meeting code to archive under.").arg(meetingCode));
        return false;
    }
    if (!QDir().mkpath(directory())) {
        setError(error, QStringLiteral("Cannot create the archive folder %1.").arg(directory()));
        return false;
    }
    // Past meetings hold what the live one held: owner only, names included.
    QFile::setPermissions(directory(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString target = QDir(directory()).filePath(name);
    if (QFileInfo::exists(target)) {
        setError(error, QStringLiteral("The archive already holds %1; nothing was moved.").arg(name));
        return false;
    }
    // The archive's order travels inside the file (a day can hold several
    // meetings; file times are too coarse to tell them apart).
    int order = 0;
    for (const PastMeeting &m : list())
        order = std::max(order, m.order);
    if (!store->setMeta(QStringLiteral("archiveOrder"), QString::number(order + 1), error))
        return false;
    // Fold the log in and leave WAL mode: SQLite removes -wal and -shm, so
    // the one file is the whole meeting. Then close before the rename.
    if (!store->detachLog(error))
        return false;
    store->close();
    for (const QString &suffix : SideSuffixes) {
        if (QFileInfo::exists(live + suffix)) {
            setError(error, QStringLiteral("%1 is still beside the meeting's database; nothing was moved.")
                                .arg(LiveFileName + suffix));
            return false;
        }
    }
    // rename(2) is atomic within one file system: after a crash the file is
    // either still live (and is resumed) or archived (and a new meeting is
    // created at the next start).
    if (::rename(QFile::encodeName(live).constData(), QFile::encodeName(target).constData()) != 0) {
        setError(error, QStringLiteral("Cannot move %1 to %2: %3.").arg(live, target, QString::fromLocal8Bit(strerror(errno))));
        return false;
    }
    if (!syncDirectory(directory()) || !syncDirectory(m_dataDir)) {
        setError(error, QStringLiteral("The meeting was moved to %1, but the folder could not be synced to disk.").arg(target));
        return false;
    }
    if (archivedPath)
        *archivedPath = target;
    return true;
}

bool MeetingArchive::load(const QString &fileName, SessionState *state, QString *error, int *order) const
{
    if (!isArchiveFileName(fileName)) {
        setError(error, QStringLiteral("\"%1\" is not the name of an archived meeting.").arg(fileName));
        return false;
    }
    Store store;
    if (!store.openReadOnly(QDir(directory()).filePath(fileName), error))
        return false;
    QString loadError;
    const QList<Record> records = store.loadAll(&loadError);
    const bool hasSession = std::any_of(records.cbegin(), records.cend(),
                                        [](const Record &r) { return r.kind == QLatin1String("session"); });
    if (!loadError.isEmpty() || !hasSession) {
        setError(error, loadError.isEmpty() ? QStringLiteral("%1 holds no meeting.").arg(fileName) : loadError);
        return false;
    }
    Clock clock;
    SessionEngine engine(&store, &clock);
    QString engineError;
    // The store holds a session, so this resumes it and writes nothing.
    if (!engine.resumeOrCreate(Format(), QString(), QString(), QString(), &engineError)) {
        setError(error, QStringLiteral("Cannot read %1: %2").arg(fileName, engineError));
        return false;
    }
    *state = engine.state();
    if (order)
        *order = store.meta(QStringLiteral("archiveOrder")).toInt();
    return true;
}

QList<PastMeeting> MeetingArchive::list(QString *error) const
{
    QList<PastMeeting> out;
    const QStringList files = QDir(directory()).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        if (!isArchiveFileName(fileName))
            continue;
        SessionState state;
        QString loadError;
        PastMeeting m;
        if (!load(fileName, &state, &loadError, &m.order)) {
            if (error && error->isEmpty())
                *error = loadError;
            continue;
        }
        m.fileName = fileName;
        m.name = state.name;
        m.formatId = state.format.id;
        m.formatTitle = state.format.title;
        m.date = QDate::fromString(fileName.left(10), QStringLiteral("yyyy-MM-dd"));
        m.meetingCode = fileName.mid(11, 10);
        m.cycleSize = int(state.format.cycle.size());
        m.cycleMeeting = m.cycleSize > 0 ? state.cycleMeeting : 0;
        out.append(m);
    }
    std::stable_sort(out.begin(), out.end(), [](const PastMeeting &a, const PastMeeting &b) {
        if (a.order != b.order)
            return a.order > b.order;
        return a.date > b.date;
    });
    return out;
}

bool MeetingArchive::discardLive(Store *store, QString *error) const
{
    const QString live = QDir(m_dataDir).filePath(LiveFileName);
    if (!store || !store->isOpen() || QFileInfo(store->filePath()) != QFileInfo(live)) {
        setError(error, QStringLiteral("Only the open live meeting (%1) can be discarded.").arg(live));
        return false;
    }
    if (!store->detachLog(error))
        return false;
    store->close();
    if (!zeroFile(live) || !QFile::remove(live)) {
        setError(error, QStringLiteral("Cannot delete %1.").arg(LiveFileName));
        return false;
    }
    syncDirectory(m_dataDir);
    return true;
}

bool MeetingArchive::remove(const QString &fileName, QString *error) const
{
    if (!isArchiveFileName(fileName)) {
        setError(error, QStringLiteral("\"%1\" is not the name of an archived meeting; nothing was deleted.").arg(fileName));
        return false;
    }
    const QString path = QDir(directory()).filePath(fileName);
    if (!QFileInfo::exists(path)) {
        setError(error, QStringLiteral("There is no archived meeting %1.").arg(fileName));
        return false;
    }
    // The side files first: a crash in between leaves the main file, which
    // is still listed and can be deleted again.
    for (const QString &suffix : SideSuffixes) {
        if (QFileInfo::exists(path + suffix) && !(zeroFile(path + suffix) && QFile::remove(path + suffix))) {
            setError(error, QStringLiteral("Cannot delete %1.").arg(fileName + suffix));
            return false;
        }
    }
    if (!zeroFile(path) || !QFile::remove(path)) {
        setError(error, QStringLiteral("Cannot delete %1.").arg(fileName));
        return false;
    }
    syncDirectory(directory());
    return true;
}

int MeetingArchive::nextCycleMeeting(const QString &formatId, int cycleSize) const
{
    if (cycleSize <= 0)
        return 0;
    const QList<PastMeeting> past = list();
    for (const PastMeeting &m : past) { // newest first
        if (m.formatId == formatId && m.cycleMeeting > 0)
            return m.cycleMeeting % cycleSize + 1;
    }
    return 1;
}

} // namespace flipover
