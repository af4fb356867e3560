// Exporter: the anonymised outcome of a meeting as Markdown and CSV (QtCore
// only; the kiosk turns the Markdown into PDF). It reads the SessionState
// and writes what the room produced together: the meeting and its format,
// the case title (the case text only with includeCase), the considerations
// (merged cards as one, hidden cards left out) with their direction, remarks,
// tags and dot totals, in the order of the ranking (projection/ranking.h:
// most dots first, ties in the facilitator's order; that order alone when
// nobody voted), the solutions, the shared insights and the tips/tops.
//
// Never written: participant ids, tokens, first thoughts, individual ballots,
// unshared insights, times of items. Solutions, insights and tips are sorted
// by text, so not even their order tells who or when.
#pragma once

#include "state.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace flipover {

struct ExportOptions {
    bool includeCase = false;                 // the full case text, not only its first line
    QString language = QStringLiteral("nl");  // headings: "nl" (default) or "en"
};

struct ExportCard { // one card as the outcome shows it
    int position = 0; // 1-based, the facilitator's order
    int rank = 0;     // 1-based, in the ranking; shared by ties
    QString direction;
    QString text;
    QStringList mergedTexts; // the cards merged into this one
    QStringList tags;        // labels, as the format names them
    QStringList dreamer;
    QStringList critic;
    int dots = 0;            // total over all ballots
};

class Exporter
{
public:
    explicit Exporter(const SessionState &state, const ExportOptions &options = {});

    QString caseTitle() const; // the first non-empty line of the case text
    // The cards in the ranking's order (ranking.h).
    QList<ExportCard> cards() const;
    bool voted() const; // whether any ballot was cast
    QString markdown() const;
    // One row per card, in the ranking's order: rank (empty when nobody
    // voted), position, direction, text, tags, dreamer remarks, critic
    // remarks, dots. RFC 4180: CRLF line ends, fields quoted when needed.
    QByteArray cardsCsv() const;
    // One row per shared insight and per tip/top: kind, question, text.
    QByteArray reflectionsCsv() const;

    // The shared insights of one question ("enriched" or "takeaway") and the
    // tips or tops ("tip" or "top"), each sorted by text.
    QStringList sharedInsights(const QString &question) const;
    QStringList tips(const QString &kind) const;

    // A heading or label in the export's language (English when unknown).
    QString text(const char *key) const;
    static QString csvField(const QString &value);
    static QString markdownEscape(const QString &value);

private:
    QList<const Solution *> solutions() const;

    const SessionState &m_state;
    ExportOptions m_options;
};

} // namespace flipover
