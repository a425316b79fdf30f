// SPDX-License-Identifier: MIT
#include "SiteItem.h"

#include <QPainter>
#include <QPainterPath>

namespace gpuplan {

SiteItem::SiteItem(QString id) : m_id(std::move(id))
{
    setFlag(ItemIgnoresTransformations);
    setAcceptHoverEvents(false);
}

void SiteItem::setGpus(long long gpus, std::vector<mapstyle::PieSlice> slices)
{
    prepareGeometryChange();
    m_radius = mapstyle::siteRadiusPx(gpus);
    m_slices = std::move(slices);
    update();
}

void SiteItem::setState(SiteState state)
{
    if (state == m_state)
        return;
    m_state = state;
    update();
}

void SiteItem::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    update();
}

QRectF SiteItem::boundingRect() const
{
    const double r = m_radius + mapstyle::kSiteRingBandPx + mapstyle::kSiteHaloPx + 1.0;
    return {-r, -r, 2 * r, 2 * r};
}

QPainterPath SiteItem::shape() const
{
    QPainterPath path;
    const double r = m_radius + mapstyle::kSiteRingBandPx;
    path.addEllipse(QPointF(), r, r);
    return path;
}

void SiteItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    mapstyle::paintSiteSymbol(*painter, QPointF(), m_radius, m_slices, ringColour(), m_selected);
}

} // namespace gpuplan
