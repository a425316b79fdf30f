// SPDX-License-Identifier: MIT
#include "Edits.h"

#include <algorithm>
#include <numeric>

namespace gpuplan {
namespace {

EditResult refused(EditRefusal refusal, long long available = 0)
{
    return {std::nullopt, refusal, available};
}

EditRefusal checkBlock(const Scenario& scenario, const GpuBlock& block)
{
    if (!scenario.findOrganisation(block.organisationId))
        return EditRefusal::UnknownOrganisation;
    if (!block.modelId.empty() && !scenario.findGpuModel(block.modelId))
        return EditRefusal::UnknownModel;
    if (block.count <= 0)
        return EditRefusal::NonPositiveCount;
    return EditRefusal::None;
}

void addAllocation(std::vector<Allocation>& allocations, const Allocation& added)
{
    auto same = std::find_if(allocations.begin(), allocations.end(),
                             [&](const Allocation& a) { return samePlacement(a, added); });
    if (same != allocations.end())
        same->gpus += added.gpus;
    else
        allocations.push_back(added);
}

// Positions of the organisation's allocations at a site that a block may take from, latest year
// first (the GPUs that arrive last are the ones a planner moves first).
std::vector<std::size_t> takeOrder(const std::vector<Allocation>& allocations,
                                   const std::string& siteId, const GpuBlock& block)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < allocations.size(); ++i) {
        const Allocation& a = allocations[i];
        if (a.siteId == siteId && a.organisationId == block.organisationId &&
            (block.modelId.empty() || a.modelId == block.modelId))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return allocations[a].year > allocations[b].year;
    });
    return order;
}

long long gpusIn(const std::vector<Allocation>& allocations, const std::vector<std::size_t>& at)
{
    return std::accumulate(at.begin(), at.end(), 0LL,
                           [&](long long sum, std::size_t i) { return sum + allocations[i].gpus; });
}

// Takes block.count GPUs out of `allocations` at a site; returns the pieces taken.
std::vector<Allocation> takeGpus(std::vector<Allocation>& allocations,
                                 const std::vector<std::size_t>& order, int count)
{
    std::vector<Allocation> taken;
    for (std::size_t i : order) {
        if (count == 0)
            break;
        const int part = std::min(count, allocations[i].gpus);
        Allocation piece = allocations[i];
        piece.gpus = part;
        taken.push_back(piece);
        allocations[i].gpus -= part;
        count -= part;
    }
    std::erase_if(allocations, [](const Allocation& a) { return a.gpus == 0; });
    return taken;
}

} // namespace

EditResult placeGpus(const Scenario& scenario, const std::string& siteId, const GpuBlock& block)
{
    if (const auto refusal = checkBlock(scenario, block); refusal != EditRefusal::None)
        return refused(refusal);
    if (!scenario.findSite(siteId))
        return refused(EditRefusal::UnknownSite);
    if (block.modelId.empty())
        return refused(EditRefusal::UnknownModel);
    const long long pool = scenario.findOrganisation(block.organisationId)->quota -
                           scenario.placedGpus(block.organisationId);
    if (block.count > pool)
        return refused(EditRefusal::OverQuota, pool);

    auto allocations = scenario.allocations();
    const int year = block.year > 0 ? block.year : scenario.settings().planningYear;
    addAllocation(allocations, {block.organisationId, siteId, block.modelId, year, block.count});
    Scenario edited = scenario;
    edited.setAllocations(std::move(allocations));
    return {std::move(edited)};
}

EditResult removeGpus(const Scenario& scenario, const std::string& siteId, const GpuBlock& block)
{
    if (const auto refusal = checkBlock(scenario, block); refusal != EditRefusal::None)
        return refused(refusal);
    if (!scenario.findSite(siteId))
        return refused(EditRefusal::UnknownSite);
    auto allocations = scenario.allocations();
    const auto order = takeOrder(allocations, siteId, block);
    if (const long long there = gpusIn(allocations, order); block.count > there)
        return refused(EditRefusal::NotEnoughGpus, there);

    takeGpus(allocations, order, block.count);
    Scenario edited = scenario;
    edited.setAllocations(std::move(allocations));
    return {std::move(edited)};
}

EditResult moveGpus(const Scenario& scenario, const std::string& fromSiteId,
                    const std::string& toSiteId, const GpuBlock& block)
{
    if (const auto refusal = checkBlock(scenario, block); refusal != EditRefusal::None)
        return refused(refusal);
    if (!scenario.findSite(fromSiteId) || !scenario.findSite(toSiteId))
        return refused(EditRefusal::UnknownSite);
    if (fromSiteId == toSiteId)
        return refused(EditRefusal::SameSite);
    auto allocations = scenario.allocations();
    const auto order = takeOrder(allocations, fromSiteId, block);
    if (const long long there = gpusIn(allocations, order); block.count > there)
        return refused(EditRefusal::NotEnoughGpus, there);

    for (Allocation piece : takeGpus(allocations, order, block.count)) {
        piece.siteId = toSiteId;
        addAllocation(allocations, piece);
    }
    Scenario edited = scenario;
    edited.setAllocations(std::move(allocations));
    return {std::move(edited)};
}

EditResult changeSiteModel(const Scenario& scenario, const std::string& siteId,
                           const std::string& modelId)
{
    if (!scenario.findSite(siteId))
        return refused(EditRefusal::UnknownSite);
    if (!scenario.findGpuModel(modelId))
        return refused(EditRefusal::UnknownModel);
    std::vector<Allocation> allocations;
    for (Allocation allocation : scenario.allocations()) {
        if (allocation.siteId == siteId)
            allocation.modelId = modelId;
        addAllocation(allocations, allocation);
    }
    Scenario edited = scenario;
    edited.setAllocations(std::move(allocations));
    return {std::move(edited)};
}

std::string describe(const EditResult& result, const GpuBlock& block)
{
    const std::string count = std::to_string(block.count);
    const std::string available = std::to_string(result.available);
    switch (result.refusal) {
    case EditRefusal::None:
        return "done";
    case EditRefusal::UnknownOrganisation:
        return "no organisation '" + block.organisationId + "'";
    case EditRefusal::UnknownSite:
        return "no such site";
    case EditRefusal::UnknownModel:
        return block.modelId.empty() ? "a GPU model is needed"
                                     : "no GPU model '" + block.modelId + "'";
    case EditRefusal::NonPositiveCount:
        return "the GPU count must be positive";
    case EditRefusal::SameSite:
        return "the GPUs are already at that site";
    case EditRefusal::OverQuota:
        return count + " GPUs would put '" + block.organisationId +
               "' over its quota: " + available + " left in its pool";
    case EditRefusal::NotEnoughGpus:
        return "only " + available + " GPUs of '" + block.organisationId +
               "' are at the site, not " + count;
    }
    return {};
}

} // namespace gpuplan
