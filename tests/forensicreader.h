// The attacker's reading of one copy of the kiosk's data folder, for
// tst_forensic. Without SQLite (sqlitepages.h): the database file's pages,
// then every frame of the -wal (valid or stale) replayed transaction by
// transaction, each state's rows found wherever they lie. What the copy gives
// away is a list of sentences; empty means it links nothing we know to look
// for. The copy links when:
//  - one log transaction changes a participant and something someone wrote
//    or cast (a ballot, a thought, a card, a question, a solution, an
//    insight, a tip), or
//  - the log holds a participant change in one transaction and such an item
//    in another, in either order ("this ballot was changed after P joined";
//    "this card came before P was there, so it is not theirs"), or
//  - more than one log transaction brings written items or ballots (their
//    order: one commit in flight is the documented limit), or
//  - a page holds a participant's row beside a written one (where SQLite puts
//    a cell follows the order rows were written), or
//  - ballot cells lie in a page otherwise than in key order, or
//  - a ballot or thought holds a participant's id, resume token or resume key, or
//  - unallocated space holds a ballot, a participant id, or words that no
//    row holds any more (a removed first thought, say). A stale copy of a
//    row that is still there is counted, not failed: SQLite leaves the old
//    cell area of a page it rebuilds in a balance (docs/security.md, limits).
#pragma once

#include "sqlitepages.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace flipover::test::forensic {

namespace sq = flipover::test::sqlite;

using Copy = QHash<QString, QByteArray>; // file name -> bytes

// Every file of the folder; the database first, its log after.
inline Copy copyDir(const QString &dir)
{
    Copy out;
    const QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.insert(name, f.readAll());
    }
    return out;
}

// What the attacker knows from outside the disk (the test's own clients).
struct Secrets {
    QStringList participantIds;
    QStringList resumeTokens;
    QStringList texts; // first thoughts and every other written text
};

struct Seen {
    int ballotKeys = 0;       // distinct ballot keys in the copy
    int thoughts = 0;         // distinct thought rows
    int transactions = 0;     // in its log
    bool participantsInLog = false; // a log transaction changes participants
    bool writtenInLog = false;      // a log transaction brings a written item
    int staleCopies = 0;            // words of a row still there, also in unallocated space
};

enum class Row { Other, Participant, Ballot, Written, Dedup };

inline QString text(const QVariant &v)
{
    return v.typeId() == QMetaType::QString ? v.toString() : QString::fromUtf8(v.toByteArray());
}

// What a row is, to the attacker: its values joined, and its kind.
inline Row classify(const sq::Cell &c, QString *joined)
{
    static const QSet<QString> written{QStringLiteral("thought"), QStringLiteral("card"), QStringLiteral("question"),
                                       QStringLiteral("solution"), QStringLiteral("insight"), QStringLiteral("tip")};
    QStringList values;
    for (const QVariant &v : c.values)
        values << text(v);
    *joined = values.join(QLatin1Char('|'));
    if (joined->contains(QLatin1String("\"resumeKey\"")))
        return Row::Participant;
    if (joined->contains(QLatin1String("\"choices\"")))
        return Row::Ballot;
    if (values.size() >= 3 && written.contains(values.first()))
        return Row::Written;
    if (values.size() >= 3 && values.first() == QLatin1String("dedup"))
        return Row::Dedup;
    return Row::Other;
}

class Reader
{
public:
    explicit Reader(const Secrets &secrets) : m_secrets(secrets) {}

    QStringList examine(const Copy &copy, Seen *seen) const
    {
        QStringList reasons;
        const QByteArray db = copy.value(QStringLiteral("flipover.sqlite"));
        const QByteArray wal = copy.value(QStringLiteral("flipover.sqlite-wal"));
        const int pageSize = sq::pageSizeOf(db, wal);
        if (pageSize < 512)
            return {QStringLiteral("no database in the copy")};
        const QList<sq::Transaction> log = sq::logTransactions(wal, pageSize);

        // The rows of a state, counted over its pages, so a row that moves
        // from page to page (a split) is not a change.
        QHash<quint32, QByteArray> state;
        QHash<QString, int> rows;
        QHash<QString, Row> kinds;
        QSet<QString> everBallots, everThoughts, resumeKeys;
        QList<QPair<quint32, QString>> loose; // written texts in unallocated space, by page
        const auto account = [&](const QByteArray &bytes, quint32 number, int sign) {
            for (const sq::Cell &cell : sq::cells({number, bytes})) {
                QString joined;
                const Row row = classify(cell, &joined);
                if (row == Row::Other || row == Row::Dedup)
                    continue;
                rows[joined] += sign;
                kinds.insert(joined, row);
            }
        };
        QSet<QString> present;
        const auto snapshot = [&] {
            QSet<QString> now;
            for (auto it = rows.cbegin(); it != rows.cend(); ++it)
                if (it.value() > 0)
                    now.insert(it.key());
            return now;
        };
        for (const sq::Page &page : sq::databasePages(db, pageSize)) {
            state.insert(page.number, page.bytes);
            account(page.bytes, page.number, 1);
            if (const QString why = readPage(page, &everBallots, &everThoughts, &resumeKeys, &loose); !why.isEmpty())
                reasons << QStringLiteral("database file: ") + why;
        }
        present = snapshot();

        QList<int> participantTx, writtenTx;
        for (qsizetype t = 0; t < log.size(); ++t) {
            for (const sq::Page &page : log[t].pages) {
                if (const QString why = readPage(page, &everBallots, &everThoughts, &resumeKeys, &loose); !why.isEmpty())
                    reasons << QStringLiteral("log transaction %1: ").arg(t + 1) + why;
                if (state.contains(page.number))
                    account(state.value(page.number), page.number, -1);
                state.insert(page.number, page.bytes);
                account(page.bytes, page.number, 1);
            }
            const QSet<QString> after = snapshot();
            bool people = false, written = false;
            for (const QSet<QString> &diff : {after - present, present - after}) {
                for (const QString &row : diff) {
                    people = people || kinds.value(row) == Row::Participant;
                    written = written || kinds.value(row) == Row::Ballot || kinds.value(row) == Row::Written;
                }
            }
            present = after;
            if (people)
                participantTx << int(t + 1);
            if (written)
                writtenTx << int(t + 1);
            if (people && written)
                reasons << QStringLiteral("log transaction %1 changes a participant and a ballot or written item: replaying the log ties them")
                               .arg(t + 1);
        }
        if (!participantTx.isEmpty() && !writtenTx.isEmpty() && participantTx != writtenTx)
            reasons << QStringLiteral("the log holds participant changes (transaction %1) and ballots or written items (transaction %2): "
                                      "their order tells who could have written what")
                           .arg(participantTx.constFirst()).arg(writtenTx.constFirst());
        // Words in unallocated space: a stale copy of a row that is still
        // there (SQLite rebuilds a page in a balance without clearing its
        // old cell area: the old layout's order, a documented limit), or
        // words no row holds any more, which must not survive.
        int stale = 0;
        for (const auto &[page, words] : std::as_const(loose)) {
            const bool live = std::any_of(present.cbegin(), present.cend(), [&](const QString &row) { return row.contains(words); });
            if (live)
                ++stale;
            else
                reasons << QStringLiteral("page %1: words no row holds lie in unallocated space").arg(page);
        }
        if (writtenTx.size() > 1)
            reasons << QStringLiteral("%1 log transactions each bring ballots or written items: replaying the log gives their order")
                           .arg(writtenTx.size());
        for (const QString &b : std::as_const(everBallots))
            for (const QString &k : std::as_const(resumeKeys))
                if (b.contains(k))
                    reasons << QStringLiteral("a ballot holds a participant's resume key");
        QSet<QString> keys;
        for (const QString &b : std::as_const(everBallots))
            for (const QString &k : b.split(QLatin1Char('|')))
                if (k.size() == 64)
                    keys.insert(k);
        *seen = {int(keys.size()), int(everThoughts.size()), int(log.size()), !participantTx.isEmpty(), !writtenTx.isEmpty(), stale};
        return reasons;
    }

private:
    // One page image on its own: what its cells and its free bytes give away.
    QString readPage(const sq::Page &page, QSet<QString> *ballots, QSet<QString> *thoughts, QSet<QString> *resumeKeys,
                     QList<QPair<quint32, QString>> *looseTexts) const
    {
        static const QRegularExpression hex64(QStringLiteral("[0-9a-f]{64}"));
        QString first; // the first thing this page gives away; the page is read to the end
        auto note = [&first](const QString &why) { if (first.isEmpty()) first = why; };
        QList<QPair<int, QString>> ballotCells; // offset, key
        bool hasParticipant = false, hasWritten = false;
        for (const sq::Cell &cell : sq::cells(page)) {
            QString joined;
            switch (classify(cell, &joined)) {
            case Row::Ballot: {
                QString key;
                for (const QString &v : joined.split(QLatin1Char('|')))
                    if (v.size() == 64 && hex64.match(v).hasMatch())
                        key = v;
                ballotCells.append({cell.offset, key});
                ballots->insert(joined);
                for (const QString &id : m_secrets.participantIds)
                    if (joined.contains(id))
                        note(QStringLiteral("ballot %1 holds participant id %2").arg(key, id));
                for (const QString &token : m_secrets.resumeTokens)
                    if (joined.contains(token))
                        note(QStringLiteral("ballot %1 holds a resume token").arg(key));
                hasWritten = true;
                break;
            }
            case Row::Participant:
                hasParticipant = true;
                for (auto m = hex64.globalMatch(joined); m.hasNext();)
                    resumeKeys->insert(m.next().captured());
                break;
            case Row::Written:
                hasWritten = true;
                if (joined.startsWith(QLatin1String("thought|")))
                    thoughts->insert(joined);
                for (const QString &id : m_secrets.participantIds)
                    if (joined.contains(id))
                        note(QStringLiteral("a written item names participant %1: %2").arg(id, joined.left(40)));
                break;
            case Row::Dedup:
                hasWritten = true; // its answer names what was written ({"cardId": 5})
                break;
            case Row::Other:
                break;
            }
        }
        if (hasParticipant && hasWritten)
            note(QStringLiteral("page %1 holds a participant beside written rows: where cells lie shows which came first")
                     .arg(page.number));
        // Where SQLite put each ballot cell must follow the keys alone.
        if (ballotCells.size() >= 3 && sq::isLeaf(page)) {
            std::sort(ballotCells.begin(), ballotCells.end());
            bool ascending = true, descending = true;
            for (qsizetype i = 1; i < ballotCells.size(); ++i) {
                ascending = ascending && ballotCells[i - 1].second < ballotCells[i].second;
                descending = descending && ballotCells[i - 1].second > ballotCells[i].second;
            }
            if (!ascending && !descending)
                note(QStringLiteral("page %1: %2 ballot cells lie out of key order (in the order they were written)")
                         .arg(page.number).arg(ballotCells.size()));
        }
        const QByteArray loose = sq::unallocated(page);
        if (loose.contains("\"choices\""))
            note(QStringLiteral("page %1: a ballot lies in unallocated space").arg(page.number));
        for (const QString &id : m_secrets.participantIds)
            if (loose.contains(id.toUtf8()))
                note(QStringLiteral("page %1: participant %2 lies in unallocated space").arg(page.number).arg(id));
        for (const QString &t : m_secrets.texts)
            if (loose.contains(t.toUtf8()))
                looseTexts->append({page.number, t});
        return first;
    }

    const Secrets &m_secrets;
};

} // namespace flipover::test::forensic
