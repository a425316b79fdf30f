// SPDX-License-Identifier: MIT
#include "EngineTestSupport.h"
#include "io/BusCoordinates.h"
#include "io/IoError.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace gpuplan {
namespace {

using namespace gpuplan::test;

// The message names the file and the line, e.g. "…/bad_zero_x.m:31: branch 2-3 has reactance 0".
void expectIoError(const std::string& file, const std::string& where, const std::string& what)
{
    try {
        readMatpowerCase(matpowerFile(file));
        FAIL() << "expected IoError from " << file;
    } catch (const IoError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find(file + ":" + where), std::string::npos) << message;
        EXPECT_NE(message.find(what), std::string::npos) << message;
    }
}

TEST(MatpowerCase, ReadsPublishedLayout)
{
    const MatpowerCase mpc = readMatpowerCase(matpowerFile("hand5.m"));
    EXPECT_EQ(mpc.name, "hand5");
    EXPECT_DOUBLE_EQ(mpc.grid.baseMva, 100.0);
    ASSERT_EQ(mpc.grid.buses.size(), 5u);
    EXPECT_EQ(mpc.grid.buses[3].id, 40);
    EXPECT_DOUBLE_EQ(mpc.grid.buses[3].shuntGsMw, 10.0);
    EXPECT_DOUBLE_EQ(mpc.grid.buses[0].vaDeg, -5.0);
    EXPECT_EQ(mpc.grid.buses[0].type, BusType::Reference);
    ASSERT_EQ(mpc.grid.branches.size(), 5u);
    EXPECT_DOUBLE_EQ(mpc.grid.branches[1].shiftDeg, 2.0);
    EXPECT_DOUBLE_EQ(mpc.grid.branches[4].tap, 1.25);
    ASSERT_EQ(mpc.grid.dcLines.size(), 1u);
    EXPECT_DOUBLE_EQ(mpc.grid.dcLines[0].pToMw(), 8.0);
    ASSERT_EQ(mpc.grid.generators.size(), 1u);
    EXPECT_DOUBLE_EQ(mpc.grid.generators[0].pMaxMw, 400.0);
}

TEST(MatpowerCase, ReadsEverySyntaxOfTheFormat)
{
    const MatpowerCase mpc = readMatpowerCase(matpowerFile("syntax.m"));
    EXPECT_EQ(mpc.name, "syntax_case");
    ASSERT_EQ(mpc.grid.buses.size(), 3u);
    EXPECT_EQ(mpc.grid.buses[1].id, 12);
    EXPECT_DOUBLE_EQ(mpc.grid.buses[1].loadMw, 100.0);
    EXPECT_EQ(mpc.grid.buses[2].id, 13);
    EXPECT_DOUBLE_EQ(mpc.grid.buses[2].baseKv, 345.0); // after a ... continuation
    EXPECT_EQ(mpc.grid.buses[0].name, "신가평");
    EXPECT_EQ(mpc.grid.buses[2].name, "it's");
    ASSERT_EQ(mpc.grid.branches.size(), 3u); // two rows on one line split by ';'
    EXPECT_DOUBLE_EQ(mpc.grid.branches[0].x, 0.1);
    // Same network as hand3: same flows.
    const Study study(mpc.grid, SlackPolicy::Single);
    EXPECT_NEAR(study.flow.flowMw[0], 104.0, kFlowToleranceMw);
}

TEST(MatpowerCase, BadInputsNameFileAndLine)
{
    expectIoError("bad_zero_x.m", "31", "reactance 0");
    expectIoError("bad_nan_x.m", "31", "reactance nan");
    expectIoError("bad_unknown_bus.m", "31", "unknown bus 9");
    expectIoError("bad_duplicate_bus.m", "17", "duplicate bus number 2 (first on line 16)");
    expectIoError("bad_truncated.m", "", "unterminated matrix");
    expectIoError("bad_malformed.m", "23", "malformed number");
}

TEST(MatpowerCase, MissingFileIsAnIoError)
{
    EXPECT_THROW(readMatpowerCase(matpowerFile("no_such_case.m")), IoError);
    EXPECT_THROW(parseMatpowerCase("mpc.baseMVA = 100;\n", "x.m"), IoError); // no mpc.bus
}

TEST(MatpowerCase, WriteThenReadGivesTheSameGrid)
{
    Grid grid = readCase("hand5.m");
    MatpowerCase again = parseMatpowerCase(formatMatpowerCase(grid, "again"), "again.m");
    for (Grid* g : {&grid, &again.grid})
        for (Bus& bus : g->buses)
            bus.lon = bus.lat = 0.0; // MATPOWER has no coordinates (NaN != NaN)
    EXPECT_EQ(again.grid.buses, grid.buses);
    EXPECT_EQ(again.grid.branches, grid.branches);
    EXPECT_EQ(again.grid.generators, grid.generators);
    EXPECT_EQ(again.grid.dcLines, grid.dcLines);
}

TEST(BusCoordinates, PlacesBusesAndWarnsOnUnknownOnes)
{
    const auto path = std::filesystem::temp_directory_path() / "gpuplan_engine_coords.csv";
    std::ofstream(path) << "bus_i,lon,lat,name\n1,127.1,37.5,A\n2,127.3,37.6,\n99,128,36,Z\n";
    Grid grid = readCase("hand3.m");
    const std::vector<std::string> warnings = applyBusCoordinates(grid, readBusCoordinates(path));
    EXPECT_DOUBLE_EQ(grid.buses[0].lon, 127.1);
    EXPECT_EQ(grid.buses[0].name, "A");
    EXPECT_TRUE(grid.buses[1].hasLocation());
    EXPECT_FALSE(grid.buses[2].hasLocation());
    ASSERT_EQ(warnings.size(), 1u);
    std::ofstream(path) << "bus_i,lon,lat\n1,127.1,97.5\n";
    EXPECT_THROW(readBusCoordinates(path), IoError);
    std::filesystem::remove(path);
}

} // namespace
} // namespace gpuplan
