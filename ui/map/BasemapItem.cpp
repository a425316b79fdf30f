// SPDX-License-Identifier: MIT
#include "BasemapItem.h"

#include "SceneCoordinates.h"

#include <QPainter>
#include <QPolygonF>

namespace gpuplan {
namespace {

QPolygonF scenePolygon(const std::vector<MapPoint>& ring)
{
    QPolygonF polygon;
    polygon.reserve(static_cast<qsizetype>(ring.size()));
    for (const MapPoint& point : ring)
        polygon << scenePoint(point);
    return polygon;
}

constexpr double kPointMarkerPx = 5.0;

} // namespace

BasemapItem::BasemapItem(const std::vector<VectorFeature>& features, Style style)
    : m_style(std::move(style))
{
    // Thousands of coastline vertices, unchanged while a planner drags: paint them once per
    // zoom. Qt sizes a device cache to the viewport, so deep zoom costs no more memory.
    setCacheMode(DeviceCoordinateCache);
    m_areas.setFillRule(Qt::OddEvenFill);
    for (const VectorFeature& feature : features) {
        for (const auto& ring : feature.rings) {
            const QPolygonF polygon = scenePolygon(ring);
            if (feature.closed)
                m_areas.addPolygon(polygon);
            else
                m_lines.addPolygon(polygon);
        }
        for (const MapPoint& point : feature.points)
            m_points.push_back(scenePoint(point));
    }
    QRectF bounds = m_areas.boundingRect() | m_lines.boundingRect();
    for (const QPointF& point : m_points)
        bounds |= QRectF(point, QSizeF(1.0, 1.0));
    m_bounds = bounds;
}

void BasemapItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_style.outline);
    painter->setBrush(m_style.fill);
    painter->drawPath(m_areas);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_lines);
    if (m_points.empty())
        return;
    // Point markers keep their size on screen: draw them in device coordinates.
    painter->save();
    const QTransform toDevice = painter->worldTransform();
    painter->resetTransform();
    painter->setBrush(m_style.outline.color());
    for (const QPointF& point : m_points) {
        const QPointF at = toDevice.map(point);
        painter->drawRect(QRectF(at.x() - kPointMarkerPx / 2, at.y() - kPointMarkerPx / 2,
                                 kPointMarkerPx, kPointMarkerPx));
    }
    painter->restore();
}

} // namespace gpuplan
