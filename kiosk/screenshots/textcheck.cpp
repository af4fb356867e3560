#include "textcheck.h"

#include <QFont>
#include <QFontMetricsF>
#include <QQuickWindow>
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

// The facilitator's own surfaces, by QML type: controls, dialogs and the
// start screen, never meant to be read from the back row. A room-facing
// component marks its chrome with `roomText: false` or an objectName
// "chrome..." instead.
bool isFacilitatorSurface(const QQuickItem *item)
{
    static const QStringList surfaces = {
        QStringLiteral("ControlBar"), QStringLiteral("KioskButton"), QStringLiteral("HelpOverlay"),
        QStringLiteral("ExportDialog"), QStringLiteral("ConfirmDialog"), QStringLiteral("CardEditor"),
        QStringLiteral("CardActionsBar"), QStringLiteral("CardControls"), QStringLiteral("PlanOverlay"),
        QStringLiteral("StartScreen"), QStringLiteral("Toast"),
    };
    const QString type = QString::fromLatin1(item->metaObject()->className()).section(QLatin1String("_QML"), 0, 0);
    return surfaces.contains(type);
}

bool isChrome(const QQuickItem *item)
{
    const QVariant room = item->property("roomText");
    if (room.isValid() && !room.toBool())
        return true;
    return item->objectName().startsWith(QLatin1String("chrome")) || isFacilitatorSurface(item);
}

void walkRoom(QQuickItem *item, qreal windowScale, RoomTextReport *report)
{
    if (!item->isVisible() || item->opacity() <= 0.0 || isChrome(item))
        return;
    if (item->inherits("QQuickText") && !item->property("text").toString().trimmed().isEmpty()) {
        qreal scale = 1.0;
        for (const QQuickItem *i = item; i; i = i->parentItem())
            scale *= i->scale();
        QFont font = item->property("font").value<QFont>();
        // A Text that shrinks to fit (fontSizeMode) may be drawn as small as
        // its minimumPixelSize: that is what the room's scale must hold for.
        if (item->property("fontSizeMode").toInt() != 0) // Text.FixedSize is 0
            font.setPixelSize(std::min(font.pixelSize(), item->property("minimumPixelSize").toInt()));
        const qreal cap = QFontMetricsF(font).capHeight() * scale / windowScale;
        if (report->smallestCap == 0 || cap < report->smallestCap) {
            report->smallestCap = cap;
            report->smallestText = describe(item);
        }
        // Nothing the room needs is elided or cut: all of it is on the wall.
        if (item->property("truncated").toBool())
            report->problems.append(QStringLiteral("elided or cut for the room: %1").arg(describe(item)));
        if (cap < RoomCapHeight)
            report->problems.append(QStringLiteral("cap height %1 px at 1080p, under the room's %2: %3")
                                        .arg(cap, 0, 'f', 1).arg(RoomCapHeight, 0, 'f', 0).arg(describe(item)));
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        walkRoom(child, windowScale, report);
}

} // namespace

RoomTextReport checkRoomTextSize(QQuickItem *root)
{
    RoomTextReport report;
    if (!root || !root->window())
        return report;
    const QSize size = root->window()->size();
    const qreal windowScale = std::min(size.width() / 1920.0, size.height() / 1080.0);
    walkRoom(root, windowScale, &report);
    return report;
}

QStringList findClippedText(QQuickItem *root)
{
    QStringList problems;
    if (root)
        walk(root, &problems);
    return problems;
}

} // namespace flipover
