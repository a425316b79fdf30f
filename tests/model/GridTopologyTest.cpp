// SPDX-License-Identifier: MIT
#include "ModelFixtures.h"

#include <gtest/gtest.h>

namespace gpuplan {
namespace {

TEST(GridTopology, ConnectedGridIsOneIsland)
{
    const auto islands = acIslands(testing::smallScenario().grid(), 2028);
    ASSERT_EQ(islands.size(), 1u);
    EXPECT_EQ(islands.front(), (std::vector<int>{1, 2, 3}));
}

TEST(GridTopology, OutOfServiceBranchSplitsTheGrid)
{
    Grid grid = testing::smallScenario().grid();
    grid.branches[1].inService = false;
    const auto islands = acIslands(grid, 2028);
    ASSERT_EQ(islands.size(), 2u);
    EXPECT_EQ(islands[0], (std::vector<int>{1, 2}));
    EXPECT_EQ(islands[1], (std::vector<int>{3}));
}

TEST(GridTopology, PlanningYearSelectsReinforcements)
{
    Grid grid = testing::smallScenario().grid();
    grid.branches[1].inServiceYear = 2029;
    EXPECT_EQ(acIslands(grid, 2028).size(), 2u);
    EXPECT_EQ(acIslands(grid, 2029).size(), 1u);
    EXPECT_EQ(acIslands(grid, 0).size(), 1u) << "year 0 ignores build years";
}

TEST(GridTopology, HvdcLinksDoNotJoinIslands)
{
    Grid grid = testing::smallScenario().grid();
    grid.branches.pop_back();
    grid.dcLines.push_back(DcLine{.fromBus = 2, .toBus = 3, .pFromMw = 100});
    EXPECT_EQ(acIslands(grid, 2028).size(), 2u);
}

TEST(GridTopology, DcLineDeliversLessItsLosses)
{
    const DcLine line{.pFromMw = 1000, .loss0Mw = 5, .loss1 = 0.02};
    EXPECT_DOUBLE_EQ(line.pToMw(), 1000 - (5 + 20));
}

} // namespace
} // namespace gpuplan
