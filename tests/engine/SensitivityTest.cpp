// SPDX-License-Identifier: MIT
#include "EngineTestSupport.h"
#include "engine/ContingencyScreening.h"
#include "engine/HostingCapacity.h"
#include "engine/SyntheticGrid.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <tbb/global_control.h>

namespace gpuplan {
namespace {

using namespace gpuplan::test;

const StudyControl kNoControl{};

Grid randomGrid(int buses, std::uint64_t seed)
{
    SyntheticGridOptions options;
    options.buses = buses;
    options.seed = seed;
    return syntheticGrid(options);
}

// Flows after outage k, by refactorising the network without k (the plain method).
Eigen::VectorXd resolvedOutage(const DcNetwork& network, int k, const Eigen::VectorXd& extraMw,
                               SlackPolicy policy)
{
    const DcNetwork open = withBranchOpen(network, k);
    const DcSolver solver(open);
    return solveDcFlow(open, solver, extraMw, policy).flowMw;
}

TEST(Sensitivity, PtdfColumnsBalanceAndMatchFlows)
{
    for (SlackPolicy policy : {SlackPolicy::Single, SlackPolicy::Distributed}) {
        const Study study(randomGrid(60, 7), policy);
        const Eigen::VectorXd w = slackWeights(study.network, policy);
        const Eigen::MatrixXd h = ptdf(study.network, study.solver, w);
        // Injecting the balancing itself moves nothing: PTDF_w · w = 0.
        EXPECT_LT((h * w).cwiseAbs().maxCoeff(), 1e-12);
        // Flows are linear in injections: f = PTDF_w P + shift part (none here).
        EXPECT_LT((h * study.flow.injectionMw - study.flow.flowMw).cwiseAbs().maxCoeff(),
                  kMethodToleranceMw);
        // Under single slack the reference column is zero.
        if (policy == SlackPolicy::Single) {
            EXPECT_EQ(h.col(study.network.referenceBus).cwiseAbs().maxCoeff(), 0.0);
        }
    }
}

TEST(Sensitivity, LodfDiagonalIsMinusOneAndBridgesSeparate)
{
    const Study study(readCase("hand5.m"), SlackPolicy::Single);
    const Lodf lodf = computeLodf(study.network, study.solver, kNoControl);
    for (int k = 0; k < 3; ++k) {
        EXPECT_FALSE(lodf.separates[k]);
        EXPECT_EQ(lodf.matrix(k, k), -1.0);
    }
    // 30-40 and 20-50 are radial: their outage islands a bus.
    EXPECT_TRUE(lodf.separates[3]);
    EXPECT_TRUE(lodf.separates[4]);
    const ContingencyResult n1 = screenN1(study.network, lodf, study.flow.flowMw, kNoControl);
    EXPECT_EQ(n1.separations, (std::vector<int>{3, 4}));
}

// N-1 from the LODF equals re-solving every outage, on random meshed grids of 50-300 buses.
TEST(Sensitivity, N1FromLodfEqualsResolvingEachOutage)
{
    for (auto [buses, seed] : {std::pair{50, 1}, std::pair{120, 2}, std::pair{300, 3}}) {
        const Study study(randomGrid(buses, seed), SlackPolicy::Distributed);
        const Lodf lodf = computeLodf(study.network, study.solver, kNoControl);
        int screened = 0;
        for (int k = 0; k < study.network.branchCount(); ++k) {
            if (lodf.separates[k])
                continue;
            const Eigen::VectorXd post =
                study.flow.flowMw + lodf.matrix.col(k) * study.flow.flowMw[k];
            const Eigen::VectorXd exact =
                resolvedOutage(study.network, k, {}, SlackPolicy::Distributed);
            ASSERT_LT((post - exact).cwiseAbs().maxCoeff(), kMethodToleranceMw)
                << buses << " buses, outage " << k;
            ++screened;
        }
        EXPECT_GT(screened, study.network.branchCount() / 2);
    }
}

TEST(Sensitivity, ScreeningReportsWorstOutageAndOverloads)
{
    SyntheticGridOptions options;
    options.buses = 80;
    options.seed = 11;
    options.n1OverloadShare = 0.2; // so that the grid has overloads to report
    const Study study(syntheticGrid(options), SlackPolicy::Single);
    const Lodf lodf = computeLodf(study.network, study.solver, kNoControl);
    const ContingencyResult n1 = screenN1(study.network, lodf, study.flow.flowMw, kNoControl);
    std::size_t overloads = 0;
    for (int l = 0; l < study.network.branchCount(); ++l) {
        double worst = -1.0;
        for (int k = 0; k < study.network.branchCount(); ++k) {
            if (k == l || lodf.separates[k])
                continue;
            const double post =
                std::abs(study.flow.flowMw[l] + lodf.matrix(l, k) * study.flow.flowMw[k]);
            worst = std::max(worst, post);
            overloads += post > study.network.ratingMw[l];
        }
        if (worst >= 0.0) {
            EXPECT_EQ(n1.worstAbsMw[l], worst);
        }
    }
    EXPECT_EQ(n1.overloads.size(), overloads);
    EXPECT_GT(overloads, 0u);
}

void expectSameScreening(const ContingencyResult& a, const ContingencyResult& b)
{
    EXPECT_EQ(a.worstAbsMw, b.worstAbsMw);
    EXPECT_EQ(a.worstOutage, b.worstOutage);
    EXPECT_EQ(a.separations, b.separations);
    ASSERT_EQ(a.loaded.size(), b.loaded.size());
    for (std::size_t i = 0; i < a.loaded.size(); ++i) {
        EXPECT_EQ(a.loaded[i].flowMw, b.loaded[i].flowMw);
        EXPECT_EQ(std::pair(a.loaded[i].branch, a.loaded[i].outage),
                  std::pair(b.loaded[i].branch, b.loaded[i].outage));
    }
    EXPECT_EQ(a.overloads.size(), b.overloads.size());
}

// Screening block by block as the LODF is computed gives the stored LODF's screening bit for
// bit, on one thread and on several.
TEST(Sensitivity, StreamedScreeningEqualsStoredLodf)
{
    SyntheticGridOptions options;
    options.buses = 700; // more than one task of LODF blocks
    options.n1OverloadShare = 0.05;
    const Study study(syntheticGrid(options), SlackPolicy::Distributed);
    const LoadedPairBand band{0.1, 5.0};
    const Lodf lodf = computeLodf(study.network, study.solver, kNoControl);
    const ContingencyResult stored =
        screenN1(study.network, lodf, study.flow.flowMw, kNoControl, band);
    EXPECT_FALSE(stored.overloads.empty());
    for (int threads : {1, 4}) {
        tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
        expectSameScreening(
            screenN1(study.network, study.solver, study.flow.flowMw, kNoControl, band), stored);
    }
}

// The opt-in Float32 LODF: every post-outage loading within kFloat32LoadingTolerancePct of
// double precision, and the same worst outages wherever the two worst differ by more than that.
TEST(Sensitivity, Float32LodfScreensLikeDouble)
{
    for (auto [buses, seed] : {std::pair{100, 21}, std::pair{400, 22}, std::pair{1200, 23}}) {
        SyntheticGridOptions options{.buses = buses, .seed = std::uint64_t(seed)};
        options.n1OverloadShare = 0.05;
        const Study study(syntheticGrid(options), SlackPolicy::Distributed);
        const DcNetwork& net = study.network;
        const Lodf exact = computeLodf(net, study.solver, kNoControl);
        const Lodf single = computeLodf(net, study.solver, kNoControl, LodfPrecision::Float32);
        ASSERT_TRUE(single.isFloat32());
        EXPECT_EQ(single.separates, exact.separates);
        double worstErrorPct = 0.0;
        for (int k = 0; k < net.branchCount(); ++k)
            for (int l = 0; l < net.branchCount() && !exact.separates[k]; ++l) {
                const double fk = study.flow.flowMw[k];
                const double error = std::abs(exact.at(l, k) - single.at(l, k)) * std::abs(fk);
                worstErrorPct = std::max(worstErrorPct, 100.0 * error / net.ratingMw[l]);
            }
        EXPECT_LT(worstErrorPct, kFloat32LoadingTolerancePct) << buses << " buses";
        const ContingencyResult a = screenN1(net, exact, study.flow.flowMw, kNoControl);
        const ContingencyResult b = screenN1(net, single, study.flow.flowMw, kNoControl);
        for (int l = 0; l < net.branchCount(); ++l)
            EXPECT_LT(100.0 * std::abs(a.worstAbsMw[l] - b.worstAbsMw[l]) / net.ratingMw[l],
                      kFloat32LoadingTolerancePct);
        EXPECT_EQ(a.overloads.size(), b.overloads.size());
    }
}

// The largest ΔP with every branch within rating, by bisection on full re-solves.
double bisectHosting(const Study& study, const Lodf& lodf, int bus, SlackPolicy policy)
{
    auto secure = [&](double mw) {
        Eigen::VectorXd extra = Eigen::VectorXd::Zero(study.network.busCount());
        extra[bus] = -mw;
        const DcNetwork& net = study.network;
        if ((solveDcFlow(net, study.solver, extra, policy).flowMw.cwiseAbs() - net.ratingMw)
                .maxCoeff() > 0)
            return false;
        for (int k = 0; k < net.branchCount(); ++k)
            if (!lodf.separates[k] &&
                (resolvedOutage(net, k, extra, policy).cwiseAbs() - net.ratingMw).maxCoeff() > 0)
                return false;
        return true;
    };
    double low = 0.0, high = 1.0;
    while (secure(high) && high < 1e6)
        high *= 2.0;
    for (int i = 0; i < 50; ++i)
        (secure((low + high) / 2.0) ? low : high) = (low + high) / 2.0;
    return low;
}

TEST(HostingCapacity, EqualsBruteForceBisection)
{
    for (SlackPolicy policy : {SlackPolicy::Single, SlackPolicy::Distributed}) {
        SyntheticGridOptions options;
        options.buses = 30;
        options.seed = 5;
        options.maxLoading = 0.5; // N-1 secure enough that hosting is positive at most buses
        options.minLoading = 0.2;
        const Study study(syntheticGrid(options), policy);
        const Lodf lodf = computeLodf(study.network, study.solver, kNoControl);
        const std::vector<int> buses = {1, 7, 15, 22};
        const std::vector<HostingResult> hosting =
            hostingCapacities(study.network, study.solver, lodf, study.flow.flowMw,
                              slackWeights(study.network, policy), buses, kNoControl);
        for (const HostingResult& h : hosting) {
            const double expected = bisectHosting(study, lodf, h.bus, policy);
            EXPECT_NEAR(h.hostingMw, expected, 1e-6 * std::max(1.0, expected)) << "bus " << h.bus;
            if (h.hostingMw > 0) {
                EXPECT_GE(h.limitingBranch, 0);
            }
        }
    }
}

TEST(HostingCapacity, UnratedGridIsUnlimited)
{
    Grid grid = readCase("hand3.m");
    for (Branch& branch : grid.branches)
        branch.rateAMva = 0.0;
    const Study study(grid, SlackPolicy::Single);
    const Lodf lodf = computeLodf(study.network, study.solver, kNoControl);
    const auto hosting =
        hostingCapacities(study.network, study.solver, lodf, study.flow.flowMw,
                          slackWeights(study.network, SlackPolicy::Single), {1}, kNoControl);
    EXPECT_TRUE(std::isinf(hosting[0].hostingMw));
    EXPECT_EQ(hosting[0].limitingBranch, -1);
}

// hand3 (rateA 120 on 1-2, 50 on 2-3, 1-3 unlimited), single slack. A withdrawal at bus 2 moves
// flows by s = (0.8, 0.2, -0.2) per MW (θ2 = 0.08, θ3 = 0.04 for a unit injection), so the base
// case alone would allow (120 - 104) / 0.8 = 20 MW. But the grid is not N-1 secure: losing 1-2
// puts bus 2's 100 MW on 2-3 (rated 50), losing 1-3 puts 160 MW on 1-2 (rated 120). No bus can
// take more load, and the most violated pair it worsens is named: for bus 2, 2-3 when 1-2 is out
// (room 50 - 100 = -50 MW, against 120 - 160 = -40 on 1-2 when 1-3 is out); for bus 3, 1-2 when
// 1-3 is out (-40, against 50 - 60 = -10 on 2-3; its load does not reach 2-3 once 1-2 is open).
TEST(HostingCapacity, HandThreeBusAgreesWithBisection)
{
    const Study study(readCase("hand3.m"), SlackPolicy::Single);
    const Lodf lodf = computeLodf(study.network, study.solver, kNoControl);
    const auto hosting =
        hostingCapacities(study.network, study.solver, lodf, study.flow.flowMw,
                          slackWeights(study.network, SlackPolicy::Single), {1, 2}, kNoControl);
    EXPECT_EQ(std::pair(hosting[0].limitingBranch, hosting[0].limitingOutage), std::pair(2, 0));
    EXPECT_EQ(std::pair(hosting[1].limitingBranch, hosting[1].limitingOutage), std::pair(0, 1));
    for (const HostingResult& h : hosting) {
        EXPECT_EQ(h.hostingMw, 0.0);
        EXPECT_NEAR(h.hostingMw, bisectHosting(study, lodf, h.bus, SlackPolicy::Single), 1e-6);
    }
    // With no outage screened, the base-case bound: 20 MW at bus 2, limited by 1-2.
    Lodf baseOnly = lodf;
    baseOnly.separates.assign(baseOnly.separates.size(), 1);
    const Eigen::VectorXd s = withdrawalSensitivities(
        study.network, study.solver, slackWeights(study.network, SlackPolicy::Single), {1});
    const HostingResult base =
        hostingCapacity(study.network, baseOnly, study.flow.flowMw, s.col(0), 1);
    EXPECT_NEAR(base.hostingMw, 20.0, kFlowToleranceMw);
    EXPECT_EQ(base.limitingBranch, 0);
    EXPECT_EQ(base.limitingOutage, -1);
}

TEST(Parallel, OneThreadEqualsManyBitForBit)
{
    const Study study(randomGrid(250, 4), SlackPolicy::Distributed);
    const Eigen::VectorXd w = slackWeights(study.network, SlackPolicy::Distributed);
    auto run = [&](int threads) {
        tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
        Lodf lodf = computeLodf(study.network, study.solver, kNoControl);
        ContingencyResult n1 = screenN1(study.network, lodf, study.flow.flowMw, kNoControl);
        auto hosting = hostingCapacities(study.network, study.solver, lodf, study.flow.flowMw, w,
                                         {3, 50, 120}, kNoControl);
        return std::tuple{std::move(lodf), std::move(n1), std::move(hosting)};
    };
    const auto [lodf1, n11, hosting1] = run(1);
    const auto [lodfN, n1N, hostingN] = run(4);
    EXPECT_TRUE(lodf1.matrix.cwiseEqual(lodfN.matrix).all());
    auto single = [&](int threads) {
        tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
        return computeLodf(study.network, study.solver, kNoControl, LodfPrecision::Float32);
    };
    EXPECT_TRUE(single(1).matrixF32.cwiseEqual(single(4).matrixF32).all());
    EXPECT_EQ(n11.worstAbsMw, n1N.worstAbsMw);
    EXPECT_EQ(n11.worstOutage, n1N.worstOutage);
    ASSERT_EQ(n11.overloads.size(), n1N.overloads.size());
    for (std::size_t i = 0; i < n11.overloads.size(); ++i) {
        EXPECT_EQ(n11.overloads[i].flowMw, n1N.overloads[i].flowMw);
        EXPECT_EQ(n11.overloads[i].branch, n1N.overloads[i].branch);
    }
    for (std::size_t i = 0; i < hosting1.size(); ++i) {
        EXPECT_EQ(hosting1[i].hostingMw, hostingN[i].hostingMw);
        EXPECT_EQ(hosting1[i].limitingOutage, hostingN[i].limitingOutage);
    }
}

TEST(Parallel, CancelFlagStopsTheStudy)
{
    const Study study(randomGrid(200, 9), SlackPolicy::Single);
    std::atomic<bool> cancel{true};
    const StudyControl control{{}, &cancel};
    EXPECT_THROW(computeLodf(study.network, study.solver, control), StudyCancelled);
}

} // namespace
} // namespace gpuplan
