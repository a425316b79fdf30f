// SPDX-License-Identifier: MIT
#include "io/ScenarioStore.h"

#include "IoTestSupport.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <gdal_priv.h>
#include <limits>
#include <ogrsf_frmts.h>
#include <unistd.h>

namespace gpuplan {
namespace {

using test::TemporaryDirectory;

// The small scenario with doubles that only an exact store keeps.
Scenario awkwardScenario()
{
    Scenario scenario = test::smallScenario();
    Grid grid = scenario.grid();
    grid.buses[0].loadMw = 0.1 + 0.2;
    grid.buses[1].vaDeg = std::nextafter(-3.5, 0.0);
    grid.branches[0].b = std::numeric_limits<double>::denorm_min();
    grid.branches[1].r = 1.0 / 3.0;
    scenario.setGrid(std::move(grid));
    ScenarioSettings settings = scenario.settings();
    settings.atRiskMargin = 1.0 / 7.0;
    scenario.setSettings(settings);
    return scenario;
}

std::string exactText(double value)
{
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

std::string fieldText(OGRFeature& feature, int index)
{
    if (!feature.IsFieldSetAndNotNull(index))
        return "NULL";
    if (feature.GetFieldDefnRef(index)->GetType() == OFTReal)
        return exactText(feature.GetFieldAsDouble(index));
    return feature.GetFieldAsString(index);
}

// Points and lines with the shortest exact coordinates, so the dump shows any change in a bit.
std::string geometryText(const OGRGeometry* geometry)
{
    if (!geometry)
        return "none";
    if (geometry->IsEmpty())
        return std::string(geometry->getGeometryName()) + " EMPTY";
    const auto coordinates = [](double x, double y) {
        return exactText(x) + ' ' + exactText(y);
    };
    if (wkbFlatten(geometry->getGeometryType()) == wkbPoint)
        return "POINT (" + coordinates(geometry->toPoint()->getX(), geometry->toPoint()->getY()) +
               ")";
    if (wkbFlatten(geometry->getGeometryType()) != wkbLineString)
        return geometry->exportToWkt();
    const OGRLineString* line = geometry->toLineString();
    std::string text = "LINESTRING (";
    for (int i = 0; i < line->getNumPoints(); ++i)
        text += (i ? ", " : "") + coordinates(line->getX(i), line->getY(i));
    return text + ")";
}

void dumpLayer(OGRLayer& layer, std::ostream& out)
{
    OGRFeatureDefn* definition = layer.GetLayerDefn();
    const OGRSpatialReference* reference = layer.GetSpatialRef();
    out << "layer " << layer.GetName() << " geometry " << OGRGeometryTypeToName(layer.GetGeomType())
        << " srs "
        << (reference ? std::string(reference->GetAuthorityName(nullptr)) + ":" +
                            reference->GetAuthorityCode(nullptr)
                      : std::string("none"))
        << " features " << layer.GetFeatureCount() << '\n';
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        out << "  field " << definition->GetFieldDefn(i)->GetNameRef() << ' '
            << OGRFieldDefn::GetFieldTypeName(definition->GetFieldDefn(i)->GetType()) << '\n';
    layer.ResetReading();
    for (OGRFeatureUniquePtr f(layer.GetNextFeature()); f; f.reset(layer.GetNextFeature())) {
        out << "  feature " << f->GetFID() << '\n';
        for (int i = 0; i < definition->GetFieldCount(); ++i)
            out << "    " << definition->GetFieldDefn(i)->GetNameRef() << " = " << fieldText(*f, i)
                << '\n';
        if (layer.GetGeomType() != wkbNone)
            out << "    geometry = " << geometryText(f->GetGeometryRef()) << '\n';
    }
}

// A text dump of a GeoPackage: its layers by name, their fields and types, every feature.
std::string dumpGeoPackage(const std::filesystem::path& file)
{
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(file.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset)
        return "cannot open " + file.string();
    std::vector<OGRLayer*> layers;
    for (int i = 0; i < dataset->GetLayerCount(); ++i)
        layers.push_back(dataset->GetLayer(i));
    std::sort(layers.begin(), layers.end(), [](OGRLayer* a, OGRLayer* b) {
        return std::string(a->GetName()) < std::string(b->GetName());
    });
    std::ostringstream out;
    for (OGRLayer* layer : layers)
        dumpLayer(*layer, out);
    return out.str();
}

std::vector<std::string> directoryEntries(const std::filesystem::path& directory)
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(directory))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

TEST(ScenarioStore, RoundTripKeepsEveryField)
{
    TemporaryDirectory directory;
    const Scenario original = awkwardScenario();
    writeScenario(original, directory / "small.gpkg");
    const Scenario read = readScenario(directory / "small.gpkg");
    EXPECT_TRUE(test::withComparableCoordinates(read) == test::withComparableCoordinates(original));
}

TEST(ScenarioStore, RoundTripKeepsTheDetailsThatAreEasyToLose)
{
    TemporaryDirectory directory;
    const Scenario original = awkwardScenario();
    writeScenario(original, directory / "small.gpkg");
    const Scenario read = readScenario(directory / "small.gpkg");

    const Bus& unlocated = read.grid().buses.at(4);
    EXPECT_EQ(unlocated.id, 5);
    EXPECT_FALSE(unlocated.hasLocation());
    EXPECT_EQ(unlocated.name, "위치 미상 모선");
    EXPECT_EQ(read.grid().buses[0].loadMw, 0.1 + 0.2);
    EXPECT_EQ(read.grid().branches[0].b, std::numeric_limits<double>::denorm_min());
    EXPECT_EQ(read.settings().atRiskMargin, 1.0 / 7.0);
    EXPECT_EQ(read.settings().description, original.settings().description);
    EXPECT_EQ(read.grid().branches.at(5).inServiceYear, 2028);
    EXPECT_FALSE(read.grid().branches.at(6).inService);
    ASSERT_EQ(read.grid().dcLines.size(), 1u);
    EXPECT_EQ(read.grid().dcLines[0], original.grid().dcLines[0]);
    EXPECT_EQ(read.sites().at(2).status, SiteStatus::Candidate);
    EXPECT_EQ(read.sites().at(1).cooling, CoolingType::Liquid);
    EXPECT_EQ(read.settings().slackPolicy, SlackPolicy::Distributed);
}

TEST(ScenarioStore, MatchesTheGoldenDump)
{
    TemporaryDirectory directory;
    writeScenario(test::smallScenario(), directory / "small.gpkg");
    const std::string dump = dumpGeoPackage(directory / "small.gpkg");
    const std::filesystem::path golden = test::ioDataDir() / "golden" / "small_scenario.txt";
    const char* update = std::getenv("GPUPLAN_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::filesystem::create_directories(golden.parent_path());
        test::writeFile(golden, dump);
        GTEST_SKIP() << "rewrote " << golden.string();
    }
    EXPECT_EQ(dump, test::fileBytes(golden))
        << "the GeoPackage layout changed; if that is intended, run with GPUPLAN_UPDATE_GOLDEN=1 "
           "and bump kScenarioSchemaVersion if old files no longer read";
}

TEST(ScenarioStore, OverwritesAnExistingFile)
{
    TemporaryDirectory directory;
    const Scenario first = test::smallScenario();
    writeScenario(first, directory / "plan.gpkg");
    Scenario second = first;
    ScenarioSettings settings = second.settings();
    settings.name = "두 번째";
    second.setSettings(settings);
    writeScenario(second, directory / "plan.gpkg");
    EXPECT_EQ(readScenario(directory / "plan.gpkg").settings().name, "두 번째");
    EXPECT_EQ(directoryEntries(directory.path()), std::vector<std::string>{"plan.gpkg"});
}

TEST(ScenarioStore, RefusesAnInvalidScenarioAndKeepsTheOldFile)
{
    TemporaryDirectory directory;
    const std::filesystem::path file = directory / "plan.gpkg";
    writeScenario(test::smallScenario(), file);
    const std::string before = test::fileBytes(file);

    Scenario invalid = test::smallScenario();
    std::vector<Allocation> allocations = invalid.allocations();
    allocations[0].gpus = 1'000'000;
    invalid.setAllocations(allocations);
    const std::string message = test::ioErrorOf([&] { writeScenario(invalid, file); });
    test::expectMentions(message, {file.string(), "not saved", "quota"});
    EXPECT_EQ(test::fileBytes(file), before);
    EXPECT_EQ(directoryEntries(directory.path()), std::vector<std::string>{"plan.gpkg"});
}

TEST(ScenarioStore, FailedRenameLeavesNoTemporaryFile)
{
    TemporaryDirectory directory;
    const std::filesystem::path target = directory / "plan.gpkg";
    std::filesystem::create_directories(target / "inside"); // a directory cannot be replaced
    const std::string message =
        test::ioErrorOf([&] { writeScenario(test::smallScenario(), target); });
    test::expectMentions(message, {target.string(), "not saved"});
    EXPECT_EQ(directoryEntries(directory.path()), std::vector<std::string>{"plan.gpkg"});
    EXPECT_TRUE(std::filesystem::exists(target / "inside"));
}

TEST(ScenarioStore, UnwritableDirectoryKeepsTheOldFile)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root writes into read-only directories";
    TemporaryDirectory directory;
    const std::filesystem::path file = directory / "plan.gpkg";
    writeScenario(test::smallScenario(), file);
    const std::string before = test::fileBytes(file);
    std::filesystem::permissions(directory.path(), std::filesystem::perms::owner_read |
                                                       std::filesystem::perms::owner_exec);
    const std::string message =
        test::ioErrorOf([&] { writeScenario(test::smallScenario(), file); });
    std::filesystem::permissions(directory.path(), std::filesystem::perms::owner_all);
    test::expectMentions(message, {file.string(), "not saved"});
    EXPECT_EQ(test::fileBytes(file), before);
    EXPECT_EQ(directoryEntries(directory.path()), std::vector<std::string>{"plan.gpkg"});
}

} // namespace
} // namespace gpuplan
