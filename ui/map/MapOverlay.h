// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace gpuplan {

// A site's feasibility as the engine last judged it; Unknown until a result arrives.
enum class SiteState { Unknown, Feasible, AtRisk, Infeasible };

// What the engine's latest result adds to the map. The map only draws it: it never computes
// loading or feasibility itself (DESIGN section 2). Missing entries and NaN mean "no result".
struct MapOverlay {
    // Worst loading of each branch over the base case and every screened outage, percent of
    // its rating, indexed like Grid::branches; NaN = unknown.
    std::vector<double> branchWorstLoadingPct;
    // Feasibility per site id.
    std::unordered_map<std::string, SiteState> sites;
    // Facility MW drawn by each site (IT MW × PUE), for the tooltip next to its connection limit.
    std::unordered_map<std::string, double> siteFacilityMw;
    // Extra tooltip lines per site id, UTF-8, shown as given (the reasons a planner reads).
    std::unordered_map<std::string, std::vector<std::string>> siteNotes;
    // Hosting capacity of each bus in MW, indexed like Grid::buses; optional (empty = unknown).
    std::vector<double> busHostingMw;
};

} // namespace gpuplan
