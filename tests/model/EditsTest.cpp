// SPDX-License-Identifier: MIT
#include "model/Edits.h"

#include "ModelFixtures.h"
#include "model/Validation.h"

#include <gtest/gtest.h>

namespace gpuplan {
namespace {

GpuBlock naver(int count, std::string model = {})
{
    return {"naver", std::move(model), count};
}

TEST(Edits, MoveKeepsTotalsAndModels)
{
    const Scenario before = testing::smallScenario();
    const auto result = moveGpus(before, "sejong", "chuncheon", naver(1500));
    ASSERT_TRUE(result);
    const Scenario& after = *result.scenario;
    EXPECT_EQ(after.siteGpus("sejong"), 2500);
    EXPECT_EQ(after.siteGpus("chuncheon"), 2500);
    EXPECT_EQ(after.placedGpus("naver"), before.placedGpus("naver"));
    EXPECT_TRUE(validate(after).empty());
    EXPECT_TRUE(after.sharesGridWith(before));
    EXPECT_EQ(before.siteGpus("sejong"), 4000) << "the original snapshot is unchanged";
}

TEST(Edits, MovedGpusKeepTheirYearAndMergeWithLikeAllocations)
{
    const auto result = moveGpus(testing::smallScenario(), "sejong", "chuncheon", naver(4000));
    ASSERT_TRUE(result);
    const auto& allocations = result.scenario->allocations();
    ASSERT_EQ(allocations.size(), 2u) << "the emptied allocation disappears";
    EXPECT_EQ(allocations[0], (Allocation{"naver", "chuncheon", "gb200", 2028, 1000}));
    EXPECT_EQ(allocations[1], (Allocation{"naver", "chuncheon", "gb200", 2027, 4000}));
}

TEST(Edits, MovingMoreThanTheSiteHoldsIsRefused)
{
    const auto result = moveGpus(testing::smallScenario(), "sejong", "chuncheon", naver(5000));
    EXPECT_FALSE(result);
    EXPECT_EQ(result.refusal, EditRefusal::NotEnoughGpus);
    EXPECT_EQ(result.available, 4000);
    EXPECT_EQ(describe(result, naver(5000)), "only 4000 GPUs of 'naver' are at the site, not 5000");
}

TEST(Edits, PlacingBeyondThePoolIsRefused)
{
    const Scenario scenario = testing::smallScenario(); // quota 6000, 5000 placed
    EXPECT_TRUE(placeGpus(scenario, "chuncheon", naver(1000, "gb200")));
    const auto result = placeGpus(scenario, "chuncheon", naver(1001, "gb200"));
    EXPECT_EQ(result.refusal, EditRefusal::OverQuota);
    EXPECT_EQ(result.available, 1000);
}

TEST(Edits, PlaceUsesThePlanningYearByDefault)
{
    const auto result = placeGpus(testing::smallScenario(), "sejong", naver(1000, "gb200"));
    ASSERT_TRUE(result);
    EXPECT_EQ(result.scenario->allocations().back(),
              (Allocation{"naver", "sejong", "gb200", 2028, 1000}));
}

TEST(Edits, RemoveReturnsGpusToThePool)
{
    const auto result = removeGpus(testing::smallScenario(), "chuncheon", naver(1000));
    ASSERT_TRUE(result);
    EXPECT_EQ(result.scenario->placedGpus("naver"), 4000);
    EXPECT_EQ(result.scenario->siteGpus("chuncheon"), 0);
}

TEST(Edits, BadRequestsAreRefusedWithTheirReason)
{
    const Scenario s = testing::smallScenario();
    EXPECT_EQ(moveGpus(s, "sejong", "sejong", naver(1)).refusal, EditRefusal::SameSite);
    EXPECT_EQ(moveGpus(s, "sejong", "nowhere", naver(1)).refusal, EditRefusal::UnknownSite);
    EXPECT_EQ(moveGpus(s, "sejong", "chuncheon", naver(0)).refusal, EditRefusal::NonPositiveCount);
    EXPECT_EQ(moveGpus(s, "sejong", "chuncheon", {"sk", {}, 1}).refusal,
              EditRefusal::UnknownOrganisation);
    EXPECT_EQ(moveGpus(s, "sejong", "chuncheon", naver(1, "tpu")).refusal,
              EditRefusal::UnknownModel);
    EXPECT_EQ(placeGpus(s, "sejong", naver(1)).refusal, EditRefusal::UnknownModel);
}

} // namespace
} // namespace gpuplan

namespace gpuplan {
namespace {

TEST(Edits, ChangingASiteModelKeepsCountsAndMergesLikeAllocations)
{
    Scenario scenario = testing::smallScenario();
    auto models = scenario.gpuModels();
    models.push_back(
        GpuModel{.id = "h100", .name = "HGX H100", .kwPerGpu = 1.28, .gpusPerRack = 32});
    scenario.setGpuModels(models);
    const auto placed = placeGpus(scenario, "sejong", {"naver", "h100", 1000, 2027});
    ASSERT_TRUE(placed);

    const auto result = changeSiteModel(*placed.scenario, "sejong", "gb200");
    ASSERT_TRUE(result);
    EXPECT_EQ(result.scenario->siteGpus("sejong"), 5000);
    EXPECT_EQ(result.scenario->allocations().front(),
              (Allocation{"naver", "sejong", "gb200", 2027, 5000}));
    EXPECT_EQ(result.scenario->allocations().size(), 2u) << "chuncheon's allocation untouched";
    EXPECT_EQ(changeSiteModel(scenario, "sejong", "tpu").refusal, EditRefusal::UnknownModel);
}

} // namespace
} // namespace gpuplan
