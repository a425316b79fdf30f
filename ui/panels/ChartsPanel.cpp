// SPDX-License-Identifier: MIT
#include "ChartsPanel.h"

#include "BranchLoadingChart.h"
#include "PanelFormat.h"
#include "QuotaChart.h"
#include "SiteMwChart.h"
#include "YearlyMwChart.h"
#include "report/Typeface.h"

#include <QEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gpuplan {
namespace {

constexpr int kTabPt = 11;

} // namespace

ChartsPanel::ChartsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->tabBar()->setFont(typeface(kTabPt));
    m_quota = new QuotaChart(m_tabs);
    m_siteMw = new SiteMwChart(m_tabs);
    m_branchLoading = new BranchLoadingChart(m_tabs);
    m_yearlyMw = new YearlyMwChart(m_tabs);
    m_tabs->addTab(m_quota, QString());
    m_tabs->addTab(m_siteMw, QString());
    m_tabs->addTab(m_branchLoading, QString());
    m_tabs->addTab(m_yearlyMw, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

void ChartsPanel::setEvaluation(const Scenario& scenario, const Evaluation& evaluation)
{
    m_quota->setEvaluation(scenario, evaluation);
    m_siteMw->setEvaluation(scenario, evaluation);
    m_branchLoading->setEvaluation(evaluation);
    m_yearlyMw->setScenario(scenario);
}

void ChartsPanel::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_quota), tr("Quota"));
    m_tabs->setTabText(m_tabs->indexOf(m_siteMw), tr("Site power"));
    m_tabs->setTabText(m_tabs->indexOf(m_branchLoading), tr("Grid N-1"));
    m_tabs->setTabText(m_tabs->indexOf(m_yearlyMw), tr("By year"));
    m_quota->retranslate();
    m_siteMw->retranslate();
    m_branchLoading->retranslate();
    m_yearlyMw->retranslate();
}

void ChartsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace gpuplan
