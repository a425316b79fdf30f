// SPDX-License-Identifier: MIT
#include "BranchLoadingChart.h"

#include "BarCaptions.h"
#include "ChartSupport.h"
#include "PanelFormat.h"
#include "ReasonText.h"
#include "map/MapStyle.h"
#include "report/Typeface.h"

#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QStandardItemModel>
#include <QVBarModelMapper>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace gpuplan {
namespace {

constexpr double kBarWidth = 0.5;     // of a category; the caption takes the space above
constexpr double kMinAxisPct = 120.0; // keep the 100 % line well inside the plot
constexpr double kHeadroom = 1.1;
constexpr int kCaptionPt = 10;

int columnOf(double loadingPct)
{
    if (loadingPct > mapstyle::kOverloadPct)
        return BranchLoadingChart::Overloaded;
    if (loadingPct >= mapstyle::kHighLoadingPct)
        return BranchLoadingChart::High;
    return BranchLoadingChart::Normal;
}

QColor columnColour(int column)
{
    switch (column) {
    case BranchLoadingChart::Overloaded:
        return mapstyle::loadingColour(mapstyle::LoadingClass::Overloaded);
    case BranchLoadingChart::High:
        return mapstyle::loadingColour(mapstyle::LoadingClass::High);
    default:
        return mapstyle::loadingColour(mapstyle::LoadingClass::Normal);
    }
}

} // namespace

BranchLoadingChart::BranchLoadingChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("branchLoadingChart"));
    auto* chart = new QChart;
    chartsupport::styleChart(chart);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_series = new QHorizontalStackedBarSeries(chart);
    m_series->setBarWidth(kBarWidth);
    m_ratingLine = new QLineSeries(chart);
    m_ratingLine->setPen(QPen(columnColour(Overloaded), 2.0, Qt::DashLine));
    chart->addSeries(m_series);
    chart->addSeries(m_ratingLine);
    m_values = new QValueAxis(chart);
    m_values->setLabelFormat(QStringLiteral("%.0f%"));
    chartsupport::styleAxis(m_values);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_values);
    m_ratingLine->attachAxis(m_values);
    chartsupport::colourBarSets(m_series, columnColour);
    m_mapper = new QVBarModelMapper(this);
    m_mapper->setFirstBarSetColumn(Normal);
    m_mapper->setLastBarSetColumn(Overloaded);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);
    m_captions = new BarCaptions(chart, m_series, kBarWidth, typeface(kCaptionPt));
    m_ratingLine->attachAxis(m_captions->rowAxis());
    m_values->setRange(0.0, kMinAxisPct);
    chartsupport::configureView(this, chart);
    retranslate();
}

void BranchLoadingChart::setEvaluation(const Evaluation& evaluation)
{
    std::vector<const BranchLoading*> worst;
    for (const BranchLoading& branch : evaluation.branches) {
        if (std::isfinite(branch.worstLoadingPct))
            worst.push_back(&branch);
    }
    const auto shown = std::min<std::size_t>(worst.size(), kBranches);
    std::partial_sort(worst.begin(), worst.begin() + shown, worst.end(),
                      [](const BranchLoading* a, const BranchLoading* b) {
                          return a->worstLoadingPct > b->worstLoadingPct;
                      });
    worst.resize(shown);
    setRows(worst);
    updateRange(worst.empty() ? 0.0 : worst.front()->worstLoadingPct);
    updateTexts();
}

std::vector<int> BranchLoadingChart::branchCaseIndices() const
{
    std::vector<int> indices;
    for (auto branch = m_shown.rbegin(); branch != m_shown.rend(); ++branch)
        indices.push_back(branch->caseIndex);
    return indices;
}

const QStringList& BranchLoadingChart::captions() const
{
    return m_captions->captions();
}

void BranchLoadingChart::retranslate()
{
    chart()->setTitle(tr("Most loaded branches under N-1"));
    chart()->setLocale(PanelFormat::locale());
    const QString names[ColumnCount] = {tr("Below 70%"), tr("70–100%"), tr("Over 100%")};
    for (int column = 0; column < ColumnCount; ++column)
        chartsupport::setHeader(*m_model, *m_series, column, names[column]);
    m_ratingLine->setName(tr("Rating"));
    updateTexts();
}

void BranchLoadingChart::setRows(const std::vector<const BranchLoading*>& worst)
{
    const int count = int(worst.size());
    if (m_model->rowCount() != count)
        m_model->setRowCount(count);
    m_shown.clear();
    for (int row = 0; row < count; ++row) {
        const BranchLoading& branch = *worst[count - 1 - row]; // the worst at the top
        const int loadingColumn = columnOf(branch.worstLoadingPct);
        for (int column = 0; column < ColumnCount; ++column)
            chartsupport::setValue(*m_model, row, column,
                                   column == loadingColumn ? branch.worstLoadingPct : 0.0);
        m_shown.push_back(branch);
    }
}

void BranchLoadingChart::updateRange(double worstPct)
{
    const double top = std::max(kMinAxisPct, worstPct * kHeadroom);
    if (m_values->max() < top || m_values->max() > top * kHeadroom * kHeadroom) {
        m_values->setRange(0.0, top);
        m_values->applyNiceNumbers();
    }
    const double lastRow = double(std::max<std::size_t>(m_shown.size(), 1)) - 0.5;
    m_ratingLine->replace(
        {QPointF(mapstyle::kOverloadPct, -0.5), QPointF(mapstyle::kOverloadPct, lastRow)});
}

void BranchLoadingChart::updateTexts()
{
    QStringList captions;
    for (const BranchLoading& branch : m_shown) {
        captions << ReasonText::overload(
            ReasonText::branchName(branch.nameKo, branch.name), branch.worstLoadingPct,
            ReasonText::branchName(branch.worstOutageKo, branch.worstOutage));
    }
    m_captions->setCaptions(captions);
}

} // namespace gpuplan
