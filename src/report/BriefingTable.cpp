// SPDX-License-Identifier: MIT
#include "BriefingTable.h"

#include <QFontMetricsF>
#include <QPainter>
#include <numeric>

namespace gpuplan {
namespace {

constexpr double kCellPadding = 4.0;
constexpr int kCellFlags = Qt::TextWordWrap | Qt::AlignTop;
const QColor kHeaderFill(0xe8, 0xee, 0xf4);
const QColor kRule(0xc8, 0xcd, 0xd4);

} // namespace

BriefingTable::BriefingTable(std::vector<Column> columns, QFont font)
    : m_columns(std::move(columns)), m_font(font), m_headerFont(font)
{
    m_headerFont.setBold(true);
}

void BriefingTable::addRow(QStringList cells, QColor colour)
{
    m_rows.push_back({std::move(cells), colour});
}

std::vector<double> BriefingTable::columnWidths(double tableWidth) const
{
    const double total =
        std::accumulate(m_columns.begin(), m_columns.end(), 0.0,
                        [](double sum, const Column& c) { return sum + c.weight; });
    std::vector<double> widths;
    for (const Column& column : m_columns)
        widths.push_back(tableWidth * column.weight / total);
    return widths;
}

double BriefingTable::rowHeight(const QStringList& cells, const std::vector<double>& widths,
                                const QFont& font, const QPaintDevice* device) const
{
    const QFontMetricsF metrics(font, device);
    double height = metrics.height();
    for (int i = 0; i < cells.size() && i < int(widths.size()); ++i) {
        const QRectF box(0, 0, widths[i] - 2 * kCellPadding, 1e6);
        height = std::max(height, metrics.boundingRect(box, kCellFlags, cells[i]).height());
    }
    return height + 2 * kCellPadding;
}

std::vector<std::pair<int, int>> BriefingTable::paginate(const QRectF& area,
                                                         const QPaintDevice* device) const
{
    const std::vector<double> widths = columnWidths(area.width());
    QStringList headers;
    for (const Column& column : m_columns)
        headers << column.header;
    const double available = area.height() - rowHeight(headers, widths, m_headerFont, device);
    std::vector<std::pair<int, int>> runs;
    int first = 0;
    double used = 0.0;
    for (int row = 0; row < rowCount(); ++row) {
        const double height = rowHeight(m_rows[row].cells, widths, m_font, device);
        if (used + height > available && row > first) {
            runs.emplace_back(first, row);
            first = row;
            used = 0.0;
        }
        used += height;
    }
    runs.emplace_back(first, rowCount());
    return runs;
}

void BriefingTable::draw(QPainter& painter, const QRectF& area, std::pair<int, int> rows) const
{
    const std::vector<double> widths = columnWidths(area.width());
    QStringList headers;
    for (const Column& column : m_columns)
        headers << column.header;
    QPointF origin = area.topLeft();
    const double headerHeight = rowHeight(headers, widths, m_headerFont, painter.device());
    painter.fillRect(QRectF(origin, QSizeF(area.width(), headerHeight)), kHeaderFill);
    painter.setFont(m_headerFont);
    drawRow(painter, headers, widths, origin, headerHeight, {});
    origin.ry() += headerHeight;
    painter.setFont(m_font);
    for (int row = rows.first; row < rows.second; ++row) {
        const double height = rowHeight(m_rows[row].cells, widths, m_font, painter.device());
        drawRow(painter, m_rows[row].cells, widths, origin, height, m_rows[row].colour);
        origin.ry() += height;
    }
}

void BriefingTable::drawRow(QPainter& painter, const QStringList& cells,
                            const std::vector<double>& widths, QPointF origin, double height,
                            const QColor& colour) const
{
    double x = origin.x();
    for (int i = 0; i < cells.size() && i < int(widths.size()); ++i) {
        const QRectF cell(x + kCellPadding, origin.y() + kCellPadding, widths[i] - 2 * kCellPadding,
                          height - 2 * kCellPadding);
        const bool tinted = colour.isValid() && i == cells.size() - 2;
        painter.setPen(tinted ? colour : QColor(0x22, 0x22, 0x22));
        const int align = m_columns[i].numeric ? Qt::AlignRight : Qt::AlignLeft;
        painter.drawText(cell, kCellFlags | align, cells[i]);
        x += widths[i];
    }
    painter.setPen(QPen(kRule, 0.5));
    const double right = origin.x() + std::accumulate(widths.begin(), widths.end(), 0.0);
    painter.drawLine(QPointF(origin.x(), origin.y() + height), QPointF(right, origin.y() + height));
}

} // namespace gpuplan
