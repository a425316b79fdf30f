// SPDX-License-Identifier: MIT
#include "QuotaChart.h"

#include "ChartSupport.h"
#include "DisplayNames.h"
#include "PanelFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QStandardItemModel>
#include <QVBarModelMapper>
#include <QValueAxis>
#include <algorithm>

namespace gpuplan {
namespace {

constexpr int kNameChars = 18;
constexpr double kHeadroom = 1.08; // room above the tallest bar for the axis to breathe

QColor stillToPlaceColour()
{
    return QColor(0xd5, 0xd8, 0xdc);
}

} // namespace

QuotaChart::QuotaChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("quotaChart"));
    auto* chart = new QChart;
    chartsupport::styleChart(chart);
    chart->legend()->hide(); // organisations are named on the axis, the grey in its title
    m_model = new QStandardItemModel(this);
    m_series = new QHorizontalStackedBarSeries(chart);
    m_series->setBarWidth(0.7);
    chart->addSeries(m_series);
    const auto axes = chartsupport::addBarAxes(chart, m_series, Qt::AlignLeft);
    m_categories = axes.categories;
    m_values = axes.values;
    chartsupport::colourBarSets(m_series, [this](int column) {
        return column < int(m_colours.size()) ? m_colours[column] : stillToPlaceColour();
    });
    m_mapper = new QVBarModelMapper(this);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);
    chartsupport::configureView(this, chart);
    retranslate();
}

void QuotaChart::setEvaluation(const Scenario& scenario, const Evaluation& evaluation)
{
    m_scenario = scenario;
    m_totals = evaluation.organisations;
    const bool sameOrganisations = std::equal(
        m_totals.begin(), m_totals.end(), m_organisationIds.begin(), m_organisationIds.end(),
        [](const OrganisationTotal& total, const std::string& id) { return total.id == id; });
    if (!sameOrganisations)
        reshape(scenario, m_totals);
    setValues(m_totals);
    updateTexts();
}

void QuotaChart::retranslate()
{
    chart()->setTitle(tr("GPUs placed against quota"));
    chart()->setLocale(PanelFormat::locale());
    m_values->setTitleText(tr("GPUs (grey: still to place)"));
    updateTexts();
}

void QuotaChart::reshape(const Scenario& scenario, const std::vector<OrganisationTotal>& totals)
{
    const int count = int(totals.size());
    m_organisationIds.clear();
    m_colours.clear();
    for (const OrganisationTotal& total : totals) {
        const Organisation* organisation = scenario.findOrganisation(total.id);
        m_organisationIds.push_back(total.id);
        m_colours.push_back(organisation ? chartsupport::organisationColour(*organisation)
                                         : stillToPlaceColour());
    }
    m_model->clear();
    m_model->setColumnCount(count + 1);
    m_mapper->setFirstBarSetColumn(0);
    m_mapper->setLastBarSetColumn(count);
    m_model->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        for (int column = 0; column <= count; ++column)
            m_model->setData(m_model->index(row, column), 0.0);
    }
}

void QuotaChart::setValues(const std::vector<OrganisationTotal>& totals)
{
    const int count = int(totals.size());
    double tallest = 1.0;
    for (int i = 0; i < count; ++i) {
        const OrganisationTotal& total = totals[i];
        const int row = count - 1 - i; // the first organisation at the top
        chartsupport::setValue(*m_model, row, i, double(total.placed));
        chartsupport::setValue(*m_model, row, count,
                               double(std::max(0LL, total.quota - total.placed)));
        tallest = std::max({tallest, double(total.placed), double(total.quota)});
    }
    if (m_values->max() < tallest || m_values->max() > tallest * kHeadroom * kHeadroom) {
        m_values->setRange(0.0, tallest * kHeadroom);
        m_values->applyNiceNumbers();
    }
}

void QuotaChart::updateTexts()
{
    QStringList labels;
    for (const OrganisationTotal& total : m_totals) {
        const QString name =
            PanelFormat::shortName(organisationName(m_scenario, total.id), kNameChars);
        labels.prepend(chartsupport::twoLineLabel(
            name, PanelFormat::ratio(double(total.placed), double(total.quota), QString())));
    }
    labels = chartsupport::uniqueLabels(labels);
    if (m_categories->categories() != labels)
        m_categories->setCategories(labels);
    for (int column = 0; column < int(m_totals.size()); ++column) {
        chartsupport::setHeader(*m_model, *m_series, column,
                                organisationName(m_scenario, m_totals[column].id));
    }
    chartsupport::setHeader(*m_model, *m_series, int(m_totals.size()), tr("Still to place"));
}

} // namespace gpuplan
