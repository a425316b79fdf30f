// SPDX-License-Identifier: MIT
#include "ChartSupport.h"

#include "PanelFormat.h"
#include "report/Typeface.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QStandardItemModel>
#include <QValueAxis>

namespace gpuplan::chartsupport {
namespace {

constexpr int kTitlePt = 13;
constexpr int kAxisLabelPt = 11;
constexpr int kLegendPt = 10;

} // namespace

void styleChart(QChart* chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitleFont(typeface(kTitlePt, true));
    chart->legend()->setFont(typeface(kLegendPt));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    chart->setLocale(PanelFormat::locale());
    chart->setMargins(QMargins(4, 4, 12, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
}

void styleAxis(QAbstractAxis* axis)
{
    axis->setLabelsFont(typeface(kAxisLabelPt));
    axis->setTitleFont(typeface(kAxisLabelPt));
}

void configureView(QChartView* view, QChart* chart)
{
    view->setChart(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
}

BarAxes addBarAxes(QChart* chart, QAbstractBarSeries* series, Qt::Alignment categorySide)
{
    BarAxes axes{new QBarCategoryAxis(chart), new QValueAxis(chart)};
    axes.values->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(axes.categories);
    styleAxis(axes.values);
    const bool horizontal = categorySide == Qt::AlignLeft || categorySide == Qt::AlignRight;
    chart->addAxis(axes.categories, categorySide);
    chart->addAxis(axes.values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(axes.categories);
    series->attachAxis(axes.values);
    return axes;
}

QColor organisationColour(const Organisation& organisation)
{
    const QColor colour(QString::fromStdString(organisation.colour));
    return colour.isValid() ? colour : QColor(Qt::gray);
}

QString twoLineLabel(const QString& name, const QString& figures)
{
    return QStringLiteral("%1<br>%2").arg(name.toHtmlEscaped(), figures.toHtmlEscaped());
}

QStringList uniqueLabels(const QStringList& labels)
{
    QStringList unique;
    for (const QString& label : labels) {
        QString candidate = label;
        while (unique.contains(candidate))
            candidate += QChar(0x200b);
        unique << candidate;
    }
    return unique;
}

void colourBarSets(QAbstractBarSeries* series, std::function<QColor(int column)> colourOf)
{
    QObject::connect(series, &QAbstractBarSeries::barsetsAdded, series,
                     [series, colourOf = std::move(colourOf)](const QList<QBarSet*>& sets) {
                         for (QBarSet* set : sets) {
                             const QColor colour = colourOf(int(series->barSets().indexOf(set)));
                             set->setColor(colour);
                             set->setBorderColor(colour.darker(130));
                         }
                     });
}

void setHeader(QStandardItemModel& model, const QAbstractBarSeries& series, int column,
               const QString& text)
{
    if (model.headerData(column, Qt::Horizontal).toString() == text)
        return;
    const QSignalBlocker blocker(column < series.count() ? nullptr : &model);
    model.setHeaderData(column, Qt::Horizontal, text);
}

void setValue(QStandardItemModel& model, int row, int column, double value)
{
    const QModelIndex index = model.index(row, column);
    if (model.data(index).toDouble() != value || !model.data(index).isValid())
        model.setData(index, value);
}

} // namespace gpuplan::chartsupport
