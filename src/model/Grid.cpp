// SPDX-License-Identifier: MIT
#include "Grid.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace gpuplan {
namespace {

bool builtBy(int inServiceYear, int year)
{
    return year == 0 || inServiceYear == 0 || inServiceYear <= year;
}

// Union-find over bus positions.
class DisjointSets {
public:
    explicit DisjointSets(std::size_t size) : m_parent(size)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }

    std::size_t root(std::size_t item)
    {
        while (m_parent[item] != item) {
            m_parent[item] = m_parent[m_parent[item]];
            item = m_parent[item];
        }
        return item;
    }

    void join(std::size_t a, std::size_t b) { m_parent[root(a)] = root(b); }

private:
    std::vector<std::size_t> m_parent;
};

} // namespace

bool Bus::operator==(const Bus& other) const
{
    const auto sameCoordinate = [](double a, double b) {
        return a == b || (std::isnan(a) && std::isnan(b));
    };
    return id == other.id && name == other.name && nameEn == other.nameEn &&
           sameCoordinate(lon, other.lon) && sameCoordinate(lat, other.lat) &&
           baseKv == other.baseKv && type == other.type && loadMw == other.loadMw &&
           loadMvar == other.loadMvar && shuntGsMw == other.shuntGsMw &&
           shuntBsMvar == other.shuntBsMvar && vaDeg == other.vaDeg && area == other.area &&
           region == other.region && source == other.source;
}

bool isInService(const Branch& branch, int year)
{
    return branch.inService && builtBy(branch.inServiceYear, year);
}

bool isInService(const Generator& generator, int year)
{
    return generator.inService && builtBy(generator.inServiceYear, year);
}

bool isInService(const DcLine& line, int year)
{
    return line.inService && builtBy(line.inServiceYear, year);
}

const Bus* findBus(const Grid& grid, int busId)
{
    auto it = std::find_if(grid.buses.begin(), grid.buses.end(),
                           [busId](const Bus& bus) { return bus.id == busId; });
    return it == grid.buses.end() ? nullptr : &*it;
}

std::vector<std::vector<int>> acIslands(const Grid& grid, int year)
{
    std::unordered_map<int, std::size_t> position;
    for (std::size_t i = 0; i < grid.buses.size(); ++i)
        position.emplace(grid.buses[i].id, i);

    DisjointSets sets(grid.buses.size());
    for (const Branch& branch : grid.branches) {
        auto from = position.find(branch.fromBus);
        auto to = position.find(branch.toBus);
        if (isInService(branch, year) && from != position.end() && to != position.end())
            sets.join(from->second, to->second);
    }

    std::unordered_map<std::size_t, std::vector<int>> byRoot;
    for (std::size_t i = 0; i < grid.buses.size(); ++i)
        byRoot[sets.root(i)].push_back(grid.buses[i].id);

    std::vector<std::vector<int>> islands;
    for (auto& [root, ids] : byRoot) {
        std::sort(ids.begin(), ids.end());
        islands.push_back(std::move(ids));
    }
    std::sort(islands.begin(), islands.end(), [](const auto& a, const auto& b) {
        return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
    });
    return islands;
}

} // namespace gpuplan
