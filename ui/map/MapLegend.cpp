// SPDX-License-Identifier: MIT
#include "MapLegend.h"

#include "MapStyle.h"
#include "MapTexts.h"
#include "WaterSourceItem.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace gpuplan {
namespace {

constexpr int kSwatchWidth = 30;
constexpr int kSwatchHeight = 18;

QPixmap blankSwatch()
{
    QPixmap pixmap(kSwatchWidth, kSwatchHeight);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QPixmap lineSwatch(const QPen& pen)
{
    QPixmap pixmap = blankSwatch();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(pen);
    painter.drawLine(QPointF(2, kSwatchHeight / 2.0),
                     QPointF(kSwatchWidth - 2, kSwatchHeight / 2.0));
    return pixmap;
}

QPixmap voltageSwatch()
{
    QPixmap pixmap = blankSwatch();
    QPainter painter(&pixmap);
    const double widths[] = {mapstyle::branchWidthPx(765), mapstyle::branchWidthPx(345),
                             mapstyle::branchWidthPx(154)};
    double x = 4.0;
    for (const double width : widths) {
        painter.setPen(QPen(QColor(0x50, 0x50, 0x50), width, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(x, 2), QPointF(x, kSwatchHeight - 2));
        x += 9.0;
    }
    return pixmap;
}

QPixmap siteSwatch(SiteState state)
{
    QPixmap pixmap = blankSwatch();
    QPainter painter(&pixmap);
    const std::vector<mapstyle::PieSlice> slices{{0.6, QColor(0x4e, 0x79, 0xa7)},
                                                 {0.4, QColor(0xf2, 0x8e, 0x2b)}};
    mapstyle::paintSiteSymbol(painter, QPointF(kSwatchWidth / 2.0, kSwatchHeight / 2.0), 4.5,
                              slices, mapstyle::statusColour(state), false);
    return pixmap;
}

QPixmap fuelSwatch(mapstyle::Fuel fuel)
{
    QPixmap pixmap = blankSwatch();
    QPainter painter(&pixmap);
    mapstyle::paintFuelGlyph(painter, fuel, QPointF(kSwatchWidth / 2.0, kSwatchHeight / 2.0), 13);
    return pixmap;
}

QPixmap waterSwatch()
{
    QPixmap pixmap = blankSwatch();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(kSwatchWidth / 2.0, kSwatchHeight / 2.0);
    painter.setPen(QPen(Qt::white, 1.0));
    painter.setBrush(mapstyle::waterColour());
    painter.drawPath(WaterSourceItem::droplet(15.0));
    return pixmap;
}

} // namespace

MapLegend::MapLegend(QWidget* parent) : QFrame(parent), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("mapLegend"));
    setStyleSheet(QStringLiteral("#mapLegend { background: rgba(255, 255, 255, 235); "
                                 "border: 1px solid #a8a8a8; border-radius: 4px; } "
                                 "#mapLegend QLabel { color: #202020; font-size: 13px; }"));
    m_grid->setContentsMargins(10, 8, 10, 8);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(2);
    addLineEntries();
    addSiteEntries();
    addFuelEntries();
}

void MapLegend::addTitle(const QString& title)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    m_grid->addWidget(label, m_row++, 0, 1, 4);
}

void MapLegend::addEntry(const QPixmap& swatch, const QString& text, int column)
{
    auto* icon = new QLabel;
    icon->setPixmap(swatch);
    m_grid->addWidget(icon, m_row, 2 * column);
    m_grid->addWidget(new QLabel(text), m_row, 2 * column + 1);
    if (column == 1)
        ++m_row;
}

void MapLegend::addLineEntries()
{
    using mapstyle::LoadingClass;
    addTitle(tr("Line loading, worst N-1"));
    const LoadingClass classes[] = {LoadingClass::Normal, LoadingClass::High,
                                    LoadingClass::Overloaded, LoadingClass::Unknown};
    int column = 0;
    for (const LoadingClass loading : classes) {
        addEntry(lineSwatch(mapstyle::branchPen(345, loading, true)),
                 MapTexts::loadingTitle(loading), column);
        column = 1 - column;
    }
    addEntry(lineSwatch(mapstyle::branchPen(345, LoadingClass::Unknown, false)),
             tr("Not in service"), 0);
    addEntry(lineSwatch(mapstyle::hvdcPen()), tr("HVDC link"), 1);
    addEntry(voltageSwatch(), tr("765 / 345 / 154 kV"), 0);
    addEntry(waterSwatch(), tr("Water source"), 1);
}

void MapLegend::addSiteEntries()
{
    addTitle(tr("Site status (pie: GPUs by organisation)"));
    const SiteState states[] = {SiteState::Feasible, SiteState::AtRisk, SiteState::Infeasible,
                                SiteState::Unknown};
    int column = 0;
    for (const SiteState state : states) {
        addEntry(siteSwatch(state), MapTexts::stateTitle(state), column);
        column = 1 - column;
    }
}

void MapLegend::addFuelEntries()
{
    addTitle(tr("Power plants"));
    int column = 0;
    for (const mapstyle::Fuel fuel : mapstyle::allFuels()) {
        addEntry(fuelSwatch(fuel), MapTexts::fuelTitle(fuel), column);
        column = 1 - column;
    }
    if (column == 1)
        ++m_row;
}

} // namespace gpuplan
