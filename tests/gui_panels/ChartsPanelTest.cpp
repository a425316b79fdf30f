// SPDX-License-Identifier: MIT
#include "panels/ChartsPanel.h"

#include "DisplayNames.h"
#include "PanelFixtures.h"
#include "engine/SiteDemand.h"
#include "panels/BranchLoadingChart.h"
#include "panels/QuotaChart.h"
#include "panels/SiteMwChart.h"
#include "panels/YearlyMwChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QStandardItemModel>
#include <algorithm>
#include <gtest/gtest.h>

namespace gpuplan {
namespace {

class ChartsPanelTest : public testing::Test {
protected:
    void SetUp() override
    {
        setInterfaceKorean(false);
        m_panel.setEvaluation(test::nationalScenario(), test::nationalEvaluation());
    }

    static QStringList categories(const QChartView* view)
    {
        for (QAbstractAxis* axis : view->chart()->axes()) {
            if (auto* categoryAxis = qobject_cast<QBarCategoryAxis*>(axis))
                return categoryAxis->categories();
        }
        return {};
    }

    ChartsPanel m_panel;
};

TEST_F(ChartsPanelTest, QuotaChartHasOneBarPerOrganisationAtItsPlacedGpus)
{
    const Evaluation& evaluation = test::nationalEvaluation();
    const QList<QBarSet*> sets = m_panel.quotaChart()->series()->barSets();
    const int organisations = int(evaluation.organisations.size());
    ASSERT_EQ(sets.size(), organisations + 1); // and the grey "still to place"
    for (int i = 0; i < organisations; ++i) {
        const OrganisationTotal& total = evaluation.organisations[i];
        const int row = organisations - 1 - i; // the first at the top
        ASSERT_EQ(sets[i]->count(), organisations);
        EXPECT_EQ(sets[i]->at(row), double(total.placed)) << total.id;
        EXPECT_EQ(sets[i]->sum(), double(total.placed)) << total.id;
        EXPECT_EQ(sets[organisations]->at(row), double(std::max(0LL, total.quota - total.placed)));
        const Organisation* organisation = test::nationalScenario().findOrganisation(total.id);
        EXPECT_EQ(sets[i]->color(), QColor(QString::fromStdString(organisation->colour)));
    }
}

TEST_F(ChartsPanelTest, QuotaChartUpdatesValuesInPlace)
{
    QHorizontalStackedBarSeries* series = m_panel.quotaChart()->series();
    QBarSet* first = series->barSets().front();
    Evaluation fewer = test::nationalEvaluation();
    fewer.organisations.front().placed -= 1000;
    m_panel.setEvaluation(test::nationalScenario(), fewer);
    EXPECT_EQ(series->barSets().front(), first); // the same bar set, a new value
    EXPECT_EQ(first->sum(), double(fewer.organisations.front().placed));
}

TEST_F(ChartsPanelTest, SiteChartHasEverySiteWithGpusAndItsLimit)
{
    const Evaluation& evaluation = test::nationalEvaluation();
    const auto withGpus = std::count_if(evaluation.sites.begin(), evaluation.sites.end(),
                                        [](const SiteEvaluation& s) { return s.demand.gpus > 0; });
    const QStandardItemModel* model = m_panel.siteMwChart()->model();
    ASSERT_EQ(model->rowCount(), withGpus);
    EXPECT_EQ(m_panel.siteMwChart()->captions().size(), withGpus);
    for (int row = 0; row < model->rowCount(); ++row) {
        const double within = model->index(row, SiteMwChart::WithinLimit).data().toDouble();
        const double over = model->index(row, SiteMwChart::OverLimit).data().toDouble();
        EXPECT_GE(within, 0.0);
        EXPECT_GE(over, 0.0);
    }
}

TEST_F(ChartsPanelTest, BranchChartShowsTheTenMostLoadedWorstFirst)
{
    const Evaluation& evaluation = test::nationalEvaluation();
    const std::vector<int> shown = m_panel.branchLoadingChart()->branchCaseIndices();
    ASSERT_EQ(shown.size(),
              std::min<std::size_t>(BranchLoadingChart::kBranches, evaluation.branches.size()));
    ASSERT_FALSE(shown.empty());
    double previous = evaluation.grid.worstLoadingPct;
    for (int caseIndex : shown) {
        const auto branch =
            std::find_if(evaluation.branches.begin(), evaluation.branches.end(),
                         [caseIndex](const BranchLoading& b) { return b.caseIndex == caseIndex; });
        ASSERT_NE(branch, evaluation.branches.end());
        EXPECT_LE(branch->worstLoadingPct, previous + 1e-9);
        previous = branch->worstLoadingPct;
    }
    // The worst sits at the top of the axis, which counts from the bottom.
    const QStringList& captions = m_panel.branchLoadingChart()->captions();
    ASSERT_EQ(captions.size(), qsizetype(shown.size()));
    EXPECT_TRUE(captions.back().startsWith(QString::fromStdString(evaluation.grid.worstBranch)))
        << captions.back().toStdString();
}

TEST_F(ChartsPanelTest, YearlyChartAddsUpToTheEngineInThePlanningYear)
{
    const Evaluation& evaluation = test::nationalEvaluation();
    const QStandardItemModel* model = m_panel.yearlyMwChart()->model();
    ASSERT_EQ(model->rowCount(), YearlyMwChart::kLastYear - YearlyMwChart::kFirstYear + 1);
    const int row = evaluation.year - YearlyMwChart::kFirstYear;
    double total = 0.0;
    for (int column = 0; column < model->columnCount(); ++column)
        total += model->index(row, column).data().toDouble();
    EXPECT_NEAR(total, evaluation.totals.facilityMw, 1e-6 * evaluation.totals.facilityMw);

    double firstYear = 0.0;
    for (const Site& site : test::nationalScenario().sites())
        firstYear +=
            siteDemand(test::nationalScenario(), site, YearlyMwChart::kFirstYear).facilityMw;
    double charted = 0.0;
    for (int column = 0; column < model->columnCount(); ++column)
        charted += model->index(0, column).data().toDouble();
    EXPECT_NEAR(charted, firstYear, 1e-9 * std::max(1.0, firstYear));
}

TEST_F(ChartsPanelTest, NamesOrganisationsInTheInterfaceLanguage)
{
    // The first organisation is at the top, the axis's last category.
    EXPECT_TRUE(categories(m_panel.quotaChart()).back().startsWith(QStringLiteral("Government")));
    const test::KoreanInterface korean;
    EXPECT_TRUE(categories(m_panel.quotaChart()).back().startsWith(QStringLiteral("정부")));
    EXPECT_EQ(m_panel.quotaChart()->chart()->title(),
              test::KoreanInterface::marked(QStringLiteral("GPUs placed against quota")));
}

} // namespace
} // namespace gpuplan
