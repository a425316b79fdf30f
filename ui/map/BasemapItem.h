// SPDX-License-Identifier: MIT
#pragma once

#include "io/VectorLayer.h"

#include <QBrush>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>

namespace gpuplan {

// The features of one vector layer (the countries of the basemap, or a layer an analyst adds)
// drawn as one item: polygons filled, lines stroked, points as small squares.
class BasemapItem : public QGraphicsItem {
public:
    struct Style {
        QBrush fill;
        QPen outline; // cosmetic: the same width at every zoom
    };

    BasemapItem(const std::vector<VectorFeature>& features, Style style);

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    Style m_style;
    QPainterPath m_areas;
    QPainterPath m_lines;
    std::vector<QPointF> m_points;
    QRectF m_bounds;
};

} // namespace gpuplan
