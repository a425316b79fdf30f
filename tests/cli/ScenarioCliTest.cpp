// SPDX-License-Identifier: MIT
// The foundation's verbs as a script sees them: exit codes, messages, files written or left alone.
#include "cli/CliRunner.h"
#include "io/ScenarioStore.h"

#include <algorithm>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace gpuplan {
namespace {

using testing::qpath;
using testing::runGpuplan;
using testing::ScratchDirectory;

std::string fileBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

TEST(Cli, HelpListsTheVerbs)
{
    const auto result = runGpuplan({QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    for (const char* verb : {"gpuplan new", "gpuplan open", "import-sites", "evaluate", "grid dcpf",
                             "gpuplan brief", "gpuplan snapshot", "gpuplan script"})
        EXPECT_TRUE(contains(result.out, verb)) << verb;
}

TEST(Cli, VersionPrintsTheProjectVersion)
{
    const auto result = runGpuplan({QStringLiteral("--version")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, "gpuplan " GPUPLAN_VERSION "\n");
}

TEST(Cli, UnknownVerbIsAUsageError)
{
    const auto result = runGpuplan({QStringLiteral("frobnicate")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(contains(result.err, "unknown command 'frobnicate'"));
}

TEST(Cli, NewWritesTheNationalScenario)
{
    ScratchDirectory scratch("new");
    const auto target = scratch / "n.gpkg";
    const auto result = runGpuplan({QStringLiteral("new"), qpath(target)});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Scenario scenario = readScenario(target);
    EXPECT_EQ(scenario.totalPlacedGpus(), 260000);
    EXPECT_GE(scenario.sites().size(), 14u);
}

TEST(Cli, OgrinfoListsEveryLayerInWgs84)
{
    ScratchDirectory scratch("ogrinfo");
    const auto target = scratch / "n.gpkg";
    ASSERT_EQ(runGpuplan({QStringLiteral("new"), qpath(target)}).exitCode, 0);
    QProcess ogrinfo;
    ogrinfo.start(QStringLiteral("ogrinfo"),
                  {QStringLiteral("-so"), QStringLiteral("-al"), qpath(target)});
    ASSERT_TRUE(ogrinfo.waitForFinished(60000));
    const std::string listing = ogrinfo.readAllStandardOutput().toStdString();
    for (const char* layer : {"sites", "buses", "generators", "branches", "water_sources",
                              "organisations", "gpu_models", "allocations", "scenario"})
        EXPECT_TRUE(contains(listing, std::string("Layer name: ") + layer)) << layer;
    EXPECT_TRUE(contains(listing, "EPSG\",4326")) << "layers must be in EPSG:4326";
}

TEST(Cli, NewRefusesToOverwrite)
{
    ScratchDirectory scratch("overwrite");
    const auto target = scratch / "mine.gpkg";
    std::ofstream(target) << "a planner's own file";
    const auto result = runGpuplan({QStringLiteral("new"), qpath(target)});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(contains(result.err, "already exists"));
    EXPECT_EQ(fileBytes(target), "a planner's own file");
}

TEST(Cli, NewIntoAMissingFolderFailsCleanly)
{
    ScratchDirectory scratch("missing-folder");
    const auto target = scratch / "no" / "such" / "n.gpkg";
    const auto result = runGpuplan({QStringLiteral("new"), qpath(target)});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(contains(result.err, target.string())) << result.err;
    EXPECT_FALSE(std::filesystem::exists(target));
}

TEST(Cli, ImportSitesAddsSitesFromCsv)
{
    ScratchDirectory scratch("import");
    const auto scenarioPath = scratch / "s.gpkg";
    ASSERT_EQ(runGpuplan({QStringLiteral("new"), qpath(scenarioPath)}).exitCode, 0);
    const Scenario before = readScenario(scenarioPath);
    const auto csv = scratch / "sites.csv";
    std::ofstream(csv) << "id,name_ko,lon,lat,bus\nnew_site,새 후보지,127.0,37.5,"
                       << before.sites().front().busId << "\n";

    const auto result = runGpuplan({QStringLiteral("import-sites"), qpath(csv),
                                    QStringLiteral("--into"), qpath(scenarioPath)});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Scenario after = readScenario(scenarioPath);
    EXPECT_EQ(after.sites().size(), before.sites().size() + 1);
    ASSERT_NE(after.findSite("new_site"), nullptr);
    EXPECT_EQ(after.findSite("new_site")->nameKo, "새 후보지");
}

TEST(Cli, ImportSitesWithABadLineLeavesTheScenarioUntouched)
{
    ScratchDirectory scratch("import-bad");
    const auto scenarioPath = scratch / "s.gpkg";
    ASSERT_EQ(runGpuplan({QStringLiteral("new"), qpath(scenarioPath)}).exitCode, 0);
    const std::string original = fileBytes(scenarioPath);
    const auto csv = scratch / "sites.csv";
    std::ofstream(csv) << "id,name_ko,lon,lat,bus\nok,가,127.0,37.5,1\nbad,나,east,37.5,1\n";

    const auto result = runGpuplan({QStringLiteral("import-sites"), qpath(csv),
                                    QStringLiteral("--into"), qpath(scenarioPath)});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(contains(result.err, "sites.csv:3")) << result.err;
    EXPECT_TRUE(contains(result.err, "lon")) << result.err;
    EXPECT_EQ(fileBytes(scenarioPath), original);
}

TEST(Cli, ImportSitesOntoAnUnknownBusIsRefused)
{
    ScratchDirectory scratch("import-bus");
    const auto scenarioPath = scratch / "s.gpkg";
    ASSERT_EQ(runGpuplan({QStringLiteral("new"), qpath(scenarioPath)}).exitCode, 0);
    const std::string original = fileBytes(scenarioPath);
    const auto csv = scratch / "sites.csv";
    std::ofstream(csv) << "id,name_ko,lon,lat,bus\nfar,먼 곳,127.0,37.5,99999\n";

    const auto result = runGpuplan({QStringLiteral("import-sites"), qpath(csv),
                                    QStringLiteral("--into"), qpath(scenarioPath)});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(contains(result.err, "99999")) << result.err;
    EXPECT_EQ(fileBytes(scenarioPath), original);
}

TEST(Cli, OpeningABrokenFileSaysWhichFile)
{
    ScratchDirectory scratch("broken");
    const auto broken = scratch / "broken.gpkg";
    std::ofstream(broken) << "not a geopackage";
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const auto result = runGpuplan({QStringLiteral("open"), qpath(broken)}, environment);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, broken.string())) << result.err;
}

TEST(Cli, WindowWithoutADisplaySaysSoInOneLine)
{
    auto environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    const auto result = runGpuplan({}, environment);
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(contains(result.err, "no display"));
    EXPECT_TRUE(contains(result.err, "gpuplan evaluate"));
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1);
}

} // namespace
} // namespace gpuplan
