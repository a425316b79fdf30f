// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QStringList>

class QAbstractBarSeries;
class QChart;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace gpuplan {

// Captions written just above the bars of a horizontal bar chart, across the whole plot width.
// A category axis gives its labels a third of the chart at most, which cuts site and branch
// names on a docked chart; above the bar a name and its figures fit in one readable line. The
// bars' rows run on a value axis (no labels) that leaves room above the top bar for its caption.
class BarCaptions : public QObject {
    Q_OBJECT

public:
    // Adds the row axis to `chart` and attaches `series` to it; `barWidth` is the series's bar
    // width in rows.
    BarCaptions(QChart* chart, QAbstractBarSeries* series, double barWidth, QFont font);

    // One caption per bar, bottom to top as the rows count.
    void setCaptions(const QStringList& captions);
    const QStringList& captions() const { return m_captions; }
    // The rows' axis, for other series drawn across the rows (a rating line).
    QValueAxis* rowAxis() const { return m_rows; }

private:
    void setRowRange(qsizetype rows);
    void place();

    QChart* m_chart = nullptr;
    QAbstractBarSeries* m_series = nullptr;
    QValueAxis* m_rows = nullptr;
    double m_barWidth = 0.0;
    QFont m_font;
    QStringList m_captions;
    QList<QGraphicsSimpleTextItem*> m_items;
};

} // namespace gpuplan
