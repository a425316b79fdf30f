// SPDX-License-Identifier: MIT
#pragma once

#include "io/CityLabels.h"

#include <QRectF>
#include <QTransform>
#include <vector>

class QGraphicsItem;

namespace gpuplan {

class MapLabelItem;
class MapProjection;

// The city names of the basemap, and the placement of every label on the map: site names first
// (most GPUs first), then cities by population, none overlapping another or a site symbol.
class LabelLayer {
public:
    explicit LabelLayer(QGraphicsItem* root);
    LabelLayer(const LabelLayer&) = delete;
    LabelLayer& operator=(const LabelLayer&) = delete;

    void setCities(const std::vector<CityLabel>& cities, const MapProjection& projection);

    // Places the site labels and then the city labels for the view's current scale; returns
    // how many are shown.
    int place(const QTransform& sceneToView, const std::vector<MapLabelItem*>& siteLabels,
              const std::vector<QRectF>& obstacles) const;

private:
    QGraphicsItem* m_root = nullptr;
    std::vector<MapLabelItem*> m_cities; // largest population first
};

} // namespace gpuplan
