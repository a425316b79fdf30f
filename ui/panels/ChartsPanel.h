// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"
#include "model/Scenario.h"

#include <QWidget>

class QTabWidget;

namespace gpuplan {

class BranchLoadingChart;
class QuotaChart;
class SiteMwChart;
class YearlyMwChart;

// The dashboard's charts in tabs: GPUs against quota per organisation, facility MW against the
// connection limit per site, the most loaded branches under N-1 and national MW by year.
class ChartsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget* parent = nullptr);

    // Cheap: every chart changes its model's values in place.
    void setEvaluation(const Scenario& scenario, const Evaluation& evaluation);
    void retranslate();

    QuotaChart* quotaChart() const { return m_quota; }
    SiteMwChart* siteMwChart() const { return m_siteMw; }
    BranchLoadingChart* branchLoadingChart() const { return m_branchLoading; }
    YearlyMwChart* yearlyMwChart() const { return m_yearlyMw; }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QTabWidget* m_tabs = nullptr;
    QuotaChart* m_quota = nullptr;
    SiteMwChart* m_siteMw = nullptr;
    BranchLoadingChart* m_branchLoading = nullptr;
    YearlyMwChart* m_yearlyMw = nullptr;
};

} // namespace gpuplan
