// SPDX-License-Identifier: MIT
#include "IoTestSupport.h"
#include "model/Validation.h"

namespace gpuplan {
namespace {

TEST(AuthoredScenario, ReadsEveryFile)
{
    const Scenario scenario = test::smallScenario();
    EXPECT_TRUE(validate(scenario).empty());
    EXPECT_EQ(scenario.settings().name, "시험 시나리오 (small)");
    EXPECT_EQ(scenario.settings().description,
              "세 부지, 다섯 모선: a test of \"quoting\" and Korean text");
    EXPECT_EQ(scenario.settings().planningYear, 2030);
    EXPECT_EQ(scenario.grid().baseMva, 100.0);
    EXPECT_EQ(scenario.organisations().size(), 2u);
    EXPECT_EQ(scenario.gpuModels().size(), 2u);
    EXPECT_EQ(scenario.sites().size(), 3u);
    EXPECT_EQ(scenario.waterSources().size(), 2u);
    EXPECT_EQ(scenario.allocations().size(), 3u);
    EXPECT_EQ(scenario.grid().buses.size(), 5u);
    EXPECT_EQ(scenario.grid().branches.size(), 7u);
    EXPECT_EQ(scenario.grid().generators.size(), 4u);
    EXPECT_EQ(scenario.grid().dcLines.size(), 1u);
}

TEST(AuthoredScenario, KeepsGridDetails)
{
    const Grid grid = test::smallScenario().grid();
    EXPECT_FALSE(grid.buses[4].hasLocation());
    EXPECT_EQ(grid.buses[0].type, BusType::Reference);
    EXPECT_EQ(grid.buses[4].shuntBsMvar, -2.25);
    EXPECT_EQ(grid.branches[4].tap, 0.98);
    EXPECT_EQ(grid.branches[5].inServiceYear, 2028);
    EXPECT_FALSE(grid.branches[6].inService);
    EXPECT_EQ(grid.dcLines[0].loss1, 0.015);
    EXPECT_EQ(grid.dcLines[0].name, "서해안 HVDC");
}

// A copy of the small maps folder that a test may break.
class BrokenMaps : public ::testing::Test {
protected:
    void SetUp() override
    {
        std::filesystem::copy(test::ioDataDir() / "small_maps", m_directory.path(),
                              std::filesystem::copy_options::recursive);
    }

    std::string readError() const
    {
        return test::ioErrorOf([&] { readAuthoredScenario(m_directory.path()); });
    }

    test::TemporaryDirectory m_directory;
};

TEST_F(BrokenMaps, BadNumberNamesFileLineAndColumn)
{
    const std::filesystem::path buses = m_directory / "grid/buses.csv";
    std::string text = test::fileBytes(buses);
    text.replace(text.find("220.123456789012345"), 19, "lots");
    test::writeFile(buses, text);
    test::expectMentions(readError(), {buses.string() + ":4:", "column 'pd_mw'", "'lots'"});
}

TEST_F(BrokenMaps, UnknownEnumNamesFileLineAndColumn)
{
    const std::filesystem::path models = m_directory / "gpu_models.csv";
    std::string text = test::fileBytes(models);
    text.replace(text.find("liquid"), 6, "immersion");
    test::writeFile(models, text);
    test::expectMentions(
        readError(), {models.string() + ":3:", "column 'cooling'", "unknown value 'immersion'"});
}

TEST_F(BrokenMaps, MissingFileIsNamed)
{
    std::filesystem::remove(m_directory / "organisations.csv");
    test::expectMentions(readError(), {"organisations.csv", "cannot open"});
}

TEST_F(BrokenMaps, ValidationIssueIsReported)
{
    const std::filesystem::path sites = m_directory / "sites.csv";
    std::string text = test::fileBytes(sites);
    text.replace(text.find("세종특별자치시,3,"), std::string("세종특별자치시,3,").size(),
                 "세종특별자치시,77,");
    test::writeFile(sites, text);
    test::expectMentions(readError(), {"layer 'sites'", "feature 'sejong'", "no bus 77"});
}

} // namespace
} // namespace gpuplan
