// SPDX-License-Identifier: MIT
// The synthetic grid is plausibly loaded: what `gpuplan grid synth` promises.
#include "engine/SyntheticGrid.h"

#include "EngineTestSupport.h"
#include "engine/ContingencyScreening.h"
#include "engine/HostingCapacity.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

namespace gpuplan {
namespace {

using namespace gpuplan::test;

// What "plausibly loaded" means here, from the loadings of planned transmission grids: most
// branches carry 20-70 % of their rating in the base case, none is over it; N-1 overloads are
// rare (under 1 % of branch-outage pairs); few outages island a bus; a bus can take tens to
// hundreds of MW of new load.
constexpr double kTypicalLowPct = 20.0;
constexpr double kTypicalHighPct = 70.0;
constexpr double kMinTypicalShare = 0.5;
constexpr double kMaxOverloadPairShare = 0.01;
constexpr double kMaxSeparationShare = 0.05;
constexpr double kMinMedianHostingMw = 10.0;
constexpr double kMaxMedianHostingMw = 1000.0;
constexpr double kMaxZeroHostingShare = 0.2;
constexpr int kHostingBuses = 30;

struct Plausibility {
    double maxBasePct = 0.0;
    double typicalShare = 0.0;
    double overloadPairShare = 0.0;
    double separationShare = 0.0;
    double medianHostingMw = 0.0;
    double zeroHostingShare = 0.0;
};

Plausibility plausibility(const Grid& grid)
{
    const Study study(grid, SlackPolicy::Distributed);
    const DcNetwork& net = study.network;
    const int nl = net.branchCount();
    Plausibility p;
    int typical = 0;
    for (int l = 0; l < nl; ++l) {
        const double pct = 100.0 * std::abs(study.flow.flowMw[l]) / net.ratingMw[l];
        p.maxBasePct = std::max(p.maxBasePct, pct);
        typical += pct >= kTypicalLowPct && pct <= kTypicalHighPct;
    }
    p.typicalShare = double(typical) / nl;
    const StudyControl none;
    const Lodf lodf = computeLodf(net, study.solver, none);
    const ContingencyResult n1 = screenN1(net, lodf, study.flow.flowMw, none);
    p.overloadPairShare = double(n1.overloads.size()) / (double(nl) * nl);
    p.separationShare = double(n1.separations.size()) / nl;
    std::vector<int> buses;
    for (int i = 0; i < kHostingBuses; ++i)
        buses.push_back(i * net.busCount() / kHostingBuses);
    std::vector<double> hosting;
    for (const HostingResult& h :
         hostingCapacities(net, study.solver, lodf, study.flow.flowMw,
                           slackWeights(net, SlackPolicy::Distributed), buses, none))
        hosting.push_back(h.hostingMw);
    std::sort(hosting.begin(), hosting.end());
    p.medianHostingMw = hosting[hosting.size() / 2];
    p.zeroHostingShare =
        double(std::count(hosting.begin(), hosting.end(), 0.0)) / double(hosting.size());
    return p;
}

TEST(SyntheticGrid, IsPlausiblyLoaded)
{
    for (int buses : {200, 2000}) {
        SyntheticGridOptions options;
        options.buses = buses;
        const Plausibility p = plausibility(syntheticGrid(options));
        SCOPED_TRACE(std::to_string(buses) + " buses: max base " + std::to_string(p.maxBasePct) +
                     " %, median hosting " + std::to_string(p.medianHostingMw) + " MW");
        EXPECT_LT(p.maxBasePct, 100.0);
        EXPECT_GT(p.typicalShare, kMinTypicalShare);
        EXPECT_LT(p.overloadPairShare, kMaxOverloadPairShare);
        EXPECT_LT(p.separationShare, kMaxSeparationShare);
        EXPECT_GT(p.medianHostingMw, kMinMedianHostingMw);
        EXPECT_LT(p.medianHostingMw, kMaxMedianHostingMw);
        EXPECT_LT(p.zeroHostingShare, kMaxZeroHostingShare);
    }
}

TEST(SyntheticGrid, IsDeterministicBySeed)
{
    SyntheticGridOptions options;
    options.buses = 300;
    const Grid a = syntheticGrid(options), b = syntheticGrid(options);
    ASSERT_EQ(a.branches.size(), b.branches.size());
    for (std::size_t l = 0; l < a.branches.size(); ++l) {
        EXPECT_EQ(a.branches[l].fromBus, b.branches[l].fromBus);
        EXPECT_EQ(a.branches[l].rateAMva, b.branches[l].rateAMva);
    }
    options.seed = 2;
    EXPECT_NE(syntheticGrid(options).branches[10].rateAMva, a.branches[10].rateAMva);
}

} // namespace
} // namespace gpuplan
