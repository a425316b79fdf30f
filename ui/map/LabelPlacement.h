// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>
#include <QTransform>
#include <vector>

namespace gpuplan {

class MapLabelItem;

// Greedy label placement: labels in priority order each take the first of their four sides
// whose footprint on screen meets neither an obstacle (a site symbol) nor a label already
// placed; a label with no free side is hidden. Run again whenever the scale changes.
// `sceneToView` is the view's viewportTransform(); obstacles are in view pixels.
// Returns the number of labels shown.
int placeLabels(const QTransform& sceneToView, const std::vector<MapLabelItem*>& byPriority,
                const std::vector<QRectF>& obstacles);

} // namespace gpuplan
