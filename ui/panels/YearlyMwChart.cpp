// SPDX-License-Identifier: MIT
#include "YearlyMwChart.h"

#include "ChartSupport.h"
#include "DisplayNames.h"
#include "PanelFormat.h"
#include "engine/SiteDemand.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QVBarModelMapper>
#include <QValueAxis>
#include <algorithm>

namespace gpuplan {
namespace {

constexpr int kYears = YearlyMwChart::kLastYear - YearlyMwChart::kFirstYear + 1;
constexpr int kNameChars = 11; // five names side by side in the legend
constexpr double kHeadroom = 1.08;

// Facility MW of one organisation's allocations counted in each year of the programme.
std::vector<double> organisationMwByYear(const Scenario& scenario, const std::string& id)
{
    std::vector<Allocation> own;
    std::copy_if(scenario.allocations().begin(), scenario.allocations().end(),
                 std::back_inserter(own),
                 [&id](const Allocation& allocation) { return allocation.organisationId == id; });
    Scenario organisationOnly = scenario;
    organisationOnly.setAllocations(std::move(own));
    std::vector<double> mw(kYears, 0.0);
    for (int i = 0; i < kYears; ++i) {
        for (const Site& site : scenario.sites())
            mw[i] += siteDemand(organisationOnly, site, YearlyMwChart::kFirstYear + i).facilityMw;
    }
    return mw;
}

} // namespace

YearlyMwChart::YearlyMwChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("yearlyMwChart"));
    auto* chart = new QChart;
    chartsupport::styleChart(chart);
    m_model = new QStandardItemModel(kYears, 0, this);
    m_series = new QStackedBarSeries(chart);
    m_series->setBarWidth(0.6);
    chart->addSeries(m_series);
    const auto axes = chartsupport::addBarAxes(chart, m_series, Qt::AlignBottom);
    m_categories = axes.categories;
    m_values = axes.values;
    chartsupport::colourBarSets(m_series, [this](int column) {
        return column < int(m_colours.size()) ? m_colours[column] : QColor(Qt::gray);
    });
    m_mapper = new QVBarModelMapper(this);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);
    m_yearTotalsMw.assign(kYears, 0.0);
    chartsupport::configureView(this, chart);
    retranslate();
}

void YearlyMwChart::setScenario(const Scenario& scenario)
{
    m_scenario = scenario;
    std::vector<std::string> ids;
    for (const Organisation& organisation : scenario.organisations())
        ids.push_back(organisation.id);
    if (ids != m_organisationIds)
        reshape(scenario);
    std::fill(m_yearTotalsMw.begin(), m_yearTotalsMw.end(), 0.0);
    for (int column = 0; column < int(m_organisationIds.size()); ++column) {
        const std::vector<double> mw = organisationMwByYear(scenario, m_organisationIds[column]);
        for (int row = 0; row < kYears; ++row) {
            chartsupport::setValue(*m_model, row, column, mw[row]);
            m_yearTotalsMw[row] += mw[row];
        }
    }
    const double tallest =
        std::max(1.0, *std::max_element(m_yearTotalsMw.begin(), m_yearTotalsMw.end()));
    if (m_values->max() < tallest || m_values->max() > tallest * kHeadroom * kHeadroom) {
        m_values->setRange(0.0, tallest * kHeadroom);
        m_values->applyNiceNumbers();
    }
    updateTexts();
}

void YearlyMwChart::retranslate()
{
    chart()->setTitle(tr("National facility MW by year"));
    chart()->setLocale(PanelFormat::locale());
    m_values->setTitleText(tr("MW"));
    updateTexts();
}

void YearlyMwChart::reshape(const Scenario& scenario)
{
    m_organisationIds.clear();
    m_colours.clear();
    for (const Organisation& organisation : scenario.organisations()) {
        m_organisationIds.push_back(organisation.id);
        m_colours.push_back(chartsupport::organisationColour(organisation));
    }
    const int count = int(m_organisationIds.size());
    m_model->setColumnCount(count);
    m_mapper->setFirstBarSetColumn(0);
    m_mapper->setLastBarSetColumn(count - 1);
}

void YearlyMwChart::updateTexts()
{
    for (int column = 0; column < int(m_organisationIds.size()); ++column) {
        const QString name = organisationName(m_scenario, m_organisationIds[column]);
        chartsupport::setHeader(*m_model, *m_series, column,
                                PanelFormat::shortName(name, kNameChars));
    }
    QStringList labels;
    for (int row = 0; row < kYears; ++row) {
        labels << chartsupport::twoLineLabel(QString::number(kFirstYear + row),
                                             PanelFormat::megawatts(m_yearTotalsMw[row]));
    }
    if (m_categories->categories() != labels)
        m_categories->setCategories(labels);
}

} // namespace gpuplan
