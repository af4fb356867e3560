#include "exporter.h"

#include "ranking.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <utility>

namespace flipover {

namespace {

struct Heading {
    const char *key;
    const char *nl;
    const char *en;
};

// The export's headings. The kiosk's Qt translations load only with the wall
// UI, and this library has no UI, so the two languages live here.
constexpr Heading headings[] = {
    {"outcome", "Opbrengst", "Outcome"},
    {"format", "Werkvorm", "Format"},
    {"case", "Casus", "Case"},
    {"considerations", "Overwegingen", "Considerations"},
    {"direction", "Richting", "Direction"},
    {"tags", "Labels", "Tags"},
    {"dots", "Stippen", "Dots"},
    {"merged", "Samengevoegd", "Merged"},
    {"dreamer", "Dromer", "Dreamer"},
    {"critic", "Criticus", "Critic"},
    {"solutions", "Oplossingen", "Solutions"},
    {"arguments", "Argumenten", "Arguments"},
    {"insights", "Gedeelde inzichten", "Shared insights"},
    {"enriched", "Wat heeft het perspectief verrijkt?", "What enriched the perspective?"},
    {"takeaway", "Waarmee gaan we weg?", "What do we take away?"},
    {"tipsTops", "Tips en tops", "Tips and tops"},
    {"tip", "Tip", "Tip"},
    {"top", "Top", "Top"},
    {"none", "(geen)", "(none)"},
};

QString oneLine(const QString &s)
{
    return s.simplified();
}

// A paragraph that would start a list keeps its text: "1. x" becomes "1\\. x".
QString paragraph(QString text)
{
    static const QRegularExpression listStart(QStringLiteral("^([0-9]+)([.)])|^([-+])"));
    const QRegularExpressionMatch m = listStart.match(text);
    if (m.hasMatch())
        text.insert(m.hasCaptured(3) ? 0 : m.capturedEnd(1), QLatin1Char('\\'));
    return text;
}

QStringList sortedTexts(QStringList list)
{
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        return a.localeAwareCompare(b) < 0;
    });
    return list;
}

} // namespace

Exporter::Exporter(const SessionState &state, const ExportOptions &options)
    : m_state(state), m_options(options)
{
}

QString Exporter::text(const char *key) const
{
    const bool nl = m_options.language != QLatin1String("en");
    for (const Heading &h : headings)
        if (qstrcmp(h.key, key) == 0)
            return QString::fromUtf8(nl ? h.nl : h.en);
    return QString::fromLatin1(key);
}

QString Exporter::caseTitle() const
{
    const QStringList lines = m_state.caseText.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    return {};
}

bool Exporter::voted() const
{
    return !m_state.ballots.isEmpty();
}

QList<ExportCard> Exporter::cards() const
{
    QHash<int, int> positions;
    for (const Card *c : roomCards(m_state))
        positions.insert(c->id, int(positions.size()) + 1);

    QHash<QString, QString> tagLabels;
    for (const Tag &t : m_state.format.tags)
        tagLabels.insert(t.id, t.label);

    QList<ExportCard> out;
    for (const RankedCard &ranked : ranking(m_state)) { // totals only, never a ballot
        const Card *c = &*m_state.cards.constFind(ranked.cardId);
        ExportCard e;
        e.position = positions.value(ranked.cardId);
        e.rank = ranked.rank;
        e.direction = oneLine(c->direction);
        e.text = oneLine(c->text);
        e.dots = ranked.dots;
        QList<const Card *> group{c};
        for (const Card &m : m_state.cards)
            if (m.mergedInto == c->id) {
                group.append(&m);
                e.mergedTexts.append(oneLine(m.text));
            }
        for (const Card *g : group) {
            for (const QString &tag : g->tags) {
                const QString label = tagLabels.value(tag, tag);
                if (!e.tags.contains(label))
                    e.tags.append(label);
            }
            for (const Remark &r : g->remarks)
                (r.kind == QLatin1String("critic") ? e.critic : e.dreamer).append(oneLine(r.text));
        }
        out.append(e);
    }
    return out;
}

QStringList Exporter::sharedInsights(const QString &question) const
{
    QStringList out;
    for (const Insight &i : m_state.insights)
        if (i.shared && i.question == question)
            out.append(oneLine(i.text));
    return sortedTexts(out);
}

QStringList Exporter::tips(const QString &kind) const
{
    QStringList out;
    for (const Tip &t : m_state.tips)
        if (t.kind == kind)
            out.append(oneLine(t.text));
    return sortedTexts(out);
}

QList<const Solution *> Exporter::solutions() const
{
    QList<const Solution *> out;
    for (const Solution &s : m_state.solutions)
        out.append(&s);
    std::sort(out.begin(), out.end(), [](const Solution *a, const Solution *b) {
        return a->text.localeAwareCompare(b->text) < 0;
    });
    return out;
}

QString Exporter::markdownEscape(const QString &value)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~");
    QString out;
    out.reserve(value.size());
    for (const QChar ch : value) {
        if (special.contains(ch))
            out.append(QLatin1Char('\\'));
        out.append(ch);
    }
    return out;
}

QString Exporter::markdown() const
{
    const auto esc = [](const QString &s) { return markdownEscape(oneLine(s)); };
    QString md;
    const QString name = m_state.name.isEmpty() ? m_state.format.title : m_state.name;
    md += QStringLiteral("# %1: %2\n\n").arg(text("outcome"), esc(name));
    md += QStringLiteral("**%1:** %2\n\n").arg(text("format"), esc(m_state.format.title));

    md += QStringLiteral("## %1\n\n").arg(text("case"));
    const QString title = caseTitle();
    md += title.isEmpty() ? text("none") + QStringLiteral("\n\n") : QStringLiteral("**%1**\n\n").arg(esc(title));
    if (m_options.includeCase && !m_state.caseText.trimmed().isEmpty()) {
        const QStringList paragraphs = m_state.caseText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &p : paragraphs)
            if (!p.trimmed().isEmpty())
                md += paragraph(esc(p)) + QStringLiteral("\n\n");
    }

    md += QStringLiteral("## %1\n\n").arg(text("considerations"));
    const QList<ExportCard> all = cards();
    if (all.isEmpty())
        md += text("none") + QStringLiteral("\n\n");
    const bool voted = this->voted();
    for (const ExportCard &c : all) {
        md += QStringLiteral("### %1. %2\n\n").arg(voted ? c.rank : c.position).arg(esc(c.text));
        if (!c.direction.isEmpty())
            md += QStringLiteral("- %1: %2\n").arg(text("direction"), esc(c.direction));
        for (const QString &m : c.mergedTexts)
            md += QStringLiteral("- %1: %2\n").arg(text("merged"), esc(m));
        if (!c.tags.isEmpty())
            md += QStringLiteral("- %1: %2\n").arg(text("tags"), esc(c.tags.join(QStringLiteral(", "))));
        if (voted)
            md += QStringLiteral("- %1: %2\n").arg(text("dots")).arg(c.dots);
        for (const QString &r : c.dreamer)
            md += QStringLiteral("- %1: %2\n").arg(text("dreamer"), esc(r));
        for (const QString &r : c.critic)
            md += QStringLiteral("- %1: %2\n").arg(text("critic"), esc(r));
        md += QLatin1Char('\n');
    }

    const QList<const Solution *> sols = solutions();
    if (!sols.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(text("solutions"));
        for (const Solution *s : sols) {
            md += QStringLiteral("- %1").arg(esc(s->text));
            if (!s->arguments.trimmed().isEmpty())
                md += QStringLiteral(" (%1: %2)").arg(text("arguments"), esc(s->arguments));
            md += QLatin1Char('\n');
        }
        md += QLatin1Char('\n');
    }

    const QStringList enriched = sharedInsights(QStringLiteral("enriched"));
    const QStringList takeaway = sharedInsights(QStringLiteral("takeaway"));
    if (!enriched.isEmpty() || !takeaway.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(text("insights"));
        for (const auto &[key, list] : {std::pair{"enriched", enriched}, std::pair{"takeaway", takeaway}}) {
            if (list.isEmpty())
                continue;
            md += QStringLiteral("### %1\n\n").arg(markdownEscape(text(key)));
            for (const QString &i : list)
                md += QStringLiteral("- %1\n").arg(esc(i));
            md += QLatin1Char('\n');
        }
    }

    const QStringList tipList = tips(QStringLiteral("tip"));
    const QStringList topList = tips(QStringLiteral("top"));
    if (!tipList.isEmpty() || !topList.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(text("tipsTops"));
        for (const QString &t : topList)
            md += QStringLiteral("- %1: %2\n").arg(text("top"), esc(t));
        for (const QString &t : tipList)
            md += QStringLiteral("- %1: %2\n").arg(text("tip"), esc(t));
        md += QLatin1Char('\n');
    }
    return md;
}

QString Exporter::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

namespace {

QByteArray csvRows(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &f : row)
            fields.append(Exporter::csvField(f));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace

QByteArray Exporter::cardsCsv() const
{
    QList<QStringList> rows{{QStringLiteral("rank"), QStringLiteral("position"), QStringLiteral("direction"), QStringLiteral("text"),
                             QStringLiteral("tags"), QStringLiteral("dreamer remarks"), QStringLiteral("critic remarks"),
                             QStringLiteral("dots")}};
    const QString sep = QStringLiteral("\n");
    for (const ExportCard &c : cards()) {
        const QString cardText = c.mergedTexts.isEmpty() ? c.text : QStringList{c.text, c.mergedTexts.join(sep)}.join(sep);
        rows.append({voted() ? QString::number(c.rank) : QString(), QString::number(c.position), c.direction, cardText, c.tags.join(QStringLiteral(", ")),
                     c.dreamer.join(sep), c.critic.join(sep), QString::number(c.dots)});
    }
    return csvRows(rows);
}

QByteArray Exporter::reflectionsCsv() const
{
    QList<QStringList> rows{{QStringLiteral("kind"), QStringLiteral("question"), QStringLiteral("text")}};
    for (const char *q : {"enriched", "takeaway"})
        for (const QString &i : sharedInsights(QString::fromLatin1(q)))
            rows.append({QStringLiteral("insight"), QString::fromLatin1(q), i});
    for (const char *k : {"top", "tip"})
        for (const QString &t : tips(QString::fromLatin1(k)))
            rows.append({QString::fromLatin1(k), QString(), t});
    return csvRows(rows);
}

} // namespace flipover
