// SPDX-License-Identifier: MIT
#include "DcLineItem.h"

#include "MapStyle.h"

namespace gpuplan {

DcLineItem::DcLineItem(int caseIndex, const QLineF& sceneLine)
    : QGraphicsLineItem(sceneLine), m_caseIndex(caseIndex)
{
    setPen(mapstyle::hvdcPen());
}

} // namespace gpuplan
