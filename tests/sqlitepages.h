// What an attacker reads out of a copied SQLite file and its -wal by hand,
// without SQLite: the page images (the database file's, and every frame of
// the log, valid or stale, grouped into the transactions they belong to), the
// cells of b-tree leaf pages decoded into their record values with the offset
// where each cell lies, and the bytes of a page that hold no live cell
// (freeblocks, the gap between the cell pointers and the cell content, whole
// free pages). For tst_forensic.
#pragma once

#include <QByteArray>
#include <QList>
#include <QVariant>

namespace flipover::test::sqlite {

inline quint32 be(const QByteArray &b, qsizetype at, int n)
{
    quint32 v = 0;
    for (int i = 0; i < n; ++i)
        v = (v << 8) | quint8(at + i < b.size() ? b.at(at + i) : 0);
    return v;
}

// A SQLite varint at *at; moves *at past it.
inline quint64 varint(const QByteArray &b, qsizetype *at)
{
    quint64 v = 0;
    for (int i = 0; i < 9 && *at < b.size(); ++i) {
        const quint8 c = quint8(b.at((*at)++));
        if (i == 8)
            return (v << 8) | c;
        v = (v << 7) | (c & 0x7f);
        if (!(c & 0x80))
            break;
    }
    return v;
}

struct Cell {
    int offset = 0;       // where the cell lies in its page
    QList<QVariant> values; // the record: text as QString, blob as QByteArray, integers
};

struct Page {
    quint32 number = 0;
    QByteArray bytes;
};

// A log transaction: the frames up to and including one with a commit size
// (the last group may have none: a commit still being written).
struct Transaction {
    QList<Page> pages;
    bool committed = false;
};

inline int pageSizeOf(const QByteArray &db, const QByteArray &wal)
{
    if (db.size() >= 100) {
        const quint32 n = be(db, 16, 2);
        return n == 1 ? 65536 : int(n);
    }
    if (wal.size() >= 32)
        return int(be(wal, 8, 4));
    return 0;
}

inline QList<Page> databasePages(const QByteArray &db, int pageSize)
{
    QList<Page> pages;
    for (qsizetype at = 0; pageSize > 0 && at + pageSize <= db.size(); at += pageSize)
        pages.append({quint32(at / pageSize + 1), db.mid(at, pageSize)});
    return pages;
}

// Every frame in the file, in file order, whatever its salt (stale frames
// of an earlier log generation count: an attacker reads them too).
inline QList<Transaction> logTransactions(const QByteArray &wal, int pageSize)
{
    QList<Transaction> out;
    if (wal.size() < 32 || pageSize <= 0)
        return out;
    Transaction current;
    for (qsizetype at = 32; at + 24 + pageSize <= wal.size(); at += 24 + pageSize) {
        current.pages.append({be(wal, at, 4), wal.mid(at + 24, pageSize)});
        if (be(wal, at + 4, 4) != 0) {
            current.committed = true;
            out.append(current);
            current = Transaction();
        }
    }
    if (!current.pages.isEmpty())
        out.append(current);
    return out;
}

inline QList<QVariant> record(const QByteArray &b, qsizetype at, qsizetype end)
{
    QList<QVariant> values;
    qsizetype h = at;
    const quint64 headerSize = varint(b, &h);
    qsizetype body = at + qsizetype(headerSize);
    while (h < at + qsizetype(headerSize) && h < end) {
        const quint64 type = varint(b, &h);
        static const int intSizes[] = {0, 1, 2, 3, 4, 6, 8};
        if (type == 0) {
            values.append(QVariant());
        } else if (type <= 6) {
            qint64 v = 0;
            for (int i = 0; i < intSizes[type]; ++i)
                v = (v << 8) | quint8(b.at(body + i));
            values.append(v);
            body += intSizes[type];
        } else if (type == 7) {
            values.append(QVariant());
            body += 8;
        } else if (type == 8 || type == 9) {
            values.append(int(type - 8));
        } else if (type >= 12) {
            const qsizetype n = qsizetype((type - (type % 2 ? 13 : 12)) / 2);
            const QByteArray v = b.mid(body, qMin(n, qMax<qsizetype>(0, end - body)));
            if (type % 2)
                values.append(QString::fromUtf8(v));
            else
                values.append(v);
            body += n;
        }
    }
    return values;
}

inline bool isLeaf(const Page &p)
{
    const quint8 type = quint8(p.bytes.at(p.number == 1 ? 100 : 0));
    return type == 0x0a || type == 0x0d;
}
inline bool isBtree(const Page &p)
{
    const quint8 type = quint8(p.bytes.at(p.number == 1 ? 100 : 0));
    return type == 0x02 || type == 0x05 || type == 0x0a || type == 0x0d;
}

// The cells of a page with records: index leaf 0x0a and index interior
// 0x02 (WITHOUT ROWID tables keep whole rows in both: a divider is a row
// too), table leaf 0x0d. Local payload only (the records here are small).
inline QList<Cell> cells(const Page &p)
{
    QList<Cell> out;
    const QByteArray &b = p.bytes;
    const int h = p.number == 1 ? 100 : 0;
    const quint8 type = quint8(b.at(h));
    if (type != 0x0a && type != 0x0d && type != 0x02)
        return out;
    const bool table = type == 0x0d;
    const bool interior = type == 0x02;
    const int n = int(be(b, h + 3, 2));
    for (int i = 0; i < n; ++i) {
        const int offset = int(be(b, h + (interior ? 12 : 8) + 2 * i, 2));
        if (offset <= 0 || offset >= b.size())
            continue;
        qsizetype at = offset + (interior ? 4 : 0);
        const quint64 payload = varint(b, &at);
        if (table)
            varint(b, &at);
        out.append({offset, record(b, at, qMin<qsizetype>(b.size(), at + qsizetype(payload)))});
    }
    return out;
}

// The bytes of a page that hold no live cell: for a b-tree page its
// freeblocks (past their 4-byte header) and the gap before the cell content;
// any other page (free, or of unknown use) whole.
inline QByteArray unallocated(const Page &p)
{
    if (!isBtree(p))
        return p.bytes;
    const QByteArray &b = p.bytes;
    const int h = p.number == 1 ? 100 : 0;
    const bool leaf = isLeaf(p);
    const int n = int(be(b, h + 3, 2));
    int content = int(be(b, h + 5, 2));
    if (content == 0)
        content = 65536;
    const int pointersEnd = h + (leaf ? 8 : 12) + 2 * n;
    QByteArray out = b.mid(pointersEnd, qMax(0, qMin<int>(content, b.size()) - pointersEnd));
    int block = int(be(b, h + 1, 2));
    for (int guard = 0; block > 0 && block + 4 <= b.size() && guard < 1000; ++guard) {
        const int size = int(be(b, block + 2, 2));
        out += b.mid(block + 4, qMax(0, size - 4));
        block = int(be(b, block, 2));
    }
    return out;
}

} // namespace flipover::test::sqlite
