// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>

namespace gpuplan {

// A place name beside a point (a site or a city), drawn with a white halo at a constant size on
// screen. It can sit on any of four sides of its point; the label placement picks one or hides
// the label when every side collides.
class MapLabelItem : public QGraphicsItem {
public:
    enum { Type = UserType + 7 };
    enum class Side { Right, Left, Above, Below };

    struct Style {
        QFont font;
        QColor colour;
        double clearancePx = 0.0; // distance from the point (a site symbol's radius)
        double markerPx = 0.0;    // a dot drawn at the point when > 0 (cities)
    };

    MapLabelItem(const QString& text, Style style);

    const QString& text() const { return m_text; }
    void setSide(Side side);
    // Room kept free around the anchor (a site's pie grows and shrinks as GPUs move).
    void setClearance(double clearancePx);
    // Where the label would be, in its own (pixel) coordinates, on `side`.
    QRectF footprint(Side side) const;

    int type() const override { return Type; }
    QRectF boundingRect() const override { return footprint(m_side); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPointF textOrigin(Side side) const;

    QString m_text;
    Style m_style;
    QPainterPath m_glyphs; // the text's outline with its baseline origin at (0, 0)
    QRectF m_textBox;      // m_glyphs' box, padded for the halo
    Side m_side = Side::Right;
};

} // namespace gpuplan
