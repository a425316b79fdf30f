// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace gpuplan {

// GPUs of one organisation and model placed at one site, to run from `year`.
struct Allocation {
    std::string organisationId;
    std::string siteId;
    std::string modelId;
    int year = 0;
    int gpus = 0;

    bool operator==(const Allocation&) const = default;
};

// Allocations are the same placement when they differ only in count.
inline bool samePlacement(const Allocation& a, const Allocation& b)
{
    return a.organisationId == b.organisationId && a.siteId == b.siteId && a.modelId == b.modelId &&
           a.year == b.year;
}

} // namespace gpuplan
