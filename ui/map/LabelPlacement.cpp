// SPDX-License-Identifier: MIT
#include "LabelPlacement.h"

#include "MapLabelItem.h"

#include <algorithm>
#include <array>

namespace gpuplan {
namespace {

// Cartographic preference: right of the point, then left, above, below.
constexpr std::array kSides{MapLabelItem::Side::Right, MapLabelItem::Side::Left,
                            MapLabelItem::Side::Above, MapLabelItem::Side::Below};

bool meetsAny(const QRectF& box, const std::vector<QRectF>& taken)
{
    return std::any_of(taken.begin(), taken.end(),
                       [&box](const QRectF& other) { return box.intersects(other); });
}

} // namespace

int placeLabels(const QTransform& sceneToView, const std::vector<MapLabelItem*>& byPriority,
                const std::vector<QRectF>& obstacles)
{
    std::vector<QRectF> taken = obstacles;
    int shown = 0;
    for (MapLabelItem* label : byPriority) {
        const QPointF at = sceneToView.map(label->scenePos());
        bool placed = false;
        for (const MapLabelItem::Side side : kSides) {
            const QRectF box = label->footprint(side).translated(at);
            if (meetsAny(box, taken))
                continue;
            label->setSide(side);
            taken.push_back(box);
            placed = true;
            break;
        }
        label->setVisible(placed);
        shown += placed ? 1 : 0;
    }
    return shown;
}

} // namespace gpuplan
