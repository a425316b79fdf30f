// SPDX-License-Identifier: MIT
#include "WaterSourceItem.h"

#include "MapStyle.h"

#include <QPen>

namespace gpuplan {
namespace {

constexpr double kDropletPx = 16.0;

} // namespace

WaterSourceItem::WaterSourceItem(QString id) : m_id(std::move(id))
{
    setFlag(ItemIgnoresTransformations);
    setPath(droplet(kDropletPx));
    setBrush(mapstyle::waterColour());
    setPen(QPen(Qt::white, 1.2));
}

QPainterPath WaterSourceItem::droplet(double height)
{
    // A circle of radius r with a tip above it, centred on the source.
    const double r = height * 0.32;
    const QPointF centre(0.0, height * 0.5 - r);
    QPainterPath path;
    path.moveTo(0.0, -height * 0.5);
    path.cubicTo(QPointF(r * 0.5, -height * 0.2), QPointF(r, centre.y() - r * 0.6),
                 QPointF(r, centre.y()));
    path.arcTo(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), 0.0, -180.0);
    path.cubicTo(QPointF(-r, centre.y() - r * 0.6), QPointF(-r * 0.5, -height * 0.2),
                 QPointF(0.0, -height * 0.5));
    path.closeSubpath();
    return path;
}

} // namespace gpuplan
