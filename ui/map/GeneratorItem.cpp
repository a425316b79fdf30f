// SPDX-License-Identifier: MIT
#include "GeneratorItem.h"

#include <algorithm>
#include <cmath>

namespace gpuplan {
namespace {

// Glyph size grows with the square root of capacity: 100 MW ≈ 10 px, 6,000 MW (a nuclear
// complex) ≈ 18 px.
double glyphSizePx(double pMaxMw)
{
    return std::clamp(8.0 + 0.13 * std::sqrt(std::max(0.0, pMaxMw)), 9.0, 18.0);
}

} // namespace

GeneratorItem::GeneratorItem(int caseIndex, mapstyle::Fuel fuel, double pMaxMw)
    : m_caseIndex(caseIndex), m_fuel(fuel), m_sizePx(glyphSizePx(pMaxMw))
{
    setFlag(ItemIgnoresTransformations);
}

QRectF GeneratorItem::boundingRect() const
{
    const double r = m_sizePx / 2.0 + 1.0;
    return {-r, -r, 2 * r, 2 * r};
}

void GeneratorItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    mapstyle::paintFuelGlyph(*painter, m_fuel, QPointF(), m_sizePx);
}

} // namespace gpuplan
