// SPDX-License-Identifier: MIT
#include "BarCaptions.h"

#include <QAbstractBarSeries>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QValueAxis>
#include <algorithm>

namespace gpuplan {
namespace {

constexpr double kGapPx = 1.0; // between a caption and its bar
// Qt Charts stacks its own items (grid, series, axes, legend) at small z values; captions go above.
constexpr double kCaptionZ = 100.0;
// Rows of room above the top bar, so that its caption stays clear of the chart's title.
constexpr double kRoomAboveRows = 0.5;

} // namespace

BarCaptions::BarCaptions(QChart* chart, QAbstractBarSeries* series, double barWidth, QFont font)
    : QObject(chart), m_chart(chart), m_series(series), m_barWidth(barWidth),
      m_font(std::move(font))
{
    m_rows = new QValueAxis(chart);
    m_rows->setLabelsVisible(false);
    m_rows->setGridLineVisible(false);
    m_rows->setLineVisible(false);
    m_rows->setTickCount(2);
    chart->addAxis(m_rows, Qt::AlignLeft);
    series->attachAxis(m_rows);
    connect(chart, &QChart::plotAreaChanged, this, &BarCaptions::place);
    setRowRange(0);
}

void BarCaptions::setCaptions(const QStringList& captions)
{
    if (captions == m_captions)
        return;
    if (captions.size() != m_captions.size())
        setRowRange(captions.size());
    m_captions = captions;
    while (m_items.size() < m_captions.size()) {
        auto* item = new QGraphicsSimpleTextItem(m_chart);
        item->setFont(m_font);
        item->setZValue(kCaptionZ);
        m_items.append(item);
    }
    for (qsizetype i = 0; i < m_items.size(); ++i)
        m_items[i]->setVisible(i < m_captions.size());
    place();
}

void BarCaptions::setRowRange(qsizetype rows)
{
    m_rows->setRange(-0.5, double(std::max<qsizetype>(rows, 1)) - 0.5 + kRoomAboveRows);
}

void BarCaptions::place()
{
    const QRectF plot = m_chart->plotArea();
    const QFontMetrics metrics(m_font);
    for (qsizetype row = 0; row < m_captions.size(); ++row) {
        // The bar's top edge: categories count upwards, the bar spans row ± barWidth / 2.
        const QPointF barTop =
            m_chart->mapToPosition(QPointF(0.0, double(row) + m_barWidth / 2.0), m_series);
        QGraphicsSimpleTextItem* item = m_items[row];
        item->setText(metrics.elidedText(m_captions[row], Qt::ElideRight, int(plot.width())));
        item->setPos(plot.left(), barTop.y() - metrics.height() - kGapPx);
    }
}

} // namespace gpuplan
