// SPDX-License-Identifier: MIT
#include "DcNetwork.h"

#include "StudyControl.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <sstream>
#include <unordered_map>

namespace gpuplan {
namespace {

constexpr double kRadPerDeg = std::numbers::pi / 180.0;
constexpr std::size_t kIslandBusesNamed = 20; // keep an islands error readable

std::string joinIds(const std::vector<int>& ids)
{
    std::ostringstream out;
    for (std::size_t i = 0; i < ids.size() && i < kIslandBusesNamed; ++i)
        out << (i ? " " : "") << ids[i];
    if (ids.size() > kIslandBusesNamed)
        out << " ... (" << ids.size() << " buses)";
    return out.str();
}

void mapBuses(const Grid& grid, DcNetwork& net)
{
    std::unordered_map<int, int> seen;
    net.busOfCase.assign(grid.buses.size(), -1);
    for (std::size_t i = 0; i < grid.buses.size(); ++i) {
        const Bus& bus = grid.buses[i];
        if (!seen.emplace(bus.id, static_cast<int>(i)).second)
            throw GridError("duplicate bus number " + std::to_string(bus.id));
        if (bus.type == BusType::Isolated)
            continue;
        net.busOfCase[i] = net.busCount();
        net.positionOfBus.emplace(bus.id, net.busCount());
        net.busIds.push_back(bus.id);
    }
}

// Known to the case (isolated buses included), without a linear search per element.
bool seenBus(const DcNetwork& net, const Grid& grid, int busId)
{
    return net.busPosition(busId) >= 0 || findBus(grid, busId) != nullptr;
}

int requirePosition(const DcNetwork& net, int busId, const std::string& what)
{
    const int position = net.busPosition(busId);
    if (position < 0)
        throw GridError(what + " refers to unknown or isolated bus " + std::to_string(busId));
    return position;
}

void addBranches(const Grid& grid, DcNetwork& net)
{
    std::vector<double> b, shift, rating;
    net.networkBranchOfCase.assign(grid.branches.size(), -1);
    for (std::size_t i = 0; i < grid.branches.size(); ++i) {
        const Branch& branch = grid.branches[i];
        const std::string what = "branch " + std::to_string(i + 1);
        if (!(std::isfinite(branch.x) && branch.x != 0.0))
            throw GridError(what + " has zero or NaN reactance");
        if (!seenBus(net, grid, branch.fromBus) || !seenBus(net, grid, branch.toBus))
            throw GridError(what + " refers to unknown bus");
        if (!isInService(branch, net.year))
            continue;
        const int f = net.busPosition(branch.fromBus);
        const int t = net.busPosition(branch.toBus);
        if (f < 0 || t < 0)
            continue; // an isolated bus's branches are out, as MATPOWER's ext2int takes them
        const double tap = branch.tap == 0.0 ? 1.0 : branch.tap;
        net.networkBranchOfCase[i] = net.branchCount();
        net.branchOfCase.push_back(static_cast<int>(i));
        net.from.push_back(f);
        net.to.push_back(t);
        b.push_back(1.0 / (branch.x * tap));
        shift.push_back(-b.back() * branch.shiftDeg * kRadPerDeg);
        rating.push_back(branch.rateAMva > 0.0 ? branch.rateAMva
                                               : std::numeric_limits<double>::infinity());
    }
    net.susceptance = Eigen::Map<Eigen::VectorXd>(b.data(), Eigen::Index(b.size()));
    net.pfInjection = Eigen::Map<Eigen::VectorXd>(shift.data(), Eigen::Index(shift.size()));
    net.ratingMw = Eigen::Map<Eigen::VectorXd>(rating.data(), Eigen::Index(rating.size()));
}

// Loads, shunts (Gs at 1 p.u. voltage), HVDC terminals and phase-shift injections (MATPOWER:
// Pbus = Sbus - Pbusinj - Gs/baseMVA).
void addFixedInjections(const Grid& grid, DcNetwork& net)
{
    net.fixedInjectionMw = Eigen::VectorXd::Zero(net.busCount());
    for (std::size_t i = 0; i < grid.buses.size(); ++i)
        if (net.busOfCase[i] >= 0)
            net.fixedInjectionMw[net.busOfCase[i]] -=
                grid.buses[i].loadMw + grid.buses[i].shuntGsMw;
    for (const DcLine& line : grid.dcLines) {
        if (!isInService(line, net.year))
            continue;
        net.fixedInjectionMw[requirePosition(net, line.fromBus, "dc line")] -= line.pFromMw;
        net.fixedInjectionMw[requirePosition(net, line.toBus, "dc line")] += line.pToMw();
    }
    for (int l = 0; l < net.branchCount(); ++l) {
        net.fixedInjectionMw[net.from[l]] -= net.pfInjection[l] * net.baseMva;
        net.fixedInjectionMw[net.to[l]] += net.pfInjection[l] * net.baseMva;
    }
}

void addGenerators(const Grid& grid, DcNetwork& net)
{
    for (std::size_t i = 0; i < grid.generators.size(); ++i) {
        const Generator& gen = grid.generators[i];
        const int bus = net.busPosition(gen.bus);
        if (!seenBus(net, grid, gen.bus))
            throw GridError("generator " + std::to_string(i + 1) + " at unknown bus " +
                            std::to_string(gen.bus));
        if (!isInService(gen, net.year) || bus < 0)
            continue;
        net.generators.push_back(
            {static_cast<int>(i), bus, gen.pMw, std::max(gen.pMaxMw - gen.pMw, 0.0)});
    }
}

// The case's reference bus; without one, the bus of the largest in-service generator.
void chooseReference(const Grid& grid, DcNetwork& net)
{
    std::vector<int> references;
    for (std::size_t i = 0; i < grid.buses.size(); ++i)
        if (net.busOfCase[i] >= 0 && grid.buses[i].type == BusType::Reference)
            references.push_back(static_cast<int>(i));
    if (references.size() > 1)
        net.warnings.push_back("several reference buses; bus " +
                               std::to_string(grid.buses[references[0]].id) + " is used");
    int caseBus = references.empty() ? -1 : references.front();
    if (caseBus < 0) {
        if (net.generators.empty())
            throw GridError("no reference bus and no in-service generator to choose one");
        auto largest = std::max_element(
            net.generators.begin(), net.generators.end(), [&](const auto& a, const auto& b) {
                return grid.generators[a.caseIndex].pMaxMw < grid.generators[b.caseIndex].pMaxMw;
            });
        caseBus =
            static_cast<int>(std::find(net.busOfCase.begin(), net.busOfCase.end(), largest->bus) -
                             net.busOfCase.begin());
        net.warnings.push_back("no reference bus; bus " + std::to_string(grid.buses[caseBus].id) +
                               " (largest in-service generator) is used");
    }
    net.referenceBus = net.busOfCase[caseBus];
    net.referenceAngleDeg = grid.buses[caseBus].vaDeg;
}

void requireConnected(const Grid& grid, const DcNetwork& net)
{
    std::vector<std::vector<int>> islands = acIslands(grid, net.year);
    std::vector<int> stranded;
    for (std::size_t i = 1; i < islands.size(); ++i)
        for (int id : islands[i]) {
            const Bus* bus = findBus(grid, id);
            if (bus->type != BusType::Isolated)
                stranded.push_back(id);
        }
    if (!stranded.empty()) {
        std::sort(stranded.begin(), stranded.end());
        throw GridError("the network is in islands: the main island has " +
                        std::to_string(islands.front().size()) +
                        " buses; buses outside it: " + joinIds(stranded));
    }
}

} // namespace

int DcNetwork::busPosition(int busId) const
{
    auto it = positionOfBus.find(busId);
    return it == positionOfBus.end() ? -1 : it->second;
}

DcNetwork compileDcNetwork(const Grid& grid, int year)
{
    DcNetwork net;
    net.baseMva = grid.baseMva;
    net.year = year;
    mapBuses(grid, net);
    if (net.busIds.empty())
        throw GridError("the grid has no buses");
    addBranches(grid, net);
    addFixedInjections(grid, net);
    addGenerators(grid, net);
    chooseReference(grid, net);
    requireConnected(grid, net);
    return net;
}

Eigen::SparseMatrix<double> busSusceptance(const DcNetwork& network)
{
    std::vector<Eigen::Triplet<double>> entries;
    entries.reserve(4 * network.branchCount());
    for (int l = 0; l < network.branchCount(); ++l) {
        const int f = network.from[l], t = network.to[l];
        const double b = network.susceptance[l];
        entries.insert(entries.end(), {{f, f, b}, {t, t, b}, {f, t, -b}, {t, f, -b}});
    }
    Eigen::SparseMatrix<double> bbus(network.busCount(), network.busCount());
    bbus.setFromTriplets(entries.begin(), entries.end());
    return bbus;
}

DcNetwork withBranchOpen(const DcNetwork& network, int branch)
{
    DcNetwork open = network;
    open.fixedInjectionMw[open.from[branch]] += open.pfInjection[branch] * open.baseMva;
    open.fixedInjectionMw[open.to[branch]] -= open.pfInjection[branch] * open.baseMva;
    open.susceptance[branch] = 0.0;
    open.pfInjection[branch] = 0.0;
    return open;
}

} // namespace gpuplan
