// SPDX-License-Identifier: MIT
#include "LabelLayer.h"

#include "LabelPlacement.h"
#include "MapLabelItem.h"
#include "MapStyle.h"
#include "SceneCoordinates.h"
#include "ui/DisplayNames.h"

#include <algorithm>

namespace gpuplan {
namespace {

constexpr int kCityFontPx = 13;
constexpr int kCapitalFontPx = 15;
constexpr long long kMetropolisPopulation = 1'000'000; // shown a size larger
constexpr double kCityMarkerPx = 2.5;

} // namespace

LabelLayer::LabelLayer(QGraphicsItem* root) : m_root(root) {}

void LabelLayer::setCities(const std::vector<CityLabel>& cities, const MapProjection& projection)
{
    qDeleteAll(m_cities);
    m_cities.clear();
    std::vector<const CityLabel*> byPopulation;
    for (const CityLabel& city : cities)
        byPopulation.push_back(&city);
    std::stable_sort(
        byPopulation.begin(), byPopulation.end(),
        [](const CityLabel* a, const CityLabel* b) { return a->population > b->population; });
    for (const CityLabel* city : byPopulation) {
        const bool large = city->population >= kMetropolisPopulation;
        const QString name = localName(city->nameKo, city->nameEn, city->nameEn);
        auto* label = new MapLabelItem(
            name, {mapstyle::labelFont(large ? kCapitalFontPx : kCityFontPx, false),
                   QColor(0x4a, 0x4a, 0x4a), 0.0, kCityMarkerPx});
        label->setPos(scenePoint(projection.project(city->lon, city->lat)));
        label->setParentItem(m_root);
        m_cities.push_back(label);
    }
}

int LabelLayer::place(const QTransform& sceneToView, const std::vector<MapLabelItem*>& siteLabels,
                      const std::vector<QRectF>& obstacles) const
{
    std::vector<MapLabelItem*> byPriority = siteLabels;
    byPriority.insert(byPriority.end(), m_cities.begin(), m_cities.end());
    return placeLabels(sceneToView, byPriority, obstacles);
}

} // namespace gpuplan
