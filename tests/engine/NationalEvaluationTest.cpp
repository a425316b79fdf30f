// SPDX-License-Identifier: MIT
// The national scenario as the dashboard receives it: per-branch loadings and violations that
// agree with the grid summary, and the tension a planner should see on opening the app.
#include "engine/CapacityEngine.h"
#include "io/AuthoredScenario.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace gpuplan {
namespace {

const Scenario& national()
{
    static const Scenario scenario = readAuthoredScenario(GPUPLAN_MAPS_DIR);
    return scenario;
}

Evaluation evaluateNational(int year = 0)
{
    CapacityEngine engine;
    return engine.evaluate(national(), {.year = year}, {});
}

int inServiceBranches(const Grid& grid, int year)
{
    return static_cast<int>(
        std::count_if(grid.branches.begin(), grid.branches.end(),
                      [year](const Branch& b) { return isInService(b, year); }));
}

TEST(NationalEvaluation, EveryInServiceBranchHasALoading)
{
    const Evaluation evaluation = evaluateNational();
    EXPECT_EQ(static_cast<int>(evaluation.branches.size()),
              inServiceBranches(national().grid(), evaluation.year));
}

TEST(NationalEvaluation, ViolationsAgreeWithTheSummary)
{
    const Evaluation evaluation = evaluateNational();
    EXPECT_EQ(static_cast<int>(evaluation.violations.size()),
              evaluation.grid.n1Violations + evaluation.grid.baseViolations);
    ASSERT_FALSE(evaluation.violations.empty());
    EXPECT_DOUBLE_EQ(evaluation.violations.front().loadingPct, evaluation.grid.worstLoadingPct);
    EXPECT_EQ(evaluation.violations.front().branch, evaluation.grid.worstBranch);
    EXPECT_TRUE(std::is_sorted(
        evaluation.violations.begin(), evaluation.violations.end(),
        [](const Violation& a, const Violation& b) { return a.loadingPct > b.loadingPct; }));
}

TEST(NationalEvaluation, WorstBranchLoadingMatchesTheSummary)
{
    const Evaluation evaluation = evaluateNational();
    const auto worst = std::max_element(
        evaluation.branches.begin(), evaluation.branches.end(),
        [](const auto& a, const auto& b) { return a.worstLoadingPct < b.worstLoadingPct; });
    ASSERT_NE(worst, evaluation.branches.end());
    EXPECT_DOUBLE_EQ(worst->worstLoadingPct, evaluation.grid.worstLoadingPct);
}

// Before any datacentre load the illustrative grid is within ratings in the base case
// (maps/README.md), and the planning year's N-1 is clean, so every violation is the plan's.
TEST(NationalEvaluation, GridWithoutDatacentresIsWithinRatings)
{
    Scenario empty = national();
    empty.setAllocations({});
    CapacityEngine engine;
    for (int year : {2026, 2030}) {
        const Evaluation evaluation = engine.evaluate(empty, {.year = year}, {});
        EXPECT_EQ(evaluation.grid.baseViolations, 0) << year;
    }
    EXPECT_EQ(engine.evaluate(empty, {.year = 2030}, {}).grid.n1Violations, 0);
}

TEST(NationalEvaluation, PlannersSeeTension)
{
    const Evaluation evaluation = evaluateNational();
    const auto count = [&](FeasibilityStatus status) {
        return std::count_if(
            evaluation.sites.begin(), evaluation.sites.end(),
            [&](const SiteEvaluation& s) { return s.demand.gpus > 0 && s.status == status; });
    };
    EXPECT_GT(count(FeasibilityStatus::Feasible), 0);
    EXPECT_GT(count(FeasibilityStatus::Infeasible), 0);
    EXPECT_EQ(evaluation.totals.gpus, 260000);
}

} // namespace
} // namespace gpuplan
