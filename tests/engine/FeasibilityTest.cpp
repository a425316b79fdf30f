// SPDX-License-Identifier: MIT
#include "EngineTestSupport.h"
#include "engine/AsyncEvaluator.h"
#include "engine/CapacityEngine.h"
#include "engine/SyntheticGrid.h"
#include "io/EvaluationReport.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <mutex>

namespace gpuplan {
namespace {

using namespace gpuplan::test;

// hand3 made N-1 secure for these loads (loop rated 1000 MW) plus a radial bus 4 behind 3-4,
// rated 50 MW.
Grid smallGrid()
{
    Grid grid = readCase("hand3.m");
    for (Branch& branch : grid.branches)
        branch.rateAMva = 1000.0;
    grid.generators[0].pMaxMw = 2000.0;
    Bus bus4;
    bus4.id = 4;
    bus4.name = "끝";
    bus4.baseKv = 154.0;
    grid.buses.push_back(bus4);
    Branch radial;
    radial.fromBus = 3;
    radial.toBus = 4;
    radial.x = 0.1;
    radial.rateAMva = 50.0;
    radial.name = "154 kV 셋–끝";
    grid.branches.push_back(radial);
    return grid;
}

Site site(const std::string& id, int bus, double pue = 1.0)
{
    Site s;
    s.id = id;
    s.nameEn = id;
    s.busId = bus;
    s.pue = pue;
    s.cooling = CoolingType::Liquid;
    return s;
}

Allocation place(const std::string& siteId, int gpus, int year = 2026,
                 const std::string& model = "h100")
{
    return {"gov", siteId, model, year, gpus};
}

// One site per reason kind, each with 1 kW per GPU so that 1,000 GPUs are 1 MW of IT.
Scenario smallScenario()
{
    Scenario scenario;
    scenario.setSettings({"small", "", 2030, 0.10, SlackPolicy::Distributed, ""});
    scenario.setOrganisations({{"gov", "정부", "Government", 1'000'000, "#000000", ""}});
    scenario.setGpuModels(
        {{"h100", "H100", 1.0, 8, 10.0, CoolingType::Air, 2023, ""},
         {"gb200", "GB200 NVL72", 1.0, 72, 120.0, CoolingType::Liquid, 2025, ""}});
    scenario.setWaterSources({{"dam", "소양강댐", "Soyang dam", "Han", 0, 0, 9000.0, ""}});
    std::vector<Site> sites = {site("conn", 2, 1.2), site("risky", 2),  site("wet1", 3),
                               site("wet2", 3),      site("late", 3),   site("hot", 3),
                               site("small", 3),     site("radial", 4), site("nowhere", 99),
                               site("fine", 3)};
    sites[0].connectionLimitMw = 100.0;
    sites[1].connectionLimitMw = 100.0;
    for (int i : {2, 3}) {
        sites[i].waterSourceId = "dam";
        sites[i].wueLPerKwh = 25.0; // 10 MW IT -> 6,000 m³/day each
    }
    sites[4].energisationYear = 2028;
    sites[5].cooling = CoolingType::Air;
    sites[6].maxItMw = 5.0;
    scenario.setSites(sites);
    scenario.setAllocations({place("conn", 110'000), place("risky", 95'000), place("wet1", 10'000),
                             place("wet2", 10'000), place("late", 1'000, 2027),
                             place("hot", 1'000, 2026, "gb200"), place("small", 10'000),
                             place("radial", 60'000), place("nowhere", 1'000),
                             place("fine", 1'000)});
    Grid grid = smallGrid();
    scenario.setGrid(grid);
    return scenario;
}

const SiteEvaluation& find(const Evaluation& evaluation, const std::string& id)
{
    return *std::find_if(evaluation.sites.begin(), evaluation.sites.end(),
                         [&](const SiteEvaluation& s) { return s.siteId == id; });
}

std::vector<std::string> texts(const SiteEvaluation& site)
{
    std::vector<std::string> out;
    for (const Reason& reason : site.reasons)
        out.push_back(describe(reason));
    return out;
}

bool has(const SiteEvaluation& site, ReasonKind kind)
{
    return std::any_of(site.reasons.begin(), site.reasons.end(),
                       [&](const Reason& r) { return r.kind == kind; });
}

TEST(Feasibility, EveryReasonKindAppearsWhereItShould)
{
    CapacityEngine engine;
    const Evaluation e = engine.evaluate(smallScenario(), {}, {});
    ASSERT_TRUE(e.grid.solved) << e.grid.error;
    EXPECT_EQ(texts(find(e, "conn")),
              std::vector<std::string>{"facility 132 MW over connection limit 100 MW"});
    EXPECT_EQ(find(e, "risky").status, FeasibilityStatus::AtRisk);
    EXPECT_EQ(texts(find(e, "risky")),
              std::vector<std::string>{"facility 95 MW within 10% of connection limit 100 MW"});
    EXPECT_EQ(texts(find(e, "wet1")),
              std::vector<std::string>{"water 12,000 m³/day over 9,000 available at 소양강댐"});
    EXPECT_EQ(texts(find(e, "late")),
              std::vector<std::string>{"GPUs placed for 2027 but site energised 2028"});
    EXPECT_EQ(texts(find(e, "hot")),
              std::vector<std::string>{"GB200 NVL72 racks need liquid cooling"});
    EXPECT_EQ(texts(find(e, "small")),
              std::vector<std::string>{"IT 10 MW over land and building limit 5 MW"});
    EXPECT_TRUE(has(find(e, "radial"), ReasonKind::HostingCapacity));
    EXPECT_TRUE(has(find(e, "radial"), ReasonKind::GridOverload));
    EXPECT_NEAR(find(e, "radial").hostingMw, 50.0, kMethodToleranceMw);
    EXPECT_NE(std::find(texts(find(e, "radial")).begin(), texts(find(e, "radial")).end(),
                        "154 kV 셋–끝 120% with all lines in service"),
              texts(find(e, "radial")).end());
    EXPECT_EQ(texts(find(e, "nowhere")), std::vector<std::string>{"bus 99 is not in the grid"});
    EXPECT_EQ(find(e, "fine").status, FeasibilityStatus::Feasible);
    EXPECT_TRUE(find(e, "fine").reasons.empty());
    EXPECT_EQ(e.totals.infeasibleSites, 8);
    EXPECT_EQ(e.totals.atRiskSites, 1);
    EXPECT_EQ(e.totals.gpus, 299'000);
    ASSERT_EQ(e.organisations.size(), 1u);
    EXPECT_EQ(e.organisations[0].placed, 299'000);
    EXPECT_EQ(e.grid.baseViolations, 1);
    EXPECT_NEAR(e.grid.worstLoadingPct, 120.0, 1e-6);
}

TEST(Feasibility, JsonCarriesTheIssueFields)
{
    CapacityEngine engine;
    const std::string json = evaluationJson(engine.evaluate(smallScenario(), {}, {}));
    for (const char* key :
         {"\"scenario\"", "\"organisations\"", "\"sites\"", "\"allocations\"", "\"it_mw\"",
          "\"facility_mw\"", "\"water_m3_per_day\"", "\"status\"", "\"reasons\"",
          "\"worst_loading_pct\"", "\"n1_violations\"", "\"separations\"", "\"totals\"",
          "\"infeasible_sites\"", "\"at_risk_sites\""})
        EXPECT_NE(json.find(key), std::string::npos) << key;
    EXPECT_NE(json.find("\"at_risk\""), std::string::npos);
}

TEST(CapacityEngine, AllocationChangeReusesTopologyAndMatchesAFreshEngine)
{
    CapacityEngine engine;
    Scenario scenario = smallScenario();
    engine.evaluate(scenario, {}, {});
    std::vector<Allocation> moved = scenario.allocations();
    moved[9].gpus += 20'000; // move GPUs from conn to fine
    moved[0].gpus -= 20'000;
    scenario.setAllocations(moved);
    const Evaluation incremental = engine.evaluate(scenario, {}, {});
    EXPECT_EQ(engine.topologyBuilds(), 1);
    CapacityEngine fresh;
    const Evaluation full = fresh.evaluate(scenario, {}, {});
    EXPECT_EQ(evaluationJson(incremental), evaluationJson(full));
    EXPECT_EQ(texts(find(incremental, "conn")),
              std::vector<std::string>{"facility 108 MW over connection limit 100 MW"});

    Grid grid = scenario.grid(); // an equal grid, but a new value: rebuild
    scenario.setGrid(grid);
    engine.evaluate(scenario, {}, {});
    EXPECT_EQ(engine.topologyBuilds(), 2);
    engine.evaluate(scenario, {2029, std::nullopt}, {}); // another year: rebuild
    EXPECT_EQ(engine.topologyBuilds(), 3);
}

// A scenario heavy enough (300 buses) that submissions overtake each other.
Scenario heavyScenario(int gpus);

// The interactive mode (hosting from the loaded pairs only) decides every site as the exact mode
// does, and gives the same hosting wherever hosting makes a site infeasible or at risk.
TEST(CapacityEngine, InteractiveHostingDecidesAsExactHosting)
{
    for (const Scenario& scenario : {smallScenario(), heavyScenario(40'000)}) {
        CapacityEngine engine;
        EvaluationOptions exact, interactive;
        interactive.exactHosting = false;
        const Evaluation a = engine.evaluate(scenario, exact, {});
        const Evaluation b = engine.evaluate(scenario, interactive, {});
        ASSERT_EQ(a.sites.size(), b.sites.size());
        int decided = 0;
        for (std::size_t i = 0; i < a.sites.size(); ++i) {
            EXPECT_EQ(a.sites[i].status, b.sites[i].status) << a.sites[i].siteId;
            EXPECT_EQ(texts(a.sites[i]), texts(b.sites[i])) << a.sites[i].siteId;
            if (has(a.sites[i], ReasonKind::HostingCapacity)) {
                EXPECT_NEAR(a.sites[i].hostingMw, b.sites[i].hostingMw, kMethodToleranceMw);
                ++decided;
            } else if (b.sites[i].hostingIsLowerBound) {
                EXPECT_LE(b.sites[i].hostingMw, a.sites[i].hostingMw + kMethodToleranceMw);
            }
        }
        EXPECT_GT(decided, 0);
    }
}

// The opt-in Float32 LODF decides every site as double precision does, with loadings within
// kFloat32LoadingTolerancePct; changing the precision rebuilds the grid model.
TEST(CapacityEngine, Float32LodfDecidesAsDouble)
{
    for (const Scenario& scenario : {smallScenario(), heavyScenario(40'000)}) {
        CapacityEngine engine;
        EvaluationOptions exact, single;
        single.lodfPrecision = LodfPrecision::Float32;
        const Evaluation a = engine.evaluate(scenario, exact, {});
        const Evaluation b = engine.evaluate(scenario, single, {});
        EXPECT_EQ(engine.topologyBuilds(), 2);
        ASSERT_EQ(a.sites.size(), b.sites.size());
        for (std::size_t i = 0; i < a.sites.size(); ++i) {
            EXPECT_EQ(a.sites[i].status, b.sites[i].status) << a.sites[i].siteId;
            EXPECT_EQ(texts(a.sites[i]), texts(b.sites[i])) << a.sites[i].siteId;
        }
        ASSERT_EQ(a.branches.size(), b.branches.size());
        for (std::size_t l = 0; l < a.branches.size(); ++l)
            EXPECT_NEAR(a.branches[l].worstLoadingPct, b.branches[l].worstLoadingPct,
                        kFloat32LoadingTolerancePct);
        EXPECT_EQ(a.violations.size(), b.violations.size());
    }
}

TEST(CapacityEngine, GridErrorsAreReportedNotThrown)
{
    Scenario scenario = smallScenario();
    Grid grid = scenario.grid();
    grid.branches.back().inService = false; // bus 4 becomes an island
    scenario.setGrid(grid);
    CapacityEngine engine;
    const Evaluation e = engine.evaluate(scenario, {}, {});
    EXPECT_FALSE(e.grid.solved);
    EXPECT_NE(e.grid.error.find("islands"), std::string::npos);
    EXPECT_EQ(texts(find(e, "conn")).size(), 1u); // the other checks still ran
}

Scenario heavyScenario(int gpus)
{
    Scenario scenario = smallScenario();
    SyntheticGridOptions options;
    options.buses = 300;
    scenario.setGrid(syntheticGrid(options));
    std::vector<Allocation> allocations = scenario.allocations();
    allocations[9].gpus = gpus;
    scenario.setAllocations(allocations);
    return scenario;
}

TEST(AsyncEvaluator, OnlyTheNewestResultIsDelivered)
{
    std::mutex mutex;
    std::vector<std::uint64_t> delivered;
    std::vector<long long> deliveredGpus;
    AsyncEvaluator evaluator([&](std::uint64_t ticket, const Evaluation& result) {
        std::lock_guard lock(mutex);
        delivered.push_back(ticket);
        deliveredGpus.push_back(find(result, "fine").demand.gpus);
    });
    std::uint64_t last = 0;
    const Scenario base = heavyScenario(1'000);
    for (int i = 1; i <= 20; ++i) {
        Scenario next = base; // shares the grid: only injections change
        std::vector<Allocation> allocations = next.allocations();
        allocations[9].gpus = 1'000 * i;
        next.setAllocations(allocations);
        last = evaluator.submit(next);
    }
    evaluator.waitIdle();
    std::lock_guard lock(mutex);
    ASSERT_FALSE(delivered.empty());
    EXPECT_EQ(delivered.back(), last);
    EXPECT_EQ(deliveredGpus.back(), 20'000);
    EXPECT_TRUE(std::is_sorted(delivered.begin(), delivered.end()));
    EXPECT_LE(evaluator.topologyBuilds(), 1);
}

TEST(AsyncEvaluator, CancelledEvaluationIsNeverDelivered)
{
    std::atomic<int> calls{0};
    std::uint64_t seen = 0;
    AsyncEvaluator evaluator([&](std::uint64_t ticket, const Evaluation&) {
        ++calls;
        seen = ticket;
    });
    const std::uint64_t first = evaluator.submit(heavyScenario(1'000));  // new grid: slow
    const std::uint64_t second = evaluator.submit(heavyScenario(2'000)); // another new grid
    evaluator.waitIdle();
    EXPECT_GT(second, first);
    EXPECT_EQ(seen, second);
    EXPECT_GE(calls.load(), 1);
    EXPECT_LE(calls.load(), 2);
}

} // namespace
} // namespace gpuplan
