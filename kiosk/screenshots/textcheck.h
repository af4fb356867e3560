// The wall's "never clipped" check: walks a window's items and reports every
// visible Text whose painted text does not fit where it is shown. Run by the
// screenshot tour at each picture, so that the check sees exactly the
// screens people look at (and the tests run it at several wall sizes).
#pragma once

#include <QStringList>

class QQuickItem;

namespace flipover {

// One line per problem, empty when all text fits. A Text fits when:
// - it is not cut off by maximumLineCount or its box unless it elides ("…"),
//   and an elided line keeps at least three em of its text (or all of it);
// - its painted text lies inside its own box (one pixel of slack);
// - its painted text lies inside every ancestor with a size (panels,
//   cards, rows), so nothing spills out of the box it belongs to;
// - where an ancestor clips (a paged grid), it is wholly inside or wholly
//   outside (another page), never cut in two.
QStringList findClippedText(QQuickItem *root);

// The room's scale: every visible room-facing Text has a cap height of at
// least RoomCapHeight px at 1920x1080 (QFontMetricsF::capHeight of its font,
// times the scale of its ancestors, divided by the window's scale
// min(width / 1920, height / 1080)). Facilitator-only chrome is left out:
// a Text is facilitator chrome when it or an ancestor has the property
// `roomText: false`, an objectName starting with "chrome", or is one of the
// facilitator's own surfaces (isFacilitatorSurface).
constexpr qreal RoomCapHeight = 30.0;

struct RoomTextReport
{
    QStringList problems;    // one line per room-facing Text under the scale
    qreal smallestCap = 0;   // at 1080p; 0 when no room-facing text is shown
    QString smallestText;    // which Text that is
};

RoomTextReport checkRoomTextSize(QQuickItem *root);

} // namespace flipover
