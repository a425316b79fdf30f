// SPDX-License-Identifier: MIT
#include "ModelFixtures.h"

#include <gtest/gtest.h>

namespace gpuplan {
namespace {

TEST(Scenario, CopiesShareUnchangedParts)
{
    const Scenario original = testing::smallScenario();
    Scenario edited = original;
    auto allocations = edited.allocations();
    allocations.front().gpus = 3000;
    edited.setAllocations(allocations);

    EXPECT_TRUE(edited.sharesGridWith(original));
    EXPECT_EQ(&edited.grid(), &original.grid());
    EXPECT_EQ(original.allocations().front().gpus, 4000) << "an edit must not reach the original";
    EXPECT_EQ(edited.allocations().front().gpus, 3000);
    EXPECT_FALSE(edited == original);
}

TEST(Scenario, ChangingTheGridBreaksSharing)
{
    const Scenario original = testing::smallScenario();
    Scenario edited = original;
    Grid grid = edited.grid();
    grid.branches.pop_back();
    edited.setGrid(grid);
    EXPECT_FALSE(edited.sharesGridWith(original));
}

TEST(Scenario, CountsPlacedGpusPerOrganisationAndSite)
{
    const Scenario scenario = testing::smallScenario();
    EXPECT_EQ(scenario.placedGpus("naver"), 5000);
    EXPECT_EQ(scenario.placedGpus("sk"), 0);
    EXPECT_EQ(scenario.siteGpus("sejong"), 4000);
    EXPECT_EQ(scenario.totalPlacedGpus(), 5000);
}

TEST(Scenario, FindsItemsById)
{
    const Scenario scenario = testing::smallScenario();
    ASSERT_NE(scenario.findSite("chuncheon"), nullptr);
    EXPECT_EQ(scenario.findSite("chuncheon")->nameKo, "춘천");
    EXPECT_EQ(scenario.findSite("busan"), nullptr);
    EXPECT_NE(scenario.findGpuModel("gb200"), nullptr);
    EXPECT_NE(scenario.findOrganisation("naver"), nullptr);
    EXPECT_NE(scenario.findWaterSource("soyang"), nullptr);
}

TEST(Types, EnumsRoundTripThroughText)
{
    for (auto cooling : {CoolingType::Air, CoolingType::Hybrid, CoolingType::Liquid})
        EXPECT_EQ(coolingTypeFromString(toString(cooling)), cooling);
    for (auto status : {SiteStatus::Existing, SiteStatus::Announced, SiteStatus::Candidate})
        EXPECT_EQ(siteStatusFromString(toString(status)), status);
    for (auto policy : {SlackPolicy::Single, SlackPolicy::Distributed})
        EXPECT_EQ(slackPolicyFromString(toString(policy)), policy);
    EXPECT_FALSE(coolingTypeFromString("water").has_value());
}

TEST(Types, LiquidRacksNeedLiquidLoops)
{
    EXPECT_FALSE(coolingSupports(CoolingType::Air, CoolingType::Liquid));
    EXPECT_TRUE(coolingSupports(CoolingType::Hybrid, CoolingType::Liquid));
    EXPECT_TRUE(coolingSupports(CoolingType::Liquid, CoolingType::Liquid));
    EXPECT_TRUE(coolingSupports(CoolingType::Air, CoolingType::Air));
}

} // namespace
} // namespace gpuplan
