// SPDX-License-Identifier: MIT
#include "MapLabelItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace gpuplan {
namespace {

constexpr double kHaloPx = 3.0; // white outline that keeps text readable over lines
constexpr double kGapPx = 3.0;  // between the point's clearance and the text

} // namespace

MapLabelItem::MapLabelItem(const QString& text, Style style)
    : m_text(text), m_style(std::move(style))
{
    setFlag(ItemIgnoresTransformations);
    // Stroking the halo around the glyphs is the costliest paint on the map; a label does not
    // change while a planner drags, so keep it as a pixmap (it ignores zoom, so it stays valid).
    setCacheMode(DeviceCoordinateCache);
    m_glyphs.addText(QPointF(), m_style.font, m_text);
    const QFontMetricsF metrics(m_style.font);
    // The font's ascent and descent rather than the glyphs' box, so labels line up.
    m_textBox = QRectF(0.0, -metrics.ascent(), metrics.horizontalAdvance(m_text),
                       metrics.ascent() + metrics.descent())
                    .adjusted(-kHaloPx / 2, -kHaloPx / 2, kHaloPx / 2, kHaloPx / 2);
}

void MapLabelItem::setSide(Side side)
{
    if (side == m_side)
        return;
    prepareGeometryChange();
    m_side = side;
}

void MapLabelItem::setClearance(double clearancePx)
{
    if (clearancePx == m_style.clearancePx)
        return;
    prepareGeometryChange();
    m_style.clearancePx = clearancePx;
}

QPointF MapLabelItem::textOrigin(Side side) const
{
    const double clearance = std::max(m_style.clearancePx, m_style.markerPx) + kGapPx;
    const QPointF centre = m_textBox.center();
    switch (side) {
    case Side::Right:
        return {clearance - m_textBox.left(), -centre.y()};
    case Side::Left:
        return {-clearance - m_textBox.right(), -centre.y()};
    case Side::Above:
        return {-centre.x(), -clearance - m_textBox.bottom()};
    case Side::Below:
        break;
    }
    return {-centre.x(), clearance - m_textBox.top()};
}

QRectF MapLabelItem::footprint(Side side) const
{
    QRectF box = m_textBox.translated(textOrigin(side));
    if (m_style.markerPx > 0.0) {
        const double r = m_style.markerPx;
        box |= QRectF(-r, -r, 2 * r, 2 * r);
    }
    return box;
}

void MapLabelItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_style.markerPx > 0.0) {
        painter->setPen(QPen(Qt::white, 1.0));
        painter->setBrush(m_style.colour);
        painter->drawEllipse(QPointF(), m_style.markerPx, m_style.markerPx);
    }
    const QPainterPath text = m_glyphs.translated(textOrigin(m_side));
    painter->strokePath(text, QPen(QColor(255, 255, 255, 230), kHaloPx, Qt::SolidLine, Qt::RoundCap,
                                   Qt::RoundJoin));
    painter->fillPath(text, m_style.colour);
}

} // namespace gpuplan
