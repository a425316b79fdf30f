// SPDX-License-Identifier: MIT
#include "SiteMwChart.h"

#include "BarCaptions.h"
#include "ChartSupport.h"
#include "DisplayNames.h"
#include "PanelFormat.h"
#include "report/Typeface.h"

#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QStandardItemModel>
#include <QVBarModelMapper>
#include <QValueAxis>
#include <algorithm>

namespace gpuplan {
namespace {

constexpr double kBarWidth = 0.5; // of a category; the caption takes the space above
constexpr double kHeadroom = 1.05;
constexpr int kCaptionPt = 10;

QColor columnColour(int column)
{
    switch (column) {
    case SiteMwChart::WithinLimit:
        return QColor(0x15, 0x65, 0xc0);
    case SiteMwChart::OverLimit:
        return PanelFormat::statusColour(FeasibilityStatus::Infeasible);
    default:
        return QColor(0xd5, 0xd8, 0xdc);
    }
}

} // namespace

SiteMwChart::SiteMwChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("siteMwChart"));
    auto* chart = new QChart;
    chartsupport::styleChart(chart);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_series = new QHorizontalStackedBarSeries(chart);
    m_series->setBarWidth(kBarWidth);
    chart->addSeries(m_series);
    m_values = new QValueAxis(chart);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    chartsupport::styleAxis(m_values);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_values);
    chartsupport::colourBarSets(m_series, columnColour);
    m_mapper = new QVBarModelMapper(this);
    m_mapper->setFirstBarSetColumn(WithinLimit);
    m_mapper->setLastBarSetColumn(Headroom);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);
    m_captions = new BarCaptions(chart, m_series, kBarWidth, typeface(kCaptionPt));
    chartsupport::configureView(this, chart);
    retranslate();
}

void SiteMwChart::setEvaluation(const Scenario& scenario, const Evaluation& evaluation)
{
    m_scenario = scenario;
    std::vector<Row> rows;
    for (const SiteEvaluation& site : evaluation.sites) {
        const Site* defined = scenario.findSite(site.siteId);
        if (site.demand.gpus > 0 && defined)
            rows.push_back({site.siteId, site.demand.facilityMw, defined->connectionLimitMw});
    }
    std::reverse(rows.begin(), rows.end());
    setRowCount(int(rows.size()));
    double longest = 1.0;
    for (int row = 0; row < int(rows.size()); ++row) {
        const double facility = rows[row].facilityMw;
        const double limit = rows[row].limitMw;
        chartsupport::setValue(*m_model, row, WithinLimit, std::min(facility, limit));
        chartsupport::setValue(*m_model, row, OverLimit, std::max(0.0, facility - limit));
        chartsupport::setValue(*m_model, row, Headroom, std::max(0.0, limit - facility));
        longest = std::max({longest, facility, limit});
    }
    if (m_values->max() < longest || m_values->max() > longest * kHeadroom * kHeadroom) {
        m_values->setRange(0.0, longest * kHeadroom);
        m_values->applyNiceNumbers();
    }
    m_rows = std::move(rows);
    updateTexts();
}

const QStringList& SiteMwChart::captions() const
{
    return m_captions->captions();
}

void SiteMwChart::retranslate()
{
    chart()->setTitle(tr("Facility MW against connection limit"));
    chart()->setLocale(PanelFormat::locale());
    const QString names[ColumnCount] = {tr("Facility MW within the limit"), tr("Over the limit"),
                                        tr("Headroom to the limit")};
    for (int column = 0; column < ColumnCount; ++column)
        chartsupport::setHeader(*m_model, *m_series, column, names[column]);
    updateTexts();
}

void SiteMwChart::setRowCount(int count)
{
    // The mapper follows the model's rows (its row count is left at "all").
    if (m_model->rowCount() != count)
        m_model->setRowCount(count);
}

void SiteMwChart::updateTexts()
{
    QStringList captions;
    for (const Row& row : m_rows) {
        captions << tr("%1 · %2").arg(siteName(m_scenario, row.siteId),
                                      PanelFormat::ratio(row.facilityMw, row.limitMw, tr("MW")));
    }
    m_captions->setCaptions(captions);
}

} // namespace gpuplan
