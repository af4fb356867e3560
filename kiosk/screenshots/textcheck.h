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

} // namespace flipover
