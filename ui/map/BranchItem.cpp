// SPDX-License-Identifier: MIT
#include "BranchItem.h"

#include <QPainter>

namespace gpuplan {

BranchItem::BranchItem(int caseIndex, double kv, const QLineF& sceneLine)
    : QGraphicsLineItem(sceneLine), m_caseIndex(caseIndex), m_kv(kv)
{
    restyle();
}

void BranchItem::setLoading(mapstyle::LoadingClass loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    restyle();
}

void BranchItem::setInService(bool inService)
{
    if (inService == m_inService)
        return;
    m_inService = inService;
    restyle();
}

void BranchItem::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    update();
}

void BranchItem::restyle()
{
    setPen(mapstyle::branchPen(m_kv, m_loading, m_inService));
    // Overloaded lines draw above the others so a red line is never hidden under a green one.
    setZValue(static_cast<double>(m_loading));
}

void BranchItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_selected) {
        QPen halo(mapstyle::selectionColour(), pen().widthF() + 6.0, Qt::SolidLine, Qt::RoundCap);
        halo.setCosmetic(true);
        painter->setPen(halo);
        painter->drawLine(line());
    }
    QGraphicsLineItem::paint(painter, option, widget);
}

} // namespace gpuplan
