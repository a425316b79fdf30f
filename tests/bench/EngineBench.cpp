// SPDX-License-Identifier: MIT
// Speed of the capacity engine on synthetic grids of 200, 2,000 and 10,000 buses and on the
// national scenario, each beside the plain method (refactorise and re-solve per outage). Run on a
// shared machine: compare core_s (process CPU per iteration) as well as wall time.
#include "engine/CapacityEngine.h"
#include "engine/ContingencyScreening.h"
#include "engine/HostingCapacity.h"
#include "engine/SyntheticGrid.h"
#include "io/ScenarioStore.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sched.h>
#include <string>
#include <tbb/info.h>
#include <thread>

namespace gpuplan {
namespace {

const StudyControl kNoControl{};

// What `nproc` prints: the CPUs this process may run on.
int nproc()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    return sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set)
                                                       : int(std::thread::hardware_concurrency());
}

// The threads TBB runs the engine on (nproc unless limited).
int cores()
{
    return tbb::info::default_concurrency();
}

// Outages the plain method re-solves per measurement, then scaled to every outage (it costs
// seconds per outage at 10,000 buses, so a full run would dominate the bench).
int plainSample(int buses)
{
    return buses >= 10'000 ? 8 : buses >= 2'000 ? 40 : 100;
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

// CPU seconds of the whole process, every thread: the cost in core-seconds, which a machine
// shared with other builds inflates far less than wall time.
double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

struct Prepared {
    Grid grid;
    DcNetwork network;
    DcSolver solver;
    DcFlowResult flow;
    std::map<LodfPrecision, Lodf> lodf; // stored on first use (withLodf)
};

Prepared prepare(Grid grid, int year = 0)
{
    DcNetwork network = compileDcNetwork(grid, year);
    DcSolver solver(network);
    DcFlowResult flow = solveDcFlow(network, solver, {}, SlackPolicy::Distributed);
    return {std::move(grid), std::move(network), std::move(solver), std::move(flow), {}};
}

// One prepared grid per size, built on first use and kept for every benchmark of that size.
Prepared& prepared(int buses)
{
    static std::map<int, std::unique_ptr<Prepared>> cache;
    auto& slot = cache[buses];
    if (!slot) {
        SyntheticGridOptions options;
        options.buses = buses;
        slot = std::make_unique<Prepared>(prepare(syntheticGrid(options)));
    }
    return *slot;
}

const Lodf& withLodf(Prepared& p, LodfPrecision precision = LodfPrecision::Double)
{
    if (!p.lodf.count(precision))
        p.lodf[precision] = computeLodf(p.network, p.solver, kNoControl, precision);
    return p.lodf.at(precision);
}

// Outages spread over the network that do not island it (the plain method cannot solve those).
std::vector<int> meshedOutages(const Prepared& p, int sample)
{
    const ContingencyResult n1 = screenN1(p.network, p.solver, p.flow.flowMw, kNoControl);
    std::vector<char> separates(p.network.branchCount(), 0);
    for (int k : n1.separations)
        separates[k] = 1;
    std::vector<int> outages;
    const int step = std::max(1, p.network.branchCount() / sample);
    for (int k = 0; k < p.network.branchCount() && int(outages.size()) < sample; k += step)
        if (!separates[k])
            outages.push_back(k);
    return outages;
}

// The plain method, core-seconds for every in-service outage: per outage, refactorise the
// network without the branch and re-solve the flows (and, with `buses`, the withdrawal
// sensitivities of those buses), timed on a sample and scaled to the branch count.
double plainCoreSeconds(Prepared& p, const std::vector<int>& buses = {})
{
    const std::vector<int> outages = meshedOutages(p, plainSample(p.network.busCount()));
    const Eigen::VectorXd w = slackWeights(p.network, SlackPolicy::Distributed);
    const double start = processCpuSeconds();
    for (int k : outages) {
        const DcNetwork open = withBranchOpen(p.network, k);
        const DcSolver solver(open);
        benchmark::DoNotOptimize(solveDcFlow(open, solver, {}, SlackPolicy::Distributed));
        if (!buses.empty())
            benchmark::DoNotOptimize(withdrawalSensitivities(open, solver, w, buses));
    }
    return (processCpuSeconds() - start) / double(outages.size()) * p.network.branchCount();
}

// Runs `body` for the benchmark's iterations; sets the cost counters: core-seconds per
// iteration (`core_s`), the plain method's core-seconds over ours (`x_vs_plain`), and the
// machine's cores.
template <typename Body>
void measure(benchmark::State& state, double plainCoreSecondsEstimate, Body body)
{
    const double start = processCpuSeconds();
    for (auto _ : state)
        body();
    const double coreSeconds = (processCpuSeconds() - start) / double(state.iterations());
    state.counters["cores"] = cores();
    state.counters["core_s"] = coreSeconds;
    if (plainCoreSecondsEstimate > 0.0)
        state.counters["x_vs_plain"] = plainCoreSecondsEstimate / coreSeconds;
}

// ns per (branch, outage) pair and core: core-seconds over pairs.
void perPair(benchmark::State& state, double pairs)
{
    state.counters["pairs"] = pairs;
    state.counters["ns_per_pair_core"] = state.counters["core_s"] / pairs * 1e9;
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
// site's checks, with the topology cached (the drag in the UI). The plain method: a
// refactorised re-solve per outage.
void recomputeAfterMove(benchmark::State& state, Scenario scenario, EvaluationOptions options,
                        double plainEstimate)
{
    CapacityEngine engine;
    engine.evaluate(scenario, options, kNoControl);
    std::vector<Allocation> allocations = scenario.allocations();
    int step = 0;
    measure(state, plainEstimate, [&] {
        const int delta = (step++ % 2) ? 1'000 : -1'000;
        allocations[0].gpus += delta;
        allocations[1].gpus -= delta;
        scenario.setAllocations(allocations);
        benchmark::DoNotOptimize(engine.evaluate(scenario, options, kNoControl));
    });
    state.counters["topology_builds"] = engine.topologyBuilds();
}

EvaluationOptions evaluationOptions(bool exactHosting, bool float32)
{
    EvaluationOptions options;
    options.exactHosting = exactHosting;
    options.lodfPrecision = float32 ? LodfPrecision::Float32 : LodfPrecision::Double;
    return options;
}

// Arg 0: buses; arg 1: 1 for exact hosting of every loaded bus, 0 for the interactive mode;
// arg 2: 1 for the Float32 LODF.
void BM_RecomputeAfterMove(benchmark::State& state)
{
    const int buses = static_cast<int>(state.range(0));
    recomputeAfterMove(state, syntheticScenario(buses),
                       evaluationOptions(state.range(1) != 0, state.range(2) != 0),
                       plainCoreSeconds(prepared(buses)));
}
BENCHMARK(BM_RecomputeAfterMove)
    ->Args({200, 0, 0})
    ->Args({2000, 0, 0})
    ->Args({2000, 0, 1})
    ->Args({200, 1, 0})
    ->Args({2000, 1, 0})
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);

void BM_RecomputeAfterMoveNational(benchmark::State& state)
{
    const char* env = std::getenv("GPUPLAN_DATA_DIR");
    const std::filesystem::path file =
        std::filesystem::path(env ? env : GPUPLAN_BUILD_DATA_DIR) / "national.gpkg";
    if (!std::filesystem::exists(file)) {
        state.SkipWithError("national.gpkg not built (set GPUPLAN_DATA_DIR)");
        return;
    }
    const Scenario scenario = readScenario(file);
    Prepared p = prepare(scenario.grid(), scenario.settings().planningYear);
    recomputeAfterMove(state, scenario, evaluationOptions(state.range(0) != 0, false),
                       plainCoreSeconds(p));
}
BENCHMARK(BM_RecomputeAfterMoveNational)
    ->Arg(0)
    ->Arg(1)
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);

// Full N-1 from a new topology: LODF columns computed and screened block by block, never stored.
// Peak memory is read here, before any benchmark stores a 10,000-bus LODF.
void BM_FullN1(benchmark::State& state)
{
    Prepared& p = prepared(static_cast<int>(state.range(0)));
    const double nl = p.network.branchCount();
    measure(state, plainCoreSeconds(p), [&] {
        benchmark::DoNotOptimize(screenN1(p.network, p.solver, p.flow.flowMw, kNoControl));
    });
    perPair(state, nl * nl);
    state.counters["peak_rss_mb"] = peakMemoryMb();
}
BENCHMARK(BM_FullN1)->Arg(200)->Arg(2000)->Arg(10000)->MeasureProcessCPUTime()->Unit(
    benchmark::kMillisecond);

// Building the stored LODF (what a new topology costs the interactive engine). Arg 1: Float32.
void BM_LodfBuild(benchmark::State& state)
{
    Prepared& p = prepared(static_cast<int>(state.range(0)));
    const auto precision = state.range(1) ? LodfPrecision::Float32 : LodfPrecision::Double;
    measure(state, 0.0, [&] {
        benchmark::DoNotOptimize(computeLodf(p.network, p.solver, kNoControl, precision));
    });
}
BENCHMARK(BM_LodfBuild)
    ->Args({200, 0})
    ->Args({2000, 0})
    ->Args({2000, 1})
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);

// N-1 screening from the stored LODF: every in-service branch outage, every branch. Arg 1:
// Float32 LODF.
void BM_N1Screening(benchmark::State& state)
{
    Prepared& p = prepared(static_cast<int>(state.range(0)));
    const Lodf& lodf = withLodf(p, state.range(1) ? LodfPrecision::Float32 : LodfPrecision::Double);
    const double nl = p.network.branchCount();
    measure(state, plainCoreSeconds(p), [&] {
        benchmark::DoNotOptimize(screenN1(p.network, lodf, p.flow.flowMw, kNoControl));
    });
    perPair(state, nl * nl);
}
BENCHMARK(BM_N1Screening)
    ->Args({200, 0})
    ->Args({2000, 0})
    ->Args({2000, 1})
    ->Args({10000, 1})
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);

std::vector<int> thirtyBuses(const DcNetwork& network)
{
    std::vector<int> buses;
    for (int i = 0; i < 30; ++i)
        buses.push_back((i * 61) % network.busCount());
    return buses;
}

// Hosting capacity under N-1 of 30 buses, sensitivities included, from the stored LODF. The
// plain method: per outage, refactorise and solve the 30 sensitivities and the flows.
void BM_Hosting30(benchmark::State& state)
{
    Prepared& p = prepared(static_cast<int>(state.range(0)));
    const Lodf& lodf = withLodf(p, state.range(1) ? LodfPrecision::Float32 : LodfPrecision::Double);
    const Eigen::VectorXd w = slackWeights(p.network, SlackPolicy::Distributed);
    const std::vector<int> buses = thirtyBuses(p.network);
    const double nl = p.network.branchCount();
    measure(state, plainCoreSeconds(p, buses), [&] {
        benchmark::DoNotOptimize(
            hostingCapacities(p.network, p.solver, lodf, p.flow.flowMw, w, buses, kNoControl));
    });
    perPair(state, nl * nl * double(buses.size()));
}
BENCHMARK(BM_Hosting30)
    ->Args({200, 0})
    ->Args({2000, 0})
    ->Args({2000, 1})
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
} // namespace gpuplan

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    benchmark::AddCustomContext("nproc", std::to_string(gpuplan::nproc()));
    benchmark::AddCustomContext("tbb_default_concurrency",
                                std::to_string(tbb::info::default_concurrency()));
    benchmark::AddCustomContext("time_note",
                                "Time is wall; CPU and core_s are process CPU (every thread); "
                                "x_vs_plain compares core-seconds, the plain method timed on a "
                                "sample of outages and scaled to all of them");
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
