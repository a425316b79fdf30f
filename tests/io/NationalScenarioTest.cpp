// SPDX-License-Identifier: MIT
#include "IoTestSupport.h"
#include "io/ScenarioStore.h"
#include "model/Grid.h"
#include "model/Validation.h"

#include <optional>

namespace gpuplan {
namespace {

// The national programme: 260,000 GPUs (FACTS.md section 3).
constexpr long long kNationalGpus = 260'000;
// The least the authored national scenario must cover (the foundation issue).
constexpr std::size_t kMinimumSites = 14;
constexpr std::size_t kMinimumBuses = 60;
constexpr std::size_t kMinimumBranches = 90;

// Reads maps/ once for all tests; a failure is kept as its message.
class NationalScenario : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        try {
            s_scenario = readAuthoredScenario(GPUPLAN_MAPS_DIR);
        } catch (const std::exception& error) {
            s_error = error.what();
        }
    }

    void SetUp() override { ASSERT_TRUE(s_scenario.has_value()) << s_error; }

    const Scenario& scenario() const { return *s_scenario; }

    static inline std::optional<Scenario> s_scenario;
    static inline std::string s_error;
};

TEST_F(NationalScenario, Loads)
{
    EXPECT_TRUE(validate(scenario()).empty());
}

TEST_F(NationalScenario, GridIsOneAcIslandIn2026And2030)
{
    EXPECT_EQ(acIslands(scenario().grid(), 2026).size(), 1u);
    EXPECT_EQ(acIslands(scenario().grid(), 2030).size(), 1u);
}

TEST_F(NationalScenario, PlacesEveryGpuOfEveryOrganisation)
{
    EXPECT_EQ(scenario().totalPlacedGpus(), kNationalGpus);
    for (const Organisation& organisation : scenario().organisations())
        EXPECT_EQ(scenario().placedGpus(organisation.id), organisation.quota) << organisation.id;
}

TEST_F(NationalScenario, CoversTheCountry)
{
    EXPECT_GE(scenario().sites().size(), kMinimumSites);
    EXPECT_GE(scenario().grid().buses.size(), kMinimumBuses);
    EXPECT_GE(scenario().grid().branches.size(), kMinimumBranches);
}

TEST_F(NationalScenario, SurvivesAGeoPackageRoundTrip)
{
    test::TemporaryDirectory directory;
    writeScenario(scenario(), directory / "national.gpkg");
    EXPECT_TRUE(test::withComparableCoordinates(readScenario(directory / "national.gpkg")) ==
                test::withComparableCoordinates(scenario()));
}

} // namespace
} // namespace gpuplan
