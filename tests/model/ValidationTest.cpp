// SPDX-License-Identifier: MIT
#include "model/Validation.h"

#include "ModelFixtures.h"

#include <gtest/gtest.h>
#include <limits>

namespace gpuplan {
namespace {

// The one issue `validate` reports, or a failure.
ValidationIssue onlyIssue(const Scenario& scenario)
{
    const auto issues = validate(scenario);
    EXPECT_EQ(issues.size(), 1u);
    return issues.empty() ? ValidationIssue{} : issues.front();
}

template <typename Edit> Scenario withAllocation(Edit edit)
{
    Scenario scenario = testing::smallScenario();
    auto allocations = scenario.allocations();
    edit(allocations.front());
    scenario.setAllocations(allocations);
    return scenario;
}

template <typename Edit> Scenario withSite(Edit edit)
{
    Scenario scenario = testing::smallScenario();
    auto sites = scenario.sites();
    edit(sites.front());
    scenario.setSites(sites);
    return scenario;
}

TEST(Validation, TheFixtureIsValid)
{
    EXPECT_TRUE(validate(testing::smallScenario()).empty());
}

TEST(Validation, SiteOnUnknownBusNamesLayerFeatureAndField)
{
    const auto issue = onlyIssue(withSite([](Site& site) { site.busId = 999; }));
    EXPECT_EQ(issue.layer, "sites");
    EXPECT_EQ(issue.featureId, "sejong");
    EXPECT_EQ(issue.field, "bus");
    EXPECT_EQ(issue.toString(),
              "layer 'sites', feature 'sejong', field 'bus': no bus 999 in the grid");
}

TEST(Validation, NegativeGpuCountIsRefused)
{
    const auto issue = onlyIssue(withAllocation([](Allocation& a) { a.gpus = -1000; }));
    EXPECT_EQ(issue.layer, "allocations");
    EXPECT_EQ(issue.field, "gpus");
}

TEST(Validation, OrganisationOverQuotaIsRefused)
{
    const auto issue = onlyIssue(withAllocation([](Allocation& a) { a.gpus = 5001 + 1000; }));
    EXPECT_EQ(issue.layer, "allocations");
    EXPECT_EQ(issue.featureId, "naver");
    EXPECT_NE(issue.message.find("over its quota of 6000"), std::string::npos);
}

TEST(Validation, ExactlyAtQuotaIsAllowed)
{
    EXPECT_TRUE(validate(withAllocation([](Allocation& a) { a.gpus = 5000; })).empty());
}

TEST(Validation, DanglingReferencesAreReported)
{
    EXPECT_EQ(onlyIssue(withAllocation([](Allocation& a) { a.siteId = "mars"; })).field, "site");
    EXPECT_EQ(onlyIssue(withAllocation([](Allocation& a) { a.modelId = "tpu"; })).field, "model");
    EXPECT_EQ(onlyIssue(withSite([](Site& s) { s.waterSourceId = "han"; })).field, "water_source");
}

TEST(Validation, PhysicalRangesAreChecked)
{
    EXPECT_EQ(onlyIssue(withSite([](Site& s) { s.pue = 0.9; })).field, "pue");
    EXPECT_EQ(onlyIssue(withSite([](Site& s) { s.lat = 123.0; })).field, "geometry");
    EXPECT_EQ(onlyIssue(withSite([](Site& s) {
                  s.wueLPerKwh = std::numeric_limits<double>::quiet_NaN();
              })).field,
              "wue_l_per_kwh");
}

TEST(Validation, DuplicateIdsAreReported)
{
    Scenario scenario = testing::smallScenario();
    auto sites = scenario.sites();
    sites[1].id = sites[0].id;
    scenario.setSites(sites);
    const auto issues = validate(scenario);
    ASSERT_FALSE(issues.empty());
    EXPECT_EQ(issues.front().field, "id");
}

TEST(Validation, GridRulesAreChecked)
{
    Scenario scenario = testing::smallScenario();
    Grid grid = scenario.grid();
    grid.branches[0].x = 0.0;
    grid.branches[1].toBus = 42;
    grid.buses.push_back(grid.buses.front());
    scenario.setGrid(grid);
    const auto issues = validate(scenario);
    ASSERT_EQ(issues.size(), 3u);
    EXPECT_EQ(issues[0].field, "bus_i");
    EXPECT_EQ(issues[1].field, "x");
    EXPECT_EQ(issues[2].field, "t_bus");
}

} // namespace
} // namespace gpuplan

namespace gpuplan {
namespace {

TEST(Validation, InfiniteFiguresAreRefused)
{
    Scenario scenario = testing::smallScenario();
    auto sites = scenario.sites();
    sites.front().pue = std::numeric_limits<double>::infinity();
    scenario.setSites(sites);
    const auto issues = validate(scenario);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues.front().field, "pue");
}

TEST(Validation, BusesWithUnknownCoordinatesEqualTheirCopies)
{
    const Bus unplaced{.id = 7};
    EXPECT_FALSE(unplaced.hasLocation());
    EXPECT_EQ(unplaced, Bus(unplaced));
    Bus placed = unplaced;
    placed.lon = 127.0;
    EXPECT_NE(unplaced, placed);
}

} // namespace
} // namespace gpuplan
