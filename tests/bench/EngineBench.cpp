// SPDX-License-Identifier: MIT
// Speed of the capacity engine on synthetic grids of 200, 2,000 and 10,000 buses and on the
// national scenario, each beside the plain method (refactorise and re-solve per outage).
#include "engine/CapacityEngine.h"
#include "engine/ContingencyScreening.h"
#include "engine/HostingCapacity.h"
#include "engine/SyntheticGrid.h"
#include "io/ScenarioStore.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <tbb/info.h>

namespace gpuplan {
namespace {

const StudyControl kNoControl{};
constexpr int kPlainOutageSample = 50; // outages re-solved by the plain method, then scaled

int cores()
{
    return tbb::info::default_concurrency();
}

// Peak resident memory of the process so far (Linux VmHWM), MB.
double peakMemoryMb()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0.0;
}

struct Prepared {
    Grid grid;
    DcNetwork network;
    DcSolver solver;
    DcFlowResult flow;
    Lodf lodf; // built on first use (lodfOf): BM_FullN1 measures memory without it
};

// One prepared grid per size, built on first use and kept for every benchmark of that size.
Prepared& prepared(int buses)
{
    static std::map<int, std::unique_ptr<Prepared>> cache;
    auto& slot = cache[buses];
    if (!slot) {
        SyntheticGridOptions options;
        options.buses = buses;
        Grid grid = syntheticGrid(options);
        DcNetwork network = compileDcNetwork(grid, 0);
        DcSolver solver(network);
        DcFlowResult flow = solveDcFlow(network, solver, {}, SlackPolicy::Distributed);
        slot.reset(new Prepared{
            std::move(grid), std::move(network), std::move(solver), std::move(flow), {}});
    }
    return *slot;
}

const Prepared& withLodf(int buses)
{
    Prepared& p = prepared(buses);
    if (p.lodf.separates.empty())
        p.lodf = computeLodf(p.network, p.solver, kNoControl);
    return p;
}

// A scenario on a synthetic grid: 20 sites of 10,000 GPUs (1.4 kW each) on spread-out buses.
Scenario syntheticScenario(int buses)
{
    Scenario scenario;
    scenario.setSettings({"bench", "", 2030, 0.10, SlackPolicy::Distributed, ""});
    scenario.setOrganisations({{"org", "", "", 1'000'000, "#000000", ""}});
    scenario.setGpuModels({{"gpu", "GPU", 1.4, 8, 11.2, CoolingType::Air, 2024, ""}});
    std::vector<Site> sites;
    std::vector<Allocation> allocations;
    for (int i = 0; i < 20; ++i) {
        Site site;
        site.id = std::to_string(i);
        site.id.insert(site.id.begin(), 's');
        site.busId = 1 + (i * 97) % buses;
        site.pue = 1.2;
        sites.push_back(site);
        allocations.push_back({"org", site.id, "gpu", 2026, 10'000});
    }
    scenario.setSites(sites);
    scenario.setAllocations(allocations);
    scenario.setGrid(prepared(buses).grid);
    return scenario;
}

// Recompute after moving 1,000 GPUs between two sites: flows, full N-1, hosting and every
// site's checks, with the topology cached (the drag in the UI).
void recomputeAfterMove(benchmark::State& state, Scenario scenario, bool exactHosting)
{
    EvaluationOptions options;
    options.exactHosting = exactHosting;
    CapacityEngine engine;
    engine.evaluate(scenario, options, kNoControl);
    std::vector<Allocation> allocations = scenario.allocations();
    int step = 0;
    for (auto _ : state) {
        const int delta = (step++ % 2) ? 1'000 : -1'000;
        allocations[0].gpus += delta;
        allocations[1].gpus -= delta;
        scenario.setAllocations(allocations);
        benchmark::DoNotOptimize(engine.evaluate(scenario, options, kNoControl));
    }
    state.counters["cores"] = cores();
    state.counters["topology_builds"] = engine.topologyBuilds();
}

// Arg 0: buses; arg 1: 1 for exact hosting of every loaded bus, 0 for the interactive mode.
void BM_RecomputeAfterMove(benchmark::State& state)
{
    recomputeAfterMove(state, syntheticScenario(static_cast<int>(state.range(0))),
                       state.range(1) != 0);
}
BENCHMARK(BM_RecomputeAfterMove)
    ->Args({200, 0})
    ->Args({2000, 0})
    ->Args({200, 1})
    ->Args({2000, 1})
    ->Unit(benchmark::kMillisecond);

// The plain method for the same recompute is a DC power flow and a refactorised re-solve per
// outage: BM_N1Plain's s_per_outage times the outage count.
void BM_RecomputeAfterMoveNational(benchmark::State& state)
{
    const char* env = std::getenv("GPUPLAN_DATA_DIR");
    const std::filesystem::path file =
        std::filesystem::path(env ? env : GPUPLAN_BUILD_DATA_DIR) / "national.gpkg";
    if (!std::filesystem::exists(file)) {
        state.SkipWithError("national.gpkg not built (set GPUPLAN_DATA_DIR)");
        return;
    }
    recomputeAfterMove(state, readScenario(file), state.range(0) != 0);
}
BENCHMARK(BM_RecomputeAfterMoveNational)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The first outages that do not island the network (the plain method cannot solve the others).
std::vector<int> meshedOutages(const Prepared& p)
{
    std::vector<int> outages;
    for (int k = 0; k < p.network.branchCount() && int(outages.size()) < kPlainOutageSample; ++k)
        if (!p.lodf.separates[k])
            outages.push_back(k);
    return outages;
}

// Seconds per (branch, outage) pair and core, as a Google Benchmark inverted rate.
benchmark::Counter perPairPerCore(double pairs)
{
    return benchmark::Counter(pairs / cores(), benchmark::Counter::kIsIterationInvariantRate |
                                                   benchmark::Counter::kInvert);
}

// Full N-1 from a new topology: LODF (one sparse solve per branch) and screening.
void BM_FullN1(benchmark::State& state)
{
    const Prepared& p = prepared(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        const Lodf lodf = computeLodf(p.network, p.solver, kNoControl);
        benchmark::DoNotOptimize(screenN1(p.network, lodf, p.flow.flowMw, kNoControl));
    }
    state.counters["cores"] = cores();
    state.counters["peak_rss_mb"] = peakMemoryMb();
}
BENCHMARK(BM_FullN1)->Arg(200)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);

// N-1 screening from the cached LODF: every in-service branch outage, every branch.
void BM_N1Screening(benchmark::State& state)
{
    const Prepared& p = withLodf(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(screenN1(p.network, p.lodf, p.flow.flowMw, kNoControl));
    const double nl = p.network.branchCount();
    state.counters["cores"] = cores();
    state.counters["pairs"] = nl * nl;
    state.counters["s_per_pair_core"] = perPairPerCore(nl * nl);
}
BENCHMARK(BM_N1Screening)->Arg(200)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);

// The plain method: refactorise without the outaged branch and re-solve, for a sample of
// outages; `s_per_outage` times the branch count estimates a full N-1.
void BM_N1Plain(benchmark::State& state)
{
    const Prepared& p = withLodf(static_cast<int>(state.range(0)));
    const std::vector<int> outages = meshedOutages(p);
    const int sample = static_cast<int>(outages.size());
    for (auto _ : state)
        for (int k : outages) {
            const DcNetwork open = withBranchOpen(p.network, k);
            const DcSolver solver(open);
            benchmark::DoNotOptimize(solveDcFlow(open, solver, {}, SlackPolicy::Distributed));
        }
    state.counters["cores"] = cores();
    state.counters["outages"] = p.network.branchCount();
    state.counters["s_per_outage"] = benchmark::Counter(
        sample, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_N1Plain)->Arg(200)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);

std::vector<int> thirtyBuses(const DcNetwork& network)
{
    std::vector<int> buses;
    for (int i = 0; i < 30; ++i)
        buses.push_back((i * 61) % network.busCount());
    return buses;
}

// Hosting capacity under N-1 of 30 buses, sensitivities included.
void BM_Hosting30(benchmark::State& state)
{
    const Prepared& p = withLodf(static_cast<int>(state.range(0)));
    const Eigen::VectorXd w = slackWeights(p.network, SlackPolicy::Distributed);
    const std::vector<int> buses = thirtyBuses(p.network);
    for (auto _ : state)
        benchmark::DoNotOptimize(
            hostingCapacities(p.network, p.solver, p.lodf, p.flow.flowMw, w, buses, kNoControl));
    state.counters["cores"] = cores();
}
BENCHMARK(BM_Hosting30)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond);

// The plain method for hosting: per outage, refactorise and solve the 30 sensitivities and the
// flows; a sample of outages, `s_per_outage` times the branch count estimates the whole.
void BM_Hosting30Plain(benchmark::State& state)
{
    const Prepared& p = withLodf(static_cast<int>(state.range(0)));
    const Eigen::VectorXd w = slackWeights(p.network, SlackPolicy::Distributed);
    const std::vector<int> buses = thirtyBuses(p.network);
    const std::vector<int> outages = meshedOutages(p);
    const int sample = static_cast<int>(outages.size());
    for (auto _ : state)
        for (int k : outages) {
            const DcNetwork open = withBranchOpen(p.network, k);
            const DcSolver solver(open);
            benchmark::DoNotOptimize(withdrawalSensitivities(open, solver, w, buses));
            benchmark::DoNotOptimize(solveDcFlow(open, solver, {}, SlackPolicy::Distributed));
        }
    state.counters["cores"] = cores();
    state.counters["outages"] = p.network.branchCount();
    state.counters["s_per_outage"] = benchmark::Counter(
        sample, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_Hosting30Plain)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace gpuplan

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    benchmark::AddCustomContext("tbb_default_concurrency",
                                std::to_string(tbb::info::default_concurrency()));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
