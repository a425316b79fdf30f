// SPDX-License-Identifier: MIT
#include "SyntheticGrid.h"

#include "DcPowerFlow.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <utility>

namespace gpuplan {
namespace {

constexpr double kOriginLon = 126.5; // south-west corner of the square
constexpr double kOriginLat = 34.8;
constexpr double kSpanDeg = 3.0;
constexpr double kBaseMva = 100.0;
constexpr double kMinReactance = 0.002;   // p.u.: a short 345 kV line
constexpr double kReactancePerDeg = 0.08; // p.u. per degree of length
constexpr double kMinRatingMw = 50.0;
constexpr double kCapacityMargin = 1.4; // installed Pmax over load
constexpr int kNeighbourChoices = 4;    // meshing links go to one of the nearest few buses

double distance(const Bus& a, const Bus& b)
{
    return std::hypot(a.lon - b.lon, a.lat - b.lat);
}

void placeBuses(Grid& grid, int count, std::mt19937_64& random)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int i = 0; i < count; ++i) {
        Bus bus;
        bus.id = i + 1;
        bus.name = std::to_string(i + 1);
        bus.name.insert(0, 1, 'S');
        bus.lon = kOriginLon + kSpanDeg * unit(random);
        bus.lat = kOriginLat + kSpanDeg * unit(random);
        bus.baseKv = 345.0;
        bus.loadMw = std::round(100.0 * unit(random));
        grid.buses.push_back(bus);
    }
}

void addBranch(Grid& grid, std::set<std::pair<int, int>>& links, int a, int b)
{
    links.emplace(std::min(a, b), std::max(a, b));
    Branch branch;
    branch.fromBus = a + 1;
    branch.toBus = b + 1;
    branch.x = kMinReactance + kReactancePerDeg * distance(grid.buses[a], grid.buses[b]);
    branch.r = branch.x / 10.0;
    grid.branches.push_back(branch);
}

// The buses nearest to `i` among [0, limit), closest first.
std::vector<int> nearest(const Grid& grid, int i, int limit, int count)
{
    std::vector<std::pair<double, int>> order;
    for (int j = 0; j < limit; ++j)
        if (j != i)
            order.emplace_back(distance(grid.buses[i], grid.buses[j]), j);
    count = std::min<int>(count, static_cast<int>(order.size()));
    std::partial_sort(order.begin(), order.begin() + count, order.end());
    std::vector<int> result;
    for (int k = 0; k < count; ++k)
        result.push_back(order[k].second);
    return result;
}

void connect(Grid& grid, const SyntheticGridOptions& options, std::mt19937_64& random)
{
    const int n = options.buses;
    std::set<std::pair<int, int>> links;
    for (int i = 1; i < n; ++i)
        addBranch(grid, links, i, nearest(grid, i, i, 1).front());
    const int target = static_cast<int>(std::lround(options.branchesPerBus * n));
    std::uniform_int_distribution<int> pickBus(0, n - 1), pickNeighbour(0, kNeighbourChoices - 1);
    for (int attempts = 0; static_cast<int>(grid.branches.size()) < target && attempts < 20 * n;
         ++attempts) {
        const int a = pickBus(random);
        const std::vector<int> near = nearest(grid, a, n, kNeighbourChoices);
        const int b = near[std::min<int>(pickNeighbour(random), int(near.size()) - 1)];
        if (!links.count({std::min(a, b), std::max(a, b)}))
            addBranch(grid, links, a, b);
    }
}

void addGenerators(Grid& grid, const SyntheticGridOptions& options, std::mt19937_64& random)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    double load = 0.0, capacity = 0.0;
    for (const Bus& bus : grid.buses)
        load += bus.loadMw;
    for (const Bus& bus : grid.buses)
        if (grid.generators.empty() || unit(random) < options.generatorShare) {
            Generator gen;
            gen.bus = bus.id;
            gen.pMaxMw = std::round(200.0 + 800.0 * unit(random));
            capacity += gen.pMaxMw;
            grid.generators.push_back(gen);
        }
    const double scale = std::max(1.0, kCapacityMargin * load / capacity);
    for (Generator& gen : grid.generators) {
        gen.pMaxMw *= scale;
        gen.pMw = gen.pMaxMw * load / (capacity * scale);
    }
    auto largest =
        std::max_element(grid.generators.begin(), grid.generators.end(),
                         [](const auto& a, const auto& b) { return a.pMaxMw < b.pMaxMw; });
    grid.buses[largest->bus - 1].type = BusType::Reference;
}

void rate(Grid& grid, const SyntheticGridOptions& options, std::mt19937_64& random)
{
    const DcNetwork network = compileDcNetwork(grid, 0);
    const DcSolver solver(network);
    const DcFlowResult flow = solveDcFlow(network, solver, {}, SlackPolicy::Single);
    std::uniform_real_distribution<double> loading(options.minLoading, options.maxLoading);
    for (int l = 0; l < network.branchCount(); ++l)
        grid.branches[network.branchOfCase[l]].rateAMva =
            std::max(kMinRatingMw, std::ceil(std::abs(flow.flowMw[l]) / loading(random)));
}

} // namespace

Grid syntheticGrid(const SyntheticGridOptions& options)
{
    std::mt19937_64 random(options.seed);
    Grid grid;
    grid.baseMva = kBaseMva;
    placeBuses(grid, std::max(options.buses, 2), random);
    connect(grid, options, random);
    addGenerators(grid, options, random);
    rate(grid, options, random);
    return grid;
}

} // namespace gpuplan
