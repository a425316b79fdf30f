// SPDX-License-Identifier: MIT
#pragma once

#include "Scenario.h"

#include <optional>
#include <string>

namespace gpuplan {

// Why an edit of the placement was refused; the UI and scripts word it for their users.
enum class EditRefusal {
    None,
    UnknownOrganisation,
    UnknownSite,
    UnknownModel,
    NonPositiveCount,
    SameSite,
    OverQuota,    // more GPUs than the organisation has left in its pool
    NotEnoughGpus // more GPUs than the organisation has at the site (of that model)
};

// The outcome of an edit: the new scenario, or why not. `available` is what the refused edit
// could have taken (the pool left, or the GPUs at the site).
struct EditResult {
    std::optional<Scenario> scenario;
    EditRefusal refusal = EditRefusal::None;
    long long available = 0;

    explicit operator bool() const { return scenario.has_value(); }
};

struct GpuBlock {
    std::string organisationId;
    std::string modelId; // empty: any model, the latest-year allocations first (move, remove)
    int count = 0;
    int year = 0; // for place; 0 means the scenario's planning year
};

// From the organisation's pool onto a site.
EditResult placeGpus(const Scenario& scenario, const std::string& siteId, const GpuBlock& block);
// From a site back to the pool.
EditResult removeGpus(const Scenario& scenario, const std::string& siteId, const GpuBlock& block);
// From one site to another, keeping each moved GPU's model and year.
EditResult moveGpus(const Scenario& scenario, const std::string& fromSiteId,
                    const std::string& toSiteId, const GpuBlock& block);

// Every GPU at a site switched to another model (a planner re-equipping a site), keeping
// organisations, counts and years.
EditResult changeSiteModel(const Scenario& scenario, const std::string& siteId,
                           const std::string& modelId);

// Plain English, for the command line and scripts.
std::string describe(const EditResult& result, const GpuBlock& block);

} // namespace gpuplan
