// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"
#include "model/Scenario.h"

#include <QChartView>

class QBarCategoryAxis;
class QHorizontalStackedBarSeries;
class QStandardItemModel;
class QVBarModelMapper;
class QValueAxis;

namespace gpuplan {

// GPUs placed against quota, one horizontal bar per organisation in its colour, continued in
// grey by what is still to place. A table model (rows: organisations, the first at the top;
// columns: each organisation's placed GPUs, in its own row, then the remainder) drives a stacked
// series through a QVBarModelMapper, so an engine answer only changes values.
class QuotaChart : public QChartView {
    Q_OBJECT

public:
    explicit QuotaChart(QWidget* parent = nullptr);

    void setEvaluation(const Scenario& scenario, const Evaluation& evaluation);
    void retranslate();

    QHorizontalStackedBarSeries* series() const { return m_series; }
    QStandardItemModel* model() const { return m_model; }

private:
    void reshape(const Scenario& scenario, const std::vector<OrganisationTotal>& totals);
    void setValues(const std::vector<OrganisationTotal>& totals);
    void updateTexts();

    QStandardItemModel* m_model = nullptr;
    QHorizontalStackedBarSeries* m_series = nullptr;
    QVBarModelMapper* m_mapper = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_values = nullptr;
    std::vector<std::string> m_organisationIds;
    std::vector<QColor> m_colours; // of the bar sets, by model column
    Scenario m_scenario;
    std::vector<OrganisationTotal> m_totals;
};

} // namespace gpuplan
