// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

#include <QChartView>

class QBarCategoryAxis;
class QStackedBarSeries;
class QStandardItemModel;
class QVBarModelMapper;
class QValueAxis;

namespace gpuplan {

// National facility MW by year of the programme, stacked by organisation: what the allocations
// counted in each year draw (engine/SiteDemand.h). Model rows are years, columns organisations,
// mapped to a stacked series in the organisations' colours.
class YearlyMwChart : public QChartView {
    Q_OBJECT

public:
    static constexpr int kFirstYear = 2026; // the national programme's years (FACTS.md §3)
    static constexpr int kLastYear = 2030;

    explicit YearlyMwChart(QWidget* parent = nullptr);

    void setScenario(const Scenario& scenario);
    void retranslate();

    QStandardItemModel* model() const { return m_model; }

private:
    void reshape(const Scenario& scenario);
    void updateTexts();

    QStandardItemModel* m_model = nullptr;
    QStackedBarSeries* m_series = nullptr;
    QVBarModelMapper* m_mapper = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_values = nullptr;
    std::vector<std::string> m_organisationIds;
    std::vector<QColor> m_colours; // of the bar sets, by model column
    std::vector<double> m_yearTotalsMw;
    Scenario m_scenario;
};

} // namespace gpuplan
