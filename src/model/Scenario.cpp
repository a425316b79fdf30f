// SPDX-License-Identifier: MIT
#include "Scenario.h"

#include <algorithm>
#include <numeric>

namespace gpuplan {
namespace {

template <typename T> const T* findById(const std::vector<T>& items, std::string_view id)
{
    auto it =
        std::find_if(items.begin(), items.end(), [id](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

template <typename Predicate>
long long sumGpus(const std::vector<Allocation>& allocations, Predicate keep)
{
    return std::accumulate(allocations.begin(), allocations.end(), 0LL,
                           [&](long long total, const Allocation& allocation) {
                               return keep(allocation) ? total + allocation.gpus : total;
                           });
}

} // namespace

const Organisation* Scenario::findOrganisation(std::string_view id) const
{
    return findById(organisations(), id);
}

const GpuModel* Scenario::findGpuModel(std::string_view id) const
{
    return findById(gpuModels(), id);
}

const Site* Scenario::findSite(std::string_view id) const
{
    return findById(sites(), id);
}

const WaterSource* Scenario::findWaterSource(std::string_view id) const
{
    return findById(waterSources(), id);
}

long long Scenario::placedGpus(std::string_view organisationId) const
{
    return sumGpus(allocations(),
                   [&](const Allocation& a) { return a.organisationId == organisationId; });
}

long long Scenario::siteGpus(std::string_view siteId) const
{
    return sumGpus(allocations(), [&](const Allocation& a) { return a.siteId == siteId; });
}

long long Scenario::totalPlacedGpus() const
{
    return sumGpus(allocations(), [](const Allocation&) { return true; });
}

bool Scenario::operator==(const Scenario& other) const
{
    return settings() == other.settings() && organisations() == other.organisations() &&
           gpuModels() == other.gpuModels() && sites() == other.sites() &&
           allocations() == other.allocations() && waterSources() == other.waterSources() &&
           grid() == other.grid();
}

} // namespace gpuplan
