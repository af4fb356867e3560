// QrCodeItem: a QR code for the wall's join screen, drawn from libqrencode's
// module matrix as exact rectangles: each module is a whole number of device
// pixels (the code is centred in the item), dark on light, with the four
// module quiet zone the standard asks for, so that it stays crisp and
// scannable at any size.
#pragma once

#include <QQuickPaintedItem>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace flipover {

// libqrencode's output as plain data: `size` x `size` modules, row by row,
// true where a module is dark. Empty (size 0) when the text cannot be encoded.
struct QrMatrix
{
    int version = 0;
    int size = 0;
    QVector<bool> dark;

    bool isDark(int x, int y) const { return dark.at(y * size + x); }
    static QrMatrix encode(const QString &text);
};

class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // The QR version (1..40) and modules per side; 0 when there is no code.
    Q_PROPERTY(int version READ version NOTIFY textChanged)
    Q_PROPERTY(int moduleCount READ moduleCount NOTIFY textChanged)
    // Modules of light border around the code (the standard's minimum is 4).
    Q_PROPERTY(int quietZone READ quietZone CONSTANT)
    // Device pixels per module as painted now; 0 when the item is too small.
    Q_PROPERTY(int modulePixels READ modulePixels NOTIFY layoutChanged)
public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    int version() const { return m_matrix.version; }
    int moduleCount() const { return m_matrix.size; }
    int quietZone() const { return QuietZone; }
    int modulePixels() const;

    // Whether the module at (x, y) is dark (false outside the matrix), for tests.
    Q_INVOKABLE bool isDark(int x, int y) const;
    // Where module (x, y) begins in item coordinates, for tests.
    Q_INVOKABLE QPointF modulePosition(int x, int y) const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();
    void layoutChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    static constexpr int QuietZone = 4;
    QPointF origin() const;

    QString m_text;
    QrMatrix m_matrix;
};

} // namespace flipover
