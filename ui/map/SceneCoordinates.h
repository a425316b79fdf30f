// SPDX-License-Identifier: MIT
#pragma once

#include "io/MapProjection.h"

#include <QPointF>

namespace gpuplan {

// The map scene is EPSG:5179 in metres with y negated, so that north is up on screen while the
// view keeps an ordinary (unflipped) transform and text stays upright.
inline QPointF scenePoint(const MapPoint& point)
{
    return {point.x, -point.y};
}

inline MapPoint mapPoint(const QPointF& scene)
{
    return {scene.x(), -scene.y()};
}

} // namespace gpuplan
