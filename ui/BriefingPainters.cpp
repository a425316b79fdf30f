// SPDX-License-Identifier: MIT
#include "BriefingPainters.h"

#include "map/MapCanvas.h"
#include "map/MapLegend.h"
#include "panels/BranchLoadingChart.h"
#include "panels/ChartsPanel.h"
#include "panels/QuotaChart.h"
#include "panels/SiteMwChart.h"
#include "panels/YearlyMwChart.h"
#include "report/BriefingWriter.h"
#include "report/Typeface.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPicture>
#include <cmath>

namespace gpuplan {
namespace {

constexpr double kInset = 12.0;
// The legend a little smaller than on screen, to leave the map its room.
constexpr double kLegendScale = 0.75;
constexpr double kChartLayoutScale = 1.15;
constexpr double kScaleBarShare = 0.18; // of the map's width, before rounding to 1-2-5

// The longest 1, 2 or 5 × 10^n kilometres not over `maxKm`.
double roundScaleKm(double maxKm)
{
    const double decade = std::pow(10.0, std::floor(std::log10(maxKm)));
    for (const double step : {5.0, 2.0, 1.0})
        if (step * decade <= maxKm)
            return step * decade;
    return decade;
}

} // namespace

BriefingPainters::BriefingPainters(MapCanvas& canvas, ChartsPanel* charts)
    : m_canvas(canvas), m_charts(charts)
{
}

QRectF BriefingPainters::sourceRect(const QRectF& target) const
{
    QRectF visible = m_canvas.mapToScene(m_canvas.viewport()->rect()).boundingRect();
    if (visible.isEmpty())
        visible = m_canvas.koreaSceneRect();
    const double aspect = target.width() / target.height();
    QSizeF size = visible.size();
    if (size.width() / size.height() < aspect)
        size.setWidth(size.height() * aspect);
    else
        size.setHeight(size.width() / aspect);
    QRectF source(QPointF(), size);
    source.moveCenter(visible.center());
    return source;
}

void BriefingPainters::paintMap(QPainter& painter, const QRectF& target) const
{
    const QRectF source = sourceRect(target);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(target, m_canvas.backgroundBrush().style() == Qt::NoBrush
                                 ? QBrush(Qt::white)
                                 : m_canvas.backgroundBrush());
    painter.setClipRect(target, Qt::IntersectClip);
    m_canvas.scene()->render(&painter, target, source, Qt::IgnoreAspectRatio);
    paintScaleBar(painter, target, source.width() / target.width());
    paintNorthArrow(painter, target);
    // The legend in the bottom left corner, over the Yellow Sea, where no site is labelled.
    MapLegend legend;
    // Shown offscreen once, so that its layout places the rows before it is rendered.
    legend.setAttribute(Qt::WA_DontShowOnScreen);
    legend.setAutoFillBackground(true);
    legend.show();
    legend.adjustSize();
    const double scale = std::min(kLegendScale, (target.height() - 2 * kInset) / legend.height());
    painter.translate(target.left() + kInset, target.bottom() - kInset - legend.height() * scale);
    painter.scale(scale, scale);
    paintLegend(painter, legend);
    painter.restore();
}

// Recorded first: a widget rendered straight into a PDF painter loses its children's offsets,
// a picture replays them as plain vector drawing.
void BriefingPainters::paintLegend(QPainter& painter, QWidget& legend)
{
    QPicture picture;
    QPainter recorder(&picture);
    legend.render(&recorder, QPoint(), QRegion(),
                  QWidget::DrawWindowBackground | QWidget::DrawChildren);
    recorder.end();
    painter.drawPicture(QPointF(), picture);
}

void BriefingPainters::paintScaleBar(QPainter& painter, const QRectF& target, double metresPerUnit)
{
    const double km = roundScaleKm(target.width() * kScaleBarShare * metresPerUnit / 1000.0);
    const double length = km * 1000.0 / metresPerUnit;
    const QPointF origin(target.right() - kInset - 46 - length, target.bottom() - kInset - 6);
    painter.setPen(QPen(Qt::black, 1.2));
    painter.fillRect(QRectF(origin.x() - 4, origin.y() - 22, length + 46, 30),
                     QColor(255, 255, 255, 210));
    painter.drawLine(origin, origin + QPointF(length, 0));
    painter.drawLine(origin, origin + QPointF(0, -6));
    painter.drawLine(origin + QPointF(length, 0), origin + QPointF(length, -6));
    painter.setFont(typeface(7.5));
    painter.drawText(QRectF(origin.x(), origin.y() - 22, length + 40, 14),
                     Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1 km").arg(km, 0, 'f', 0));
}

void BriefingPainters::paintNorthArrow(QPainter& painter, const QRectF& target)
{
    // EPSG:5179 is drawn north up, so the arrow points straight up.
    const QPointF tip(target.right() - kInset - 14, target.top() + kInset + 16);
    QPainterPath arrow;
    arrow.moveTo(tip);
    arrow.lineTo(tip + QPointF(8, 24));
    arrow.lineTo(tip + QPointF(0, 18));
    arrow.lineTo(tip + QPointF(-8, 24));
    arrow.closeSubpath();
    painter.setPen(QPen(Qt::black, 1.0));
    painter.setBrush(Qt::black);
    painter.drawPath(arrow);
    painter.setFont(typeface(9, true));
    painter.drawText(QRectF(tip.x() - 10, tip.y() - 16, 20, 14), Qt::AlignCenter,
                     QStringLiteral("N"));
}

QChartView* BriefingPainters::chartView(int chartIndex) const
{
    if (!m_charts)
        return nullptr;
    switch (BriefingChart(chartIndex)) {
    case BriefingChart::Quota:
        return m_charts->quotaChart();
    case BriefingChart::SiteMw:
        return m_charts->siteMwChart();
    case BriefingChart::BranchLoading:
        return m_charts->branchLoadingChart();
    case BriefingChart::YearlyMw:
        return m_charts->yearlyMwChart();
    }
    return nullptr;
}

void BriefingPainters::paintChart(QPainter& painter, const QRectF& target, int chartIndex) const
{
    QChartView* view = chartView(chartIndex);
    if (!view)
        return;
    QChart* chart = view->chart();
    const QSizeF shown = chart->size();
    const QChart::AnimationOptions animations = chart->animationOptions();
    chart->setAnimationOptions(QChart::NoAnimation);
    // Lay the chart out larger than the page cell and shrink it: a docked chart's fonts suit a
    // panel, and the page's cell holds more rows at a smaller print size.
    const QSizeF layout = target.size() * kChartLayoutScale;
    chart->resize(layout);
    QCoreApplication::processEvents();
    view->scene()->render(&painter, target, QRectF(chart->pos(), layout));
    chart->resize(shown);
    chart->setAnimationOptions(animations);
}

QImage BriefingPainters::mapImage(QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintMap(painter, QRectF(QPointF(), size));
    return image;
}

} // namespace gpuplan
