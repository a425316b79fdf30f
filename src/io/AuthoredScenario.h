// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

#include <filesystem>

namespace gpuplan {

// The scenario authored as CSV text in a maps/ folder (the files and columns of maps/README.md):
// scenario.csv, organisations.csv, gpu_models.csv, sites.csv, water_sources.csv,
// allocations.csv and grid/{buses,branches,generators,dc_lines}.csv. dc_lines.csv may be left
// out when the grid has no HVDC link; a bus with empty lon/lat has an unknown location. The
// `source` column of allocations.csv is not kept (the model's Allocation has none).
// Throws IoError naming the file, line and column, or the first validation issues.
Scenario readAuthoredScenario(const std::filesystem::path& mapsDir);

} // namespace gpuplan
