// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"

#include <QChartView>

class QHorizontalStackedBarSeries;
class QLineSeries;
class QStandardItemModel;
class QVBarModelMapper;
class QValueAxis;

namespace gpuplan {

class BarCaptions;

// The most loaded branches under N-1: worst loading in percent of rating, one horizontal bar per
// branch (the worst at the top) in the colour of its class (below 70 % green, 70–100 % amber,
// above red), with the 100 % rating as a line and the branch, its loading and the outage that
// gives it written above its bar. Model columns are the three classes; a bar's value sits in
// its class's column, so a stacked series draws each bar in one colour.
class BranchLoadingChart : public QChartView {
    Q_OBJECT

public:
    enum Column { Normal, High, Overloaded, ColumnCount };
    static constexpr int kBranches = 10;

    explicit BranchLoadingChart(QWidget* parent = nullptr);

    void setEvaluation(const Evaluation& evaluation);
    void retranslate();

    QStandardItemModel* model() const { return m_model; }
    // Case indices of the branches shown, worst first.
    std::vector<int> branchCaseIndices() const;
    // The captions above the bars, bottom to top.
    const QStringList& captions() const;

private:
    void setRows(const std::vector<const BranchLoading*>& worst);
    void updateRange(double worstPct);
    void updateTexts();

    QStandardItemModel* m_model = nullptr;
    QHorizontalStackedBarSeries* m_series = nullptr;
    QLineSeries* m_ratingLine = nullptr;
    QVBarModelMapper* m_mapper = nullptr;
    QValueAxis* m_values = nullptr;
    BarCaptions* m_captions = nullptr;
    std::vector<BranchLoading> m_shown; // bottom to top, as the axis counts
};

} // namespace gpuplan
