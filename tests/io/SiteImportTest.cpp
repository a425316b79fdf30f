// SPDX-License-Identifier: MIT
#include "io/SiteImport.h"

#include "IoTestSupport.h"
#include "io/ScenarioStore.h"

namespace gpuplan {
namespace {

// Degrees; the 5179 fixture's coordinates were made with gdaltransform to 9 decimals of a metre.
constexpr double kTransformTolerance = 1e-7;

void expectPangyoAndGwangju(const std::vector<Site>& sites, const std::string& fileName)
{
    ASSERT_EQ(sites.size(), 2u);
    EXPECT_EQ(sites[0].id, "pangyo");
    EXPECT_EQ(sites[0].nameKo, "판교 데이터센터");
    EXPECT_EQ(sites[0].nameEn, "Pangyo DC");
    EXPECT_EQ(sites[0].lon, 127.1112);
    EXPECT_EQ(sites[0].lat, 37.3947);
    EXPECT_EQ(sites[0].busId, 1);
    EXPECT_EQ(sites[0].cooling, CoolingType::Liquid);
    EXPECT_EQ(sites[0].pue, 1.15);
    EXPECT_EQ(sites[0].status, SiteStatus::Announced);
    EXPECT_EQ(sites[0].source, "illustrative: import test");

    const Site& defaults = sites[1];
    EXPECT_EQ(defaults.nameKo, "광주 AI 데이터센터, 첨단3지구");
    EXPECT_EQ(defaults.nameEn, "");
    EXPECT_EQ(defaults.cooling, CoolingType::Air);
    EXPECT_EQ(defaults.pue, 1.3);
    EXPECT_EQ(defaults.wueLPerKwh, 1.8);
    EXPECT_EQ(defaults.connectionLimitMw, 0.0);
    EXPECT_EQ(defaults.energisationYear, 0);
    EXPECT_EQ(defaults.status, SiteStatus::Candidate);
    EXPECT_EQ(defaults.source, "imported from " + fileName);
}

TEST(SiteImport, ReadsUtf8Csv)
{
    expectPangyoAndGwangju(importSites(test::ioDataDir() / "sites_utf8.csv"), "sites_utf8.csv");
}

TEST(SiteImport, ReadsCp949Csv)
{
    const std::filesystem::path cp949 = test::ioDataDir() / "sites_cp949.csv";
    ASSERT_NE(test::fileBytes(cp949), test::fileBytes(test::ioDataDir() / "sites_utf8.csv"))
        << "the fixture must hold CP949 bytes, made with iconv -t CP949";
    expectPangyoAndGwangju(importSites(cp949), "sites_cp949.csv");
}

TEST(SiteImport, KoreanNamesFromCp949SurviveASave)
{
    test::TemporaryDirectory directory;
    const std::vector<Site> sites = importSites(test::ioDataDir() / "sites_cp949.csv");
    writeScenario(withImportedSites(test::smallScenario(), sites), directory / "plan.gpkg");
    const Scenario read = readScenario(directory / "plan.gpkg");
    ASSERT_NE(read.findSite("gwangju"), nullptr);
    EXPECT_EQ(read.findSite("gwangju")->nameKo, "광주 AI 데이터센터, 첨단3지구");
}

TEST(SiteImport, ReadsGeoJsonInAnotherReferenceSystem)
{
    const std::vector<Site> sites = importSites(test::ioDataDir() / "sites_5179.geojson");
    ASSERT_EQ(sites.size(), 2u);
    EXPECT_NEAR(sites[0].lon, 127.0, kTransformTolerance);
    EXPECT_NEAR(sites[0].lat, 37.5, kTransformTolerance);
    EXPECT_EQ(sites[0].nameKo, "서울 도심");
    EXPECT_EQ(sites[0].maxItMw, 40.0);
    EXPECT_NEAR(sites[1].lon, 129.3393, kTransformTolerance);
    EXPECT_NEAR(sites[1].lat, 35.5069, kTransformTolerance);
    EXPECT_EQ(sites[1].busId, 4);
    EXPECT_EQ(sites[1].pue, 1.2);
    EXPECT_EQ(sites[1].cooling, CoolingType::Liquid);
}

TEST(SiteImport, PolygonGivesItsCentroid)
{
    const std::vector<Site> sites = importSites(test::ioDataDir() / "sites_polygon.geojson");
    ASSERT_EQ(sites.size(), 1u);
    EXPECT_DOUBLE_EQ(sites[0].lon, 126.5);
    EXPECT_DOUBLE_EQ(sites[0].lat, 36.5);
}

TEST(SiteImport, MissingColumnNamesFileAndColumn)
{
    const std::filesystem::path file = test::ioDataDir() / "sites_missing_column.csv";
    test::expectMentions(test::ioErrorOf([&] { importSites(file); }),
                         {file.string(), "missing column 'bus'"});
}

TEST(SiteImport, NonNumericLongitudeNamesFileLineAndColumn)
{
    const std::filesystem::path file = test::ioDataDir() / "sites_bad_lon.csv";
    test::expectMentions(test::ioErrorOf([&] { importSites(file); }),
                         {file.string() + ":3:", "column 'lon'", "'동경 126도' is not a number"});
}

TEST(SiteImport, ImportedSitesReplaceByIdAndAppendNewOnes)
{
    Site changed = *test::smallScenario().findSite("sejong");
    changed.maxItMw = 150.0;
    Site added = changed;
    added.id = "new_site";
    const Scenario merged = withImportedSites(test::smallScenario(), {changed, added});
    ASSERT_EQ(merged.sites().size(), 4u);
    EXPECT_EQ(merged.sites()[0], changed);
    EXPECT_EQ(merged.sites()[1].id, "ulsan");
    EXPECT_EQ(merged.sites()[3], added);
}

} // namespace
} // namespace gpuplan
