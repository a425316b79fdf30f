// SPDX-License-Identifier: MIT
#include "panels/ViolationsList.h"

#include "DisplayNames.h"
#include "PanelFixtures.h"
#include "panels/PanelFormat.h"
#include "panels/ViolationsModel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <gtest/gtest.h>

namespace gpuplan {
namespace {

class ViolationsListTest : public testing::Test {
protected:
    void SetUp() override
    {
        setInterfaceKorean(false);
        m_list.resize(900, 300);
        m_list.setEvaluation(test::nationalScenario(), test::nationalEvaluation());
        m_list.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_list));
    }

    static int infeasibleSites(const Evaluation& evaluation)
    {
        return int(std::count_if(evaluation.sites.begin(), evaluation.sites.end(),
                                 [](const SiteEvaluation& site) {
                                     return site.status == FeasibilityStatus::Infeasible;
                                 }));
    }

    QString text(int row) const
    {
        return m_list.model()->index(row, ViolationsModel::Description).data().toString();
    }

    void clickRow(int row)
    {
        QTableView* view = m_list.view();
        const QModelIndex index = m_list.model()->index(row, ViolationsModel::Description);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    ViolationsList m_list;
};

TEST_F(ViolationsListTest, ListsEveryViolationThenTheInfeasibleSites)
{
    const Evaluation& evaluation = test::nationalEvaluation();
    EXPECT_EQ(m_list.model()->rowCount(),
              int(evaluation.violations.size()) + infeasibleSites(evaluation));
    EXPECT_EQ(infeasibleSites(evaluation), evaluation.totals.infeasibleSites);
}

TEST_F(ViolationsListTest, FirstRowNamesTheWorstOverload)
{
    const Evaluation& evaluation = test::nationalEvaluation();
    ASSERT_FALSE(evaluation.violations.empty());
    const Violation& worst = evaluation.violations.front();
    const QString first = text(0);
    EXPECT_TRUE(first.startsWith(QString::fromStdString(worst.branch))) << first.toStdString();
    EXPECT_TRUE(first.contains(PanelFormat::percent(worst.loadingPct)));
    if (!worst.outage.empty()) {
        EXPECT_TRUE(first.endsWith(
            QStringLiteral("when %1 is out").arg(QString::fromStdString(worst.outage))));
    }
}

TEST_F(ViolationsListTest, ClickingABranchRowAsksForTheBranch)
{
    const Evaluation& evaluation = test::nationalEvaluation();
    ASSERT_FALSE(evaluation.violations.empty());
    QSignalSpy branches(&m_list, &ViolationsList::branchActivated);
    QSignalSpy sites(&m_list, &ViolationsList::siteActivated);
    const int row = std::min<int>(2, int(evaluation.violations.size()) - 1);
    clickRow(row);
    ASSERT_EQ(branches.count(), 1);
    EXPECT_EQ(branches.front().front().toInt(), evaluation.violations[row].branchCaseIndex);
    EXPECT_EQ(sites.count(), 0);
}

TEST_F(ViolationsListTest, ClickingASiteRowAsksForTheSite)
{
    const Evaluation& evaluation = test::nationalEvaluation();
    if (infeasibleSites(evaluation) == 0)
        GTEST_SKIP() << "the national scenario has no infeasible site";
    QSignalSpy sites(&m_list, &ViolationsList::siteActivated);
    const int row = int(evaluation.violations.size());
    clickRow(row);
    ASSERT_EQ(sites.count(), 1);
    const auto site =
        std::find_if(evaluation.sites.begin(), evaluation.sites.end(), [](const SiteEvaluation& s) {
            return s.status == FeasibilityStatus::Infeasible;
        });
    EXPECT_EQ(sites.front().front().toString(), QString::fromStdString(site->siteId));
    EXPECT_TRUE(text(row).startsWith(siteName(test::nationalScenario(), site->siteId)));
}

TEST_F(ViolationsListTest, SaysSoWhenNothingIsWrong)
{
    Evaluation clean = test::nationalEvaluation();
    clean.violations.clear();
    for (SiteEvaluation& site : clean.sites)
        site.status = FeasibilityStatus::Feasible;
    m_list.setEvaluation(test::nationalScenario(), clean);
    EXPECT_EQ(m_list.model()->rowCount(), 0);
    const auto* empty = m_list.findChild<QLabel*>(QStringLiteral("noViolationsLabel"));
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().startsWith(QStringLiteral("No violations")));

    m_list.setEvaluation(test::nationalScenario(), test::nationalEvaluation());
    EXPECT_TRUE(m_list.view()->isVisible());
}

TEST_F(ViolationsListTest, WordsRowsAgainOnALanguageSwitch)
{
    const Evaluation& evaluation = test::nationalEvaluation();
    ASSERT_FALSE(evaluation.violations.empty());
    const test::KoreanInterface korean;
    EXPECT_TRUE(text(0).startsWith(QStringLiteral("«"))) << text(0).toStdString();
    EXPECT_EQ(m_list.model()->headerData(ViolationsModel::Kind, Qt::Horizontal).toString(),
              test::KoreanInterface::marked(QStringLiteral("Problem")));
}

} // namespace
} // namespace gpuplan
