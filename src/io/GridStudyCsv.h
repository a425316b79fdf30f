// SPDX-License-Identifier: MIT
#pragma once

#include "engine/ContingencyScreening.h"
#include "engine/HostingCapacity.h"

#include <filesystem>
#include <vector>

namespace gpuplan {

// CSV files of the `gpuplan grid` studies. Branch and outage numbers are 1-based case order
// (MATPOWER's branch rows); numbers are written with 15 significant digits.

// DIR/bus.csv (bus_i,va_deg) and DIR/branch.csv (index,from_bus,to_bus,status,pf_mw); branches
// out of service in the planning year have status 0 and flow 0.
void writeDcFlowCsv(const std::filesystem::path& dir, const Grid& grid, const DcNetwork& network,
                    const DcFlowResult& flow);

// DIR/worst.csv (branch,worst_abs_mw,by_outage,rating_mw,loading_pct), DIR/overloads.csv
// (branch,outage,flow_mw,rating_mw,loading_pct) and DIR/separations.csv (outage). rating_mw 0 is
// unlimited, with loading_pct left empty; by_outage is empty when no outage was screened.
void writeN1Csv(const std::filesystem::path& dir, const DcNetwork& network,
                const ContingencyResult& n1);

// DIR/hosting.csv (bus_i,hosting_mw,limiting_branch,limiting_outage): hosting_mw `inf` when no
// rated branch limits it; limiting_outage empty when the base case limits.
void writeHostingCsv(const std::filesystem::path& dir, const DcNetwork& network,
                     const std::vector<HostingResult>& hosting);

} // namespace gpuplan
