// SPDX-License-Identifier: MIT
#include "SyntheticGrid.h"

#include "ContingencyScreening.h"
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
constexpr double kRatingStepMw = 10.0;   // ratings are rounded up to this
constexpr double kHeavyMinLoading = 0.8; // a heavily loaded branch's base-case loading
constexpr double kHeavyMaxLoading = 0.95;
constexpr double kOverloadMinLoading = 1.02; // worst post-outage loading of an overloaded branch
constexpr double kOverloadMaxLoading = 1.15;
constexpr double kBusesPerCell = 2.0;   // density of the nearest-neighbour index
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

// Buses bucketed in square cells of about kBusesPerCell buses, so that a nearest-neighbour
// query visits a few cells around the bus instead of every bus.
class BusIndex {
public:
    explicit BusIndex(const Grid& grid) : m_grid(grid)
    {
        const double count = static_cast<double>(grid.buses.size());
        m_side = std::max(1, static_cast<int>(std::sqrt(count / kBusesPerCell)));
        m_cellDeg = kSpanDeg / m_side;
        m_cells.resize(std::size_t(m_side) * m_side);
        for (std::size_t i = 0; i < grid.buses.size(); ++i)
            m_cells[cellOf(grid.buses[i])].push_back(static_cast<int>(i));
    }

    // The `count` buses nearest to `i` among [0, limit), closest first (ties by index).
    std::vector<int> nearest(int i, int limit, int count) const;

private:
    int coordinate(double deg, double origin) const
    {
        return std::clamp(static_cast<int>((deg - origin) / m_cellDeg), 0, m_side - 1);
    }
    std::size_t cellOf(const Bus& bus) const
    {
        return std::size_t(coordinate(bus.lat, kOriginLat)) * m_side +
               coordinate(bus.lon, kOriginLon);
    }

    const Grid& m_grid;
    int m_side = 1;
    double m_cellDeg = kSpanDeg;
    std::vector<std::vector<int>> m_cells; // [side x side] bus indices, ascending
};

// Visits rings of cells around the bus's cell; after ring r every bus not yet seen is more than
// r cells away, so the search stops once `count` candidates lie within that distance.
std::vector<int> BusIndex::nearest(int i, int limit, int count) const
{
    const Bus& bus = m_grid.buses[i];
    const int row = coordinate(bus.lat, kOriginLat), col = coordinate(bus.lon, kOriginLon);
    std::vector<std::pair<double, int>> found;
    for (int r = 0; r < m_side; ++r) {
        for (int y = std::max(0, row - r); y <= std::min(m_side - 1, row + r); ++y)
            for (int x = std::max(0, col - r); x <= std::min(m_side - 1, col + r); ++x) {
                if (std::max(std::abs(y - row), std::abs(x - col)) != r)
                    continue;
                for (int j : m_cells[std::size_t(y) * m_side + x])
                    if (j < limit && j != i)
                        found.emplace_back(distance(bus, m_grid.buses[j]), j);
            }
        std::sort(found.begin(), found.end());
        if (static_cast<int>(found.size()) >= count && found[count - 1].first <= r * m_cellDeg)
            break;
    }
    std::vector<int> result;
    for (int k = 0; k < std::min<int>(count, static_cast<int>(found.size())); ++k)
        result.push_back(found[k].second);
    return result;
}

// A link from `a` to the first of its near neighbours it is not linked to yet, if any.
void linkNear(Grid& grid, std::set<std::pair<int, int>>& links, const std::vector<int>& near, int a)
{
    for (int b : near)
        if (!links.count({std::min(a, b), std::max(a, b)})) {
            addBranch(grid, links, a, b);
            return;
        }
}

void connect(Grid& grid, const SyntheticGridOptions& options, std::mt19937_64& random)
{
    const int n = static_cast<int>(grid.buses.size());
    const BusIndex index(grid);
    std::set<std::pair<int, int>> links;
    std::vector<int> degree(n, 0);
    for (int i = 1; i < n; ++i) {
        const int j = index.nearest(i, i, 1).front();
        addBranch(grid, links, i, j);
        ++degree[i];
        ++degree[j];
    }
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int i = 0; i < n; ++i)
        if (degree[i] == 1 && unit(random) >= options.radialShare)
            linkNear(grid, links, index.nearest(i, n, kNeighbourChoices), i);
    const int target = static_cast<int>(std::lround(options.branchesPerBus * n));
    std::uniform_int_distribution<int> pickBus(0, n - 1), pickNeighbour(0, kNeighbourChoices - 1);
    for (int attempts = 0; static_cast<int>(grid.branches.size()) < target && attempts < 20 * n;
         ++attempts) {
        const int a = pickBus(random);
        const std::vector<int> near = index.nearest(a, n, kNeighbourChoices);
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

// A loading drawn in [low, high], or in [heavyLow, heavyHigh] with probability `heavyShare`.
double drawLoading(std::mt19937_64& random, double low, double high, double heavyShare,
                   double heavyLow, double heavyHigh)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double heavy = unit(random), share = unit(random);
    return heavy < heavyShare ? heavyLow + (heavyHigh - heavyLow) * share
                              : low + (high - low) * share;
}

void rate(Grid& grid, const SyntheticGridOptions& options, std::mt19937_64& random)
{
    const DcNetwork network = compileDcNetwork(grid, 0);
    const DcSolver solver(network);
    const DcFlowResult flow = solveDcFlow(network, solver, {}, SlackPolicy::Distributed);
    const ContingencyResult n1 = screenN1(network, solver, flow.flowMw, StudyControl{});
    for (int l = 0; l < network.branchCount(); ++l) {
        const double base = std::abs(flow.flowMw[l]);
        const double worst = std::max(base, n1.worstAbsMw[l]);
        const double baseLoading =
            drawLoading(random, options.minLoading, options.maxLoading, options.heavyShare,
                        kHeavyMinLoading, kHeavyMaxLoading);
        const double n1Loading =
            drawLoading(random, options.minN1Loading, options.maxN1Loading, options.n1OverloadShare,
                        kOverloadMinLoading, kOverloadMaxLoading);
        const double rating = std::max({kMinRatingMw, base / baseLoading, worst / n1Loading});
        grid.branches[network.branchOfCase[l]].rateAMva =
            kRatingStepMw * std::ceil(rating / kRatingStepMw);
    }
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
