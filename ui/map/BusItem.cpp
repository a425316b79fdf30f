// SPDX-License-Identifier: MIT
#include "BusItem.h"

#include "MapStyle.h"

#include <QPen>

namespace gpuplan {

BusItem::BusItem(int caseIndex, double kv) : m_caseIndex(caseIndex)
{
    const double r = mapstyle::busRadiusPx(kv);
    setRect(-r, -r, 2 * r, 2 * r);
    setFlag(ItemIgnoresTransformations);
    setBrush(QColor(0x33, 0x33, 0x33));
    setPen(QPen(Qt::white, 1.0));
}

} // namespace gpuplan
