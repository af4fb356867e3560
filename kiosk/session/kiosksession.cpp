#include "kiosksession.h"

#include "format.h"
#include "meetingarchive.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcSession, "flipover.kiosk.session", QtInfoMsg)

namespace flipover {

namespace {

bool looksLikePath(const QString &format)
{
    return format.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || format.contains(QLatin1Char('/'));
}

} // namespace

KioskSession::KioskSession(Clock *clock)
    : m_clock(clock)
{
    if (!m_clock) {
        m_ownClock = std::make_unique<Clock>();
        m_clock = m_ownClock.get();
    }
}

KioskSession::~KioskSession()
{
    m_engine.reset(); // before the store it writes to
    if (m_store)
        m_store->close();
}

QString KioskSession::randomDigits(int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QChar(u'0' + QRandomGenerator::system()->bounded(10)));
    return out;
}

bool KioskSession::isValidPin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

KioskSession::Failure KioskSession::checkOptions(const SessionOptions &options, FormatResult *loaded,
                                                QString *error) const
{
    if (!options.pin.isEmpty() && !isValidPin(options.pin)) {
        *error = QStringLiteral("--pin must be 4 to 12 digits.");
        return Failure::BadInput;
    }
    if (!options.facilitatorPin.isEmpty() && !isValidPin(options.facilitatorPin)) {
        *error = QStringLiteral("--facilitator-pin must be 4 to 12 digits.");
        return Failure::BadInput;
    }

    QString path = options.format;
    if (!looksLikePath(path)) {
        if (!FormatLoader::builtInIds().contains(path)) {
            *error = QStringLiteral("Unknown format \"%1\"; built-in formats: %2 (or give a .json file).")
                         .arg(path, FormatLoader::builtInIds().join(QStringLiteral(", ")));
            return Failure::BadInput;
        }
        path = FormatLoader::builtInPath(path);
    } else if (!QFileInfo(path).isReadable()) {
        *error = QStringLiteral("Cannot read the format file %1.").arg(QDir::toNativeSeparators(path));
        return Failure::BadInput;
    }
    *loaded = FormatLoader::loadFile(path, options.language);
    if (!loaded->ok()) {
        *error = loaded->error.toString();
        return Failure::BadInput;
    }
    const int cycleSize = int(loaded->format->cycle.size());
    if (options.cycleMeeting < 0 || options.cycleMeeting > cycleSize) {
        *error = cycleSize == 0
            ? QStringLiteral("The format \"%1\" has no cycle, so no meeting of one can be chosen.").arg(loaded->format->title)
            : QStringLiteral("The cycle of \"%1\" has meetings 1 to %2, not %3.")
                  .arg(loaded->format->title).arg(cycleSize).arg(options.cycleMeeting);
        return Failure::BadInput;
    }
    return Failure::None;
}

KioskSession::Failure KioskSession::startNew(const SessionOptions &options, QString *error)
{
    if (!m_engine || !m_store) {
        *error = QStringLiteral("There is no meeting to end.");
        return Failure::Runtime;
    }
    FormatResult loaded;
    const Failure checked = checkOptions(options, &loaded, error);
    if (checked != Failure::None)
        return checked;
    const MeetingArchive archive(m_dataDir);
    QString archiveError;
    // A meeting nobody worked in (the kiosk's boot default) is not a past
    // meeting: it is deleted, so it neither clutters the list nor counts as
    // a meeting of a cycle.
    // A past meeting keeps no undo history (what cards said before an edit).
    const bool kept = m_engine->state().holdsWork();
    if (kept ? !m_engine->forgetUndoHistory(&archiveError)
                   || !archive.archiveLive(m_store.get(), m_engine->meetingCode(), QDate::currentDate(), nullptr, &archiveError)
             : !archive.discardLive(m_store.get(), &archiveError)) {
        *error = QStringLiteral("Cannot archive the meeting: %1").arg(archiveError);
        QString reopenError;
        if (!m_store->isOpen() && !m_store->open(m_dataDir, &reopenError)) // folded but not moved: keep going
            *error += QStringLiteral(" Reopening it failed too: %1").arg(reopenError);
        return Failure::Runtime;
    }
    SessionOptions next = options;
    if (next.pin.isEmpty())
        next.pin = m_engine->pin();
    if (next.facilitatorPin.isEmpty())
        next.facilitatorPin = m_engine->facilitatorPin();
    m_engine.reset();
    m_store.reset();
    next.dataDir = m_dataDir; // the same kiosk: the data dir does not move
    return start(next, error);
}

KioskSession::Failure KioskSession::start(const SessionOptions &options, QString *error)
{
    FormatResult loaded;
    const Failure checked = checkOptions(options, &loaded, error);
    if (checked != Failure::None)
        return checked;

    if (!QDir().mkpath(options.dataDir)) {
        *error = QStringLiteral("Cannot create the data directory %1.").arg(QDir::toNativeSeparators(options.dataDir));
        return Failure::Runtime;
    }
    m_store = std::make_unique<Store>();
    QString storeError;
    if (!m_store->open(options.dataDir, &storeError)) {
        *error = QStringLiteral("Cannot open the session store: %1").arg(storeError);
        return Failure::Runtime;
    }
    const QList<Record> existing = m_store->loadAll(&storeError);
    if (!storeError.isEmpty()) {
        *error = QStringLiteral("Cannot read the session store: %1").arg(storeError);
        return Failure::Runtime;
    }
    m_isNew = existing.isEmpty();
    m_dataDir = options.dataDir;
    m_options = options;

    m_engine = std::make_unique<SessionEngine>(m_store.get(), m_clock);
    const QString pin = options.pin.isEmpty() ? randomDigits(6) : options.pin;
    // The facilitator PIN is never on the wall and opens the meeting's
    // controls: 8 digits (docs/security.md, "Guessing a PIN").
    QString fpin = options.facilitatorPin.isEmpty() ? randomDigits(8) : options.facilitatorPin;
    while (fpin == pin) // cannot happen with the default lengths; guards given ones
        fpin = randomDigits(8);
    const QString name = options.name.isEmpty() ? loaded.format->title : options.name;
    QString engineError;
    const int cycleMeeting = options.cycleMeeting > 0
        ? options.cycleMeeting
        : MeetingArchive(options.dataDir).nextCycleMeeting(loaded.format->id, int(loaded.format->cycle.size()));
    if (!m_engine->resumeOrCreate(*loaded.format, name, pin, fpin, &engineError, cycleMeeting)) {
        *error = QStringLiteral("Cannot start the session: %1").arg(engineError);
        return Failure::Runtime;
    }
    if (m_isNew) {
        qCInfo(lcSession, "started a new session");
        if (options.demo)
            fillDemo();
    } else {
        qCInfo(lcSession, "resumed the stored session at seq %llu", static_cast<unsigned long long>(m_engine->seq()));
    }
    return Failure::None;
}

void KioskSession::fillDemo()
{
    const Actor f = Actor::localFacilitator();
    m_engine->execute(f, QStringLiteral("setCase"),
                      {{QStringLiteral("text"),
                        QStringLiteral("Een inwoner met een bijstandsuitkering wil een eigen bedrijf starten als "
                                       "fietsenmaker. Het re-integratietraject loopt, maar de schuldhulpverlening "
                                       "vraagt eerst een stabiel inkomen. Hoe kunnen we samen tot een aanpak "
                                       "komen die recht doet aan zijn ambitie?")}});
    const QList<QPair<QString, QString>> cards = {
        {QStringLiteral("Eerst de schulden stabiliseren, dan het bedrijfsplan"), QStringLiteral("Stap voor stap")},
        {QStringLiteral("Starten met behoud van uitkering via de Bbz-regeling"), QStringLiteral("Ruimte geven")},
        {QStringLiteral("Een ondernemerscoach uit het netwerk koppelen"), QStringLiteral("Samen optrekken")},
        {QStringLiteral("Eén vast aanspreekpunt voor werk en schulden"), QStringLiteral("Samen optrekken")},
    };
    for (const auto &card : cards) {
        m_engine->execute(f, QStringLiteral("addCard"),
                          {{QStringLiteral("text"), card.first}, {QStringLiteral("direction"), card.second}});
    }
}

} // namespace flipover
