#include "qrcodeitem.h"

#include <QPainter>
#include <QQuickWindow>
#include <qrencode.h>

#include <cmath>

namespace flipover {

QrMatrix QrMatrix::encode(const QString &text)
{
    QrMatrix m;
    if (text.isEmpty())
        return m;
    const QByteArray utf8 = text.toUtf8();
    // Version 0: the smallest that holds the text. Level M survives a smudged
    // or partly reflecting screen; case-sensitive 8-bit mode keeps the URL as is.
    QRcode *code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return m;
    m.version = code->version;
    m.size = code->width;
    m.dark.resize(m.size * m.size);
    for (int i = 0; i < m.size * m.size; ++i)
        m.dark[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
    return m;
}

QrCodeItem::QrCodeItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    setOpaquePainting(true);
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_matrix = QrMatrix::encode(text);
    Q_EMIT textChanged();
    Q_EMIT layoutChanged();
    update();
}

bool QrCodeItem::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_matrix.size || y >= m_matrix.size)
        return false;
    return m_matrix.isDark(x, y);
}

int QrCodeItem::modulePixels() const
{
    if (m_matrix.size == 0)
        return 0;
    // Whole device pixels per module, so that every module edge is sharp.
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const qreal side = std::min(width(), height()) * dpr;
    return int(std::floor(side / (m_matrix.size + 2 * QuietZone)));
}

QPointF QrCodeItem::origin() const
{
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const qreal code = qreal(modulePixels()) * m_matrix.size / dpr;
    // Snapped to device pixels.
    return {std::round((width() - code) / 2 * dpr) / dpr, std::round((height() - code) / 2 * dpr) / dpr};
}

QPointF QrCodeItem::modulePosition(int x, int y) const
{
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const qreal step = modulePixels() / dpr;
    return origin() + QPointF(x * step, y * step);
}

void QrCodeItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        Q_EMIT layoutChanged();
}

void QrCodeItem::paint(QPainter *painter)
{
    // The whole item is the light quiet zone; a dark module is pure black.
    painter->fillRect(QRectF(0, 0, width(), height()), Qt::white);
    const int px = modulePixels();
    if (px <= 0)
        return;
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const qreal step = px / dpr;
    const QPointF o = origin();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (int y = 0; y < m_matrix.size; ++y) {
        // Runs of dark modules as one rectangle each: fewer calls, no seams.
        int x = 0;
        while (x < m_matrix.size) {
            if (!m_matrix.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_matrix.size && m_matrix.isDark(x, y))
                ++x;
            painter->fillRect(QRectF(o.x() + start * step, o.y() + y * step, (x - start) * step, step), Qt::black);
        }
    }
}

} // namespace flipover
