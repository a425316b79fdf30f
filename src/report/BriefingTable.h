// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>
#include <utility>
#include <vector>

class QPainter;
class QPaintDevice;

namespace gpuplan {

// A table of wrapped text that continues across pages: its rows are measured once, split into
// runs that fit a page area, and each run is drawn under the repeated header.
class BriefingTable {
public:
    struct Column {
        QString header;
        double weight = 1.0;  // share of the table's width
        bool numeric = false; // right-aligned
    };

    BriefingTable(std::vector<Column> columns, QFont font);

    // `colour` tints the row's last-but-one cell (a status), when valid.
    void addRow(QStringList cells, QColor colour = {});
    int rowCount() const { return int(m_rows.size()); }

    // Runs of rows [first, last) that each fit `area` under the header; at least one run.
    std::vector<std::pair<int, int>> paginate(const QRectF& area, const QPaintDevice* device) const;
    void draw(QPainter& painter, const QRectF& area, std::pair<int, int> rows) const;

private:
    struct Row {
        QStringList cells;
        QColor colour;
    };

    std::vector<double> columnWidths(double tableWidth) const;
    double rowHeight(const QStringList& cells, const std::vector<double>& widths, const QFont& font,
                     const QPaintDevice* device) const;
    void drawRow(QPainter& painter, const QStringList& cells, const std::vector<double>& widths,
                 QPointF origin, double height, const QColor& colour) const;

    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
    QFont m_font;
    QFont m_headerFont;
};

} // namespace gpuplan
