// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"
#include "model/Scenario.h"

#include <QChartView>

class QHorizontalStackedBarSeries;
class QStandardItemModel;
class QVBarModelMapper;
class QValueAxis;

namespace gpuplan {

class BarCaptions;

// Facility MW against the connection limit of every site holding GPUs: one horizontal bar per
// site, blue up to its draw within the limit, red beyond it, grey for the headroom left, so the
// bar's end is the limit or the draw, whichever is larger; the site's name and figures are
// written above its bar. Model rows are sites (the first at the top); columns are the three
// parts, mapped to a stacked series.
class SiteMwChart : public QChartView {
    Q_OBJECT

public:
    enum Column { WithinLimit, OverLimit, Headroom, ColumnCount };

    explicit SiteMwChart(QWidget* parent = nullptr);

    void setEvaluation(const Scenario& scenario, const Evaluation& evaluation);
    void retranslate();

    QStandardItemModel* model() const { return m_model; }
    QHorizontalStackedBarSeries* series() const { return m_series; }
    // The captions above the bars (name, facility MW / limit), bottom to top.
    const QStringList& captions() const;

private:
    struct Row {
        std::string siteId;
        double facilityMw = 0.0;
        double limitMw = 0.0;
    };

    void setRowCount(int count);
    void updateTexts();

    QStandardItemModel* m_model = nullptr;
    QHorizontalStackedBarSeries* m_series = nullptr;
    QVBarModelMapper* m_mapper = nullptr;
    QValueAxis* m_values = nullptr;
    BarCaptions* m_captions = nullptr;
    Scenario m_scenario;
    std::vector<Row> m_rows; // bottom to top, as the axis counts
};

} // namespace gpuplan
