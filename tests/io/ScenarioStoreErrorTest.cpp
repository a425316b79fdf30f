// SPDX-License-Identifier: MIT
#include "IoTestSupport.h"
#include "io/ScenarioStore.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace gpuplan {
namespace {

// A good scenario file, broken in one place by each test through OGR or SQL, as a planner's
// edit in QGIS or a sqlite shell would break it.
class BrokenScenarioFile : public ::testing::Test {
protected:
    void SetUp() override { writeScenario(test::smallScenario(), m_file); }

    void edit(const std::function<void(GDALDataset&)>& change)
    {
        GDALAllRegister();
        GDALDatasetUniquePtr dataset(
            GDALDataset::Open(m_file.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(dataset);
        change(*dataset);
    }

    void execute(const std::string& sql)
    {
        edit([&](GDALDataset& dataset) {
            CPLErrorReset();
            dataset.ExecuteSQL(sql.c_str(), nullptr, nullptr);
            ASSERT_EQ(CPLGetLastErrorType(), CE_None) << CPLGetLastErrorMsg();
        });
    }

    std::string readError() const
    {
        return test::ioErrorOf([&] { readScenario(m_file); });
    }

    test::TemporaryDirectory m_directory;
    std::filesystem::path m_file = m_directory / "broken.gpkg";
};

TEST_F(BrokenScenarioFile, MissingFileIsNamed)
{
    const std::filesystem::path missing = m_directory / "missing.gpkg";
    test::expectMentions(test::ioErrorOf([&] { readScenario(missing); }),
                         {missing.string(), "no such file"});
}

TEST_F(BrokenScenarioFile, TextFileIsNotAGeoPackage)
{
    const std::filesystem::path text = m_directory / "notes.gpkg";
    test::writeFile(text, "not a database\n");
    test::expectMentions(test::ioErrorOf([&] { readScenario(text); }),
                         {text.string(), "not a GeoPackage"});
}

TEST_F(BrokenScenarioFile, DirectoryIsNotAFile)
{
    test::expectMentions(test::ioErrorOf([&] { readScenario(m_directory.path()); }),
                         {m_directory.path().string(), "not a file"});
}

TEST_F(BrokenScenarioFile, MissingLayerIsNamed)
{
    edit([](GDALDataset& dataset) {
        for (int i = 0; i < dataset.GetLayerCount(); ++i) {
            if (std::string(dataset.GetLayer(i)->GetName()) == "water_sources") {
                ASSERT_EQ(dataset.DeleteLayer(i), OGRERR_NONE);
            }
        }
    });
    test::expectMentions(readError(), {m_file.string(), "layer 'water_sources'", "missing layer"});
}

TEST_F(BrokenScenarioFile, MissingFieldIsNamed)
{
    edit([](GDALDataset& dataset) {
        OGRLayer* sites = dataset.GetLayerByName("sites");
        ASSERT_EQ(sites->DeleteField(sites->GetLayerDefn()->GetFieldIndex("province")),
                  OGRERR_NONE);
    });
    test::expectMentions(readError(),
                         {m_file.string(), "layer 'sites'", "field 'province'", "missing field"});
}

// Branch Korean names came after the first files were written: such a file still opens, its
// branches without Korean names (the interface then shows the English).
TEST_F(BrokenScenarioFile, AFileFromBeforeBranchKoreanNamesOpens)
{
    edit([](GDALDataset& dataset) {
        OGRLayer* branches = dataset.GetLayerByName("branches");
        ASSERT_EQ(branches->DeleteField(branches->GetLayerDefn()->GetFieldIndex("name_ko")),
                  OGRERR_NONE);
    });
    const Scenario read = readScenario(m_file);
    const Scenario written = test::smallScenario();
    ASSERT_EQ(read.grid().branches.size(), written.grid().branches.size());
    for (std::size_t i = 0; i < read.grid().branches.size(); ++i) {
        EXPECT_TRUE(read.grid().branches[i].nameKo.empty());
        EXPECT_EQ(read.grid().branches[i].name, written.grid().branches[i].name);
    }
}

TEST_F(BrokenScenarioFile, FieldDeclaredAsTextIsRefused)
{
    edit([](GDALDataset& dataset) {
        OGRLayer* allocations = dataset.GetLayerByName("allocations");
        OGRFieldDefn text("gpus", OFTString);
        ASSERT_EQ(allocations->AlterFieldDefn(allocations->GetLayerDefn()->GetFieldIndex("gpus"),
                                              &text, ALTER_TYPE_FLAG),
                  OGRERR_NONE);
    });
    test::expectMentions(readError(), {m_file.string(), "layer 'allocations'", "field 'gpus'",
                                       "stored as String, expected Integer"});
}

TEST_F(BrokenScenarioFile, TextInAnIntegerColumnIsRefused)
{
    execute("UPDATE allocations SET gpus = 'abc' WHERE fid = 2");
    test::expectMentions(readError(), {m_file.string(), "layer 'allocations'", "feature '2'",
                                       "field 'gpus'", "'abc' is not a number"});
}

TEST_F(BrokenScenarioFile, FractionalGpuCountIsRefused)
{
    execute("UPDATE allocations SET gpus = 1.5 WHERE fid = 1");
    test::expectMentions(readError(), {m_file.string(), "layer 'allocations'", "feature '1'",
                                       "field 'gpus'", "'1.5' is not a whole number"});
}

TEST_F(BrokenScenarioFile, NegativeGpuCountIsRefused)
{
    execute("UPDATE allocations SET gpus = -5 WHERE fid = 1");
    test::expectMentions(readError(),
                         {m_file.string(), "layer 'allocations'", "field 'gpus'", "positive"});
}

TEST_F(BrokenScenarioFile, OrganisationOverQuotaIsRefused)
{
    execute("UPDATE allocations SET gpus = 9000 WHERE fid = 3");
    test::expectMentions(readError(), {m_file.string(), "layer 'allocations'", "feature 'naver'",
                                       "field 'gpus'", "over its quota of 6000"});
}

TEST_F(BrokenScenarioFile, SiteOnAMissingBusIsRefused)
{
    execute("UPDATE sites SET bus = 999 WHERE id = 'dangjin'");
    test::expectMentions(readError(), {m_file.string(), "layer 'sites'", "feature 'dangjin'",
                                       "field 'bus'", "no bus 999"});
}

TEST_F(BrokenScenarioFile, UnknownEnumTextIsRefused)
{
    execute("UPDATE sites SET cooling = 'steam' WHERE id = 'ulsan'");
    test::expectMentions(readError(), {m_file.string(), "layer 'sites'", "feature 'ulsan'",
                                       "field 'cooling'", "unknown value 'steam'"});
}

TEST_F(BrokenScenarioFile, TextInARealColumnIsRefused)
{
    execute("UPDATE buses SET pd_mw = 'lots' WHERE bus_i = 3");
    test::expectMentions(readError(), {m_file.string(), "layer 'buses'", "feature '3'",
                                       "field 'pd_mw'", "'lots' is not a number"});
}

TEST_F(BrokenScenarioFile, EmptyNumberIsRefused)
{
    execute("UPDATE branches SET x = NULL WHERE fid = 4");
    test::expectMentions(readError(), {m_file.string(), "layer 'branches'", "feature '4'",
                                       "field 'x'", "has no value"});
}

TEST_F(BrokenScenarioFile, StatusOtherThanZeroOrOneIsRefused)
{
    execute("UPDATE generators SET status = 2 WHERE fid = 1");
    test::expectMentions(readError(), {m_file.string(), "layer 'generators'", "feature '1'",
                                       "field 'status'", "not a status"});
}

TEST_F(BrokenScenarioFile, SiteWithoutGeometryIsRefused)
{
    execute("UPDATE sites SET geom = NULL WHERE id = 'sejong'");
    test::expectMentions(readError(), {m_file.string(), "layer 'sites'", "feature 'sejong'",
                                       "field 'geometry'", "no point geometry"});
}

TEST_F(BrokenScenarioFile, NewerSchemaIsRefusedByName)
{
    execute("UPDATE scenario SET value = '2' WHERE key = 'schema_version'");
    EXPECT_EQ(readError(),
              m_file.string() +
                  ": written by a newer gpuplan (schema 2); this build reads schema 1");
}

TEST_F(BrokenScenarioFile, MissingSettingIsNamed)
{
    execute("DELETE FROM scenario WHERE key = 'base_mva'");
    test::expectMentions(readError(),
                         {m_file.string(), "layer 'scenario'", "missing key 'base_mva'"});
}

TEST_F(BrokenScenarioFile, BadSettingIsNamed)
{
    execute("UPDATE scenario SET value = 'soon' WHERE key = 'planning_year'");
    test::expectMentions(readError(), {m_file.string(), "layer 'scenario'",
                                       "feature 'planning_year'", "'soon' is not a whole number"});
}

} // namespace
} // namespace gpuplan
