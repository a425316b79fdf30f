// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

#include <QColor>
#include <QStringList>
#include <Qt>
#include <functional>

class QAbstractAxis;
class QBarCategoryAxis;
class QValueAxis;
class QAbstractBarSeries;
class QChart;
class QChartView;
class QStandardItemModel;

namespace gpuplan::chartsupport {

// Shared set-up of the panels' charts so that they read alike on a projector: large type, no
// animation (values change many times a second during a drag), numbers grouped by the locale.
void styleChart(QChart* chart);
void styleAxis(QAbstractAxis* axis);
// A chart view that draws smoothly and takes `chart` into its ownership.
void configureView(QChartView* view, QChart* chart);

// A category axis on `categorySide` and a whole-number value axis across it, styled, added to
// `chart` and attached to `series`.
struct BarAxes {
    QBarCategoryAxis* categories = nullptr;
    QValueAxis* values = nullptr;
};
BarAxes addBarAxes(QChart* chart, QAbstractBarSeries* series, Qt::Alignment categorySide);

QColor organisationColour(const Organisation& organisation);

// An axis label of a name over its figures (axis labels are rich text).
QString twoLineLabel(const QString& name, const QString& figures);

// Category labels made distinct (a category axis drops repeats, which would shift the bars):
// a repeat gets invisible zero-width spaces.
QStringList uniqueLabels(const QStringList& labels);

// Colours every bar set a mapper makes by its column (the mapper makes new sets whenever the
// model's shape changes); `colourOf` is asked at that time.
void colourBarSets(QAbstractBarSeries* series, std::function<QColor(int column)> colourOf);

// Sets a bar set's name in the model's header, only when it differs. Qt 6.4's mapper crashes on
// a header change for a column it has made no bar set for yet (a model without rows), so such a
// change is kept from it; it reads the header when it makes the set.
void setHeader(QStandardItemModel& model, const QAbstractBarSeries& series, int column,
               const QString& text);

// Sets a cell only when its value differs, so that a mapper updates just the changed bars.
void setValue(QStandardItemModel& model, int row, int column, double value);

} // namespace gpuplan::chartsupport
