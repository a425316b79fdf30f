// SPDX-License-Identifier: MIT
#include "EngineTestSupport.h"

#include <gtest/gtest.h>
#include <numbers>

namespace gpuplan {
namespace {

using namespace gpuplan::test;

constexpr double kDegPerRad = 180.0 / std::numbers::pi;

// hand3: b12 = 10, b13 = 5, b23 = 5 p.u.; P2 = -1.0, P3 = -0.6 p.u.; θ1 = 0.
// Reduced B = [15 -5; -5 10], det 125, inverse [10 5; 5 15] / 125:
//   θ2 = (10(-1.0) + 5(-0.6)) / 125 = -0.104 rad, θ3 = (5(-1.0) + 15(-0.6)) / 125 = -0.112 rad
//   f12 = 10 (0.104) = 1.04 p.u. = 104 MW, f13 = 5 (0.112) = 56 MW, f23 = 5 (0.008) = 4 MW.
TEST(DcPowerFlow, HandWorkedThreeBus)
{
    const Study study(readCase("hand3.m"), SlackPolicy::Single);
    EXPECT_NEAR(study.flow.vaDeg[0], 0.0, kAngleToleranceDeg);
    EXPECT_NEAR(study.flow.vaDeg[1], -0.104 * kDegPerRad, kAngleToleranceDeg);
    EXPECT_NEAR(study.flow.vaDeg[2], -0.112 * kDegPerRad, kAngleToleranceDeg);
    EXPECT_NEAR(study.flow.flowMw[0], 104.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.flowMw[1], 56.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.flowMw[2], 4.0, kFlowToleranceMw);
    // The reference generator takes the 10 MW the dispatch (150 MW) is short of the load.
    EXPECT_NEAR(study.flow.generatorMw[0], 160.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.injectionMw.sum(), 0.0, kFlowToleranceMw);
}

TEST(DcPowerFlow, ReferenceAngleIsKept)
{
    Grid grid = readCase("hand3.m");
    grid.buses[0].vaDeg = 10.0;
    const Study study(grid, SlackPolicy::Single);
    EXPECT_NEAR(study.flow.vaDeg[0], 10.0, kAngleToleranceDeg);
    EXPECT_NEAR(study.flow.vaDeg[1], 10.0 - 0.104 * kDegPerRad, kAngleToleranceDeg);
    EXPECT_NEAR(study.flow.flowMw[0], 104.0, kFlowToleranceMw);
}

// hand5 (buses 10..50, reference angle -5°). Fixed withdrawals: bus 40 takes Pd 30 + Gs 10 = 40
// MW through radial 30-40; bus 50 takes 20 MW less the 8 MW the HVDC link delivers
// (10 - (1 + 0.1·10)) = 12 MW through radial 20-50 (b = 1/(0.1·1.25) = 8). The loop then sees
// P20 = -1.12 and P30 = -1.0 p.u., and the 2° shifter on 10-30 (b = 5, φ = 2π/180) adds
// Pfinj = -5φ at the from end: Pbusinj(10) = -5φ, Pbusinj(30) = +5φ, so P30' = -1.0 - 5φ.
//   θ20 = (10(-1.12) + 5(-1 - 5φ)) / 125 = (-16.2 - 25φ) / 125
//   θ30 = (5(-1.12) + 15(-1 - 5φ)) / 125 = (-20.6 - 75φ) / 125
//   f(10-20) = -10 θ20, f(10-30) = 5(-θ30 - φ), f(20-30) = 5(θ20 - θ30),
//   θ40 = θ30 - 0.4 / 20, θ50 = θ20 - 0.12 / 8; angles shifted by -5°.
// The reference generator ends at 222 MW: loads 210 + shunt 10 + HVDC 10 out - 8 in.
TEST(DcPowerFlow, HandWorkedFiveBusWithShifterShuntAndDcLine)
{
    const Study study(readCase("hand5.m"), SlackPolicy::Single);
    const double phi = 2.0 / kDegPerRad;
    const double t20 = (-16.2 - 25.0 * phi) / 125.0, t30 = (-20.6 - 75.0 * phi) / 125.0;
    const double expectedVa[] = {0.0, t20, t30, t30 - 0.02, t20 - 0.015};
    for (int i = 0; i < 5; ++i)
        EXPECT_NEAR(study.flow.vaDeg[i], -5.0 + expectedVa[i] * kDegPerRad, kAngleToleranceDeg)
            << "bus " << study.network.busIds[i];
    EXPECT_NEAR(study.flow.flowMw[0], -10.0 * t20 * 100.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.flowMw[1], 5.0 * (-t30 - phi) * 100.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.flowMw[2], 5.0 * (t20 - t30) * 100.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.flowMw[3], 40.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.flowMw[4], 12.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.generatorMw[0], 222.0, kFlowToleranceMw);
}

TEST(DcPowerFlow, NegativeReactanceIsSeriesCompensation)
{
    // x13 = -0.05 gives b13 = -20: reduced B = [15 -5; -5 -15], det -250, inverse
    // [-15 5; 5 15] / -250: θ2 = (15 - 3) / -250 = -0.048, θ3 = (-5 - 9) / -250 = 0.056 rad;
    // f12 = 48 MW, f13 = -20 (0 - 0.056) = 112 MW, f23 = 5 (-0.104) = -52 MW.
    const Study study(readCase("series_compensated.m"), SlackPolicy::Single);
    const double det = 15.0 * -15.0 - 25.0;
    const double t2 = (-15.0 * -1.0 + 5.0 * -0.6) / det;
    const double t3 = (5.0 * -1.0 + 15.0 * -0.6) / det;
    EXPECT_NEAR(study.flow.flowMw[0], -10.0 * t2 * 100.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.flowMw[1], 20.0 * t3 * 100.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.flowMw[0], 48.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.flowMw[1], 112.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.flowMw[2], -52.0, kFlowToleranceMw);
}

// Two generators: 1 at bus 1 (Pg 100, Pmax 200: headroom 100), 2 at bus 2 (Pg 30, Pmax 60:
// headroom 30). The 30 MW shortfall splits 100:30 -> +23.077 and +6.923 MW.
TEST(DcPowerFlow, DistributedSlackFollowsHeadroom)
{
    Grid grid = readCase("hand3.m");
    grid.generators[0].pMw = 100.0;
    grid.generators[0].pMaxMw = 200.0;
    grid.generators.push_back({2, "", "", 30.0, 0.0, 60.0, true, 0, ""});
    const Study study(grid, SlackPolicy::Distributed);
    EXPECT_NEAR(study.flow.injectionMw.sum(), 0.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.generatorMw[0] - 100.0, 30.0 * 100.0 / 130.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.generatorMw[1] - 30.0, 30.0 * 30.0 / 130.0, kFlowToleranceMw);
    EXPECT_NEAR(study.flow.injectionMw[1], study.flow.generatorMw[1] - 100.0, kFlowToleranceMw);
}

TEST(DcPowerFlow, PlanningYearSelectsTopology)
{
    Grid grid = readCase("hand3.m");
    grid.branches[2].inServiceYear = 2030; // 2-3 built in 2030
    const Study before(grid, SlackPolicy::Single, 2029);
    const Study after(grid, SlackPolicy::Single, 2030);
    EXPECT_EQ(before.network.branchCount(), 2);
    EXPECT_EQ(after.network.branchCount(), 3);
    EXPECT_NEAR(before.flow.flowMw[0], 100.0, kFlowToleranceMw); // radial then
}

TEST(DcPowerFlow, MissingReferenceUsesLargestGeneratorAndWarns)
{
    const Study study(readCase("no_reference.m"), SlackPolicy::Single);
    EXPECT_EQ(study.network.busIds[study.network.referenceBus], 1);
    ASSERT_EQ(study.network.warnings.size(), 1u);
    EXPECT_NE(study.network.warnings[0].find("no reference bus"), std::string::npos);
    EXPECT_NEAR(study.flow.flowMw[0], 104.0, kFlowToleranceMw);
}

TEST(DcPowerFlow, IslandsAreAnErrorNamingTheirBuses)
{
    try {
        compileDcNetwork(readCase("bad_islands.m"), 0);
        FAIL() << "expected GridError";
    } catch (const GridError& error) {
        EXPECT_NE(std::string(error.what()).find("islands"), std::string::npos);
        EXPECT_NE(std::string(error.what()).find("4 5"), std::string::npos) << error.what();
    }
}

TEST(DcPowerFlow, ZeroReactanceInAModelIsAnError)
{
    Grid grid = readCase("hand3.m");
    grid.branches[1].x = 0.0;
    EXPECT_THROW(compileDcNetwork(grid, 0), GridError);
}

} // namespace
} // namespace gpuplan
