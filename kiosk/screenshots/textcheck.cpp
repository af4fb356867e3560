#include "textcheck.h"

#include <QFont>
#include <QQuickItem>
#include <QRectF>

namespace flipover {

namespace {

constexpr qreal Slack = 1.0;

bool inside(const QRectF &inner, const QRectF &outer)
{
    return inner.left() >= outer.left() - Slack && inner.top() >= outer.top() - Slack
        && inner.right() <= outer.right() + Slack && inner.bottom() <= outer.bottom() + Slack;
}

QString describe(const QQuickItem *item)
{
    QStringList path;
    for (const QQuickItem *i = item; i; i = i->parentItem()) {
        QString name = QString::fromLatin1(i->metaObject()->className());
        name = name.section(QLatin1String("_QML"), 0, 0);
        if (!i->objectName().isEmpty())
            name += QLatin1Char('#') + i->objectName();
        path.prepend(name);
        if (path.size() == 4)
            break;
    }
    QString text = item->property("text").toString().simplified();
    if (text.size() > 50)
        text = text.left(49) + QChar(0x2026);
    return QStringLiteral("\"%1\" in %2").arg(text, path.join(QLatin1String(" > ")));
}

QString rectText(const QRectF &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x(), 0, 'f', 0).arg(r.y(), 0, 'f', 0).arg(r.width(), 0, 'f', 0).arg(r.height(), 0, 'f', 0);
}

void checkText(QQuickItem *text, QStringList *problems)
{
    if (text->property("text").toString().trimmed().isEmpty())
        return;
    const QRectF box(0, 0, text->width(), text->height());
    // QQuickText's bounding rectangle is where its text is painted, alignment included.
    const QRectF painted = text->boundingRect();
    const bool elides = text->property("elide").toInt() != 0; // Text.ElideNone is 0
    if (text->property("truncated").toBool() && !elides) {
        problems->append(QStringLiteral("cut off without \"…\": %1").arg(describe(text)));
        return;
    }
    // An elided line keeps at least three em of its text (or all of it):
    // a button reading only "…" is as lost as a clipped one.
    if (elides && text->property("wrapMode").toInt() == 0 && text->property("truncated").toBool()) {
        const qreal em = text->property("font").value<QFont>().pixelSize();
        if (text->width() < std::min(text->implicitWidth(), 3 * em)) {
            problems->append(QStringLiteral("elided to almost nothing (%1 of %2 px): %3")
                                 .arg(text->width(), 0, 'f', 0).arg(text->implicitWidth(), 0, 'f', 0).arg(describe(text)));
            return;
        }
    }
    if (!inside(painted, box)) {
        problems->append(QStringLiteral("larger than its box (%1 in %2): %3")
                             .arg(rectText(painted), rectText(box), describe(text)));
        return;
    }
    for (QQuickItem *a = text->parentItem(); a; a = a->parentItem()) {
        if (a->width() <= 0 || a->height() <= 0)
            continue;
        const QRectF inA = text->mapRectToItem(a, painted);
        const QRectF aBox(0, 0, a->width(), a->height());
        if (inside(inA, aBox))
            continue;
        // Wholly outside a clipping ancestor: on another page, not on screen.
        if (a->clip() && !inA.intersects(aBox))
            return;
        problems->append(QStringLiteral("spills out of its %1 (%2 in %3): %4")
                             .arg(QString::fromLatin1(a->metaObject()->className()).section(QLatin1String("_QML"), 0, 0),
                                  rectText(inA), rectText(aBox), describe(text)));
        return;
    }
}

void walk(QQuickItem *item, QStringList *problems)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    if (item->inherits("QQuickText"))
        checkText(item, problems);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, problems);
}

} // namespace

QStringList findClippedText(QQuickItem *root)
{
    QStringList problems;
    if (root)
        walk(root, &problems);
    return problems;
}

} // namespace flipover
